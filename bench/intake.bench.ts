// Intake under load: BENCH_CONNECTIONS (50) clients, each posting inquiries one after another for
// BENCH_DURATION_S (20) s over loopback, to the app started as `npm start` runs it (its own
// process, its production pool sizes and e-mail worker, PUBLIC_RATE_LIMIT=0), every request a
// different person. Against a baseline in the same run: plain INSERTs of an inquiry row through
// `pg` at the same concurrency. Afterwards every 201 is checked against the database: exactly one
// inquiry row and two e-mail rows (the family's copy and the site alert).
import { randomUUID } from "node:crypto";
import http from "node:http";
import os from "node:os";
import fs from "node:fs";
import pg from "pg";
import type { BenchContext } from "./run";
import { round, stats } from "./harness";
import { startAppProcess } from "../tests/setup/app-process";
import { createTestDeps } from "../tests/setup/test-deps";
import { makeStudy } from "../tests/setup/study-factory";

export const name = "intake";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const GOAL = { perSecond: 500, p99Ms: 100 };

type Outcome = { status: number; ms: number; id?: string };

/** `connections` loops, each with its own keep-alive socket, posting until `until`. */
async function load(url: URL, connections: number, seconds: number, body: () => string): Promise<Outcome[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const out: Outcome[] = [];
  const until = performance.now() + seconds * 1000;
  const one = (payload: string) =>
    new Promise<Outcome>((resolve) => {
      const t = performance.now();
      const req = http.request(
        url,
        { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const ms = performance.now() - t;
            let id: string | undefined;
            if (res.statusCode === 201) id = (JSON.parse(Buffer.concat(chunks).toString()) as { id: string }).id;
            resolve({ status: res.statusCode ?? 0, ms, id });
          });
        },
      );
      req.on("error", () => resolve({ status: 0, ms: performance.now() - t }));
      req.end(payload);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) out.push(await one(body()));
    }),
  );
  agent.destroy();
  return out;
}

/** CPU seconds a process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of every process of the PostgreSQL server that serves `databaseUrl`'s port. */
function postgresCpuSeconds(databaseUrl: string): number | null {
  const port = new URL(databaseUrl).port;
  let total = 0;
  let found = false;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const isServer = cmd.includes("postgres") && cmd.includes(`-p\0${port}\0`);
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = stat.split(") ")[1]!.split(" ")[1]!;
      if (isServer || postgresPids.has(ppid)) {
        postgresPids.add(entry);
        found = true;
        total += cpuSeconds(Number(entry)) ?? 0;
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return found ? total : null;
}
const postgresPids = new Set<string>();

async function countSent(databaseUrl: string): Promise<number> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>("SELECT count(*) AS n FROM email_messages WHERE status = 'SENT'")).rows[0]!.n);
  } finally {
    await c.end();
  }
}

function machineBusy(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const c of os.cpus()) {
    idle += c.times.idle;
    total += c.times.idle + c.times.user + c.times.sys + c.times.nice + c.times.irq;
  }
  return { idle, total };
}

export async function run({ databaseUrl }: BenchContext) {
  const setupDeps = createTestDeps(databaseUrl);
  const { nctId, study, sites } = await makeStudy(setupDeps);
  await setupDeps.db.$disconnect();
  // BENCH_APP_NODE_OPTIONS, e.g. "--import ./my-profiler.mjs", to look inside the app process.
  const profile: Record<string, string> = process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {};
  const app = await startAppProcess({ DATABASE_URL: databaseUrl, PUBLIC_RATE_LIMIT: "0", SEED_DEMO_DATA: "false", LOG_LEVEL: "info", ...profile });
  const pid = app.child.pid!;

  let n = 0;
  const tag = randomUUID().slice(0, 6);
  // A different person each time: e-mail and phone (Egyptian mobile numbers) never repeat.
  const body = () => {
    const i = n++;
    return JSON.stringify({
      firstName: "Amira",
      lastName: "Hassan",
      email: `load+${tag}-${i}@example.com`,
      phone: `+20 10${String(10_000_000 + i).slice(-8)}`,
      language: "ar",
      location: { lat: 27.2 + (i % 100) / 100, lon: 31.2 },
      consent: true,
    });
  };
  const url = new URL(`${app.url.replace("localhost", "127.0.0.1")}/api/public/studies/${nctId}/inquiries`);
  const warm = await load(url, Math.min(CONNECTIONS, 10), WARMUP_S, body);

  const cpuBefore = cpuSeconds(pid);
  const pgBefore = postgresCpuSeconds(databaseUrl);
  const benchBefore = process.cpuUsage();
  const busyBefore = machineBusy();
  const started = performance.now();
  const outcomes = await load(url, CONNECTIONS, DURATION_S, body);
  const elapsedS = (performance.now() - started) / 1000;
  const cpuAfter = cpuSeconds(pid);
  // The app's e-mail worker delivers (to the built-in outbox) while the intake runs: its share of
  // the CPU above is part of the production picture.
  const sentDuringRun = await countSent(databaseUrl);
  const pgAfter = postgresCpuSeconds(databaseUrl);
  const benchCpu = process.cpuUsage(benchBefore);
  const busyAfter = machineBusy();
  const loadAverage = os.loadavg()[0]!;
  await app.stop();

  const accepted = outcomes.filter((o) => o.status === 201);
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
  const latency = stats(outcomes.map((o) => o.ms));

  // Every 201 left exactly one inquiry and two e-mails behind.
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const ids = [...warm, ...outcomes].filter((o) => o.id).map((o) => o.id!);
  const { rows } = await check.query<{ inquiries: string; with_two_emails: string; routed: string }>(
    `SELECT count(*) AS inquiries,
            count(*) FILTER (WHERE (SELECT count(*) FROM email_messages e WHERE e.inquiry_id = i.id) = 2) AS with_two_emails,
            count(*) FILTER (WHERE i.site_id IS NOT NULL AND i.status = 'NEW') AS routed
       FROM inquiries i WHERE i.id = ANY($1::uuid[])`,
    [ids],
  );
  const total = await check.query<{ n: string }>(`SELECT count(*) AS n FROM inquiries WHERE study_id = $1`, [study.id]);
  await check.end();

  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const baselineMs: number[] = [];
  const until = performance.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await pool.query(
          `INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, language,
             consent, consent_text_version, consented_at, last_activity_at, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, 'Amira', 'Hassan', $4, $4, '+201001234567', 'ar', true, '2025-01', now(), now(), now())`,
          [randomUUID(), study.id, sites[0]!.id, `base+${randomUUID()}@example.com`],
        );
        baselineMs.push(performance.now() - t);
      }
    }),
  );
  await pool.end();
  const baseline = stats(baselineMs);

  const acceptedPerSecond = accepted.length / elapsedS;
  const baselinePerSecond = baselineMs.length / DURATION_S;
  const appCpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  const machine = 1 - (busyAfter.idle - busyBefore.idle) / (busyAfter.total - busyBefore.total);
  return [
    {
      metric: "intake throughput and latency",
      connections: CONNECTIONS,
      durationSeconds: round(elapsedS, 1),
      app: "its own process (node server/main.ts, NODE_ENV=production), e-mail worker running, PUBLIC_RATE_LIMIT=0",
      subject: {
        acceptedPerSecond: round(acceptedPerSecond, 1),
        responses: byStatus,
        latencyMs: { p50: round(latency.median, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1), max: round(latency.max, 1) },
        // CPU per accepted inquiry: the app process (with its e-mail worker), PostgreSQL, and this load generator.
        cpuMsPerAccepted: accepted.length
          ? {
              app: appCpu !== null ? round((appCpu * 1000) / accepted.length, 2) : null,
              postgres: pgBefore !== null && pgAfter !== null ? round(((pgAfter - pgBefore) * 1000) / accepted.length, 2) : null,
              loadGenerator: round((benchCpu.user + benchCpu.system) / 1000 / accepted.length, 2),
            }
          : null,
        emailsSentByWorkerMeanwhile: sentDuringRun,
        machineBusyPercent: round(machine * 100, 1),
        loadAverage1m: round(loadAverage, 2),
      },
      integrity: {
        accepted: ids.length,
        inquiryRows: Number(rows[0]!.inquiries),
        withExactlyTwoEmails: Number(rows[0]!.with_two_emails),
        routedNew: Number(rows[0]!.routed),
        rowsForStudy: Number(total.rows[0]!.n),
        ok: Number(rows[0]!.inquiries) === ids.length && Number(rows[0]!.with_two_emails) === ids.length,
      },
      baseline: {
        name: "plain INSERT through pg",
        insertsPerSecond: round(baselinePerSecond, 1),
        latencyMs: { p50: round(baseline.median, 2), p95: round(baseline.p95, 2), p99: round(baseline.p99, 2) },
      },
      ratio: { throughput: round(acceptedPerSecond / baselinePerSecond), p50Latency: round(latency.median / baseline.median, 1) },
      goal: `>= ${GOAL.perSecond} accepted/s with p99 < ${GOAL.p99Ms} ms`,
      goalMet: acceptedPerSecond >= GOAL.perSecond && latency.p99 < GOAL.p99Ms,
    },
  ];
}
