// Intake under load, against the app started as `npm start` runs it (its own process, its
// production pool sizes and e-mail worker, PUBLIC_RATE_LIMIT=0), every request a different person:
// 1. fixed rate: BENCH_RATE (500) inquiries per second for BENCH_DURATION_S (20) s over at most
//    BENCH_CONNECTIONS (50) sockets; latency from each request's planned start (http-load.ts).
//    This is where the goal is read: that many accepted per second, with that p99.
// 2. the e-mail those inquiries caused is delivered to the end (how long delivery lagged);
// 3. closed loop: BENCH_CONNECTIONS clients back to back for BENCH_DURATION_S s: the most it takes.
// The baseline, in the same run and in the same two ways: plain INSERTs of an inquiry row through
// `pg` (live-update trigger quiet, as for the intake). Afterwards every 201 is checked against the
// database: exactly one inquiry row and two e-mail rows (the family's copy and the site alert).
import { randomUUID } from "node:crypto";
import os from "node:os";
import pg from "pg";
import type { BenchContext } from "./run";
import { round, stats } from "./harness";
import { closedLoop, fixedRate, jsonPoster, type Call, type Outcome } from "./http-load";
import { startCpuReading, type CpuReading } from "./process-cpu";
import { startAppProcess } from "../tests/setup/app-process";
import { createTestDeps } from "../tests/setup/test-deps";
import { makeStudy } from "../tests/setup/study-factory";

export const name = "intake";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const DRAIN_LIMIT_S = Number(process.env.BENCH_DRAIN_LIMIT_S ?? 180);
const GOAL = { perSecond: 500, p99Ms: 100 };

function summary(outcomes: Outcome[], seconds: number) {
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
  const latency = stats(outcomes.map((o) => o.ms));
  return {
    acceptedPerSecond: round((byStatus[201] ?? 0) / seconds, 1),
    responses: byStatus,
    latencyMs: { p50: round(latency.median, 1), p95: round(latency.p95, 1), p99: round(latency.p99, 1), max: round(latency.max, 1) },
  };
}

function cpuPer(reading: CpuReading, accepted: number) {
  const ms = (s: number | null) => (s === null || accepted === 0 ? null : round((s * 1000) / accepted, 2));
  return { app: ms(reading.app), postgres: ms(reading.postgres), loadGenerator: ms(reading.loadGenerator), machineBusyPercent: round(reading.machineBusy * 100, 1) };
}

async function waitForDelivery(databaseUrl: string): Promise<{ seconds: number; left: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const started = performance.now();
  let left = 0;
  try {
    while (performance.now() - started < DRAIN_LIMIT_S * 1000) {
      left = Number((await c.query<{ n: string }>("SELECT count(*) AS n FROM email_messages WHERE status IN ('QUEUED', 'SENDING')")).rows[0]!.n);
      if (left === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await c.end();
  }
  return { seconds: round((performance.now() - started) / 1000, 1), left };
}

async function baseline(databaseUrl: string, study: { id: string }, siteId: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  // As the intake writes: the live-update trigger stays quiet (a notifying commit holds
  // PostgreSQL's notify lock through its WAL flush; intake-writer.ts).
  pool.on("connect", (client) => void client.query("SET trialconnect.notify_after_commit = 'on'"));
  const insert: Call = async (startedAt) => {
    await pool.query(
      `INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, language,
         consent, consent_text_version, consented_at, last_activity_at, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'Amira', 'Hassan', $4, $4, '+201001234567', 'ar', true, '2025-01', now(), now(), now())`,
      [randomUUID(), study.id, siteId, `base+${randomUUID()}@example.com`],
    );
    return { status: 201, ms: performance.now() - startedAt };
  };
  await closedLoop(CONNECTIONS, WARMUP_S, insert); // opens the pool's connections
  const atRate = summary(await fixedRate(RATE, DURATION_S, insert), DURATION_S);
  const loop = summary(await closedLoop(CONNECTIONS, DURATION_S, insert), DURATION_S);
  await pool.end();
  return {
    name: "plain INSERT of an inquiry row through pg (no live-update NOTIFY, as the intake writes)",
    fixedRate: { insertsPerSecond: atRate.acceptedPerSecond, latencyMs: atRate.latencyMs },
    closedLoop: { insertsPerSecond: loop.acceptedPerSecond, latencyMs: loop.latencyMs },
  };
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
  const poster = jsonPoster(url, CONNECTIONS, body);
  const warm = await closedLoop(Math.min(CONNECTIONS, 10), WARMUP_S, poster.call);
  await waitForDelivery(databaseUrl);

  let reading = startCpuReading(pid, databaseUrl);
  let started = performance.now();
  const atRate = await fixedRate(RATE, DURATION_S, poster.call);
  // Until the last answer: when the app falls behind, answers come after the timetable ended.
  const atRateSeconds = (performance.now() - started) / 1000;
  const atRateCpu = reading();
  const delivery = await waitForDelivery(databaseUrl);

  reading = startCpuReading(pid, databaseUrl);
  started = performance.now();
  const loop = await closedLoop(CONNECTIONS, DURATION_S, poster.call);
  const loopSeconds = (performance.now() - started) / 1000;
  const loopCpu = reading();
  poster.close();
  await app.stop();

  const all = [...warm, ...atRate, ...loop];
  const ids = all.filter((o) => o.status === 201).map((o) => (JSON.parse(o.body!) as { id: string }).id);
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const { rows } = await check.query<{ inquiries: string; with_two_emails: string; routed: string }>(
    `SELECT count(*) AS inquiries,
            count(*) FILTER (WHERE (SELECT count(*) FROM email_messages e WHERE e.inquiry_id = i.id) = 2) AS with_two_emails,
            count(*) FILTER (WHERE i.site_id IS NOT NULL AND i.status = 'NEW') AS routed
       FROM inquiries i WHERE i.id = ANY($1::uuid[])`,
    [ids],
  );
  const total = await check.query<{ n: string }>(`SELECT count(*) AS n FROM inquiries WHERE study_id = $1`, [study.id]);
  await check.end();

  const base = await baseline(databaseUrl, study, sites[0]!.id);
  const fixed = summary(atRate, atRateSeconds);
  const closed = summary(loop, loopSeconds);
  return [
    {
      metric: "intake throughput and latency",
      app: "its own process (node server/main.ts, NODE_ENV=production), e-mail worker running, PUBLIC_RATE_LIMIT=0",
      machine: { cpus: os.cpus().length, loadAverage1mAtEnd: round(os.loadavg()[0]!, 2) },
      fixedRate: {
        offeredPerSecond: RATE,
        sockets: CONNECTIONS,
        durationSeconds: DURATION_S,
        secondsUntilLastAnswer: round(atRateSeconds, 1),
        ...fixed,
        cpuMsPerAccepted: cpuPer(atRateCpu, fixed.responses[201] ?? 0),
        emailDelivery: { secondsUntilAllSentAfterTheRun: delivery.seconds, stillUnsent: delivery.left },
      },
      closedLoop: { clients: CONNECTIONS, durationSeconds: round(loopSeconds, 1), ...closed, cpuMsPerAccepted: cpuPer(loopCpu, closed.responses[201] ?? 0) },
      integrity: {
        accepted: ids.length,
        inquiryRows: Number(rows[0]!.inquiries),
        withExactlyTwoEmails: Number(rows[0]!.with_two_emails),
        routedNew: Number(rows[0]!.routed),
        rowsForStudy: Number(total.rows[0]!.n),
        ok: Number(rows[0]!.inquiries) === ids.length && Number(rows[0]!.with_two_emails) === ids.length && ids.length === Number(total.rows[0]!.n),
      },
      baseline: base,
      ratio: {
        fixedRateP99: round(fixed.latencyMs.p99 / base.fixedRate.latencyMs.p99, 1),
        closedLoopThroughput: round(closed.acceptedPerSecond / base.closedLoop.insertsPerSecond),
      },
      goal: `${GOAL.perSecond} inquiries/s offered: all accepted, p99 < ${GOAL.p99Ms} ms`,
      goalMet: RATE >= GOAL.perSecond && fixed.acceptedPerSecond >= RATE * 0.99 && fixed.latencyMs.p99 < GOAL.p99Ms,
    },
  ];
}
