// AppDeps for in-process tests: a real database, real better-auth, a silent logger.
import { randomBytes } from "node:crypto";
import type { AppDeps } from "../../server/app-deps";
import { loadConfig } from "../../server/config/env";
import { createPrisma } from "../../server/db/prisma";
import { createLogger } from "../../server/lib/logger";
import { createAuth } from "../../server/modules/auth/auth";

export function createTestDeps(databaseUrl: string, opts: { publicUrl?: string; env?: Record<string, string> } = {}): AppDeps {
  const db = createPrisma(databaseUrl, { poolSize: 4 });
  const publicUrl = opts.publicUrl ?? "http://127.0.0.1:9";
  return {
    config: loadConfig({ NODE_ENV: "test", DATABASE_URL: databaseUrl, ...opts.env }),
    db,
    databaseUrl,
    log: createLogger("silent"),
    publicUrl,
    auth: createAuth({ db, secret: randomBytes(32).toString("hex"), baseUrl: publicUrl }),
    pingDatabase: async () => {
      try {
        await db.$queryRaw`SELECT 1`;
        return true;
      } catch {
        return false;
      }
    },
  };
}
