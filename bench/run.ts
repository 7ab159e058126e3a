// npm run bench [-- NAME...]: runs bench/*.bench.ts (or the named ones) against a fresh
// database and writes bench/results/NAME.json. Uses TEST_DATABASE_URL when set, else the
// embedded PostgreSQL the tests use.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMigratedDatabase, startDatabaseServer } from "../tests/setup/database-server";
import { listen } from "../tests/setup/http-server";
import { createTestDeps } from "../tests/setup/test-deps";
import { writeResult } from "./harness";

export type BenchContext = {
  databaseUrl: string;
  databaseAdminUrl: string;
  listenApp(databaseUrl: string, env?: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>;
};

const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, "")));

const server = await startDatabaseServer();
let failed = false;
try {
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(import.meta.dirname, file)).href)) as {
      name: string;
      run(ctx: BenchContext): Promise<unknown>;
    };
    const db = await createMigratedDatabase(server.adminUrl, "tc_bench");
    try {
      console.log(`bench ${mod.name}…`);
      const results = await mod.run({
        databaseUrl: db.url,
        databaseAdminUrl: server.adminUrl,
        async listenApp(url, env) {
          const app = await listen((u) => createTestDeps(url, { publicUrl: u, env }));
          return { url: app.url, close: async () => (await app.close(), await app.deps.db.$disconnect()) };
        },
      });
      const out = writeResult(mod.name, results);
      console.log(JSON.stringify(results, null, 2));
      console.log(`→ ${path.relative(process.cwd(), out)}`);
    } catch (error) {
      failed = true;
      console.error(`bench ${mod.name} failed:`, error);
    } finally {
      await db.drop();
    }
  }
} finally {
  await server.release();
}
process.exit(failed ? 1 : 0);
