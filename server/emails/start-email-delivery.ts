// Start-up of e-mail for a server process: shipped templates into the database, the job queue,
// the mailer (SMTP_URL or the built-in outbox) and the delivery worker. stop() ends them in
// reverse order, letting a batch in flight finish.
import type { AppConfig } from "../config/env";
import type { Db } from "../db/prisma";
import { setActiveQueue, startQueue, type JobQueue } from "../jobs/queue";
import type { Logger } from "../lib/logger";
import { loadDefaultTemplates } from "./default-templates";
import { DEFAULT_EMAIL_WORKER, startEmailWorker, type EmailWorkerOptions } from "./email-worker";
import { createMailer, type Mailer } from "./mailer";
import { sendEmailQueue } from "./send-email.job";

export type EmailDelivery = { queue: JobQueue; mailer: Mailer; stop(): Promise<void> };

export async function startEmailDelivery(
  deps: { config: AppConfig; db: Db; log: Logger; databaseUrl: string },
  overrides: Partial<EmailWorkerOptions> = {},
): Promise<EmailDelivery> {
  const options = { ...DEFAULT_EMAIL_WORKER, ...overrides };
  const added = await loadDefaultTemplates(deps.db);
  if (added) deps.log.info({ added }, "default e-mail templates loaded");
  const queue = await startQueue({ databaseUrl: deps.databaseUrl, log: deps.log, queues: [sendEmailQueue(options)] });
  const mailer = createMailer({ smtpUrl: deps.config.smtpUrl, from: deps.config.mailFrom, maxConnections: 5 });
  const worker = await startEmailWorker({ db: deps.db, queue, mailer, log: deps.log }, options);
  setActiveQueue(queue);
  deps.log.info({ transport: mailer.transport }, mailer.transport === "smtp" ? "e-mail goes out over SMTP_URL" : "no SMTP_URL: e-mail is kept in the built-in outbox");
  return {
    queue,
    mailer,
    async stop() {
      setActiveQueue(null);
      await worker.stop();
      await queue.stop({ graceful: true });
      mailer.close();
    },
  };
}
