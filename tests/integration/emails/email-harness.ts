// One e-mail stack for a test file: its own database (so no other file's worker takes its jobs),
// the shipped templates, pg-boss, and a worker delivering to the given SMTP URL (or the outbox).
// Delays are short so that retries happen within a test; nothing here waits on wall-clock time.
import type { AppDeps } from "../../../server/app-deps";
import { loadDefaultTemplates } from "../../../server/emails/default-templates";
import { startEmailWorker, type EmailWorker, type EmailWorkerOptions } from "../../../server/emails/email-worker";
import { createMailer, type Mailer } from "../../../server/emails/mailer";
import type { LoadGauge } from "../../../server/lib/load-gauge";
import { sendEmailQueue } from "../../../server/emails/send-email.job";
import { setActiveQueue, startQueue, type JobQueue } from "../../../server/jobs/queue";
import { freshDatabase } from "../../setup/fresh-database";
import { createTestDeps } from "../../setup/test-deps";
import { FAST } from "./fast-options";

export type EmailStack = {
  deps: AppDeps;
  databaseUrl: string;
  queue: JobQueue | null;
  worker: EmailWorker | null;
  mailer: Mailer;
  /** pg-boss only: enqueued messages get jobs, but nothing in this process sends them. */
  startQueue(): Promise<void>;
  startWorker(smtpUrl?: string): Promise<void>;
  stopWorker(graceful?: boolean): Promise<void>;
  close(): Promise<void>;
};

export async function startEmailStack(
  opts: { smtpUrl?: string; worker?: boolean; options?: Partial<EmailWorkerOptions>; intake?: LoadGauge } = {},
): Promise<EmailStack> {
  const database = await freshDatabase();
  const deps = createTestDeps(database.url);
  await loadDefaultTemplates(deps.db);
  const options = { ...FAST, ...opts.options };
  const stack: EmailStack = {
    deps,
    databaseUrl: database.url,
    queue: null,
    worker: null,
    mailer: createMailer({ smtpUrl: opts.smtpUrl, from: deps.config.mailFrom }),
    async startQueue() {
      if (stack.queue) return;
      stack.queue = await startQueue({ databaseUrl: database.url, log: deps.log, queues: [sendEmailQueue(options)], maintenanceIntervalSeconds: 1 });
      setActiveQueue(stack.queue);
    },
    async startWorker(smtpUrl = opts.smtpUrl) {
      stack.mailer = createMailer({ smtpUrl, from: deps.config.mailFrom, maxConnections: 5 });
      await stack.startQueue();
      stack.worker = await startEmailWorker({ db: deps.db, queue: stack.queue!, mailer: stack.mailer, log: deps.log, intake: opts.intake }, options);
    },
    async stopWorker(graceful = true) {
      await stack.worker?.stop();
      await stack.queue?.stop({ graceful });
      stack.mailer.close();
      setActiveQueue(null);
      stack.worker = null;
      stack.queue = null;
    },
    async close() {
      await stack.stopWorker();
      await deps.db.$disconnect();
      await database.drop();
    },
  };
  if (opts.worker !== false) await stack.startWorker();
  return stack;
}
