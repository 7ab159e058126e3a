import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceKm, routeInquiry, type RoutingCandidate, type RoutingInput } from "../../../server/modules/routing/route-inquiry";

const LANGS = ["ar", "en", "fr", "es", "de", "ar-EG", "EN-us"];
const COUNTRIES = ["EG", "FR", "US"];
const primary = (tag: string) => tag.toLowerCase().split("-")[0]!;

// Positions mostly in one region (so tolerance and ties matter), some anywhere, some unknown.
const position = fc.oneof(
  { weight: 6, arbitrary: fc.record({ lat: fc.double({ min: 29, max: 31, noNaN: true }), lon: fc.double({ min: 30, max: 32, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.constant({ lat: null, lon: null }) },
);

const candidate = fc.record({
  pos: position,
  name: fc.constantFrom("Alpha", "Beta", "Gamma", "Alpha"),
  countryCode: fc.constantFrom(...COUNTRIES),
  languages: fc.subarray(LANGS, { maxLength: 3 }),
  eligible: fc.boolean(),
  weeklyCap: fc.option(fc.integer({ min: 0, max: 5 })),
  intakeThisWeek: fc.integer({ min: 0, max: 6 }),
  openInquiries: fc.integer({ min: 0, max: 3 }),
});

const input = fc
  .record({
    sites: fc.array(candidate, { maxLength: 25 }),
    patientPos: position,
    countryCode: fc.option(fc.constantFrom(...COUNTRIES, "DE")),
    languages: fc.subarray(LANGS, { maxLength: 2 }),
    toleranceKm: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 })),
    requestIndex: fc.option(fc.nat()),
  })
  .map(({ sites, patientPos, countryCode, languages, toleranceKm, requestIndex }): RoutingInput => {
    const candidates = sites.map(
      (s, i): RoutingCandidate => ({
        siteId: `site-${i}`,
        name: s.name,
        city: "City",
        countryCode: s.countryCode,
        lat: s.pos.lat,
        lon: s.pos.lon,
        languages: s.languages,
        eligible: s.eligible,
        ineligibleReason: s.eligible ? undefined : "SITE_NOT_RECRUITING",
        weeklyCap: s.weeklyCap,
        intakeThisWeek: s.intakeThisWeek,
        openInquiries: s.openInquiries,
      }),
    );
    const requestedSiteId = requestIndex === null || candidates.length === 0 ? null : `site-${requestIndex % candidates.length}`;
    return { patient: { ...patientPos, countryCode, languages }, candidates, toleranceKm, requestedSiteId };
  });

const withoutRequest = input.map((i) => ({ ...i, requestedSiteId: null }));

function speaks(c: RoutingCandidate, languages: string[]) {
  const wanted = new Set(languages.map(primary));
  return c.languages.some((l) => wanted.has(primary(l)));
}

function located(i: RoutingInput) {
  const { lat, lon } = i.patient;
  if (lat === null || lon === null) return [];
  return i.candidates
    .filter((c) => c.eligible && c.lat !== null && c.lon !== null)
    .map((c) => ({ c, d: distanceKm({ lat, lon }, { lat: c.lat!, lon: c.lon! }) }));
}

const RUNS = { numRuns: 400 };

describe("routeInquiry properties", () => {
  it("always decides: a site when one is eligible, else the central queue; every candidate listed and eligible ones ranked 1..n", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = routeInquiry(i);
        const eligible = i.candidates.filter((c) => c.eligible);
        expect(r.candidates).toHaveLength(i.candidates.length);
        expect(new Set(r.candidates.map((c) => c.siteId))).toEqual(new Set(i.candidates.map((c) => c.siteId)));
        if (eligible.length === 0) {
          expect(r).toMatchObject({ siteId: null, rule: "CENTRAL_QUEUE", flag: "NO_ELIGIBLE_SITE" });
        } else {
          expect(r.siteId).not.toBeNull();
          expect(r.flag).toBeNull();
          expect(r.candidates[0]!.siteId).toBe(r.siteId);
        }
        const ranks = r.candidates.filter((c) => c.eligible).map((c) => c.rank);
        expect(ranks).toEqual(eligible.map((_, k) => k + 1));
        expect(r.candidates.filter((c) => !c.eligible).every((c) => c.rank === null)).toBe(true);
        expect(r.rulesApplied[0]).toBe("ELIGIBLE_SITES");
      }),
      RUNS,
    );
  });

  it("never chooses a site that is not eligible", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = routeInquiry(i);
        if (r.siteId !== null) expect(i.candidates.find((c) => c.siteId === r.siteId)!.eligible).toBe(true);
      }),
      RUNS,
    );
  });

  it("honours an eligible requested site, and only an eligible one", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = routeInquiry(i);
        const requested = i.candidates.find((c) => c.siteId === i.requestedSiteId);
        if (requested?.eligible) expect(r).toMatchObject({ siteId: requested.siteId, rule: "PATIENT_CHOICE" });
        else expect(r.rule).not.toBe("PATIENT_CHOICE");
      }),
      RUNS,
    );
  });

  it("with a location, never chooses a site farther than the nearest eligible site + toleranceKm", () => {
    fc.assert(
      fc.property(withoutRequest, (i) => {
        const sites = located(i);
        fc.pre(sites.length > 0);
        const r = routeInquiry(i);
        const nearest = Math.min(...sites.map((s) => s.d));
        const chosen = sites.find((s) => s.c.siteId === r.siteId);
        expect(chosen).toBeDefined();
        expect(chosen!.d).toBeLessThanOrEqual(nearest + i.toleranceKm + 1e-9);
      }),
      RUNS,
    );
  });

  it("chooses a site speaking the patient's language whenever one is eligible within the tolerance of the nearest", () => {
    fc.assert(
      fc.property(withoutRequest, (i) => {
        const sites = located(i);
        fc.pre(sites.length > 0);
        const nearest = Math.min(...sites.map((s) => s.d));
        const matchWithin = sites.some((s) => s.d <= nearest + i.toleranceKm && speaks(s.c, i.patient.languages));
        const r = routeInquiry(i);
        const chosen = i.candidates.find((c) => c.siteId === r.siteId)!;
        if (matchWithin) {
          expect(speaks(chosen, i.patient.languages)).toBe(true);
          expect(r.interpreterNeeded).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it("flags an interpreter exactly when the chosen site speaks none of the patient's languages", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = routeInquiry(i);
        const chosen = i.candidates.find((c) => c.siteId === r.siteId);
        const expected = chosen !== undefined && i.patient.languages.length > 0 && !speaks(chosen, i.patient.languages);
        expect(r.interpreterNeeded).toBe(expected);
      }),
      RUNS,
    );
  });

  it("is deterministic: the same candidates in another order give the same decision and ranking", () => {
    fc.assert(
      fc.property(input, fc.nat(), (i, seed) => {
        const shuffled = [...i.candidates];
        let s = seed;
        for (let k = shuffled.length - 1; k > 0; k--) {
          s = (s * 1103515245 + 12345) % 2 ** 31;
          const j = s % (k + 1);
          [shuffled[k], shuffled[j]] = [shuffled[j]!, shuffled[k]!];
        }
        const a = routeInquiry(i);
        const b = routeInquiry({ ...i, candidates: shuffled });
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it("rounds distances to 0.1 km and gives them only when both ends are placed", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = routeInquiry(i);
        for (const c of r.candidates) {
          if (c.distanceKm !== null) expect(Math.round(c.distanceKm * 10)).toBeCloseTo(c.distanceKm * 10, 6);
          const site = i.candidates.find((s) => s.siteId === c.siteId)!;
          if (i.patient.lat === null || site.lat === null) expect(c.distanceKm).toBeNull();
        }
      }),
      RUNS,
    );
  });
});
