// The trial finder: published studies matching keyword, condition, age, status and country,
// each with its nearest site that takes inquiries. Nearest first when a position is given.
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db/prisma";
import { publicStudySiteSelect, sortSites, toPublicSite } from "./public-site";
import { pointOf, type ListStudiesQuery } from "./public-study-query";

const MONTHS_PER_YEAR = 12;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

async function idsMatchingText(db: Db, q?: string, condition?: string): Promise<string[] | null> {
  if (!q && !condition) return null;
  const clauses: Prisma.Sql[] = [Prisma.sql`published`];
  if (q) {
    const p = likePattern(q);
    clauses.push(Prisma.sql`(title ILIKE ${p} OR nct_id ILIKE ${p} OR brief_summary ILIKE ${p}
      OR array_to_string(conditions, ' ') ILIKE ${p} OR array_to_string(keywords, ' ') ILIKE ${p})`);
  }
  if (condition) clauses.push(Prisma.sql`array_to_string(conditions, ' ') ILIKE ${likePattern(condition)}`);
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM studies WHERE ${Prisma.join(clauses, " AND ")}`;
  return rows.map((r) => r.id);
}

export async function listPublicStudies(db: Db, query: ListStudiesQuery) {
  const ids = await idsMatchingText(db, query.q, query.condition);
  const ageMonths = query.age === undefined ? undefined : Math.floor(query.age * MONTHS_PER_YEAR);
  const studies = await db.study.findMany({
    where: {
      published: true,
      ...(ids ? { id: { in: ids } } : {}),
      ...(query.status ? { overallStatus: { in: query.status } } : {}),
      ...(ageMonths !== undefined
        ? { AND: [{ OR: [{ minAgeMonths: null }, { minAgeMonths: { lte: ageMonths } }] }, { OR: [{ maxAgeMonths: null }, { maxAgeMonths: { gte: ageMonths } }] }] }
        : {}),
      ...(query.country ? { sites: { some: { site: { countryCode: query.country.toUpperCase() } } } } : {}),
    },
    select: {
      nctId: true, title: true, overallStatus: true, minimumAge: true, maximumAge: true, minAgeMonths: true, maxAgeMonths: true,
      sex: true, phases: true, conditions: true, briefSummary: true, sponsor: true, lastUpdatePostedAt: true,
      sites: { select: publicStudySiteSelect },
    },
  });
  const from = pointOf(query);
  const results = studies.map(({ sites, ...study }) => {
    const all = sortSites(sites.map((row) => toPublicSite(row, from)));
    const open = all.filter((s) => s.acceptingInquiries);
    const nearest = open[0];
    return {
      ...study,
      lastUpdatePostedAt: study.lastUpdatePostedAt?.toISOString().slice(0, 10) ?? null,
      sitesCount: all.length,
      recruitingSitesCount: open.length,
      languages: [...new Set(open.flatMap((s) => s.languages))].sort(),
      nearestSite: nearest
        ? { id: nearest.id, name: nearest.name, city: nearest.city, country: nearest.countryCode, distanceKm: nearest.distanceKm }
        : null,
    };
  });
  const statusRank = (s: string) => (s === "RECRUITING" ? 0 : s === "NOT_YET_RECRUITING" ? 1 : 2);
  return results.sort((a, b) => {
    const da = a.nearestSite?.distanceKm ?? null;
    const dbb = b.nearestSite?.distanceKm ?? null;
    if (from && da !== dbb) return da === null ? 1 : dbb === null ? -1 : da - dbb;
    return statusRank(a.overallStatus) - statusRank(b.overallStatus) || (b.lastUpdatePostedAt ?? "").localeCompare(a.lastUpdatePostedAt ?? "");
  });
}
