// The services a running app holds; built once in main.ts (or by tests) and passed down.
import type { AppConfig } from "./config/env";
import type { Db } from "./db/prisma";
import type { Mailer } from "./emails/mailer";
import type { JobQueue } from "./jobs/queue";
import type { Logger } from "./lib/logger";
import type { Auth } from "./modules/auth/auth";
import type { LiveUpdates } from "./modules/live/live-updates";

export type AppDeps = {
  config: AppConfig;
  db: Db;
  /** The PostgreSQL URL `db` uses, for the few things that need their own pool (rate limits). */
  databaseUrl: string;
  log: Logger;
  auth: Auth;
  /** Absolute base URL for links in e-mails. */
  publicUrl: string;
  /** How e-mail leaves this process (SMTP or the built-in outbox); absent where no worker runs. */
  mailer?: Mailer;
  /** The job queue (pg-boss); absent in CLI tasks and tests that run none. */
  queue?: JobQueue;
  /** Live inquiry events of this process (LISTEN/NOTIFY fan-out); absent where none runs. */
  live?: LiveUpdates;
  /** Answers whether the database is reachable (for /healthz). */
  pingDatabase(): Promise<boolean>;
};
