// A note on the inquiry: TEAM notes are read by everyone who sees the inquiry; PRIVATE notes only
// ever by their author (see list-inquiry-timeline.ts).
import { addNoteSchema, type AddNoteInput } from "../../../shared/schemas/inquiry-actions";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { findScopedInquiry, type RequestMeta } from "./inquiry-scope";

export async function addInquiryNote(db: Db, user: SessionUser, raw: AddNoteInput, meta: RequestMeta = {}) {
  const input = addNoteSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const inquiry = await findScopedInquiry(tx, user, input.id, { id: true, siteId: true });
    const now = new Date();
    const note = await tx.activity.create({
      data: { inquiryId: inquiry.id, type: "NOTE", visibility: input.visibility, authorId: user.id, body: input.body, createdAt: now },
      select: { id: true, visibility: true, createdAt: true },
    });
    // A private note is nobody else's business: it does not count as activity on the inquiry.
    if (input.visibility === "TEAM") await tx.inquiry.update({ where: { id: inquiry.id }, data: { lastActivityAt: now } });
    await recordAudit(tx, {
      actor: user,
      action: "inquiry.note-add",
      entityType: "Inquiry",
      entityId: inquiry.id,
      siteId: inquiry.siteId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { activityId: note.id, visibility: note.visibility },
    });
    return note;
  });
}
