// Sends a follow-up e-mail to the family through the outbox: the message, an EMAIL activity and
// the audit row in one transaction. The client's key makes a repeated click the same send.
import type { SendEmailInput } from "../../../shared/schemas/inquiry-actions";
import type { AppDeps } from "../../app-deps";
import { enqueueRenderedEmail } from "../../emails/enqueue-email";
import { isSafeAddress } from "../../emails/header-value";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { composeInquiryEmail } from "./compose-inquiry-email";
import type { RequestMeta } from "./inquiry-scope";

export async function sendInquiryEmail(deps: AppDeps, user: SessionUser, input: SendEmailInput, meta: RequestMeta = {}) {
  const c = await composeInquiryEmail(deps, user, input);
  if (c.inquiry.anonymized || !isSafeAddress(c.to.address)) {
    throw new AppError("INVALID_INPUT", { userMessage: "This inquiry has no e-mail address that can receive messages." });
  }
  if (c.missing.length > 0) {
    const message = "Fill in this value first.";
    throw new AppError("INVALID_INPUT", { userMessage: "Some fields need your attention.", fieldErrors: Object.fromEntries(c.missing.map((n) => [`inputs.${n}`, [message]])) });
  }
  return deps.db.$transaction(async (tx) => {
    const message = await enqueueRenderedEmail(tx, {
      eventKey: `inquiry:${c.inquiry.id}:followup:${input.idempotencyKey}`,
      templateKey: input.templateKey,
      templateId: c.templateId,
      kind: c.definition.kind,
      autoSubmitted: c.definition.autoSubmitted,
      locale: c.locale,
      to: c.to,
      rendered: c.rendered,
      inquiryId: c.inquiry.id,
    });
    // The same key again (double click, retry): the message exists already; nothing more to write.
    if (!message.created) return { messageId: message.id, created: false };
    const now = new Date();
    await tx.activity.create({
      data: { inquiryId: c.inquiry.id, type: "EMAIL", authorId: user.id, emailMessageId: message.id, metadata: { templateKey: input.templateKey, edited: c.edited }, createdAt: now },
    });
    await tx.inquiry.update({ where: { id: c.inquiry.id }, data: { lastActivityAt: now } });
    await recordAudit(tx, {
      actor: user,
      action: "inquiry.email-send",
      entityType: "Inquiry",
      entityId: c.inquiry.id,
      siteId: c.inquiry.siteId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { messageId: message.id, templateKey: input.templateKey, locale: c.locale, edited: c.edited },
    });
    return { messageId: message.id, created: true };
  });
}
