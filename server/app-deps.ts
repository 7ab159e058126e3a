// The services a running app holds; built once in main.ts (or by tests) and passed down.
import type { AppConfig } from "./config/env";
import type { Db } from "./db/prisma";
import type { Logger } from "./lib/logger";
import type { Auth } from "./modules/auth/auth";

export type AppDeps = {
  config: AppConfig;
  db: Db;
  log: Logger;
  auth: Auth;
  /** Absolute base URL for links in e-mails. */
  publicUrl: string;
  /** Answers whether the database is reachable (for /healthz). */
  pingDatabase(): Promise<boolean>;
};
