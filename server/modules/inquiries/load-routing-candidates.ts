// The sites of a study as routing candidates, with what changes with every inquiry (intake this
// week, open inquiries), and the same person's earlier inquiry (find-earlier-inquiry.ts), in one
// SQL statement. Counts are read only where routing can use them, so their cost does not grow
// with a site's history:
// - intake this week only matters against a weekly cap, so it is counted up to the cap at most;
// - open inquiries only break ties (near-equal distances, or no usable position), so they are
//   counted only when such a tie is possible (needsOpenCounts).
import type pg from "pg";
import { CLOSED_STATUSES, INQUIRY_STATUSES } from "../../../shared/inquiry-status";
import type { RoutingCandidate } from "../routing/route-inquiry";
import { distancesFrom, TIE_KM } from "../routing/routing-order";
import { EARLIER_INQUIRY_SQL, earlierInquiryParams, type EarlierInquiry, type PersonQuery } from "./find-earlier-inquiry";
import type { IntakeSite } from "./intake-catalog";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function candidateOf(site: IntakeSite): RoutingCandidate {
  const ineligibleReason = !site.active
    ? ("SITE_INACTIVE" as const)
    : !site.siteAccepting || !site.linkAccepting
      ? ("SITE_NOT_ACCEPTING_INQUIRIES" as const)
      : site.recruitmentStatus !== "RECRUITING"
        ? ("SITE_NOT_RECRUITING" as const)
        : undefined;
  return {
    siteId: site.siteId,
    name: site.name,
    city: site.city,
    countryCode: site.countryCode,
    lat: site.lat,
    lon: site.lon,
    languages: site.languages,
    eligible: ineligibleReason === undefined,
    ineligibleReason,
    weeklyCap: site.weeklyCap,
    intakeThisWeek: 0,
    openInquiries: 0,
  };
}

/** Whether open-inquiry counts can change the routing decision (see routing-order.ts: ties). */
export function needsOpenCounts(candidates: RoutingCandidate[], patient: { lat: number | null; lon: number | null }): boolean {
  if (candidates.length < 2) return false;
  if (patient.lat === null || patient.lon === null || !Number.isFinite(patient.lat) || !Number.isFinite(patient.lon)) return true;
  if (candidates.some((c) => c.lat === null || c.lon === null)) return true;
  const metres = Array.from(distancesFrom(patient.lat, patient.lon, candidates), (km) => Math.round(km * 1000)).sort((a, b) => a - b);
  // One metre of slack for rounding: a tie missed would change the order, an extra count does not.
  for (let i = 1; i < metres.length; i++) if (metres[i]! - metres[i - 1]! <= TIE_KM * 1000 + 1) return true;
  return false;
}

// A prepared statement: its generic plan is made once per connection, possibly while the table is
// still small (a new install, a burst before autovacuum's next ANALYZE), and must stay cheap as it
// grows. So each part is reached only through a per-site or per-person index lookup (no plan can
// scan the table for it), and a part that is not needed is skipped by a condition on its
// parameters alone, which PostgreSQL checks once before running the part.
const FACTS_SQL = `
  SELECT
    (SELECT json_object_agg(c.site_id, (SELECT count(*) FROM (
        SELECT 1 FROM inquiries w WHERE w.site_id = c.site_id AND w.created_at >= $1 LIMIT c.cap) t))
       FROM unnest($2::uuid[], $3::int[]) AS c(site_id, cap)
       WHERE cardinality($2::uuid[]) > 0) AS week,
    (SELECT json_object_agg(s.site_id, (SELECT count(*) FROM inquiries o
        WHERE o.site_id = s.site_id AND o.status = ANY($5::"InquiryStatus"[])))
       FROM unnest($4::uuid[]) AS s(site_id)
       WHERE cardinality($4::uuid[]) > 0) AS open,
    (${EARLIER_INQUIRY_SQL}) AS earlier`;

const OPEN_STATUSES = INQUIRY_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

export type RoutingFacts = { candidates: RoutingCandidate[]; earlier: EarlierInquiry | null };

type FactsQuestion = { candidates: RoutingCandidate[]; patient: { lat: number | null; lon: number | null }; person: PersonQuery | null; now: Date };

/** The intake's one read for `q`, a named statement; null when nothing needs reading. */
export function routingFactsQuery(q: FactsQuestion): pg.QueryConfig | null {
  const capped = q.candidates.filter((c) => c.weeklyCap !== null);
  const open = needsOpenCounts(q.candidates, q.patient) ? q.candidates : [];
  if (capped.length === 0 && open.length === 0 && !q.person) return null;
  return { name: "intake-facts", text: FACTS_SQL, values: [
    new Date(q.now.getTime() - WEEK_MS),
    capped.map((c) => c.siteId),
    capped.map((c) => c.weeklyCap),
    open.map((c) => c.siteId),
    OPEN_STATUSES,
    ...earlierInquiryParams(q.person, q.now),
  ] };
}

/**
 * Fills in the counts routing needs and looks for the same person's earlier inquiry (not when
 * `person` is null, e.g. for suspected spam). No query at all when neither is needed.
 */
export async function loadRoutingFacts(pool: pg.Pool, q: FactsQuestion): Promise<RoutingFacts> {
  const query = routingFactsQuery(q);
  if (!query) return { candidates: q.candidates, earlier: null };
  const { rows } = await pool.query<{ week: Record<string, number> | null; open: Record<string, number> | null; earlier: EarlierInquiry | null }>(query);
  const row = rows[0]!;
  const candidates = q.candidates.map((c) => ({ ...c, intakeThisWeek: Number(row.week?.[c.siteId] ?? 0), openInquiries: Number(row.open?.[c.siteId] ?? 0) }));
  return { candidates, earlier: row.earlier };
}
