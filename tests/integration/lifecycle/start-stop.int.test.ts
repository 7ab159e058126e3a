// `npm start` on the embedded default, as a person uses it: first start seeds and prints the
// admin sign-in; Ctrl-C stops the app and then PostgreSQL; the second start keeps the data and
// does not seed again; a killed app (even with its PostgreSQL killed too) starts again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../../server/db/embedded-postgres";
import { startAppProcess, type AppProcess } from "../../setup/app-process";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tc-lifecycle-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_PASSWORD: "", ADMIN_EMAIL: "" };
let running: AppProcess | undefined;

afterAll(async () => {
  await running?.stop("SIGTERM");
  const pid = postmasterPid();
  if (pid) process.kill(pid, "SIGINT");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function postmasterPid(): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function counts() {
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres.json"), "utf8"));
  const c = new pg.Client({ connectionString: `postgresql://postgres:${state.password}@127.0.0.1:${state.port}/trialconnect` });
  await c.connect();
  const r = await c.query(`SELECT (SELECT count(*) FROM studies)::int AS studies, (SELECT count(*) FROM inquiries)::int AS inquiries, (SELECT count(*) FROM users)::int AS users`);
  await c.end();
  return r.rows[0] as { studies: number; inquiries: number; users: number };
}

async function healthz(url: string) {
  return (await fetch(`${url}/healthz`)).status;
}

describe("a data folder too deep for a Unix socket", () => {
  it("still starts PostgreSQL, reached over TCP", async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "tc-deep-"));
    fs.chmodSync(base, 0o755); // PostgreSQL runs as its own user when the tests run as root
    const deep = path.join(base, "x".repeat(60), "y".repeat(40));
    const server = await startEmbeddedPostgres({ dataDir: deep, role: "task" });
    try {
      expect(new URL(server.url).hostname).toBe("127.0.0.1");
      const c = new pg.Client({ connectionString: server.url });
      await c.connect();
      expect((await c.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await c.end();
    } finally {
      await server.stop();
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});

describe("npm start on the embedded PostgreSQL", () => {
  let firstCounts: Awaited<ReturnType<typeof counts>>;

  it("first start: applies migrations, seeds demo data and prints the admin sign-in", async () => {
    running = await startAppProcess(env);
    const out = running.output();
    expect(out).toMatch(/Admin sign-in: http:\/\/localhost:\d+\/sign-in/);
    expect(out).toMatch(/e-mail: +admin@trialconnect\.local/);
    expect(out).toMatch(/password: \S{12,} +\(generated now/);
    expect(out).toMatch(/Demo data: \d+ studies/);
    expect(await healthz(running.url)).toBe(200);
    firstCounts = await counts();
    expect(firstCounts.studies).toBeGreaterThan(3);
    expect(firstCounts.inquiries).toBeGreaterThan(100);
  });

  it("the app reaches its PostgreSQL over a Unix socket in the data folder; TCP on 127.0.0.1 answers too", async () => {
    const state = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres.json"), "utf8"));
    expect(fs.existsSync(path.join(dataDir, "postgres", `.s.PGSQL.${state.port}`))).toBe(true);
    const c = new pg.Client({ connectionString: `postgresql://postgres:${state.password}@127.0.0.1:${state.port}/trialconnect` });
    await c.connect();
    const { rows } = await c.query<{ unix: number; tcp: number }>(
      `SELECT count(*) FILTER (WHERE client_addr IS NULL)::int AS unix, count(*) FILTER (WHERE client_addr IS NOT NULL)::int AS tcp
         FROM pg_stat_activity WHERE datname = 'trialconnect' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    await c.end();
    expect(rows[0]!.unix).toBeGreaterThan(0);
    expect(rows[0]!.tcp).toBe(0);
  });

  it("Ctrl-C stops the app with status 0 and then stops PostgreSQL cleanly", async () => {
    const pgPid = postmasterPid()!;
    expect(alive(pgPid)).toBe(true);
    expect(await running!.stop("SIGINT")).toBe(0);
    expect(alive(pgPid)).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, "postgres.log"), "utf8")).toMatch(/database system is shut down/);
  });

  it("second start keeps the data, does not seed again and does not print a new password", async () => {
    running = await startAppProcess(env);
    const out = running.output();
    expect(out).not.toMatch(/Demo data/);
    expect(out).not.toMatch(/generated now/);
    expect(await healthz(running.url)).toBe(200);
    expect(await counts()).toEqual(firstCounts);
    expect(await running.stop("SIGTERM")).toBe(0);
  });

  it("starts again after the app and its PostgreSQL were both killed", async () => {
    running = await startAppProcess(env);
    const pgPid = postmasterPid()!;
    await running.stop("SIGKILL");
    // The orphaned PostgreSQL is adopted by the next start...
    expect(alive(pgPid)).toBe(true);
    running = await startAppProcess(env);
    expect(await healthz(running.url)).toBe(200);
    // ...and a hard crash of both leaves a stale lock file that must not prevent a start.
    const adopted = postmasterPid()!;
    await running.stop("SIGKILL");
    process.kill(adopted, "SIGKILL");
    while (alive(adopted)) await new Promise((r) => setTimeout(r, 50));
    running = await startAppProcess(env);
    expect(await healthz(running.url)).toBe(200);
    expect(await counts()).toEqual(firstCounts);
    expect(await running.stop("SIGINT")).toBe(0);
    expect(alive(postmasterPid() ?? adopted)).toBe(false);
  });
});
