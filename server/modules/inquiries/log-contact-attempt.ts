// A phone call to the family. A call that did not reach them counts as a contact attempt and
// moves a NEW inquiry to ATTEMPTING_CONTACT; a call that reached them may move it to CONTACTED.
import { canTransition } from "../../../shared/inquiry-status";
import { logCallSchema, type LogCallInput } from "../../../shared/schemas/inquiry-actions";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { getSettings } from "../settings/settings";
import { applyStatusChange } from "./apply-status-change";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";

export async function logContactAttempt(db: Db, user: SessionUser, raw: LogCallInput, meta: RequestMeta = {}) {
  const input = logCallSchema.parse(raw);
  const settings = await getSettings(db);
  return db.$transaction(async (tx) => {
    const inquiry = await findScopedInquiry(tx, user, input.id, { id: true, status: true, siteId: true, firstContactAt: true, contactAttempts: true });
    const now = new Date();
    const reached = input.outcome === "REACHED";
    const call = await tx.activity.create({
      data: { inquiryId: inquiry.id, type: "CALL", outcome: input.outcome, authorId: user.id, body: input.note || null, createdAt: now },
      select: { id: true },
    });
    let contactAttempts = inquiry.contactAttempts;
    if (!reached) {
      const row = await tx.inquiry.update({
        where: { id: inquiry.id },
        data: { contactAttempts: { increment: 1 }, lastActivityAt: now },
        select: { contactAttempts: true },
      });
      contactAttempts = row.contactAttempts;
    } else {
      await tx.inquiry.update({ where: { id: inquiry.id }, data: { lastActivityAt: now } });
    }
    const to = !reached && inquiry.status === "NEW" ? "ATTEMPTING_CONTACT" : reached && input.markContacted && canTransition(inquiry.status, "CONTACTED") ? "CONTACTED" : null;
    if (to) await applyStatusChange(tx, user, inquiry, { to, now, meta, cause: "call" });
    await recordAudit(tx, {
      actor: user,
      action: "inquiry.call-log",
      entityType: "Inquiry",
      entityId: inquiry.id,
      siteId: inquiry.siteId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { activityId: call.id, outcome: input.outcome, statusTo: to },
    });
    return {
      id: inquiry.id,
      activityId: call.id,
      status: inquiry.status,
      contactAttempts,
      statusChangedTo: to,
      suggestUnreachable: suggestsUnreachable(inquiry.status, contactAttempts, settings.unreachableAfterAttempts),
    };
  });
}

/** Shown as a prompt, never applied on its own: only a person decides a family is unreachable. */
export function suggestsUnreachable(status: Parameters<typeof canTransition>[0], attempts: number, threshold: number): boolean {
  return attempts >= threshold && canTransition(status, "UNREACHABLE");
}
