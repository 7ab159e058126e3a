// The admin list of studies: every study, published or not, with its number of sites and the
// inquiries of the last 30 days, in one statement (counts would otherwise cost a query each).
import type { AdminStudyRow } from "../../../shared/schemas/studies";
import type { Db } from "../../db/prisma";
import { Prisma } from "../../generated/prisma/client";

export async function listAdminStudies(db: Db, input: { search?: string }, now: Date = new Date()): Promise<AdminStudyRow[]> {
  const term = input.search?.trim().toLowerCase();
  const like = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const rows = await db.$queryRaw<(Omit<AdminStudyRow, "sites" | "inquiries30d"> & { sites: bigint; inquiries30d: bigint })[]>`
    SELECT s.id, s.nct_id AS "nctId", s.title, s.acronym, s.overall_status::text AS "overallStatus", s.published,
           s.updated_at AS "updatedAt",
           (SELECT count(*) FROM study_sites ss WHERE ss.study_id = s.id) AS sites,
           (SELECT count(*) FROM inquiries i WHERE i.study_id = s.id AND i.created_at >= ${since}) AS "inquiries30d"
    FROM studies s
    ${like ? Prisma.sql`WHERE lower(s.nct_id) LIKE ${like} OR lower(s.title) LIKE ${like} OR lower(coalesce(s.acronym, '')) LIKE ${like}` : Prisma.empty}
    ORDER BY s.published DESC, s.title ASC
    LIMIT 1000`;
  return rows.map((r) => ({ ...r, sites: Number(r.sites), inquiries30d: Number(r.inquiries30d) }));
}
