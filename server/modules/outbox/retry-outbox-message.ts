// An admin sends a FAILED message again (after fixing the SMTP settings or the recipient's
// server came back). The same row and Message-ID are reused, so the recipient can tell it is the
// same message; a message that was never sent because its content was incomplete cannot be
// retried: sending it would deliver the incomplete text.
import type { Db } from "../../db/prisma";
import { SEND_EMAIL_QUEUE } from "../../emails/enqueue-email";
import { activeQueue } from "../../jobs/queue";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";

export const NOT_SENT_PREFIX = "not sent:";

export async function retryOutboxMessage(
  db: Db,
  user: SessionUser,
  id: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ id: string; status: "QUEUED" }> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string; last_error: string | null; inquiry_id: string | null }[]>`
      SELECT status::text, last_error, inquiry_id FROM email_messages WHERE id = ${id}::uuid FOR UPDATE`;
    const message = rows[0];
    if (!message) throw new AppError("NOT_FOUND");
    if (message.status !== "FAILED") {
      throw new AppError("CONFLICT", { userMessage: "Only a failed message can be sent again." });
    }
    if (message.last_error?.startsWith(NOT_SENT_PREFIX)) {
      throw new AppError("CONFLICT", { userMessage: "This message was never sent because its content was incomplete; it cannot be sent again." });
    }
    await tx.emailMessage.update({
      where: { id },
      data: { status: "QUEUED", attempts: 0, nextAttemptAt: new Date() },
    });
    // No queue in this process (a CLI task): the worker's sweeper picks the row up.
    await activeQueue()?.sendInTransaction(tx, SEND_EMAIL_QUEUE, { messageId: id }, { singletonKey: id });
    // The SMTP error is not recorded: servers quote the recipient's address in it.
    await recordAudit(tx, {
      actor: user,
      action: "email.retry",
      entityType: "EmailMessage",
      entityId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { inquiryId: message.inquiry_id },
    });
    return { id, status: "QUEUED" as const };
  });
}
