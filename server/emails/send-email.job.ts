// Delivers stored messages. Exactly one process sends a given message: it first claims the row
// with a conditional UPDATE (QUEUED, or SENDING whose claim has gone stale because its worker
// died) and only a successful claim sends. Temporary failures go back to QUEUED and the job is
// failed so pg-boss retries it with exponential backoff; permanent ones (SMTP 5xx) end FAILED at
// once; the last allowed attempt ends FAILED too. lastError holds codes only, never content.
import type { Logger } from "../lib/logger";
import type { QueueDefinition } from "../jobs/queue";
import { createBatcher } from "../lib/batcher";
import { SEND_EMAIL_QUEUE } from "./enqueue-email";
import { classifySendError, type Mailer } from "./mailer";
import { renderStoredMessage, templateVersionCache, type RenderVars } from "./render-stored-message";
import type { EmailKind } from "./template-catalog";
import type { TemplateContent } from "./validate-template";

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
  template_key: string;
  kind: EmailKind;
  locale: string;
  template_id: string | null;
  /** Set for a message rendered at delivery (render-stored-message.ts); html and text are empty then. */
  render_vars: RenderVars | null;
};

export type DeliveryOutcome = "sent" | "retry" | "failed" | "skipped";

/** Runs one SQL statement. The worker passes pg-boss's own pool: a Prisma query here would cost
 * several times the CPU (its query compiler runs on every call), and this path runs per message. */
export type SqlRunner = (text: string, values: unknown[]) => Promise<Record<string, unknown>[]>;

/** A template version's content by id (null when it is gone); see templateVersionCache. */
export type TemplateVersions = (id: string | null) => Promise<TemplateContent | null>;

export type DeliveryDeps = { sql: SqlRunner; mailer: Mailer; log: Logger; templates: TemplateVersions };

export function templateVersionsFrom(sql: SqlRunner): TemplateVersions {
  return templateVersionCache(async (id) => {
    const [row] = await sql("SELECT subject, html, text FROM email_templates WHERE id = $1", [id]);
    return (row as TemplateContent | undefined) ?? null;
  });
}

/** Templates are checked when saved, so a message that cannot be rendered never will be: not retried. */
class NotRendered extends Error {
  constructor(cause: unknown) {
    super(`not sent: could not be rendered (${(cause as Error).name})`);
  }
}

function renderForDelivery(m: Claimed, renderVars: RenderVars, content: TemplateContent | null) {
  try {
    return renderStoredMessage({ templateKey: m.template_key, kind: m.kind, locale: m.locale, renderVars }, content);
  } catch (error) {
    throw new NotRendered(error);
  }
}

export async function claimMessages(sql: SqlRunner, ids: string[], leaseSeconds: number): Promise<Claimed[]> {
  return (await sql(
    // The rows are found by id alone (the CTE is a fence): offered the status condition too, the
    // planner may read every QUEUED entry of the status index, thousands after a burst of intake.
    `WITH wanted AS MATERIALIZED (SELECT id FROM email_messages WHERE id = ANY($1::uuid[]))
     UPDATE email_messages m
     SET status = 'SENDING', attempts = attempts + 1, updated_at = now()
     FROM wanted
     WHERE m.id = wanted.id
       AND (m.status = 'QUEUED' OR (m.status = 'SENDING' AND m.updated_at < now() - make_interval(secs => $2::int)))
     RETURNING m.id, m.to_address, m.to_name, m.subject, m.html, m.text, m.headers, m.message_id, m.attempts,
       m.template_key, m.kind, m.locale, m.template_id, m.render_vars`,
    [ids, leaseSeconds],
  )) as Claimed[];
}

type Sent = { id: string; html: string | null; text: string | null };

/** SENT, with the time and transport; a message rendered at delivery keeps what was sent. */
async function recordSent(deps: DeliveryDeps, sent: Sent[]): Promise<void> {
  await deps.sql(
    `UPDATE email_messages m
     SET status = 'SENT', sent_at = now(), transport = $4, last_error = NULL, next_attempt_at = NULL, updated_at = now(),
         html = coalesce(s.html, m.html), text = coalesce(s.text, m.text), render_vars = CASE WHEN s.html IS NULL THEN m.render_vars END
     FROM unnest($1::uuid[], $2::text[], $3::text[]) AS s(id, html, text)
     WHERE m.id = s.id AND m.status = 'SENDING'`,
    [sent.map((x) => x.id), sent.map((x) => x.html), sent.map((x) => x.text), deps.mailer.transport],
  );
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
  const claimed = await claimMessages(deps.sql, [...new Set(jobs.map((j) => j.messageId))], options.leaseSeconds);
  // Messages sent while an earlier SENT update is out share the next one: one statement for
  // most of a batch instead of one per message (each statement costs a round trip to PostgreSQL).
  const markSent = createBatcher(async (sent: Sent[]) => {
    await recordSent(deps, sent);
    return sent.map(() => undefined);
  }, { concurrency: 1, maxBatch: 500 });
  await Promise.all(
    claimed.map(async (m) => {
      let outcome: DeliveryOutcome;
      try {
        // A template lookup that fails (the database) is retried like a send; a render that fails is final.
        const bodies = m.render_vars ? renderForDelivery(m, m.render_vars, await deps.templates(m.template_id)) : null;
        await deps.mailer.send({ messageId: m.message_id, to: { address: m.to_address, name: m.to_name }, subject: m.subject, html: bodies?.html ?? m.html, text: bodies?.text ?? m.text, headers: m.headers ?? {} });
        await markSent({ id: m.id, html: bodies?.html ?? null, text: bodies?.text ?? null });
        outcome = "sent";
      } catch (error) {
        const failure = error instanceof NotRendered ? { permanent: true, reason: error.message } : classifySendError(error);
        const final = failure.permanent || m.attempts >= options.maxAttempts;
        const reason = failure.permanent || m.attempts < options.maxAttempts ? failure.reason : `${failure.reason}; gave up after ${m.attempts} attempts`;
        // pg-boss's next try comes between d·2^n and 2·d·2^n seconds from now; record the latest.
        const delayMs = options.retryDelaySeconds * 1000 * 2 ** Math.min(16, (retryCountOf.get(m.id) ?? 0) + 1);
        await deps.sql(
          `UPDATE email_messages
           SET status = $2::"EmailStatus", last_error = $3, next_attempt_at = $4, transport = $5, updated_at = now()
           WHERE id = $1 AND status = 'SENDING'`,
          [m.id, final ? "FAILED" : "QUEUED", reason, final ? null : new Date(Date.now() + delayMs), final && !(error instanceof NotRendered) ? deps.mailer.transport : null],
        );
        outcome = final ? "failed" : "retry";
        deps.log.warn({ emailMessageId: m.id, attempt: m.attempts, reason, outcome }, "e-mail not delivered");
      }
      outcomes.set(m.id, outcome);
    }),
  );
  return outcomes;
}
