// Runs delivery in this process: pg-boss workers for the send-email queue, the dispatcher that
// gives jobs to the intake's new messages (dispatch-new-emails.ts), and a sweeper that gives a job
// to any message that should have been sent by now but has none (enqueued where no queue ran,
// e.g. a CLI task; or its worker died mid-send). Any number of processes may run this.
import type { Db } from "../db/prisma";
import type { JobQueue } from "../jobs/queue";
import { intakeLoad, type LoadGauge } from "../lib/load-gauge";
import type { Logger } from "../lib/logger";
import { SEND_EMAIL_QUEUE, sendEmailJob } from "./enqueue-email";
import { startDispatcher } from "./dispatch-new-emails";
import type { Mailer } from "./mailer";
import { DEFAULT_DELIVERY, deliverMessages, templateVersionsFrom, type DeliveryOptions, type SqlRunner } from "./send-email.job";

export type EmailWorkerOptions = DeliveryOptions & {
  /** Jobs fetched per poll by each worker; they are sent in parallel. */
  batchSize: number;
  /** pg-boss workers polling the queue in this process. */
  workers: number;
  pollingIntervalSeconds: number;
  sweepIntervalMs: number;
  /** A QUEUED message this many seconds past its due time is given a fresh job. */
  sweepGraceSeconds: number;
  /** How often new messages written without a queue job (the intake's) are given one. */
  dispatchIntervalMs: number;
  /** Inquiries per second (in this process) from which the intake's e-mails are handed out slowly. */
  intakeBusyPerSecond: number;
  /** Intake e-mails handed to the queue per second while the intake is that busy. */
  intakeBusyDispatchPerSecond: number;
};

export const DEFAULT_EMAIL_WORKER: EmailWorkerOptions = {
  ...DEFAULT_DELIVERY,
  batchSize: 25,
  workers: 2,
  pollingIntervalSeconds: 1,
  sweepIntervalMs: 30_000,
  sweepGraceSeconds: 60,
  dispatchIntervalMs: 250,
  intakeBusyPerSecond: 50,
  intakeBusyDispatchPerSecond: 100,
};

export type EmailWorker = { sweep(): Promise<number>; stop(): Promise<void> };

export async function startEmailWorker(
  deps: { db: Db; queue: JobQueue; mailer: Mailer; log: Logger; intake?: LoadGauge },
  overrides: Partial<EmailWorkerOptions> = {},
): Promise<EmailWorker> {
  const options = { ...DEFAULT_EMAIL_WORKER, ...overrides };
  const { boss } = deps.queue;
  const sql: SqlRunner = async (text, values) => (await boss.getDb().executeSql(text, values)).rows;
  const workerIds: string[] = [];
  const intake = deps.intake ?? intakeLoad;
  const templates = templateVersionsFrom(sql);

  for (let i = 0; i < options.workers; i++) {
    const workerId: string = await boss.work<{ messageId: string }>(
      SEND_EMAIL_QUEUE,
      { batchSize: options.batchSize, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds },
      async (jobs) => {
        const outcomes = await deliverMessages(
          { sql, mailer: deps.mailer, log: deps.log, templates },
          jobs.map((j) => ({ messageId: j.data.messageId, retryCount: j.retryCount })),
          options,
        );
        // A failed job is retried by pg-boss with backoff; every other job completes when we return.
        const retry = jobs.filter((j) => outcomes.get(j.data.messageId) === "retry").map((j) => j.id);
        if (retry.length) await boss.fail(SEND_EMAIL_QUEUE, retry);
        // A full batch means more are waiting: fetch again now instead of after the polling interval.
        if (jobs.length === options.batchSize) boss.notifyWorker(workerId);
      },
    );
    workerIds.push(workerId);
  }

  async function sweep(): Promise<number> {
    return deps.db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        WITH due AS (
          SELECT id FROM email_messages
          WHERE (status = 'QUEUED' OR (status = 'SENDING' AND updated_at < now() - make_interval(secs => ${options.leaseSeconds})))
            AND (next_attempt_at IS NULL OR next_attempt_at < now() - make_interval(secs => ${options.sweepGraceSeconds}))
          ORDER BY created_at
          LIMIT 500
          FOR UPDATE SKIP LOCKED
        )
        UPDATE email_messages m SET next_attempt_at = now() FROM due WHERE m.id = due.id
        RETURNING m.id`;
      if (due.length) {
        await deps.queue.insertInTransaction(tx, due.map((d) => sendEmailJob(d.id)));
        deps.log.info({ count: due.length }, "e-mail sweeper re-queued overdue messages");
      }
      return due.length;
    });
  }

  // Wakes the workers at once instead of at their next poll. Sending competes with the intake for
  // the same CPUs and database: while the intake is busy (a campaign, a news item), its e-mails are
  // handed out at intakeBusyDispatchPerSecond, so that families' inquiries are accepted at once and
  // their confirmations follow a little later (dispatch-new-emails.ts).
  const dispatcher = startDispatcher(
    { sql, boss, log: deps.log, intake, onDispatched: () => workerIds.forEach((id) => boss.notifyWorker(id)) },
    { intervalMs: options.dispatchIntervalMs, busyPerSecond: options.intakeBusyPerSecond, busyDispatchPerSecond: options.intakeBusyDispatchPerSecond },
  );

  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((error: Error) => deps.log.error({ err: { name: error.name } }, "e-mail sweep failed"));
  }, options.sweepIntervalMs);
  timer.unref();

  return {
    sweep,
    async stop() {
      await dispatcher.stop();
      clearInterval(timer);
      await sweeping;
      for (const id of workerIds) await boss.offWork({ id });
    },
  };
}
