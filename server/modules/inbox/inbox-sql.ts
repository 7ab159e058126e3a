// SQL pieces shared by the inbox list and its CSV export: the where-clause (site scope first),
// the SLA state, the ORDER BY. Values always travel as parameters, never in the SQL text.
import { Prisma } from "../../generated/prisma/client";
import { CLOSED_STATUSES } from "../../../shared/inquiry-status";
import { SLA_DUE_SOON_MS, type SlaState } from "../../../shared/sla-state";
import type { InboxFilters, InboxSort } from "../../../shared/schemas/inbox";
import type { SessionUser } from "../../trpc/context";
import { isAdmin } from "../sites/site-access";

const closed = Prisma.sql`${[...CLOSED_STATUSES]}::"InquiryStatus"[]`;
const dueSoon = Prisma.sql`make_interval(secs => ${SLA_DUE_SOON_MS / 1000})`;

/** The same words as slaStateOf (shared/sla-state.ts), computed in the database. */
export function slaStateSql(now: Date): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN i.sla_due_at IS NULL THEN 'NONE'
    WHEN i.first_contact_at IS NOT NULL THEN CASE WHEN i.first_contact_at <= i.sla_due_at THEN 'MET' ELSE 'MET_LATE' END
    WHEN i.status = ANY(${closed}) THEN 'NONE'
    WHEN i.sla_due_at < ${now}::timestamptz THEN 'BREACHED'
    WHEN i.sla_due_at <= ${now}::timestamptz + ${dueSoon} THEN 'DUE_SOON'
    ELSE 'ON_TRACK' END`;
}

/** One predicate per state, written so the sla_due_at index can serve the open ones. */
function slaPredicate(state: SlaState, now: Date): Prisma.Sql {
  const waiting = Prisma.sql`i.first_contact_at IS NULL AND NOT (i.status = ANY(${closed}))`;
  switch (state) {
    case "BREACHED":
      return Prisma.sql`(i.sla_due_at < ${now}::timestamptz AND ${waiting})`;
    case "DUE_SOON":
      return Prisma.sql`(i.sla_due_at >= ${now}::timestamptz AND i.sla_due_at <= ${now}::timestamptz + ${dueSoon} AND ${waiting})`;
    case "ON_TRACK":
      return Prisma.sql`(i.sla_due_at > ${now}::timestamptz + ${dueSoon} AND ${waiting})`;
    case "MET":
      return Prisma.sql`(i.first_contact_at IS NOT NULL AND i.first_contact_at <= i.sla_due_at)`;
    case "MET_LATE":
      return Prisma.sql`(i.first_contact_at IS NOT NULL AND i.first_contact_at > i.sla_due_at)`;
    case "NONE":
      return Prisma.sql`(i.sla_due_at IS NULL OR (i.first_contact_at IS NULL AND i.status = ANY(${closed})))`;
  }
}

/**
 * The LIKE pattern for inquiries.search_text (lower-cased by triggers). Phone-like input keeps
 * its digits only, without a trunk "0", so "010 1234-5678" finds "+201012345678". LIKE's
 * wildcards typed by the user match themselves.
 */
export function searchPattern(q: string): string | null {
  let term = q.trim().replace(/\s+/g, " ");
  if (/^\+?[\d\s().-]+$/.test(term) && /\d{3}/.test(term.replace(/\D/g, ""))) {
    term = term.replace(/\D/g, "").replace(/^0+/, "");
  }
  if (term === "") return null;
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A calendar day in the user's time zone, as the instant it starts. */
function dayStart(day: string, timeZone: string, plusDays = 0): Prisma.Sql {
  return Prisma.sql`((${day}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${timeZone})`;
}

function range(column: Prisma.Sql, from: string | undefined, to: string | undefined, tz: string): Prisma.Sql[] {
  return [from && Prisma.sql`${column} >= ${dayStart(from, tz)}`, to && Prisma.sql`${column} < ${dayStart(to, tz, 1)}`].filter((p): p is Prisma.Sql => Boolean(p));
}

/**
 * `column = value` for one value, `= ANY(array)` for several. The planner reads a composite index
 * such as (site_id, created_at DESC) in order only for a plain equality, and one site, one status
 * or one study is the common case.
 */
function oneOf(column: Prisma.Sql, values: readonly string[], type: "uuid" | "text" | "status"): Prisma.Sql {
  const cast = Prisma.raw(type === "status" ? '"InquiryStatus"' : type);
  if (values.length === 1) return Prisma.sql`${column} = ${values[0]}::${cast}`;
  return Prisma.sql`${column} = ANY(${[...values]}::${cast}[])`;
}

/** Site scope: a coordinator's sites only; the central queue (no site) is for admins. */
export function scopeSql(user: SessionUser): Prisma.Sql | null {
  return isAdmin(user) ? null : oneOf(Prisma.sql`i.site_id`, user.siteIds, "uuid");
}

/** The filters and the scope as one condition (TRUE when there are none). */
export function inboxConditionsSql(user: SessionUser, f: InboxFilters, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const scope = scopeSql(user);
  if (scope) parts.push(scope);
  const sites = f.siteIds?.length ? oneOf(Prisma.sql`i.site_id`, f.siteIds, "uuid") : null;
  const central = f.centralQueue ? Prisma.sql`i.site_id IS NULL` : null;
  if (sites && central) parts.push(Prisma.sql`(${sites} OR ${central})`);
  else if (sites ?? central) parts.push((sites ?? central)!);
  if (f.studyIds?.length) parts.push(oneOf(Prisma.sql`i.study_id`, f.studyIds, "uuid"));
  if (f.statuses?.length) parts.push(oneOf(Prisma.sql`i.status`, f.statuses, "status"));
  if (f.languages?.length) parts.push(Prisma.sql`coalesce(i.other_language, i.language) = ANY(${f.languages}::text[])`);
  if (f.assignee === "unassigned") parts.push(Prisma.sql`i.assignee_id IS NULL`);
  else if (f.assignee) parts.push(Prisma.sql`i.assignee_id = ${f.assignee === "me" ? user.id : f.assignee}::uuid`);
  if (f.interpreterNeeded !== undefined) parts.push(Prisma.sql`i.interpreter_needed = ${f.interpreterNeeded}`);
  if (f.slaStates?.length) parts.push(Prisma.sql`(${Prisma.join(f.slaStates.map((s) => slaPredicate(s, now)), " OR ")})`);
  if (f.overdue) {
    parts.push(Prisma.sql`(NOT (i.status = ANY(${closed})) AND ((i.first_contact_at IS NULL AND i.sla_due_at < ${now}::timestamptz) OR i.next_follow_up_at < ${now}::timestamptz))`);
  }
  const tz = f.timeZone ?? "UTC";
  parts.push(...range(Prisma.sql`i.created_at`, f.receivedFrom, f.receivedTo, tz));
  parts.push(...range(Prisma.sql`i.last_activity_at`, f.lastActivityFrom, f.lastActivityTo, tz));
  parts.push(...range(Prisma.sql`i.next_follow_up_at`, f.nextFollowUpFrom, f.nextFollowUpTo, tz));
  const pattern = f.q ? searchPattern(f.q) : null;
  if (pattern) parts.push(Prisma.sql`i.search_text LIKE lower(${pattern})`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export const inboxWhereSql = (user: SessionUser, f: InboxFilters, now: Date) => Prisma.sql`WHERE ${inboxConditionsSql(user, f, now)}`;

/**
 * ORDER BY with an id tiebreak so pages never overlap. Orders on inquiries' own columns follow
 * the indexes (created_at, last_activity_at, next_follow_up_at, sla_due_at, status+created_at):
 * so empty dates sort last going up and first going down, as the indexes hold them.
 */
export function inboxOrderSql(sort: InboxSort): Prisma.Sql {
  const d = Prisma.raw(sort.dir === "asc" ? "ASC" : "DESC");
  const recent = Prisma.sql`i.created_at DESC, i.id DESC`;
  switch (sort.field) {
    case "received":
      return Prisma.sql`ORDER BY i.created_at ${d}, i.id ${d}`;
    case "lastActivity":
      return Prisma.sql`ORDER BY i.last_activity_at ${d}, i.id ${d}`;
    case "nextFollowUp":
      return Prisma.sql`ORDER BY i.next_follow_up_at ${d}, i.id ${d}`;
    case "sla":
      return Prisma.sql`ORDER BY i.sla_due_at ${d}, i.id ${d}`;
    case "status":
      // The (status, created_at DESC) index read backwards gives status DESC, created_at ASC.
      return sort.dir === "asc" ? Prisma.sql`ORDER BY i.status ASC, ${recent}` : Prisma.sql`ORDER BY i.status DESC, i.created_at ASC, i.id ASC`;
    case "patient":
      return Prisma.sql`ORDER BY lower(i.last_name) ${d}, lower(i.first_name) ${d}, i.id ${d}`;
    case "language":
      return Prisma.sql`ORDER BY coalesce(i.other_language, i.language) ${d}, ${recent}`;
    case "study":
      return Prisma.sql`ORDER BY s.title ${d}, ${recent}`;
    case "site":
      return Prisma.sql`ORDER BY st.name ${d} NULLS LAST, ${recent}`;
    case "assignee":
      return Prisma.sql`ORDER BY u.name ${d} NULLS LAST, ${recent}`;
  }
}

export const inboxFromSql = Prisma.sql`FROM inquiries i
  JOIN studies s ON s.id = i.study_id
  LEFT JOIN sites st ON st.id = i.site_id
  LEFT JOIN users u ON u.id = i.assignee_id`;
