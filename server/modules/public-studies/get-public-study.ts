// One study as the public study page shows it, with its sites nearest first.
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import { publicStudySiteSelect, sortSites, toPublicSite, type Point } from "./public-site";

export async function getPublicStudy(db: Db, nctId: string, from: Point | null) {
  const study = await db.study.findFirst({
    where: { nctId: nctId.toUpperCase(), published: true },
    select: {
      nctId: true, title: true, officialTitle: true, acronym: true, overallStatus: true, phases: true, studyType: true,
      minimumAge: true, maximumAge: true, minAgeMonths: true, maxAgeMonths: true, sex: true, healthyVolunteers: true,
      briefSummary: true, detailedDescription: true, inclusionCriteria: true, exclusionCriteria: true,
      conditions: true, keywords: true, sponsor: true, collaborators: true, lastUpdatePostedAt: true, faqs: true,
      sites: { select: publicStudySiteSelect },
    },
  });
  if (!study) throw new AppError("NOT_FOUND", { userMessage: "Study not found.", fieldErrors: { nctId: ["Study not found."] } });
  const { sites, ...fields } = study;
  return {
    ...fields,
    lastUpdatePostedAt: fields.lastUpdatePostedAt?.toISOString().slice(0, 10) ?? null,
    sites: sortSites(sites.map((row) => toPublicSite(row, from))),
  };
}
