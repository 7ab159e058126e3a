// The one place a status changes: checks the transition, records who/when/why, sets the time of
// first contact once, and writes the audit row; all inside the caller's transaction.
import { CONTACTED_STATUSES, canTransition, type InquiryStatus } from "../../../shared/inquiry-status";
import type { Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import type { RequestMeta } from "./inquiry-scope";

export type StatusFacts = { id: string; status: InquiryStatus; siteId: string | null; firstContactAt: Date | null };

export function transitionError(from: InquiryStatus, to: InquiryStatus): AppError {
  return new AppError("INVALID_TRANSITION", {
    userMessage: from === to ? `The inquiry is already ${label(to)}.` : `An inquiry that is ${label(from)} cannot be set to ${label(to)}.`,
  });
}

const label = (s: InquiryStatus) => s.toLowerCase().replace(/_/g, " ");

export async function applyStatusChange(
  tx: Tx,
  user: SessionUser,
  inquiry: StatusFacts,
  change: { to: InquiryStatus; reason?: string | null; now: Date; meta?: RequestMeta; cause?: string },
): Promise<void> {
  const { to, now } = change;
  if (!canTransition(inquiry.status, to)) throw transitionError(inquiry.status, to);
  const firstContact = inquiry.firstContactAt === null && CONTACTED_STATUSES.includes(to);
  // Guarded by the status read: a concurrent change makes this one a conflict, not a lost update.
  const updated = await tx.inquiry.updateMany({
    where: { id: inquiry.id, status: inquiry.status },
    data: { status: to, lastActivityAt: now, ...(firstContact ? { firstContactAt: now } : {}) },
  });
  if (updated.count === 0) throw new AppError("CONFLICT");
  await tx.inquiryStatusChange.create({
    data: { inquiryId: inquiry.id, fromStatus: inquiry.status, toStatus: to, reason: change.reason || null, changedById: user.id, createdAt: now },
  });
  await recordAudit(tx, {
    actor: user,
    action: "inquiry.status-change",
    entityType: "Inquiry",
    entityId: inquiry.id,
    siteId: inquiry.siteId,
    ip: change.meta?.ip,
    userAgent: change.meta?.userAgent,
    metadata: { from: inquiry.status, to, reasonGiven: Boolean(change.reason), firstContact, ...(change.cause ? { cause: change.cause } : {}) },
  });
  inquiry.status = to;
  if (firstContact) inquiry.firstContactAt = now;
}
