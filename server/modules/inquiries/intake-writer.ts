// Group commit for the intake. Inquiries arriving together are written by one statement, which
// PostgreSQL runs as its own transaction: one round trip to the database for the whole group,
// its rows, its Idempotency-Key answers and its commit (record-inquiry.ts). Nothing waits on
// purpose: a writer takes whatever queued while the previous write ran (one inquiry when traffic
// is light). Every statement sent costs the app a socket write that wakes a database process,
// and on these VMs those writes were the app's largest cost under load; a BEGIN, a COMMIT and an
// announcement per group were three of every four.
// If the database refuses the statement, nothing of it was written (a statement is undone whole)
// and each inquiry is written again in a statement of its own, so one inquiry's error (an
// Idempotency-Key race, say) never fails another's. Any other failure (the connection lost
// mid-statement) leaves unknown whether it committed: never retried.
// The statement touches no queue table: the e-mails it writes are handed to the queue by the
// e-mail worker's dispatcher (server/emails/email-worker.ts). Writing pg-boss jobs here made every
// intake transaction lock the same queue row.
// Nor does it NOTIFY: a notifying transaction holds PostgreSQL's notify lock through its WAL
// flush, so notifying commits queue behind each other's disk flushes. The statement tells the
// trigger to skip (migration "intake_notify_after_commit") and the new inquiries are announced
// after the commit, by a statement that writes nothing, for all the groups committed while the
// previous announcement was out. The answer to the family does not wait for it. Live updates are
// advice (the inbox is the record, and a stream resyncs when it reconnects): an announcement lost
// to a crash only means that a screen refreshes later.
import pg from "pg";
import type { InquiryChange } from "../../../shared/schemas/live";
import { createBatcher } from "../../lib/batcher";
import { INQUIRY_EVENTS_CHANNEL } from "../live/inquiry-event-listener";

/** The one statement that writes the records of a group, as one transaction; its rows are the ids it wrote. */
export type BatchStatement = (records: unknown[]) => pg.QueryConfig;

/** What the trigger would have announced for a new inquiry (shared/schemas/live.ts). */
export type NewInquiryEvent = Pick<InquiryChange, "id" | "siteId" | "studyId" | "status">;

/** One inquiry's record for the batch statement, with its id and what to announce once it is written. */
export type IntakeJob = { id: string; record: unknown; announce: NewInquiryEvent };
/** What became of one job: written, skipped by the statement, or the error it failed with (one job's error never fails another). */
type Outcome = { written: boolean } | { error: unknown };

/** Resolves with whether the inquiry was written: false when the statement skipped it (record-inquiry.ts). */
export type IntakeWriter = { write(job: IntakeJob): Promise<boolean> };

const payloadOf = (e: NewInquiryEvent) => JSON.stringify({ op: "insert", ...e, previousSiteId: null, assigneeId: null } satisfies InquiryChange);

/** The server refused the statement and kept the connection: its transaction was undone. */
const refused = (error: unknown) => error instanceof pg.DatabaseError && error.severity === "ERROR";

/** Deadlock detected, serialization failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

async function runStatement(pool: pg.Pool, statement: pg.QueryConfig): Promise<pg.QueryResult> {
  const client = await pool.connect();
  let healthy = true;
  try {
    return await client.query(statement);
  } catch (error) {
    healthy = refused(error);
    throw error;
  } finally {
    client.release(!healthy);
  }
}

export function createIntakeWriter(pool: pg.Pool, batchStatement: BatchStatement, opts: { writers?: number; maxBatch?: number } = {}): IntakeWriter {
  const announce = createBatcher(
    async (events: NewInquiryEvent[]) => {
      // The payloads as one JSON text: a text[] parameter is escaped character by character.
      const payloads = `[${events.map(payloadOf).join(",")}]`;
      await runStatement(pool, { name: "intake-announce", text: "SELECT pg_notify($1, p::text) FROM jsonb_array_elements($2::jsonb) AS p", values: [INQUIRY_EVENTS_CHANNEL, payloads] });
      return events.map(() => undefined);
    },
    { concurrency: 1, maxBatch: 1000 },
  );

  async function write(jobs: IntakeJob[], attempt = 0): Promise<Outcome[]> {
    let written: Set<string>;
    try {
      const { rows } = await runStatement(pool, batchStatement(jobs.map((j) => j.record)));
      written = new Set(rows.map((r: { id: string }) => r.id));
    } catch (error) {
      if (!refused(error)) return jobs.map(() => ({ error }));
      if (jobs.length > 1) {
        const outcomes: Outcome[] = [];
        for (const job of jobs) outcomes.push(...(await write([job])));
        return outcomes;
      }
      // Two statements noting repeats on the same earlier inquiries in opposite order can
      // deadlock; PostgreSQL undoes one, which is then simply written again.
      if (RETRYABLE.has((error as pg.DatabaseError).code ?? "") && attempt < 3) return write(jobs, attempt + 1);
      return [{ error }];
    }
    for (const job of jobs) if (written.has(job.id)) announce(job.announce).catch(() => {});
    return jobs.map((job) => ({ written: written.has(job.id) }));
  }
  // One statement at a time: whatever arrives meanwhile goes in the next, so groups grow with the
  // load instead of statements. At 500 inquiries a second, one writer against three: PostgreSQL's
  // CPU per inquiry 1.4 -> 1.15 ms, the machine 85% -> 75% busy, p99 92-116 -> 74-84 ms. Waiting
  // on a lock holds up the others; the intake's rows conflict with no one else's (new ids; a
  // repeat's note only takes a key-share lock on the earlier inquiry, which only its deletion conflicts with).
  const run = createBatcher(write, { concurrency: opts.writers ?? 1, maxBatch: opts.maxBatch ?? 64 });

  return {
    async write(job) {
      const outcome = await run(job);
      if ("error" in outcome) throw outcome.error;
      return outcome.written;
    },
  };
}
