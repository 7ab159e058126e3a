// The job queue: pg-boss 10 on the application's own PostgreSQL (schema `pgboss`). Jobs can be
// written inside a Prisma transaction (`sendInTransaction`), so a job exists if and only if the
// change that caused it committed.
import PgBoss from "pg-boss";
import type { Tx } from "../db/prisma";
import type { Logger } from "../lib/logger";

export type QueueDefinition = {
  name: string;
  /** "short": at most one waiting job per singletonKey, so re-sending a job is harmless. */
  policy?: "standard" | "short" | "singleton" | "stately";
  retryLimit?: number;
  /** Seconds; with retryBackoff pg-boss waits about retryDelay · 2^attempt, with jitter. */
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
};

export type QueueOptions = {
  databaseUrl: string;
  log: Logger;
  queues: QueueDefinition[];
  /** Pool size of pg-boss's own connections. */
  max?: number;
  /** How often pg-boss expires stuck jobs and archives old ones. */
  maintenanceIntervalSeconds?: number;
};

export type JobQueue = {
  readonly boss: PgBoss;
  send(name: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  /** Writes the job with the caller's transaction: it becomes visible when, and only if, that commits. */
  sendInTransaction(tx: Tx, name: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  insertInTransaction(tx: Tx, jobs: PgBoss.JobInsert[]): Promise<void>;
  /** `graceful: false` drops in-flight work at once, as a crash would. */
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
  isRunning(): boolean;
};

/** A pg-boss `db` that runs its SQL on a Prisma interactive transaction. */
export function transactionDb(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg turns undefined into NULL and objects into JSON; Prisma's raw API wants that done for it.
      const params = values.map((v) => (v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
      return { rows };
    },
  };
}

export async function startQueue(options: QueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: options.max ?? 6,
    application_name: "trialconnect-queue",
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  // Without a listener an 'error' event would crash the process. Log the kind only: a message
  // from the database could quote job data.
  boss.on("error", (error: Error & { queue?: string }) => options.log.error({ err: { name: error.name, code: (error as { code?: string }).code }, queue: error.queue }, "job queue error"));
  await boss.start();
  for (const queue of options.queues) {
    const { name, ...rest } = queue;
    await boss.createQueue(name, { name, ...rest });
    // createQueue keeps an existing queue as it was; bring its settings up to date.
    await boss.updateQueue(name, { name, ...rest });
  }
  let running = true;
  return {
    boss,
    send: (name, data, sendOptions = {}) => boss.send(name, data, sendOptions),
    sendInTransaction: (tx, name, data, sendOptions = {}) => boss.send(name, data, { ...sendOptions, db: transactionDb(tx) }),
    insertInTransaction: (tx, jobs) => boss.insert(jobs, { db: transactionDb(tx) }),
    async stop(stopOptions = {}) {
      if (!running) return;
      running = false;
      await boss.stop({ graceful: stopOptions.graceful ?? true, timeout: stopOptions.timeoutMs ?? 10_000, wait: true });
    },
    isRunning: () => running,
  };
}

// The queue of this process, for code that only has a transaction in hand (enqueueEmail is
// called from other modules' transactions). Null in CLI tasks and tests that run no queue: the
// e-mail sweeper then picks the rows up later.
let active: JobQueue | null = null;

export function setActiveQueue(queue: JobQueue | null): void {
  active = queue;
}

export function activeQueue(): JobQueue | null {
  return active && active.isRunning() ? active : null;
}
