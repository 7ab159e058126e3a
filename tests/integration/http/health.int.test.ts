// /healthz follows the database: 200 while it answers, 503 while it is down, 200 again after
// it restarts, without restarting the app.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../../server/db/embedded-postgres";
import { migrate } from "../../../server/db/migrate";
import { listen } from "../../setup/http-server";
import { createTestDeps } from "../../setup/test-deps";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tc-health-"));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health(url: string) {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: await res.json() };
}

describe("GET /healthz", () => {
  it("answers 200, then 503 while the database is down, then 200 after it comes back", async () => {
    let pgServer = await startEmbeddedPostgres({ dataDir, role: "task" });
    cleanups.push(() => pgServer.stop());
    await migrate(pgServer.url);
    const app = await listen((url) => createTestDeps(pgServer.url, { publicUrl: url }));
    cleanups.push(async () => {
      await app.close();
      await app.deps.db.$disconnect();
    });

    expect(await health(app.url)).toEqual({ status: 200, body: { status: "ok" } });

    await pgServer.stop();
    expect(await health(app.url)).toEqual({ status: 503, body: { status: "unavailable" } });

    pgServer = await startEmbeddedPostgres({ dataDir, role: "task" });
    let answer = await health(app.url);
    for (let i = 0; i < 20 && answer.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await health(app.url);
    }
    expect(answer).toEqual({ status: 200, body: { status: "ok" } });
  });
});
