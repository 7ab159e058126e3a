// Group commit for the intake. Every new inquiry is announced with NOTIFY (migration
// "inbox_search_and_events"), and PostgreSQL serialises the commits of notifying transactions,
// each waiting for its own WAL flush: one inquiry per transaction caps intake at one disk flush
// per inquiry (about 300/s on these machines). So inquiries arriving together are written in one
// transaction, each by its own statements, with one pg-boss insert for all their e-mail jobs.
// Nothing waits on purpose: a writer takes whatever queued while the previous commit ran (one
// inquiry when traffic is light). If any statement fails, the batch is rolled back and each
// inquiry is written again in a transaction of its own, so one inquiry's error (an
// Idempotency-Key race, say) never fails another's.
import { createHash } from "node:crypto";
import type pg from "pg";
import type PgBoss from "pg-boss";
import { activeQueue } from "../../jobs/queue";

export type WriteUnit<T> = (client: pg.PoolClient) => Promise<{ result: T; jobs: PgBoss.JobInsert[] }>;

type Pending = { unit: WriteUnit<unknown>; resolve(value: unknown): void; reject(error: unknown): void };

export type IntakeWriter = { write<T>(unit: WriteUnit<T>): Promise<T> };

/**
 * pg-boss's `db` option on our transaction's connection, so its job rows commit with our rows.
 * Its statements are prepared (named by their text), as ours are: planning them costs more than
 * running them.
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `pgboss-${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    if (statementNames.size < 100) statementNames.set(text, name);
  }
  return name;
}
function clientDb(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: (text: string, values?: unknown[]) => client.query({ name: statementName(text), text, values }) as Promise<{ rows: never[] }> };
}

class BeforeCommit extends Error {
  constructor(override readonly cause: unknown) {
    super("intake write failed before commit");
  }
}

/** One transaction for `units`, in order; their results once committed. */
async function transaction(pool: pg.Pool, units: WriteUnit<unknown>[]): Promise<unknown[]> {
  const client = await pool.connect();
  let healthy = true;
  try {
    await client.query("BEGIN");
    const results: unknown[] = [];
    try {
      const jobs: PgBoss.JobInsert[] = [];
      for (const unit of units) {
        const out = await unit(client);
        results.push(out.result);
        jobs.push(...out.jobs);
      }
      // No queue in this process (CLI tasks, tests without one): the e-mail sweeper sends the rows.
      const boss = jobs.length ? activeQueue()?.boss : undefined;
      if (boss) await boss.insert(jobs, { db: clientDb(client) });
    } catch (error) {
      await client.query("ROLLBACK").catch(() => (healthy = false));
      throw new BeforeCommit(error);
    }
    await client.query("COMMIT").catch((error: unknown) => {
      // Whether it committed is unknown: never retry, and never reuse the connection.
      healthy = false;
      throw error;
    });
    return results;
  } finally {
    client.release(!healthy);
  }
}

/** Deadlock detected, serialization failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

export function createIntakeWriter(pool: pg.Pool, opts: { writers?: number; maxBatch?: number } = {}): IntakeWriter {
  const writers = opts.writers ?? 3;
  const maxBatch = opts.maxBatch ?? 64;
  const queue: Pending[] = [];
  let busy = 0;

  async function write(batch: Pending[], attempt = 0): Promise<void> {
    let results: unknown[];
    try {
      results = await transaction(pool, batch.map((p) => p.unit));
    } catch (error) {
      if (error instanceof BeforeCommit && batch.length > 1) {
        for (const p of batch) await write([p]);
        return;
      }
      const cause = error instanceof BeforeCommit ? error.cause : error;
      // Two transactions noting repeats on the same earlier inquiries in opposite order can
      // deadlock; PostgreSQL undoes one, which is then simply written again.
      if (error instanceof BeforeCommit && RETRYABLE.has((cause as { code?: string }).code ?? "") && attempt < 3) return write(batch, attempt + 1);
      for (const p of batch) p.reject(cause);
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i]));
  }

  function pump() {
    while (busy < writers && queue.length > 0) {
      busy++;
      void write(queue.splice(0, maxBatch)).finally(() => {
        busy--;
        pump();
      });
    }
  }

  return {
    write<T>(unit: WriteUnit<T>) {
      return new Promise<T>((resolve, reject) => {
        queue.push({ unit, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
  };
}
