// A simplified version of the product's routing rules, used to give each demo inquiry a site and
// a stored routing decision that agree (the real router lives in server/modules/routing).
export type RoutingSite = {
  id: string;
  key: string;
  name: string;
  countryCode: string;
  lat: number | null;
  lon: number | null;
  languages: string[];
};

export type RoutingCandidate = {
  siteId: string;
  name: string;
  distanceKm: number | null;
  languages: string[];
  rank: number | null;
  eligible: boolean;
  reason: string;
};

export type RoutingResult = {
  site: RoutingSite | null;
  rule: string;
  interpreterNeeded: boolean;
  routingFlag: string | null;
  candidates: RoutingCandidate[];
  rulesApplied: string[];
  reason: string;
};

export const LANGUAGE_TOLERANCE_KM = 50;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * links: every site of the study with whether it may receive inquiries (and why not).
 * chosenSiteKey: set when the family picked a centre from the list.
 */
export function routeInquiry(
  links: ReadonlyArray<{ site: RoutingSite; eligible: boolean; reason: string }>,
  patient: { lat: number | null; lon: number | null; countryCode: string; language: string },
  chosenSiteKey?: string,
): RoutingResult {
  const withDistance = links.map((l) => ({
    ...l,
    distanceKm:
      patient.lat !== null && patient.lon !== null && l.site.lat !== null && l.site.lon !== null
        ? round1(haversineKm(patient.lat, patient.lon, l.site.lat, l.site.lon))
        : null,
    speaks: l.site.languages.includes(patient.language),
  }));
  const eligible = withDistance.filter((l) => l.eligible).sort((a, b) => (a.distanceKm ?? 1e9) - (b.distanceKm ?? 1e9));
  const lang = patient.language;
  let chosen: (typeof eligible)[number] | undefined;
  let rule: string;
  let reason: string;
  let rulesApplied: string[];

  if (chosenSiteKey) {
    chosen = eligible.find((l) => l.site.key === chosenSiteKey);
    rule = "PATIENT_CHOICE";
    rulesApplied = ["ELIGIBLE_SITES", "DISTANCE", "PATIENT_CHOICE"];
    reason = `The family chose this centre from the list (${chosen?.distanceKm ?? "?"} km).`;
  } else if (patient.lat === null) {
    const inCountry = eligible.filter((l) => l.site.countryCode === patient.countryCode);
    chosen = inCountry.find((l) => l.speaks) ?? inCountry[0];
    rule = chosen?.speaks ? "COUNTRY_LANGUAGE_MATCH" : "COUNTRY";
    rulesApplied = ["ELIGIBLE_SITES", "NO_LOCATION", "COUNTRY", "LANGUAGE", "TIE_BREAK"];
    reason = chosen?.speaks
      ? `No location given: a site in ${patient.countryCode} that speaks ${lang}.`
      : `No location given: a site in ${patient.countryCode}; no site there speaks ${lang}.`;
  } else {
    const nearest = eligible[0];
    const match = nearest && eligible.find((l) => l.speaks && (l.distanceKm ?? 0) <= (nearest.distanceKm ?? 0) + LANGUAGE_TOLERANCE_KM);
    chosen = match ?? nearest;
    rulesApplied = ["ELIGIBLE_SITES", "DISTANCE", "LANGUAGE", "CAPACITY", "TIE_BREAK"];
    if (match && match === nearest) {
      rule = "NEAREST_LANGUAGE_MATCH";
      reason = `Nearest eligible site (${match.distanceKm} km) and it speaks ${lang}.`;
    } else if (match) {
      rule = "LANGUAGE_MATCH_WITHIN_TOLERANCE";
      reason = `Speaks ${lang}, within ${LANGUAGE_TOLERANCE_KM} km of the nearest site (${match.distanceKm} km).`;
    } else {
      rule = "NEAREST";
      reason = `Nearest eligible site (${nearest?.distanceKm} km); no site within ${LANGUAGE_TOLERANCE_KM} km speaks ${lang}: interpreter needed.`;
    }
  }

  const ranked = chosen ? [chosen, ...eligible.filter((l) => l !== chosen)] : eligible;
  const candidates: RoutingCandidate[] = [
    ...ranked.map((l, i) => ({
      siteId: l.site.id,
      name: l.site.name,
      distanceKm: l.distanceKm,
      languages: l.site.languages,
      rank: i + 1,
      eligible: true,
      reason: l === chosen ? "CHOSEN" : l.speaks ? "FARTHER" : "NO_LANGUAGE_MATCH",
    })),
    ...withDistance
      .filter((l) => !l.eligible)
      .map((l) => ({ siteId: l.site.id, name: l.site.name, distanceKm: l.distanceKm, languages: l.site.languages, rank: null, eligible: false, reason: l.reason })),
  ];
  if (!chosen) {
    return { site: null, rule: "CENTRAL_QUEUE", interpreterNeeded: false, routingFlag: "NO_ELIGIBLE_SITE", candidates, rulesApplied, reason: "No eligible site: kept in the study's central queue." };
  }
  return { site: chosen.site, rule, interpreterNeeded: !chosen.speaks, routingFlag: null, candidates, rulesApplied, reason };
}
