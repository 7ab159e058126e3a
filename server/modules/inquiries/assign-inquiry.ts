// Gives an inquiry to a coordinator of its site, or to nobody.
import type { AssignInput } from "../../../shared/schemas/inquiry-actions";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";

export async function assignInquiry(db: Db, user: SessionUser, input: AssignInput, meta: RequestMeta = {}) {
  return db.$transaction(async (tx) => {
    const inquiry = await findScopedInquiry(tx, user, input.id, { id: true, siteId: true, assigneeId: true });
    if (inquiry.assigneeId === input.assigneeId) return { id: inquiry.id, assigneeId: inquiry.assigneeId, changed: false };
    if (input.assigneeId !== null) {
      const member = inquiry.siteId
        ? await tx.siteMembership.findFirst({ where: { siteId: inquiry.siteId, userId: input.assigneeId, user: { active: true } }, select: { id: true } })
        : null;
      if (!member) {
        throw new AppError("INVALID_INPUT", {
          userMessage: "Only a coordinator of the inquiry's site can be assigned.",
          fieldErrors: { assigneeId: ["Only a coordinator of the inquiry's site can be assigned."] },
        });
      }
    }
    const now = new Date();
    const updated = await tx.inquiry.updateMany({
      where: { id: inquiry.id, assigneeId: inquiry.assigneeId },
      data: { assigneeId: input.assigneeId, lastActivityAt: now },
    });
    if (updated.count === 0) throw new AppError("CONFLICT");
    await tx.activity.create({
      data: { inquiryId: inquiry.id, type: "ASSIGNMENT", authorId: user.id, metadata: { assigneeId: input.assigneeId, previousAssigneeId: inquiry.assigneeId }, createdAt: now },
    });
    await recordAudit(tx, {
      actor: user,
      action: "inquiry.assign",
      entityType: "Inquiry",
      entityId: inquiry.id,
      siteId: inquiry.siteId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { assigneeId: input.assigneeId, previousAssigneeId: inquiry.assigneeId },
    });
    return { id: inquiry.id, assigneeId: input.assigneeId, changed: true };
  });
}
