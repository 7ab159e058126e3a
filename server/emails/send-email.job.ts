// Delivers stored messages. Exactly one process sends a given message: it first claims the row
// with a conditional UPDATE (QUEUED, or SENDING whose claim has gone stale because its worker
// died) and only a successful claim sends. Temporary failures go back to QUEUED and the job is
// failed so pg-boss retries it with exponential backoff; permanent ones (SMTP 5xx) end FAILED at
// once; the last allowed attempt ends FAILED too. lastError holds codes only, never content.
import type { Db } from "../db/prisma";
import type { Logger } from "../lib/logger";
import type { QueueDefinition } from "../jobs/queue";
import { SEND_EMAIL_QUEUE } from "./enqueue-email";
import { classifySendError, type Mailer } from "./mailer";

export type DeliveryOptions = {
  /** Attempts before a temporarily failing message is marked FAILED. */
  maxAttempts: number;
  /** Seconds; pg-boss waits between retryDelay·2^n and twice that before attempt n + 2. */
  retryDelaySeconds: number;
  /** Seconds after which a SENDING claim is presumed dead (its worker crashed) and may be taken over. */
  leaseSeconds: number;
};

export const DEFAULT_DELIVERY: DeliveryOptions = { maxAttempts: 10, retryDelaySeconds: 30, leaseSeconds: 300 };

export function sendEmailQueue(options: DeliveryOptions): QueueDefinition {
  return {
    name: SEND_EMAIL_QUEUE,
    policy: "short",
    // Our own attempt count decides when to give up; pg-boss's limit only has to be higher.
    retryLimit: options.maxAttempts + 2,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: options.leaseSeconds,
  };
}

type Claimed = {
  id: string;
  to_address: string;
  to_name: string | null;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  message_id: string;
  attempts: number;
};

export type DeliveryOutcome = "sent" | "retry" | "failed" | "skipped";

export type DeliveryDeps = { db: Db; mailer: Mailer; log: Logger };

export async function claimMessages(db: Db, ids: string[], leaseSeconds: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE email_messages
    SET status = 'SENDING', attempts = attempts + 1, updated_at = now()
    WHERE id = ANY(${ids}::uuid[])
      AND (status = 'QUEUED' OR (status = 'SENDING' AND updated_at < now() - make_interval(secs => ${leaseSeconds})))
    RETURNING id, to_address, to_name, subject, html, text, headers, message_id, attempts`;
}

/**
 * Sends the given messages (ids from queue jobs). `retryCount` is the pg-boss retry count of the
 * job, to record when the next attempt is due. Returns what happened to each id.
 */
export async function deliverMessages(
  deps: DeliveryDeps,
  jobs: { messageId: string; retryCount: number }[],
  options: DeliveryOptions,
): Promise<Map<string, DeliveryOutcome>> {
  const outcomes = new Map<string, DeliveryOutcome>(jobs.map((j) => [j.messageId, "skipped"]));
  const retryCountOf = new Map(jobs.map((j) => [j.messageId, j.retryCount]));
  const claimed = await claimMessages(deps.db, [...new Set(jobs.map((j) => j.messageId))], options.leaseSeconds);
  await Promise.all(
    claimed.map(async (m) => {
      let outcome: DeliveryOutcome;
      try {
        await deps.mailer.send({ messageId: m.message_id, to: { address: m.to_address, name: m.to_name }, subject: m.subject, html: m.html, text: m.text, headers: m.headers ?? {} });
        // Raw SQL on this hot path: a Prisma updateMany costs about five times the CPU.
        await deps.db.$executeRaw`
          UPDATE email_messages
          SET status = 'SENT', sent_at = now(), transport = ${deps.mailer.transport}, last_error = NULL, next_attempt_at = NULL, updated_at = now()
          WHERE id = ${m.id}::uuid AND status = 'SENDING'`;
        outcome = "sent";
      } catch (error) {
        const failure = classifySendError(error);
        const final = failure.permanent || m.attempts >= options.maxAttempts;
        const reason = failure.permanent || m.attempts < options.maxAttempts ? failure.reason : `${failure.reason}; gave up after ${m.attempts} attempts`;
        // pg-boss's next try comes between d·2^n and 2·d·2^n seconds from now; record the latest.
        const delayMs = options.retryDelaySeconds * 1000 * 2 ** Math.min(16, (retryCountOf.get(m.id) ?? 0) + 1);
        await deps.db.$executeRaw`
          UPDATE email_messages
          SET status = ${final ? "FAILED" : "QUEUED"}::"EmailStatus", last_error = ${reason}, updated_at = now(),
              next_attempt_at = ${final ? null : new Date(Date.now() + delayMs)}::timestamptz, transport = ${final ? deps.mailer.transport : null}
          WHERE id = ${m.id}::uuid AND status = 'SENDING'`;
        outcome = final ? "failed" : "retry";
        deps.log.warn({ emailMessageId: m.id, attempt: m.attempts, reason, outcome }, "e-mail not delivered");
      }
      outcomes.set(m.id, outcome);
    }),
  );
  return outcomes;
}
