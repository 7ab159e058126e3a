// Boots everything a running app needs, in order: database (embedded or DATABASE_URL),
// migrations, first admin, demo data on the first run, HTTP. `stop()` undoes it in reverse:
// HTTP first (in-flight requests finish), then the database pool, then the embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import type { AppConfig } from "./config/env";
import { publicUrlOf } from "./config/env";
import type { AppDeps } from "./app-deps";
import { createApp } from "./app";
import { resolveDatabase } from "./db/database-url";
import { warmLocationIndex } from "./modules/geo/locate";
import { migrate } from "./db/migrate";
import { createPrisma } from "./db/prisma";
import { setMessageIdDomain } from "./emails/enqueue-email";
import { startEmailDelivery } from "./emails/start-email-delivery";
import type { Logger } from "./lib/logger";
import { createAuth } from "./modules/auth/auth";
import { createLiveUpdates } from "./modules/live/live-updates";
import { ensureAdmin, type AdminBootstrap } from "./modules/auth/ensure-admin";
import { getOrCreateSecret } from "./modules/settings/settings";
import { seedOnFirstRun, type SeedOutcome } from "./modules/system/seed-on-first-run";
import { startSlaReminders } from "./modules/sla/start-sla-reminders";

// CLIENT_DIR lets a developer (or a parallel test run) serve a client built elsewhere.
export const CLIENT_DIR = process.env.CLIENT_DIR
  ? path.resolve(process.env.CLIENT_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/client");

export type RunningServer = {
  url: string;
  port: number;
  deps: AppDeps;
  admin: AdminBootstrap;
  seed: SeedOutcome;
  embeddedDatabase: boolean;
  stop(): Promise<void>;
};

export async function startServer(config: AppConfig, log: Logger): Promise<RunningServer> {
  const database = await resolveDatabase(config, "app", (m) => log.info(m));
  const cleanups: Array<() => Promise<void>> = [() => database.release()];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: Error) => log.error({ err: { name: error.name, message: error.message } }, "shutdown step failed"));
    }
  };
  try {
    const migrated = await migrate(database.url, { log: (m) => log.info(m) });
    log.info({ applied: migrated.applied.length, alreadyApplied: migrated.alreadyApplied }, "database schema is up to date");

    const db = createPrisma(database.url);
    cleanups.push(() => db.$disconnect());
    // Before HTTP, so that on stop the web server closes first and the queue then drains.
    const email = await startEmailDelivery({ config, db, log, databaseUrl: database.url });
    cleanups.push(() => email.stop());

    // Until the app is ready, answer 503 so that early requests (health checks, browsers) get
    // an answer instead of waiting on a server with no request handler.
    const starting: http.RequestListener = (_req, res) => {
      res.writeHead(503, { "content-type": "application/json", "retry-after": "1" }).end('{"status":"starting"}');
    };
    const server = http.createServer(starting);
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Requests still running after 10 s are cut so shutdown always finishes.
          setTimeout(() => server.closeAllConnections(), 10_000).unref();
        }),
    );
    const port = (server.address() as AddressInfo).port;
    const publicUrl = publicUrlOf(config, port);
    setMessageIdDomain(publicUrl);

    const live = createLiveUpdates({ databaseUrl: database.url, log });
    // After the HTTP server's step, so it runs before it on stop: open event streams end first
    // and the server then closes without waiting for them.
    cleanups.push(() => live.stop());
    await live.start();
    const secret = config.authSecret ?? (await getOrCreateSecret(db, "auth", () => randomBytes(32).toString("base64url")));
    const deps: AppDeps = {
      config,
      db,
      databaseUrl: database.url,
      log,
      publicUrl,
      mailer: email.mailer,
      queue: email.queue,
      live,
      auth: createAuth({ db, secret, baseUrl: publicUrl, trustedOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`], signInPerMinute: config.signInRateLimit }),
      pingDatabase: async () => {
        try {
          await db.$queryRaw`SELECT 1`;
          return true;
        } catch {
          return false;
        }
      },
    };

    const admin = await ensureAdmin(db, { email: config.adminEmail, password: config.adminPassword });
    const seed = config.seedDemoData ? await seedOnFirstRun(db, { log, demoPassword: admin.password }) : { seeded: false as const };
    // SLA and follow-up reminders, after the demo data so their first pass sees it.
    const reminders = await startSlaReminders({ db, queue: email.queue, log, publicUrl });
    cleanups.push(() => reminders.stop());

    if (!fs.existsSync(path.join(CLIENT_DIR, "index.html"))) {
      log.warn("client build not found in dist/client; run `npm run build:client`");
    }
    // Build the city index now rather than during the first inquiry with a location (~1 s).
    setImmediate(() => warmLocationIndex());
    server.removeListener("request", starting);
    server.on("request", createApp(deps, { clientDir: CLIENT_DIR }));

    return { url: publicUrl, port, deps, admin, seed, embeddedDatabase: database.embedded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
