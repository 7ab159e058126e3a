// Admins' list of every site with how many studies, coordinators and open inquiries each has:
// one SQL statement, since Prisma's per-relation counts cost a query each.
import { Prisma } from "../../generated/prisma/client";
import { CLOSED_STATUSES } from "../../../shared/inquiry-status";
import type { SiteAdminRow } from "../../../shared/schemas/sites";
import type { Db } from "../../db/prisma";

const likeTerm = (term: string) => `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listSitesAdmin(db: Db, input: { search?: string } = {}): Promise<SiteAdminRow[]> {
  const search = input.search?.trim();
  const where = search ? Prisma.sql`WHERE lower(s.name) LIKE ${likeTerm(search)} OR lower(s.city) LIKE ${likeTerm(search)}` : Prisma.empty;
  const closed = Prisma.join(CLOSED_STATUSES.map((status) => Prisma.sql`${status}::"InquiryStatus"`));
  const rows = await db.$queryRaw<SiteAdminRow[]>`
    SELECT s.id, s.name, s.city, s.country_code AS "countryCode", s.time_zone AS "timeZone", s.languages,
           s.weekly_cap AS "weeklyCap", s.active, s.accepting_inquiries AS "acceptingInquiries",
           (SELECT count(*)::int FROM study_sites ss WHERE ss.site_id = s.id) AS studies,
           (SELECT count(*)::int FROM site_memberships m JOIN users u ON u.id = m.user_id
             WHERE m.site_id = s.id AND u.active AND u.role = 'COORDINATOR') AS coordinators,
           (SELECT count(*)::int FROM inquiries i WHERE i.site_id = s.id AND i.status NOT IN (${closed})) AS "openInquiries"
    FROM sites s ${where}
    ORDER BY s.country_code, s.name, s.id
    LIMIT 1000`;
  return rows;
}
