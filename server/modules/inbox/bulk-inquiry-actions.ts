// Bulk status change, assignment and templated e-mail on the inbox's selected rows. Each row goes
// through the inquiry page's own use case (its checks, its transaction, its audit row), so a bulk
// action can never do what the same action on one inquiry may not. Rows that fail are reported
// with their error code; the others are done.
import type { AppErrorCode } from "../../../shared/errors";
import { bulkAssignSchema, bulkEmailDraftSchema, bulkEmailSchema, bulkStatusSchema } from "../../../shared/schemas/inbox";
import type { BulkAssignInput, BulkEmailDraftInput, BulkEmailInput, BulkStatusInput } from "../../../shared/schemas/inbox";
import type { AppDeps } from "../../app-deps";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { assignInquiry } from "../inquiries/assign-inquiry";
import { changeInquiryStatus } from "../inquiries/change-inquiry-status";
import type { RequestMeta } from "../inquiries/inquiry-scope";
import { previewInquiryEmail } from "../inquiries/preview-inquiry-email";
import { sendInquiryEmail } from "../inquiries/send-inquiry-email";

export type BulkResult = { done: string[]; failed: { id: string; code: AppErrorCode; message: string }[] };

async function eachRow(ids: string[], act: (id: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [] };
  // One after another: each is a short transaction, and a hundred at once would drain the pool.
  for (const id of [...new Set(ids)]) {
    try {
      await act(id);
      result.done.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ id, code: error.code, message: error.userMessage });
    }
  }
  return result;
}

export async function bulkChangeStatus(db: Db, user: SessionUser, raw: BulkStatusInput, meta: RequestMeta = {}) {
  const input = bulkStatusSchema.parse(raw);
  return eachRow(input.ids, (id) => changeInquiryStatus(db, user, { id, to: input.to, reason: input.reason }, meta));
}

export async function bulkAssign(db: Db, user: SessionUser, raw: BulkAssignInput, meta: RequestMeta = {}) {
  const input = bulkAssignSchema.parse(raw);
  return eachRow(input.ids, (id) => assignInquiry(db, user, { id, assigneeId: input.assigneeId }, meta));
}

/** The first selected family's message exactly as it will be sent; each family gets theirs in their language. */
export async function previewBulkEmail(deps: AppDeps, user: SessionUser, raw: BulkEmailDraftInput) {
  const input = bulkEmailDraftSchema.parse(raw);
  const preview = await previewInquiryEmail(deps, user, { id: input.ids[0]!, templateKey: input.templateKey, inputs: input.inputs });
  return { ...preview, recipients: new Set(input.ids).size };
}

export async function bulkSendEmail(deps: AppDeps, user: SessionUser, raw: BulkEmailInput, meta: RequestMeta = {}) {
  const input = bulkEmailSchema.parse(raw);
  // The same key for every row is safe: the message's event key includes the inquiry's id.
  return eachRow(input.ids, (id) =>
    sendInquiryEmail(deps, user, { id, templateKey: input.templateKey, inputs: input.inputs, idempotencyKey: input.idempotencyKey }, meta),
  );
}
