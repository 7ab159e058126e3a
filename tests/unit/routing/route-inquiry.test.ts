import { describe, expect, it } from "vitest";
import { distanceKm, routeInquiry, type RoutingCandidate, type RoutingInput } from "../../../server/modules/routing/route-inquiry";

function site(siteId: string, over: Partial<RoutingCandidate> = {}): RoutingCandidate {
  return {
    siteId,
    name: siteId,
    city: "City",
    countryCode: "EG",
    lat: null,
    lon: null,
    languages: ["ar", "en"],
    eligible: true,
    weeklyCap: null,
    intakeThisWeek: 0,
    openInquiries: 0,
    ...over,
  };
}

// The seed study's three Egyptian paediatric haematology centres (prisma/seed/demo-sites.ts).
const ASSIUT = site("eg-assiut", { name: "Assiut University Children's Hospital", city: "Assiut", lat: 27.1866, lon: 31.1712 });
const ABU_EL_REESH = site("eg-abu-el-reesh", { name: "Abu El Reesh Children's Hospital, Cairo University", city: "Cairo", lat: 30.0306, lon: 31.2335, weeklyCap: 10 });
const AIN_SHAMS = site("eg-ain-shams", { name: "Ain Shams University Children's Hospital", city: "Cairo", lat: 30.0766, lon: 31.2826 });
const EGYPT = [ASSIUT, ABU_EL_REESH, AIN_SHAMS];

const ASSIUT_TOWN = { lat: 27.181, lon: 31.1837 };
const GIZA = { lat: 30.0131, lon: 31.2089 };

function route(partial: Partial<Omit<RoutingInput, "patient">> & { patient?: Partial<RoutingInput["patient"]> }) {
  return routeInquiry({
    candidates: partial.candidates ?? EGYPT,
    requestedSiteId: partial.requestedSiteId,
    toleranceKm: partial.toleranceKm ?? 100,
    patient: { lat: null, lon: null, countryCode: null, languages: ["ar"], ...partial.patient },
  });
}

describe("distanceKm", () => {
  it("is the great-circle distance (Paris to London about 343.6 km)", () => {
    expect(distanceKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 })).toBeCloseTo(343.557, 2);
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
  });

  it("is symmetric and handles antipodes", () => {
    const a = { lat: 27.1866, lon: 31.1712 };
    const b = { lat: -27.1866, lon: -148.8288 };
    expect(distanceKm(a, b)).toBeCloseTo(Math.PI * 6371.0088, 3);
    expect(distanceKm(ASSIUT_TOWN, GIZA)).toBe(distanceKm(GIZA, ASSIUT_TOWN));
  });
});

describe("routeInquiry with the patient's location (seed study, Egypt)", () => {
  it("sends a family in Assiut to the Assiut centre (NEAREST_LANGUAGE_MATCH)", () => {
    const r = route({ patient: { ...ASSIUT_TOWN, countryCode: "EG", languages: ["ar", "en"] } });
    expect(r).toMatchObject({ siteId: ASSIUT.siteId, rule: "NEAREST_LANGUAGE_MATCH", interpreterNeeded: false, flag: null });
    expect(r.candidates.map((c) => [c.siteId, c.rank, c.distanceKm])).toEqual([
      [ASSIUT.siteId, 1, 1.4],
      // Beyond the 100 km window, by distance.
      [ABU_EL_REESH.siteId, 2, 316.9],
      [AIN_SHAMS.siteId, 3, 322.1],
    ]);
    expect(r.candidates[0]).toMatchObject({ reason: "CHOSEN", languageMatch: true, eligible: true, overCapacity: false });
    expect(r.candidates[1]!.reason).toBe("BEYOND_TOLERANCE");
    expect(r.rulesApplied).toEqual(["ELIGIBLE_SITES", "DISTANCE", "LANGUAGE"]);
  });

  it("sends a family in Giza to the nearer Cairo centre", () => {
    const r = route({ patient: { ...GIZA, languages: ["ar"] } });
    expect(r.siteId).toBe(ABU_EL_REESH.siteId);
    expect(r.rule).toBe("NEAREST_LANGUAGE_MATCH");
    expect(r.candidates.map((c) => c.siteId)).toEqual([ABU_EL_REESH.siteId, AIN_SHAMS.siteId, ASSIUT.siteId]);
    expect(r.candidates[1]!.reason).toBe("FARTHER");
  });

  it("moves to the other Cairo centre when the nearer one is at its weekly cap", () => {
    const full = { ...ABU_EL_REESH, intakeThisWeek: 10 };
    const r = route({ candidates: [ASSIUT, full, AIN_SHAMS], patient: { ...GIZA } });
    expect(r.siteId).toBe(AIN_SHAMS.siteId);
    expect(r.rule).toBe("LANGUAGE_MATCH_WITHIN_TOLERANCE");
    expect(r.rulesApplied).toContain("CAPACITY");
    expect(r.candidates.find((c) => c.siteId === full.siteId)).toMatchObject({ overCapacity: true, rank: 2, reason: "OVER_CAPACITY" });
  });

  it("keeps a full site when no other site is within the tolerance (never drops)", () => {
    const full = { ...ABU_EL_REESH, intakeThisWeek: 12 };
    const r = route({ candidates: [ASSIUT, full], patient: { ...GIZA }, toleranceKm: 50 });
    expect(r.siteId).toBe(full.siteId);
    expect(r.rulesApplied).toContain("CAPACITY_ALL_FULL_KEPT");
  });

  it("lets the family choose another listed centre (PATIENT_CHOICE)", () => {
    const r = route({ patient: { ...GIZA }, requestedSiteId: ASSIUT.siteId });
    expect(r).toMatchObject({ siteId: ASSIUT.siteId, rule: "PATIENT_CHOICE", interpreterNeeded: false });
    expect(r.candidates[0]).toMatchObject({ siteId: ASSIUT.siteId, rank: 1, reason: "PATIENT_CHOICE" });
    expect(r.candidates[1]).toMatchObject({ siteId: ABU_EL_REESH.siteId, rank: 2, reason: "RECOMMENDED" });
    expect(r.rulesApplied.at(-1)).toBe("PATIENT_CHOICE");
  });

  it("ignores a requested centre that is not eligible, or unknown, and says so", () => {
    const closed = { ...ASSIUT, eligible: false, ineligibleReason: "SITE_NOT_RECRUITING" as const };
    const r = route({ candidates: [closed, ABU_EL_REESH, AIN_SHAMS], patient: { ...GIZA }, requestedSiteId: closed.siteId });
    expect(r.siteId).toBe(ABU_EL_REESH.siteId);
    expect(r.rule).toBe("NEAREST_LANGUAGE_MATCH");
    expect(r.rulesApplied).toContain("REQUESTED_SITE_INELIGIBLE");
    expect(r.candidates.at(-1)).toMatchObject({ siteId: closed.siteId, rank: null, eligible: false, reason: "SITE_NOT_RECRUITING" });

    const unknown = route({ patient: { ...GIZA }, requestedSiteId: "no-such-site" });
    expect(unknown.siteId).toBe(ABU_EL_REESH.siteId);
    expect(unknown.rulesApplied).toContain("REQUESTED_SITE_UNKNOWN");
  });
});

describe("routeInquiry: language against distance", () => {
  const near = site("near", { name: "Near (English only)", lat: 30.0, lon: 31.0, languages: ["en"] });
  const french = site("french", { name: "Farther (French)", lat: 30.5, lon: 31.0, languages: ["fr", "en"] }); // ~55.6 km north
  const patient = { lat: 30.0, lon: 31.0, languages: ["fr", "en"] };

  it("prefers a site speaking the patient's language within the tolerance (LANGUAGE_MATCH_WITHIN_TOLERANCE)", () => {
    const r = route({ candidates: [near, french], patient: { ...patient, languages: ["fr"] }, toleranceKm: 100 });
    expect(r).toMatchObject({ siteId: "french", rule: "LANGUAGE_MATCH_WITHIN_TOLERANCE", interpreterNeeded: false });
    expect(r.candidates[1]).toMatchObject({ siteId: "near", reason: "NO_LANGUAGE_MATCH", languageMatch: false, rank: 2 });
  });

  it("takes the nearest site, with an interpreter, when the language match is beyond the tolerance (NEAREST)", () => {
    const r = route({ candidates: [near, french], patient: { ...patient, languages: ["fr"] }, toleranceKm: 50 });
    expect(r).toMatchObject({ siteId: "near", rule: "NEAREST", interpreterNeeded: true });
    expect(r.rulesApplied).toEqual(["ELIGIBLE_SITES", "DISTANCE", "LANGUAGE_NO_MATCH_WITHIN_TOLERANCE", "INTERPRETER_NEEDED"]);
  });

  it("matches any of the patient's languages by primary subtag, ignoring case", () => {
    const r = route({ candidates: [near, french], patient: { ...patient, languages: ["FR-ca"] }, toleranceKm: 100 });
    expect(r.siteId).toBe("french");
    const en = route({ candidates: [near, french], patient: { ...patient, languages: ["ar", "en-GB"] }, toleranceKm: 100 });
    expect(en).toMatchObject({ siteId: "near", rule: "NEAREST_LANGUAGE_MATCH", interpreterNeeded: false });
  });

  it("does not flag an interpreter when the patient gave no language", () => {
    const r = route({ candidates: [near, french], patient: { ...patient, languages: [] } });
    expect(r).toMatchObject({ siteId: "near", rule: "NEAREST", interpreterNeeded: false });
  });

  it("gives capacity way to language: a full site speaking the language keeps the inquiry", () => {
    const fullFrench = { ...french, weeklyCap: 5, intakeThisWeek: 5 };
    const r = route({ candidates: [near, fullFrench], patient: { ...patient, languages: ["fr"] }, toleranceKm: 100 });
    expect(r.siteId).toBe("french");
    expect(r.rulesApplied).toContain("CAPACITY_ALL_FULL_KEPT");
  });

  it("ranks sites without coordinates last and never picks them while a located site is eligible", () => {
    const unplaced = site("unplaced", { languages: ["fr"], openInquiries: 0 });
    const r = route({ candidates: [unplaced, near], patient: { ...patient, languages: ["fr"] } });
    expect(r.siteId).toBe("near");
    expect(r.candidates[1]).toMatchObject({ siteId: "unplaced", distanceKm: null, rank: 2, reason: "NO_COORDINATES" });
  });

  it("falls back to the rules without location when no eligible site has coordinates", () => {
    const a = site("a", { countryCode: "EG", openInquiries: 3 });
    const b = site("b", { countryCode: "EG", openInquiries: 1 });
    const r = route({ candidates: [a, b], patient: { lat: 30, lon: 31, countryCode: "EG", languages: ["ar"] } });
    expect(r).toMatchObject({ siteId: "b", rule: "COUNTRY_LANGUAGE_MATCH" });
    expect(r.rulesApplied[1]).toBe("NO_SITE_COORDINATES");
  });
});

describe("routeInquiry: ties", () => {
  const base = { lat: 30.0, lon: 31.0 };
  it("breaks near-equal distances (within 0.5 km) by fewest open inquiries, then name, then id", () => {
    const busy = site("busy", { name: "A busy", ...base, lat: 30.001, openInquiries: 9 }); // 0.1 km
    const quiet = site("quiet", { name: "Z quiet", ...base, lat: 30.004, openInquiries: 2 }); // 0.4 km
    const r = route({ candidates: [busy, quiet], patient: { ...base } });
    expect(r.siteId).toBe("quiet");
    expect(r.rulesApplied).toContain("TIE_BREAK");
    expect(r.candidates[1]).toMatchObject({ siteId: "busy", reason: "TIE_BREAK" });

    const sameLoad = route({ candidates: [{ ...quiet, openInquiries: 9 }, busy], patient: { ...base } });
    expect(sameLoad.siteId).toBe("busy"); // "A busy" < "Z quiet"

    const sameName = [site("id-b", { name: "Same", ...base }), site("id-a", { name: "Same", ...base })];
    expect(route({ candidates: sameName, patient: { ...base } }).siteId).toBe("id-a");
  });

  it("does not treat distances more than 0.5 km apart as a tie", () => {
    const nearer = site("nearer", { ...base, lat: 30.001, openInquiries: 50 });
    const farther = site("farther", { ...base, lat: 30.01, openInquiries: 0 }); // 1.1 km
    expect(route({ candidates: [farther, nearer], patient: { ...base } }).siteId).toBe("nearer");
  });
});

describe("routeInquiry without the patient's location", () => {
  const cairo = site("cairo", { name: "Cairo", countryCode: "EG", languages: ["ar", "en"], openInquiries: 4 });
  const assiut = site("assiut", { name: "Assiut", countryCode: "EG", languages: ["ar"], openInquiries: 2 });
  const paris = site("paris", { name: "Paris", countryCode: "FR", languages: ["fr", "ar"], openInquiries: 0 });
  const madrid = site("madrid", { name: "Madrid", countryCode: "ES", languages: ["es"], openInquiries: 1 });
  const all = [cairo, assiut, paris, madrid];

  it("picks a site in the patient's country speaking the language, fewest open inquiries first (COUNTRY_LANGUAGE_MATCH)", () => {
    const r = route({ candidates: all, patient: { countryCode: "eg", languages: ["ar"] } });
    expect(r).toMatchObject({ siteId: "assiut", rule: "COUNTRY_LANGUAGE_MATCH", interpreterNeeded: false });
    expect(r.rulesApplied).toEqual(["ELIGIBLE_SITES", "NO_LOCATION", "COUNTRY", "LANGUAGE", "FEWEST_OPEN_INQUIRIES"]);
    expect(r.candidates.map((c) => c.siteId)).toEqual(["assiut", "cairo", "paris", "madrid"]);
    expect(r.candidates.every((c) => c.distanceKm === null)).toBe(true);
  });

  it("else any site in the country (COUNTRY), with an interpreter", () => {
    const r = route({ candidates: all, patient: { countryCode: "EG", languages: ["en"] } });
    expect(r).toMatchObject({ siteId: "cairo", rule: "COUNTRY_LANGUAGE_MATCH" });
    const de = route({ candidates: all, patient: { countryCode: "EG", languages: ["de"] } });
    expect(de).toMatchObject({ siteId: "assiut", rule: "COUNTRY", interpreterNeeded: true });
  });

  it("else a site speaking the language anywhere (LANGUAGE_MATCH)", () => {
    const r = route({ candidates: all, patient: { countryCode: "DE", languages: ["es"] } });
    expect(r).toMatchObject({ siteId: "madrid", rule: "LANGUAGE_MATCH", interpreterNeeded: false });
    expect(r.rulesApplied).toContain("COUNTRY_NO_SITE");
  });

  it("else any eligible site with the fewest open inquiries (ANY_ELIGIBLE)", () => {
    const r = route({ candidates: all, patient: { countryCode: null, languages: ["de"] } });
    expect(r).toMatchObject({ siteId: "paris", rule: "ANY_ELIGIBLE", interpreterNeeded: true });
  });

  it("prefers a site under its cap within the same group", () => {
    const fullAssiut = { ...assiut, weeklyCap: 3, intakeThisWeek: 3 };
    const r = route({ candidates: [cairo, fullAssiut, paris], patient: { countryCode: "EG", languages: ["ar"] } });
    expect(r.siteId).toBe("cairo");
    expect(r.rulesApplied).toContain("CAPACITY");
    expect(r.candidates.find((c) => c.siteId === "assiut")).toMatchObject({ overCapacity: true, reason: "OVER_CAPACITY" });
  });
});

describe("routeInquiry with no eligible site", () => {
  it("keeps the inquiry for the central queue, flagged (CENTRAL_QUEUE)", () => {
    const candidates = [
      { ...ASSIUT, eligible: false, ineligibleReason: "SITE_INACTIVE" as const },
      { ...AIN_SHAMS, eligible: false, ineligibleReason: "SITE_NOT_ACCEPTING_INQUIRIES" as const },
    ];
    const r = route({ candidates, patient: { ...ASSIUT_TOWN }, requestedSiteId: ASSIUT.siteId });
    expect(r).toMatchObject({ siteId: null, rule: "CENTRAL_QUEUE", flag: "NO_ELIGIBLE_SITE", interpreterNeeded: false });
    expect(r.rulesApplied).toEqual(["ELIGIBLE_SITES", "REQUESTED_SITE_INELIGIBLE", "NO_ELIGIBLE_SITE", "CENTRAL_QUEUE"]);
    expect(r.candidates.map((c) => [c.siteId, c.rank, c.reason, c.distanceKm])).toEqual([
      [ASSIUT.siteId, null, "SITE_INACTIVE", 1.4],
      [AIN_SHAMS.siteId, null, "SITE_NOT_ACCEPTING_INQUIRIES", 322.1],
    ]);
  });

  it("handles a study without any site", () => {
    expect(route({ candidates: [] })).toMatchObject({ siteId: null, rule: "CENTRAL_QUEUE", flag: "NO_ELIGIBLE_SITE", candidates: [] });
  });
});

describe("routeInquiry on a large study", () => {
  // A small deterministic generator, so the test data are the same on every run.
  let seed = 12345;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const sites = Array.from({ length: 600 }, (_, i) =>
    site(`site-${String(i).padStart(4, "0")}`, {
      name: `Hospital ${Math.floor(next() * 50)}`,
      lat: 20 + next() * 20,
      lon: 20 + next() * 20,
      languages: next() < 0.5 ? ["ar"] : ["en"],
      openInquiries: Math.floor(next() * 5),
      weeklyCap: next() < 0.3 ? 3 : null,
      intakeThisWeek: Math.floor(next() * 5),
    }),
  );

  it("without location, ranks exactly as a plain sort by group, capacity, open inquiries, name and id", () => {
    const r = route({ candidates: sites, patient: { countryCode: "EG", languages: ["ar"] } });
    const group = (c: RoutingCandidate) => (c.languages.includes("ar") ? 0 : 1) * 2 + (c.weeklyCap !== null && c.intakeThisWeek >= c.weeklyCap ? 1 : 0);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [...sites]
      .sort((a, b) => group(a) - group(b) || a.openInquiries - b.openInquiries || cmp(a.name, b.name) || cmp(a.siteId, b.siteId))
      .map((c) => c.siteId);
    expect(r.candidates.map((c) => c.siteId)).toEqual(expected);
  });

  it("with a location, ranks the sites beyond the window by distance, ties within 0.5 km by load", () => {
    const r = route({ candidates: sites, patient: { lat: 30, lon: 30, languages: ["ar"] }, toleranceKm: 0 });
    const beyond = r.candidates.filter((c) => c.reason === "BEYOND_TOLERANCE");
    expect(beyond.length).toBeGreaterThan(500);
    const open = new Map(sites.map((c) => [c.siteId, c.openInquiries]));
    let swapped = 0;
    for (let k = 1; k < beyond.length; k++) {
      const [a, b] = [beyond[k - 1]!, beyond[k]!];
      if (b.distanceKm! >= a.distanceKm!) continue;
      // Out of distance order only inside a tie, and then for fewer open inquiries or the name.
      swapped++;
      expect(a.distanceKm! - b.distanceKm!).toBeLessThanOrEqual(0.6);
      expect(open.get(a.siteId)! < open.get(b.siteId)! || (open.get(a.siteId) === open.get(b.siteId) && a.name <= b.name)).toBe(true);
    }
    expect(swapped).toBeGreaterThan(0);
  });
});
