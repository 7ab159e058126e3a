// Intake under load: 50 concurrent clients posting inquiries for 20 s over loopback, against a
// baseline in the same run: plain INSERTs of the same row through `pg` at the same concurrency.
// The ratio says what validation, routing, duplicate checks, history, audit and two queued
// e-mails cost on top of the bare write.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import type { BenchContext } from "./run";
import { round, stats } from "./harness";
import { createTestDeps } from "../tests/setup/test-deps";
import { makeStudy } from "../tests/setup/study-factory";

export const name = "intake";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);

export async function run({ databaseUrl, listenApp }: BenchContext) {
  const setupDeps = createTestDeps(databaseUrl);
  const { nctId, study, sites } = await makeStudy(setupDeps);
  await setupDeps.db.$disconnect();
  const app = await listenApp(databaseUrl, { PUBLIC_RATE_LIMIT: "0" });

  let n = 0;
  const body = () =>
    JSON.stringify({
      firstName: "Amira",
      lastName: "Hassan",
      email: `load+${n++}-${randomUUID().slice(0, 6)}@example.com`,
      phone: "+20 100 123 4567",
      language: "ar",
      location: { lat: 27.2 + (n % 100) / 100, lon: 31.2 },
      consent: true,
    });
  const result = await autocannon({
    url: `${app.url}/api/public/studies/${nctId}/inquiries`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  await app.close();

  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const latencies: number[] = [];
  let inserted = 0;
  const until = Date.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        await pool.query(
          `INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, language,
             consent, consent_text_version, consented_at, last_activity_at, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, 'Amira', 'Hassan', $4, $4, '+201001234567', 'ar', true, '2025-01', now(), now(), now())`,
          [randomUUID(), study.id, sites[0]!.id, `base+${randomUUID()}@example.com`],
        );
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        inserted++;
      }
    }),
  );
  await pool.end();
  const baseline = stats(latencies);
  const accepted = result["2xx"];
  return [
    {
      metric: "intake throughput and latency",
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      subject: {
        acceptedPerSecond: round(accepted / DURATION_S, 1),
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        requestsSent: result.requests.sent,
        latencyMs: { median: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      },
      baseline: { name: "plain INSERT through pg", insertsPerSecond: round(inserted / DURATION_S, 1), latencyMs: { median: round(baseline.median), p99: round(baseline.p99) } },
      ratio: { throughput: round(accepted / DURATION_S / (inserted / DURATION_S)), medianLatency: round(result.latency.p50 / baseline.median) },
      goal: ">= 500 accepted/s with p99 < 100 ms",
    },
  ];
}
