// Group commit for the intake. Every new inquiry is announced with NOTIFY (migration
// "inbox_search_and_events"), and PostgreSQL serialises the commits of notifying transactions,
// each waiting for its own WAL flush: one inquiry per transaction caps intake at one disk flush
// per inquiry (about 300/s on these machines). So inquiries arriving together are written in one
// transaction, all their rows by one statement. Nothing waits on purpose: a writer takes whatever
// queued while the previous commit ran (one inquiry when traffic is light). If any statement
// fails, the batch is rolled back and each inquiry is written again in a transaction of its own,
// so one inquiry's error (an Idempotency-Key race, say) never fails another's.
// The transaction touches no queue table: the e-mails it writes are handed to the queue by the
// e-mail worker's dispatcher (server/emails/email-worker.ts). Writing pg-boss jobs here made every
// intake transaction lock the same queue row and cost a statement per batch.
// Nor does it NOTIFY: a notifying transaction holds PostgreSQL's notify lock through its WAL
// flush, so notifying commits queue behind each other's disk flushes. The trigger is told to skip
// (migration "intake_notify_after_commit") and the new inquiries are announced right after the
// commit, in a transaction that writes nothing. Live updates are advice (the inbox is the record,
// and a stream resyncs when it reconnects): an announcement lost to a crash between the commit
// and the NOTIFY only means that a screen refreshes later.
import type pg from "pg";
import type { InquiryChange } from "../../../shared/schemas/live";
import { createBatcher } from "../../lib/batcher";
import { INQUIRY_EVENTS_CHANNEL } from "../live/inquiry-event-listener";

/** One inquiry's share of a group commit: statements to run first, in order, and its record for the batch statement. */
export type IntakeWrite = { before: pg.QueryConfig[]; record: unknown };
/** The one statement that writes the records of a batch. */
export type BatchStatement = (records: unknown[]) => pg.QueryConfig;

/** What the trigger would have announced for a new inquiry (shared/schemas/live.ts). */
export type NewInquiryEvent = Pick<InquiryChange, "id" | "siteId" | "studyId" | "status">;

type Job = { unit: IntakeWrite; announce?: NewInquiryEvent };
/** What became of one job: written, or the error it failed with (one job's error never fails another). */
type Outcome = { written: true } | { written: false; error: unknown };

export type IntakeWriter = { write(unit: IntakeWrite, announce?: NewInquiryEvent): Promise<void> };

const payloadOf = (e: NewInquiryEvent) => JSON.stringify({ op: "insert", ...e, previousSiteId: null, assigneeId: null } satisfies InquiryChange);

class BeforeCommit extends Error {
  constructor(override readonly cause: unknown) {
    super("intake write failed before commit");
  }
}

/** One transaction for `units`: their statements in order, then the batch statement; then the announcements. */
async function transaction(pool: pg.Pool, batch: BatchStatement, units: IntakeWrite[], announce: NewInquiryEvent[]): Promise<void> {
  const client = await pool.connect();
  let healthy = true;
  try {
    await client.query("BEGIN; SET LOCAL trialconnect.notify_after_commit = 'on'");
    try {
      for (const unit of units) for (const statement of unit.before) await client.query(statement);
      await client.query(batch(units.map((u) => u.record)));
    } catch (error) {
      await client.query("ROLLBACK").catch(() => (healthy = false));
      throw new BeforeCommit(error);
    }
    await client.query("COMMIT").catch((error: unknown) => {
      // Whether it committed is unknown: never retry, and never reuse the connection.
      healthy = false;
      throw error;
    });
    if (announce.length) {
      await client
        .query({ name: "intake-announce", text: "SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p", values: [INQUIRY_EVENTS_CHANNEL, announce.map(payloadOf)] })
        .catch(() => (healthy = false));
    }
  } finally {
    client.release(!healthy);
  }
}

/** Deadlock detected, serialization failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

export function createIntakeWriter(pool: pg.Pool, batchStatement: BatchStatement, opts: { writers?: number; maxBatch?: number } = {}): IntakeWriter {
  async function write(jobs: Job[], attempt = 0): Promise<Outcome[]> {
    try {
      await transaction(pool, batchStatement, jobs.map((j) => j.unit), jobs.flatMap((j) => (j.announce ? [j.announce] : [])));
      return jobs.map(() => ({ written: true }));
    } catch (error) {
      if (error instanceof BeforeCommit && jobs.length > 1) {
        const outcomes: Outcome[] = [];
        for (const job of jobs) outcomes.push(...(await write([job])));
        return outcomes;
      }
      const cause = error instanceof BeforeCommit ? error.cause : error;
      // Two transactions noting repeats on the same earlier inquiries in opposite order can
      // deadlock; PostgreSQL undoes one, which is then simply written again.
      if (error instanceof BeforeCommit && RETRYABLE.has((cause as { code?: string }).code ?? "") && attempt < 3) return write(jobs, attempt + 1);
      return jobs.map(() => ({ written: false, error: cause }));
    }
  }
  const run = createBatcher(write, { concurrency: opts.writers ?? 3, maxBatch: opts.maxBatch ?? 64 });

  return {
    async write(unit: IntakeWrite, announce?: NewInquiryEvent) {
      const outcome = await run({ unit, announce });
      if (!outcome.written) throw outcome.error;
    },
  };
}
