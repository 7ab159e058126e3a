// Picks the study site for an inquiry (PRODUCT.md, "Routing"; docs/routing.md). Pure: the caller
// loads the candidates and stores the result. Every input yields a decision, and every eligible
// site gets a rank, so coordinators can see why a site was or was not chosen.
import { distanceKm, distancesFrom, hasPrimary, openKeys, orderByDistance, orderByLoad, primarySubtag, TIE_KM, toMetres } from "./routing-order";

export { distanceKm };

export type RoutingCandidate = {
  siteId: string; name: string; city: string; countryCode: string;
  lat: number | null; lon: number | null;
  /** BCP 47 codes spoken at the site */
  languages: string[];
  /** site active && site.acceptingInquiries && link RECRUITING && link.acceptingInquiries */
  eligible: boolean;
  ineligibleReason?: "SITE_INACTIVE" | "SITE_NOT_ACCEPTING_INQUIRIES" | "SITE_NOT_RECRUITING";
  weeklyCap: number | null; intakeThisWeek: number; openInquiries: number;
};
export type RoutingInput = {
  /** languages: preferred first; compared by primary subtag, case-insensitive */
  patient: { lat: number | null; lon: number | null; countryCode: string | null; languages: string[] };
  candidates: RoutingCandidate[];
  /** the patient chose a listed center */
  requestedSiteId?: string | null;
  /** settings.routingLanguageToleranceKm */
  toleranceKm: number;
};
export type RankedCandidate = { siteId: string; name: string; distanceKm: number | null; languageMatch: boolean; eligible: boolean; overCapacity: boolean; rank: number | null; reason: string };
export type RoutingRule = "PATIENT_CHOICE" | "NEAREST_LANGUAGE_MATCH" | "LANGUAGE_MATCH_WITHIN_TOLERANCE" | "NEAREST" | "COUNTRY_LANGUAGE_MATCH" | "COUNTRY" | "LANGUAGE_MATCH" | "ANY_ELIGIBLE" | "CENTRAL_QUEUE";
export type RoutingResult = { siteId: string | null; rule: RoutingRule; interpreterNeeded: boolean; flag: "NO_ELIGIBLE_SITE" | null; candidates: RankedCandidate[]; rulesApplied: string[] };

type Ranking = { order: number[]; rule: RoutingRule; steps: string[] };
/** Per-candidate facts, indexed like input.candidates. */
type Facts = { cands: RoutingCandidate[]; km: Float64Array; metres: Uint32Array; open: Uint32Array; lang: Uint8Array; over: Uint8Array; reason: string[] };

export function routeInquiry(input: RoutingInput): RoutingResult {
  const { patient } = input;
  const cands = input.candidates;
  const n = cands.length;
  const tolerance = Number.isFinite(input.toleranceKm) && input.toleranceKm > 0 ? input.toleranceKm : 0;
  const langs = [...new Set(patient.languages.map(primarySubtag).filter(Boolean))];
  const located = patient.lat !== null && patient.lon !== null && Number.isFinite(patient.lat) && Number.isFinite(patient.lon);

  const km = located ? distancesFrom(patient.lat!, patient.lon!, cands) : new Float64Array(n).fill(NaN);
  const f: Facts = {
    cands,
    km,
    metres: toMetres(km),
    open: openKeys(cands),
    lang: new Uint8Array(n),
    over: new Uint8Array(n),
    reason: new Array<string>(n),
  };
  const eligible: number[] = [];
  const ineligible: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    for (let k = 0; k < c.languages.length && f.lang[i] === 0; k++) {
      for (let p = 0; p < langs.length; p++) if (hasPrimary(c.languages[k]!, langs[p]!)) f.lang[i] = 1;
    }
    f.over[i] = c.weeklyCap !== null && c.intakeThisWeek >= c.weeklyCap ? 1 : 0;
    if (c.eligible) {
      eligible.push(i);
    } else {
      ineligible.push(i);
      f.reason[i] = c.ineligibleReason ?? "NOT_ELIGIBLE";
    }
  }

  const steps = ["ELIGIBLE_SITES"];
  const requested = input.requestedSiteId ? cands.findIndex((c) => c.siteId === input.requestedSiteId) : -1;
  if (input.requestedSiteId && requested < 0) steps.push("REQUESTED_SITE_UNKNOWN");
  else if (requested >= 0 && !cands[requested]!.eligible) steps.push("REQUESTED_SITE_INELIGIBLE");

  let ranking: Ranking;
  if (eligible.length === 0) {
    ranking = { order: [], rule: "CENTRAL_QUEUE", steps: ["NO_ELIGIBLE_SITE", "CENTRAL_QUEUE"] };
  } else if (located && eligible.some((i) => !Number.isNaN(f.km[i]!))) {
    ranking = rankByDistance(f, eligible, tolerance);
  } else {
    ranking = rankWithoutLocation(f, eligible, patient.countryCode?.toUpperCase() ?? null, located ? "NO_SITE_COORDINATES" : "NO_LOCATION");
  }
  steps.push(...ranking.steps);

  let { order, rule } = ranking;
  if (requested >= 0 && cands[requested]!.eligible) {
    const at = order.indexOf(requested);
    if (at > 0) {
      f.reason[order[0]!] = "RECOMMENDED";
      order = [requested, ...order.slice(0, at), ...order.slice(at + 1)];
    }
    f.reason[requested] = "PATIENT_CHOICE";
    rule = "PATIENT_CHOICE";
    steps.push("PATIENT_CHOICE");
  } else if (order.length > 0) {
    f.reason[order[0]!] = "CHOSEN";
  }
  const chosen = order.length > 0 ? order[0]! : -1;
  const interpreterNeeded = chosen >= 0 && langs.length > 0 && f.lang[chosen] === 0;
  if (interpreterNeeded) steps.push("INTERPRETER_NEEDED");

  // Ineligible sites are listed after the ranked ones, nearest first, in a stable order.
  const placed = ineligible.filter((i) => !Number.isNaN(f.km[i]!));
  const unplaced = ineligible.filter((i) => Number.isNaN(f.km[i]!));
  const tail = concat([orderByDistance(placed, f.metres, cands).order, orderByLoad(unplaced, f.open, cands)]);
  const candidates = new Array<RankedCandidate>(n);
  let k = 0;
  for (const list of [order, tail]) {
    for (const i of list) {
      const c = cands[i]!;
      const km = f.km[i]!;
      candidates[k] = { siteId: c.siteId, name: c.name, distanceKm: Number.isNaN(km) ? null : Math.round(km * 10) / 10, languageMatch: f.lang[i] === 1, eligible: c.eligible, overCapacity: f.over[i] === 1, rank: list === order ? k + 1 : null, reason: f.reason[i]! };
      k++;
    }
  }
  return { siteId: chosen >= 0 ? cands[chosen]!.siteId : null, rule, interpreterNeeded, flag: chosen >= 0 ? null : "NO_ELIGIBLE_SITE", candidates, rulesApplied: steps };
}

// Why a site of each tier (see rankByDistance) was not chosen.
const TIER_REASONS = ["FARTHER", "OVER_CAPACITY", "NO_LANGUAGE_MATCH", "NO_LANGUAGE_MATCH", "BEYOND_TOLERANCE", "NO_COORDINATES"];

/**
 * With the patient's position. Sites within `tolerance` km of the nearest eligible site form the
 * window; inside it, language-matching sites come first (if any), and within that group sites
 * under their weekly cap come before full ones. Everything beyond the window, then sites without
 * coordinates, follow. Capacity never moves an inquiry out of the window nor away from a site
 * that speaks the patient's language.
 */
function rankByDistance(f: Facts, eligible: number[], tolerance: number): Ranking {
  let nearest = Infinity;
  for (const i of eligible) if (f.km[i]! < nearest) nearest = f.km[i]!;
  const limit = nearest + tolerance;
  let anyLang = false;
  for (const i of eligible) if (f.lang[i] === 1 && f.km[i]! <= limit) anyLang = true;
  // 0: preferred group, under cap; 1: preferred group, full; 2: other sites in the window,
  // under cap; 3: the same, full; 4: beyond the window; 5: no coordinates.
  const tiers: number[][] = [[], [], [], [], [], []];
  for (const i of eligible) {
    const km = f.km[i]!;
    const over = f.over[i] === 1;
    const preferred = !anyLang || f.lang[i] === 1;
    const t = Number.isNaN(km) ? 5 : km > limit ? 4 : (preferred ? 0 : 2) + (over ? 1 : 0);
    f.reason[i] = TIER_REASONS[t]!;
    tiers[t]!.push(i);
  }
  const steps = ["DISTANCE", anyLang ? "LANGUAGE" : "LANGUAGE_NO_MATCH_WITHIN_TOLERANCE"];
  // The window always holds the nearest site, so the top tier is 0 or 1.
  const top = tiers[0]!.length > 0 ? 0 : 1;
  const ordered: number[][] = [];
  for (let t = 0; t < 5; t++) {
    const { order, firstRun } = orderByDistance(tiers[t]!, f.metres, f.cands);
    ordered.push(order);
    if (t === top && firstRun > 1) {
      steps.push("TIE_BREAK");
      for (let k = 1; k < firstRun; k++) f.reason[order[k]!] = "TIE_BREAK";
    }
  }
  ordered.push(orderByLoad(tiers[5]!, f.open, f.cands));
  const chosen = ordered[top]![0]!;
  if (top === 1) steps.splice(2, 0, "CAPACITY_ALL_FULL_KEPT");
  else if (tiers[1]!.some((i) => f.km[i]! < f.km[chosen]! - TIE_KM)) steps.splice(2, 0, "CAPACITY");
  const rule: RoutingRule = f.lang[chosen] === 0 ? "NEAREST" : f.km[chosen]! <= nearest + TIE_KM ? "NEAREST_LANGUAGE_MATCH" : "LANGUAGE_MATCH_WITHIN_TOLERANCE";
  return { order: concat(ordered), rule, steps };
}

const NO_LOCATION_RULES: RoutingRule[] = ["COUNTRY_LANGUAGE_MATCH", "COUNTRY", "LANGUAGE_MATCH", "ANY_ELIGIBLE"];

/**
 * Without a usable position: a site in the patient's country that speaks the language, else any
 * site in the country, else one that speaks the language anywhere, else any eligible site; within
 * each group sites under their cap first, then fewest open inquiries.
 */
function rankWithoutLocation(f: Facts, eligible: number[], country: string | null, why: string): Ranking {
  const group = new Uint8Array(f.cands.length);
  // Index group * 2 + 1 holds the group's sites that are at their weekly cap.
  const buckets: number[][] = [[], [], [], [], [], [], [], []];
  for (const i of eligible) {
    const code = f.cands[i]!.countryCode;
    const home = country !== null && (code === country || code.toUpperCase() === country);
    group[i] = (home ? 0 : 2) + (f.lang[i] === 1 ? 0 : 1);
    buckets[group[i]! * 2 + f.over[i]!]!.push(i);
  }
  const top = buckets.findIndex((b) => b.length > 0);
  const best = top >> 1;
  const order = concat(buckets.map((b) => orderByLoad(b, f.open, f.cands)));
  const chosenOpen = f.cands[order[0]!]!.openInquiries;
  for (const i of order) {
    const g = group[i]!;
    f.reason[i] = f.over[i] === 1 ? "OVER_CAPACITY"
      : g === best ? (f.cands[i]!.openInquiries === chosenOpen ? "TIE_BREAK" : "MORE_OPEN_INQUIRIES")
      : g >= 2 && best <= 1 ? "OTHER_COUNTRY" : "NO_LANGUAGE_MATCH";
  }
  const steps = [why];
  if (country) steps.push(best <= 1 ? "COUNTRY" : "COUNTRY_NO_SITE");
  steps.push(best === 0 || best === 2 ? "LANGUAGE" : "LANGUAGE_NO_MATCH");
  if (top % 2 === 1) steps.push("CAPACITY_ALL_FULL_KEPT");
  else if (buckets[top + 1]!.length > 0) steps.push("CAPACITY");
  if (buckets[top]!.length > 1) steps.push("FEWEST_OPEN_INQUIRIES");
  return { order, rule: NO_LOCATION_RULES[best]!, steps };
}

/** Array.prototype.flat is generic and slow: a third of a decision's time on 1,000 sites. */
function concat(lists: number[][]): number[] {
  let n = 0;
  for (const l of lists) n += l.length;
  const out = new Array<number>(n);
  let k = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) out[k++] = l[i]!;
  return out;
}
