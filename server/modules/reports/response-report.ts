// Per site: time to first contact counted in the site's working hours (median), and the SLA
// outcome of each inquiry received in the period (met, met late, breached and still waiting,
// not yet due). One query reads the rows; the working-time arithmetic needs the site's calendar,
// which SQL does not have.
import { slaStateOf } from "../../../shared/sla-state";
import type { InquiryStatus } from "../../../shared/inquiry-status";
import type { ReportFilter, ResponseRow } from "../../../shared/schemas/reports";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { calendarOf } from "../sla/working-hours";
import { reportWhere } from "./report-scope";

type Row = {
  siteId: string | null;
  siteName: string | null;
  timeZone: string | null;
  workingHours: unknown;
  status: InquiryStatus;
  createdAt: Date;
  firstContactAt: Date | null;
  slaDueAt: Date | null;
};

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function responseReport(db: Db, user: SessionUser, filter: ReportFilter, now = new Date()): Promise<{ sites: ResponseRow[]; overall: ResponseRow }> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT i.site_id AS "siteId", s.name AS "siteName", s.time_zone AS "timeZone", s.working_hours AS "workingHours",
           i.status::text AS status, i.created_at AS "createdAt", i.first_contact_at AS "firstContactAt", i.sla_due_at AS "slaDueAt"
    FROM inquiries i LEFT JOIN sites s ON s.id = i.site_id
    WHERE ${reportWhere(user, filter)}`;

  const groups = new Map<string, { row: ResponseRow; minutes: number[] }>();
  const overall = { row: emptyRow(null, null), minutes: [] as number[] };
  for (const r of rows) {
    const key = r.siteId ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { row: emptyRow(r.siteId, r.siteName), minutes: [] }));
    for (const g of [group, overall]) {
      g.row.received++;
      if (r.firstContactAt) g.row.contacted++;
      const state = slaStateOf({ status: r.status, slaDueAt: r.slaDueAt, firstContactAt: r.firstContactAt }, now);
      if (state === "MET") g.row.met++;
      else if (state === "MET_LATE") g.row.metLate++;
      else if (state === "BREACHED") g.row.breachedOpen++;
      else if (state === "ON_TRACK" || state === "DUE_SOON") g.row.pending++;
    }
    if (r.firstContactAt) {
      // The central queue has no working hours: its time counts around the clock, in UTC.
      const minutes = calendarOf({ timeZone: r.timeZone ?? "UTC", workingHours: r.workingHours ?? {} }).countWorkingMinutes(r.createdAt, r.firstContactAt);
      group.minutes.push(minutes);
      overall.minutes.push(minutes);
    }
  }
  const finish = (g: { row: ResponseRow; minutes: number[] }) => ({ ...g.row, medianWorkingMinutes: roundMinutes(median(g.minutes)) });
  const sites = [...groups.values()].map(finish).sort((a, b) => (a.siteName ?? "\uffff").localeCompare(b.siteName ?? "\uffff"));
  return { sites, overall: finish(overall) };
}

const roundMinutes = (m: number | null) => (m === null ? null : Math.round(m * 10) / 10);

function emptyRow(siteId: string | null, siteName: string | null): ResponseRow {
  return { siteId, siteName, received: 0, contacted: 0, medianWorkingMinutes: null, met: 0, metLate: 0, breachedOpen: 0, pending: 0 };
}
