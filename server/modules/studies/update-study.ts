// An admin's edit of a study's own fields and of its sites' recruitment status and intake.
// The change and one audit row (field names and site ids only) are written in one transaction;
// a save that changes nothing writes nothing.
import type { UpdateStudyInput } from "../../../shared/schemas/studies";
import type { Db } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { getAdminStudy } from "./get-admin-study";

export type RequestMeta = { ip?: string | null; userAgent?: string | null };

const FIELDS = ["title", "acronym", "overallStatus", "published", "briefSummary", "centralQueueEmail", "faqs"] as const;

export async function updateStudy(db: Db, user: SessionUser, input: UpdateStudyInput, meta: RequestMeta = {}) {
  return db.$transaction(async (tx) => {
    // Locks the row so two admins saving at once apply one after the other.
    const found = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM studies WHERE id = ${input.id}::uuid FOR UPDATE`;
    if (found.length === 0) throw new AppError("NOT_FOUND", { userMessage: "Study not found." });
    const current = await getAdminStudy(tx, input.id);

    // jsonb reorders keys, so FAQs compare as (question, answer) pairs.
    const comparable = (f: (typeof FIELDS)[number], v: unknown) => JSON.stringify(f === "faqs" ? (v as UpdateStudyInput["faqs"]).map((q) => [q.question, q.answer]) : v);
    const fields = FIELDS.filter((f) => comparable(f, current[f]) !== comparable(f, input[f]));
    const links = new Map(current.sites.map((s) => [s.siteId, s]));
    const unknown = input.sites.filter((s) => !links.has(s.siteId));
    if (unknown.length > 0) throw new AppError("INVALID_INPUT", { userMessage: "A site is not linked to this study. Reload and try again." });
    const siteChanges = input.sites.filter((s) => {
      const l = links.get(s.siteId)!;
      return l.recruitmentStatus !== s.recruitmentStatus || l.acceptingInquiries !== s.acceptingInquiries;
    });

    if (fields.length > 0) {
      const data: Prisma.StudyUpdateInput = {};
      for (const f of fields) Object.assign(data, { [f]: f === "faqs" ? (input.faqs as Prisma.InputJsonValue) : input[f] });
      await tx.study.update({ where: { id: input.id }, data });
    }
    for (const s of siteChanges) {
      await tx.studySite.update({
        where: { studyId_siteId: { studyId: input.id, siteId: s.siteId } },
        data: { recruitmentStatus: s.recruitmentStatus, acceptingInquiries: s.acceptingInquiries },
      });
    }
    if (fields.length > 0 || siteChanges.length > 0) {
      await recordAudit(tx, {
        actor: user,
        action: "study.update",
        entityType: "Study",
        entityId: input.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { nctId: current.nctId, fields, siteIds: siteChanges.map((s) => s.siteId) },
      });
    }
    return getAdminStudy(tx, input.id);
  });
}
