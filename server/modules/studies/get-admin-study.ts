// One study as an admin edits it: every field of the public page plus its sites with their
// per-site recruitment status and whether they accept inquiries.
import type { Db, Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";

export async function getAdminStudy(db: Db | Tx, id: string) {
  const study = await db.study.findUnique({
    where: { id },
    include: {
      sites: {
        select: {
          siteId: true,
          recruitmentStatus: true,
          acceptingInquiries: true,
          site: { select: { name: true, city: true, countryCode: true, active: true } },
        },
      },
    },
  });
  if (!study) throw new AppError("NOT_FOUND", { userMessage: "Study not found." });
  const sites = study.sites
    .map((l) => ({ siteId: l.siteId, recruitmentStatus: l.recruitmentStatus, acceptingInquiries: l.acceptingInquiries, ...l.site }))
    .sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.city.localeCompare(b.city) || a.name.localeCompare(b.name));
  const faqs = Array.isArray(study.faqs) ? (study.faqs as { question: string; answer: string }[]) : [];
  return { ...study, faqs, sites };
}

export type AdminStudy = Awaited<ReturnType<typeof getAdminStudy>>;
