// Hands newly written e-mails to the queue. The intake writes its e-mails QUEUED with no due time
// (next_attempt_at NULL) and no queue job, so that its transactions never touch pg-boss's tables
// (record-inquiry.ts, intake-writer.ts). Every few hundred milliseconds the dispatcher marks up to
// 500 such rows due now and inserts one job per row in a single call. Any number of processes may
// run it: SKIP LOCKED and the changed due time keep a row from being handed out twice, and a
// second job for a row would be harmless anyway (the worker's claim sends each message once).
// If a process dies between the update and the job insert, the rows are due but jobless, which
// is what the sweeper looks for (email-worker.ts): they go out after its grace period.
import type PgBoss from "pg-boss";
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
    LIMIT ${DISPATCH_BATCH}
    FOR UPDATE SKIP LOCKED
  )
  UPDATE email_messages m SET next_attempt_at = now() FROM fresh WHERE m.id = fresh.id
  RETURNING m.id`;

export type Dispatcher = { stop(): Promise<void> };

export function startDispatcher(deps: { sql: SqlRunner; boss: PgBoss; log: Logger; onDispatched(): void }, intervalMs: number): Dispatcher {
  async function dispatch(): Promise<number> {
    const rows = (await deps.sql(DISPATCH_SQL, [])) as { id: string }[];
    if (rows.length === 0) return 0;
    await deps.boss.insert(rows.map((r) => sendEmailJob(r.id)));
    deps.onDispatched();
    return rows.length;
  }

  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    running = dispatch()
      // A full batch means more are waiting: go again at once.
      .then((n) => (n === DISPATCH_BATCH ? 0 : intervalMs))
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
