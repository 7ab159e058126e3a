// Hands a stored message to SMTP (nodemailer, pooled connections) or, without SMTP_URL, to the
// built-in outbox: the stored row is then the delivered message and admins read it there.
import nodemailer from "nodemailer";
import { displayName, headerValue } from "./header-value";

export type OutgoingEmail = {
  messageId: string;
  to: { address: string; name?: string | null };
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type Mailer = {
  transport: "smtp" | "outbox";
  send(mail: OutgoingEmail): Promise<void>;
  close(): void;
};

export type MailerOptions = {
  smtpUrl?: string;
  from: string;
  /** Parallel SMTP connections (nodemailer pool). */
  maxConnections?: number;
  /** Milliseconds; a send never hangs a worker for longer than about connection + socket timeouts. */
  connectionTimeoutMs?: number;
  socketTimeoutMs?: number;
};

export function createMailer(options: MailerOptions): Mailer {
  if (!options.smtpUrl) {
    return { transport: "outbox", async send() {}, close() {} };
  }
  const transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: 500,
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    greetingTimeout: options.connectionTimeoutMs ?? 10_000,
    socketTimeout: options.socketTimeoutMs ?? 60_000,
    // Messages are built from stored strings only: never read files or fetch URLs named in them.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    transport: "smtp",
    async send(mail) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(mail.headers)) {
        if (/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) headers[name] = headerValue(value, 900);
      }
      await transporter.sendMail({
        from: options.from,
        to: { name: displayName(mail.to.name) ?? "", address: mail.to.address },
        subject: headerValue(mail.subject),
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers,
      });
    },
    close: () => transporter.close(),
  };
}

export type SendFailure = { permanent: boolean; reason: string };

/**
 * What went wrong, without anything from the message: the SMTP code and nodemailer's error code,
 * never the server's text (it often quotes the recipient address).
 */
export function classifySendError(error: unknown): SendFailure {
  const e = error as { code?: unknown; responseCode?: unknown; response?: unknown };
  const code = typeof e.code === "string" && /^[A-Z_]{2,20}$/.test(e.code) ? e.code : "ERROR";
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const enhanced = typeof e.response === "string" ? /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(e.response)?.[1] : undefined;
  if (responseCode !== undefined) {
    const reason = `SMTP ${responseCode}${enhanced ? ` ${enhanced}` : ""} (${code})`;
    // 5xx is final for this message, except a refused login: that is our configuration, and
    // retrying after it is fixed must still deliver.
    return { permanent: responseCode >= 500 && responseCode < 600 && code !== "EAUTH", reason };
  }
  // Network failures: add the system code (ECONNREFUSED, ETIMEDOUT…) but none of the message text.
  const message = (error as { message?: unknown }).message;
  const system = typeof message === "string" ? /\b(ECONN[A-Z]+|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)\b/.exec(message)?.[1] : undefined;
  const reason = [code === "ERROR" ? "delivery error" : code, system !== code ? system : undefined].filter(Boolean).join(" ");
  return { permanent: false, reason };
}
