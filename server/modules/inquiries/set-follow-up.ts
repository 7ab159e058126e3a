// The next date someone should follow this inquiry up (null clears it). A job reminds the site;
// the inbox and the inquiry page flag it once it is past.
import type { SetFollowUpInput } from "../../../shared/schemas/inquiry-actions";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_AHEAD_MS = 2 * 366 * DAY_MS;

export async function setFollowUp(db: Db, user: SessionUser, input: SetFollowUpInput, meta: RequestMeta = {}) {
  const now = new Date();
  if (input.at) {
    const at = input.at.getTime();
    // A day of slack: the person may be in a time zone where "today" started earlier.
    if (!Number.isFinite(at) || at < now.getTime() - DAY_MS || at > now.getTime() + MAX_AHEAD_MS) {
      const message = "Pick a date from today and within the next two years.";
      throw new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { at: [message] } });
    }
  }
  return db.$transaction(async (tx) => {
    const inquiry = await findScopedInquiry(tx, user, input.id, { id: true, siteId: true, nextFollowUpAt: true });
    const at = input.at;
    if ((inquiry.nextFollowUpAt?.getTime() ?? null) === (at?.getTime() ?? null)) return { id: inquiry.id, nextFollowUpAt: at, changed: false };
    await tx.inquiry.update({ where: { id: inquiry.id }, data: { nextFollowUpAt: at, lastActivityAt: now } });
    await tx.activity.create({
      data: { inquiryId: inquiry.id, type: "FOLLOW_UP", authorId: user.id, metadata: { at: at ? at.toISOString() : null }, createdAt: now },
    });
    await recordAudit(tx, {
      actor: user,
      action: "inquiry.follow-up-set",
      entityType: "Inquiry",
      entityId: inquiry.id,
      siteId: inquiry.siteId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { cleared: at === null },
    });
    return { id: inquiry.id, nextFollowUpAt: at, changed: true };
  });
}
