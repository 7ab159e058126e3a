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
import { createBatcher } from "../../lib/batcher";
import { EARLIER_INQUIRY_SQL, earlierInquiryQuestion, type EarlierInquiry, type PersonQuery } from "./find-earlier-inquiry";
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
// scan the table for it), and a part that is not needed is skipped by a condition on the question
// alone. It answers every question of a batch (one row each, from $1): submissions arriving while
// a read is out share the next one, one round trip to PostgreSQL for them all.
const FACTS_SQL = `
  SELECT q.i,
    (SELECT json_object_agg(c.site_id, (SELECT count(*) FROM (
        SELECT 1 FROM inquiries w WHERE w.site_id = c.site_id AND w.created_at >= q.week_start LIMIT c.cap) t))
       FROM unnest(q.capped, q.caps) AS c(site_id, cap)) AS week,
    (SELECT json_object_agg(s.site_id, (SELECT count(*) FROM inquiries o
        WHERE o.site_id = s.site_id AND o.status = ANY($2::"InquiryStatus"[])))
       FROM unnest(q.open) AS s(site_id)) AS open,
    (${EARLIER_INQUIRY_SQL}) AS earlier
  FROM jsonb_to_recordset($1::jsonb) AS q(i int, week_start timestamptz, capped uuid[], caps int[], open uuid[],
    person boolean, study_id uuid, since timestamptz, email text, phone text)`;

const OPEN_STATUSES = INQUIRY_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

export type RoutingFacts = { candidates: RoutingCandidate[]; earlier: EarlierInquiry | null };

export type FactsQuestion = { candidates: RoutingCandidate[]; patient: { lat: number | null; lon: number | null }; person: PersonQuery | null; now: Date };
type FactsRow = { i: number; week: Record<string, number> | null; open: Record<string, number> | null; earlier: EarlierInquiry | null };

/** Whether routing needs counts read from the database: a weekly cap, or a possible tie. */
export function countsNeeded(q: Pick<FactsQuestion, "candidates" | "patient">): boolean {
  return q.candidates.some((c) => c.weeklyCap !== null) || needsOpenCounts(q.candidates, q.patient);
}

/** What the read needs to answer `q`; null when nothing needs reading. */
function questionOf(q: FactsQuestion) {
  const capped = q.candidates.filter((c) => c.weeklyCap !== null);
  const open = needsOpenCounts(q.candidates, q.patient) ? q.candidates : [];
  if (capped.length === 0 && open.length === 0 && !q.person) return null;
  return {
    week_start: new Date(q.now.getTime() - WEEK_MS),
    capped: capped.map((c) => c.siteId),
    caps: capped.map((c) => c.weeklyCap),
    open: open.map((c) => c.siteId),
    ...earlierInquiryQuestion(q.person, q.now),
  };
}

type Asked = NonNullable<ReturnType<typeof questionOf>>;

function factsQuery(asked: Asked[]): pg.QueryConfig {
  return { name: "intake-facts", text: FACTS_SQL, values: [JSON.stringify(asked.map((a, i) => ({ i, ...a }))), OPEN_STATUSES] };
}

/** The intake's read for several questions at once, a named statement; null when none needs reading. */
export function routingFactsQuery(questions: FactsQuestion[]): pg.QueryConfig | null {
  const asked = questions.map(questionOf).filter((a): a is Asked => a !== null);
  return asked.length ? factsQuery(asked) : null;
}

function factsFrom(q: FactsQuestion, row: FactsRow | undefined): RoutingFacts {
  if (!row) return { candidates: q.candidates, earlier: null };
  const candidates = q.candidates.map((c) => ({ ...c, intakeThisWeek: Number(row.week?.[c.siteId] ?? 0), openInquiries: Number(row.open?.[c.siteId] ?? 0) }));
  return { candidates, earlier: row.earlier };
}

export type RoutingFactsReader = (q: FactsQuestion) => Promise<RoutingFacts>;

/**
 * Fills in the counts routing needs and looks for the same person's earlier inquiry (not when
 * `person` is null, e.g. for suspected spam). No query at all when neither is needed; questions
 * asked while earlier reads are out go together in the next one.
 */
export function createRoutingFactsReader(pool: pg.Pool, opts: { readers?: number; maxBatch?: number } = {}): RoutingFactsReader {
  const read = createBatcher<Asked, FactsRow | undefined>(
    async (asked) => {
      const { rows } = await pool.query<FactsRow>(factsQuery(asked));
      const byIndex = new Map(rows.map((r) => [r.i, r]));
      return asked.map((_, i) => byIndex.get(i));
    },
    { concurrency: opts.readers ?? 3, maxBatch: opts.maxBatch ?? 64 },
  );
  return async (q) => {
    const asked = questionOf(q);
    return factsFrom(q, asked ? await read(asked) : undefined);
  };
}
