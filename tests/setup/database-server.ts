// The PostgreSQL server the tests use: TEST_DATABASE_URL when set (CI also runs against the
// machine's PostgreSQL 15), else an embedded one kept in the system temp directory between runs.
// Each test run, and each test that needs it, gets a database of its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { migrate } from "../../server/db/migrate";

export type DatabaseServer = { adminUrl: string; release(): Promise<void> };

// A server of this test run's own (initdb takes about a second), so that parallel runs in
// several checkouts or by several people never stop each other's database.
const TEST_DATA_DIR = path.join(os.tmpdir(), `trialconnect-test-postgres-${process.pid}`);

type Shared = { server: Promise<{ url: string; stop(): Promise<void> }>; users: number };
// Each project's global setup may load this module separately, but all run in one process:
// share the server through globalThis and stop it when the last user releases it.
const SHARED_KEY = Symbol.for("trialconnect.test-database-server");

export async function startDatabaseServer(): Promise<DatabaseServer> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external, release: async () => {} };
  const g = globalThis as { [SHARED_KEY]?: Shared };
  const shared = (g[SHARED_KEY] ??= {
    server: startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, role: "task" }),
    users: 0,
  });
  shared.users++;
  const server = await shared.server;
  let released = false;
  return {
    adminUrl: server.url,
    async release() {
      if (released) return;
      released = true;
      if (--shared.users === 0) {
        delete g[SHARED_KEY];
        await server.stop();
        fs.rmSync(TEST_DATA_DIR, { recursive: true, force: true });
      }
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabase(adminUrl: string, prefix = "tc_test"): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(adminUrl, name),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export async function createMigratedDatabase(adminUrl: string, prefix?: string) {
  const db = await createDatabase(adminUrl, prefix);
  await migrate(db.url);
  return db;
}
