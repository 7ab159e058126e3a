// The one place where configuration is read and validated. Every other module receives a typed
// `AppConfig`; nothing else reads process.env.
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const postgresUrl = optionalString.refine(
  (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
  "must be a postgresql:// URL",
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  PUBLIC_URL: optionalString.refine((v) => v === undefined || URL.canParse(v), "must be an absolute URL"),
  DATABASE_URL: postgresUrl,
  SMTP_URL: optionalString.refine(
    (v) => v === undefined || /^smtps?:\/\//.test(v),
    "must be an smtp:// or smtps:// URL",
  ),
  MAIL_FROM: z.string().default("TrialConnect <no-reply@trialconnect.local>"),
  ADMIN_EMAIL: optionalString
    .refine((v) => v === undefined || z.email().safeParse(v).success, "must be an e-mail address")
    .transform((v) => v ?? "admin@trialconnect.local"),
  ADMIN_PASSWORD: optionalString.refine(
    (v) => v === undefined || v.length >= 12,
    "must be at least 12 characters",
  ),
  AUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters"),
  DATA_DIR: z.string().default("./data"),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(0).default(10),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO_DATA: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});

export type AppConfig = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  adminEmail: string;
  adminPassword: string | undefined;
  authSecret: string | undefined;
  dataDir: string;
  publicRateLimit: number;
  /** Sign-in attempts per client address per minute. */
  signInRateLimit: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  seedDemoData: boolean;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        // Never echo the value: it may be a password or a connection string.
        return `${name}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    adminEmail: e.ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    authSecret: e.AUTH_SECRET,
    dataDir: path.resolve(e.DATA_DIR),
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    seedDemoData: e.SEED_DEMO_DATA,
  };
}

/** The URL people use to reach the app; links in e-mails are built from it. */
export function publicUrlOf(config: AppConfig, actualPort: number): string {
  return config.publicUrl ?? `http://localhost:${actualPort}`;
}
