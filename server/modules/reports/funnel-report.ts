// Funnel per study and site: how many inquiries received in the period reached at least each
// stage, read from their status history (a family that became eligible and later declined
// still counts as eligible).
import { Prisma } from "../../generated/prisma/client";
import type { FunnelRow, ReportFilter } from "../../../shared/schemas/reports";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { reportWhere } from "./report-scope";

// Stage rank of a status; NOT_ELIGIBLE is a branch after pre-screening.
const RANK = Prisma.sql`CASE st
  WHEN 'ENROLLED' THEN 5 WHEN 'SCHEDULED' THEN 4 WHEN 'ELIGIBLE' THEN 3
  WHEN 'NOT_ELIGIBLE' THEN 2 WHEN 'PRE_SCREENING' THEN 2 WHEN 'CONTACTED' THEN 1 ELSE 0 END`;

export async function funnelReport(db: Db, user: SessionUser, filter: ReportFilter): Promise<FunnelRow[]> {
  const rows = await db.$queryRaw<Array<Omit<FunnelRow, "received" | "contacted" | "preScreened" | "eligible" | "scheduled" | "enrolled"> & Record<string, bigint>>>`
    SELECT i.study_id AS "studyId", st.title AS "studyTitle", st.nct_id AS "nctId", i.site_id AS "siteId", s.name AS "siteName",
           count(*) AS received,
           count(*) FILTER (WHERE r.rank >= 1) AS contacted,
           count(*) FILTER (WHERE r.rank >= 2) AS "preScreened",
           count(*) FILTER (WHERE r.rank >= 3) AS eligible,
           count(*) FILTER (WHERE r.rank >= 4) AS scheduled,
           count(*) FILTER (WHERE r.rank >= 5) AS enrolled
    FROM inquiries i
    JOIN studies st ON st.id = i.study_id
    LEFT JOIN sites s ON s.id = i.site_id
    CROSS JOIN LATERAL (
      SELECT GREATEST(max(${RANK}), CASE WHEN i.first_contact_at IS NOT NULL THEN 1 ELSE 0 END) AS rank
      FROM (SELECT c.to_status::text AS st FROM inquiry_status_changes c WHERE c.inquiry_id = i.id
            UNION ALL SELECT i.status::text) x
    ) r
    WHERE ${reportWhere(user, filter)}
    GROUP BY i.study_id, st.title, st.nct_id, i.site_id, s.name
    ORDER BY st.title, s.name NULLS LAST`;
  return rows.map((r) => ({
    studyId: r.studyId,
    studyTitle: r.studyTitle,
    nctId: r.nctId,
    siteId: r.siteId,
    siteName: r.siteName,
    received: Number(r.received),
    contacted: Number(r.contacted),
    preScreened: Number(r.preScreened),
    eligible: Number(r.eligible),
    scheduled: Number(r.scheduled),
    enrolled: Number(r.enrolled),
  }));
}
