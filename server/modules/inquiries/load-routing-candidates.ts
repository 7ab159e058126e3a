// The sites of a study as routing candidates, with their intake this week and open inquiries.
import type { Db } from "../../db/prisma";
import type { RoutingCandidate } from "../routing/route-inquiry";
import { CLOSED_STATUSES } from "../../../shared/inquiry-status";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export async function loadRoutingCandidates(db: Db, studyId: string, now = new Date()): Promise<RoutingCandidate[]> {
  const links = await db.studySite.findMany({
    where: { studyId },
    select: {
      recruitmentStatus: true,
      acceptingInquiries: true,
      site: { select: { id: true, name: true, city: true, countryCode: true, latitude: true, longitude: true, languages: true, active: true, acceptingInquiries: true, weeklyCap: true } },
    },
  });
  if (links.length === 0) return [];
  const siteIds = links.map((l) => l.site.id);
  const [week, open] = await Promise.all([
    db.inquiry.groupBy({ by: ["siteId"], where: { siteId: { in: siteIds }, createdAt: { gte: new Date(now.getTime() - WEEK_MS) } }, _count: { _all: true } }),
    db.inquiry.groupBy({ by: ["siteId"], where: { siteId: { in: siteIds }, status: { notIn: [...CLOSED_STATUSES] } }, _count: { _all: true } }),
  ]);
  const weekBySite = new Map(week.map((r) => [r.siteId, r._count._all]));
  const openBySite = new Map(open.map((r) => [r.siteId, r._count._all]));
  return links.map(({ site, recruitmentStatus, acceptingInquiries }) => {
    const ineligibleReason = !site.active
      ? ("SITE_INACTIVE" as const)
      : !site.acceptingInquiries || !acceptingInquiries
        ? ("SITE_NOT_ACCEPTING_INQUIRIES" as const)
        : recruitmentStatus !== "RECRUITING"
          ? ("SITE_NOT_RECRUITING" as const)
          : undefined;
    return {
      siteId: site.id,
      name: site.name,
      city: site.city,
      countryCode: site.countryCode,
      lat: site.latitude,
      lon: site.longitude,
      languages: site.languages,
      eligible: ineligibleReason === undefined,
      ineligibleReason,
      weeklyCap: site.weeklyCap,
      intakeThisWeek: weekBySite.get(site.id) ?? 0,
      openInquiries: openBySite.get(site.id) ?? 0,
    };
  });
}
