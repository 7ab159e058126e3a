// Hands newly written e-mails to the queue. The intake writes its e-mails QUEUED with no due time
// (next_attempt_at NULL) and no queue job, so that its transactions never touch pg-boss's tables
// (record-inquiry.ts, intake-writer.ts). Every few hundred milliseconds the dispatcher marks up to
// 500 such rows due now and inserts one job per row in a single call. Any number of processes may
// run it: SKIP LOCKED and the changed due time keep a row from being handed out twice, and a
// second job for a row would be harmless anyway (the worker's claim sends each message once).
// If a process dies between the update and the job insert, the rows are due but jobless, which
// is what the sweeper looks for (email-worker.ts): they go out after its grace period.
// While the intake is busy (its load gauge at or above busyPerSecond inquiries per second), each
// round hands out only busyDispatchPerSecond's share: during a burst, delivery trickles instead of
// competing with the intake for CPU and database (sending 1,000 messages a second costs more than
// accepting 500 inquiries), and pg-boss's queue stays short, which keeps its fetch cheap. The
// trickle never stops, and at the busy threshold it keeps up (two e-mails per inquiry); when the
// burst ends, full rounds go out back to back until the backlog is gone.
import type PgBoss from "pg-boss";
import type { LoadGauge } from "../lib/load-gauge";
import type { Logger } from "../lib/logger";
import { sendEmailJob } from "./enqueue-email";
import type { SqlRunner } from "./send-email.job";

const DISPATCH_BATCH = 500;

// Ordered by the index's own columns ((status, next_attempt_at); status is fixed here), so the
// plan reads the index for the matching rows only, whatever the statistics say about how many
// rows are QUEUED: this runs several times a second against a table of millions of messages.
const DISPATCH_SQL = `
  WITH fresh AS (
    SELECT id FROM email_messages
    WHERE status = 'QUEUED' AND next_attempt_at IS NULL
    ORDER BY next_attempt_at
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE email_messages m SET next_attempt_at = now() FROM fresh WHERE m.id = fresh.id
  RETURNING m.id`;

export type Dispatcher = { stop(): Promise<void> };

export type DispatchOptions = { intervalMs: number; busyPerSecond: number; busyDispatchPerSecond: number };

export function startDispatcher(deps: { sql: SqlRunner; boss: PgBoss; log: Logger; intake: LoadGauge; onDispatched(): void }, options: DispatchOptions): Dispatcher {
  const { intervalMs } = options;
  const busyShare = Math.max(1, Math.round((options.busyDispatchPerSecond * intervalMs) / 1000));

  /** Rows handed out, and whether a full round was allowed (more may be waiting). */
  async function dispatch(): Promise<{ n: number; full: boolean }> {
    const limit = deps.intake.perSecond() >= options.busyPerSecond ? Math.min(busyShare, DISPATCH_BATCH) : DISPATCH_BATCH;
    const rows = (await deps.sql(DISPATCH_SQL, [limit])) as { id: string }[];
    if (rows.length > 0) {
      await deps.boss.insert(rows.map((r) => sendEmailJob(r.id)));
      deps.onDispatched();
    }
    return { n: rows.length, full: limit === DISPATCH_BATCH };
  }

  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    running = dispatch()
      // A full round means more are waiting: go again at once.
      .then(({ n, full }) => (full && n === DISPATCH_BATCH ? 0 : intervalMs))
      .catch((error: Error) => {
        deps.log.error({ err: { name: error.name, code: (error as { code?: string }).code } }, "e-mail dispatch failed");
        return intervalMs;
      })
      .then((delay) => {
        if (stopped) return;
        timer = setTimeout(tick, delay);
        timer.unref();
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
