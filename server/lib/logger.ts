// Structured JSON logs (pino). Health information must never be logged: log ids, counts and
// codes, never names, e-mails, phone numbers or free text from patients. The redact list is a
// safety net for mistakes, not a licence to log objects wholesale.
import { pino, type Logger } from "pino";

const REDACT_PATHS = [
  "firstName", "lastName", "email", "phone", "name", "password", "token", "body", "notes",
  "*.firstName", "*.lastName", "*.email", "*.phone", "*.name", "*.password", "*.token", "*.body", "*.notes",
  "req.headers.cookie", "req.headers.authorization", "res.headers[\"set-cookie\"]",
];

export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    level,
    base: { service: "trialconnect" },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
