// Moves an inquiry along one allowed transition (shared/inquiry-status.ts), with its reason.
import type { ChangeStatusInput } from "../../../shared/schemas/inquiry-actions";
import { reasonRequiredFor } from "../../../shared/schemas/inquiry-actions";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { applyStatusChange } from "./apply-status-change";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";

export async function changeInquiryStatus(db: Db, user: SessionUser, input: ChangeStatusInput, meta: RequestMeta = {}) {
  const reason = input.reason?.trim() || null;
  if (reasonRequiredFor(input.to) && !reason) {
    throw new AppError("INVALID_INPUT", { userMessage: "Give a reason for this status.", fieldErrors: { reason: ["Give a reason for this status."] } });
  }
  return db.$transaction(async (tx) => {
    const inquiry = await findScopedInquiry(tx, user, input.id, { id: true, status: true, siteId: true, firstContactAt: true });
    await applyStatusChange(tx, user, inquiry, { to: input.to, reason, now: new Date(), meta });
    return { id: inquiry.id, status: inquiry.status, firstContactAt: inquiry.firstContactAt };
  });
}
