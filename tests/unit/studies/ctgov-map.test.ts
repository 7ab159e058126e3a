import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countryToIso2 } from "../../../server/modules/studies/country-codes";
import {
  CtgovParseError,
  mapCtgovStatus,
  mapCtgovStudy,
  parseAgeToMonths,
  parseCtgovDate,
  parseCtgovFile,
  type MappedCtgovStudy,
} from "../../../server/modules/studies/ctgov-map";
import { splitEligibilityCriteria } from "../../../server/modules/studies/eligibility-criteria";

const DATA_DIR = path.resolve(import.meta.dirname, "../../../../shared/data/ctgov");
const files = fs
  .readdirSync(DATA_DIR, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".json"))
  .sort();

function loadAll(): Map<string, MappedCtgovStudy> {
  const byId = new Map<string, MappedCtgovStudy>();
  for (const f of files) {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(DATA_DIR, f), "utf8"));
    for (const s of parseCtgovFile(json)) {
      const mapped = mapCtgovStudy(s);
      byId.set(mapped.study.nctId, mapped);
    }
  }
  return byId;
}
const all = loadAll();
const get = (nctId: string) => {
  const m = all.get(nctId);
  if (!m) throw new Error(`${nctId} not loaded`);
  return m;
};

describe("ClinicalTrials.gov files in shared/data/ctgov", () => {
  it("finds the data files", () => {
    expect(files.length).toBe(17);
  });

  it.each(files)("parses and maps %s", (f) => {
    const studies = parseCtgovFile(JSON.parse(fs.readFileSync(path.join(DATA_DIR, f), "utf8")));
    expect(studies.length).toBeGreaterThan(0);
    for (const s of studies) {
      const { study, locations } = mapCtgovStudy(s);
      expect(study.nctId).toMatch(/^NCT\d{8}$/);
      expect(study.title.length).toBeGreaterThan(0);
      expect(study.sourceVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(study.inclusionCriteria.length).toBeGreaterThan(0);
      for (const l of locations) {
        expect(l.countryCode).toMatch(/^[A-Z]{2}$/);
        expect(l.matchKey).toBe(l.matchKey.toLowerCase());
        expect(l.matchKey.split("|")).toHaveLength(3);
      }
    }
  });

  it("holds 21 unique studies and 236 locations", () => {
    expect(all.size).toBe(21);
    const locations = [...all.values()].flatMap((m) => m.locations);
    expect(locations).toHaveLength(236);
    expect(locations.filter((l) => l.lat !== null)).toHaveLength(235);
  });

  it("normalises ages to months", () => {
    expect(get("NCT03281889").study).toMatchObject({ minimumAge: "3 Years", maximumAge: "18 Years", minAgeMonths: 36, maxAgeMonths: 216 });
    expect(get("NCT04431453").study).toMatchObject({ minimumAge: null, minAgeMonths: null, maxAgeMonths: 216 });
    expect(get("NCT00973089").study).toMatchObject({ minAgeMonths: 60, maxAgeMonths: 96, overallStatus: "WITHDRAWN" });
  });

  it("maps sex, status, sponsor and dates", () => {
    expect(get("NCT06388018").study.sex).toBe("FEMALE");
    expect(get("NCT03281889").study.sex).toBe("ALL");
    const s = get("NCT03281889").study;
    expect(s).toMatchObject({
      overallStatus: "RECRUITING",
      phases: ["NA"],
      studyType: "INTERVENTIONAL",
      sponsor: "Massachusetts General Hospital",
      collaborators: ["National Cancer Institute (NCI)"],
      enrollmentTarget: 20,
      sourceVersion: "2023-12-05",
      healthyVolunteers: false,
      conditions: ["Brain Tumor"],
    });
    expect(s.interventions).toEqual([{ type: "RADIATION", name: "Proton Beam" }]);
    expect(s.startDate?.toISOString()).toBe("2018-01-04T00:00:00.000Z");
    expect(s.lastUpdatePostedAt?.toISOString()).toBe("2021-01-05T00:00:00.000Z");
    expect(s.centralContacts[0]).toMatchObject({ name: "Shannon MacDonald, MD", phone: "617-643-7250" });
    expect(get("NCT06171568").study.overallStatus).toBe("NOT_YET_RECRUITING");
  });

  it("splits inclusion and exclusion criteria", () => {
    const s = get("NCT03281889").study;
    expect(s.inclusionCriteria).toHaveLength(5);
    expect(s.inclusionCriteria[0]).toBe("Age ≥ 3 years and ≤ 18 years at the time of registration");
    expect(s.inclusionCriteria[4]).toBe("HGB of > 10 g/L and PLT count > 80 K/uL");
    expect(s.exclusionCriteria).toHaveLength(5);
    expect(s.exclusionCriteria[0]).toMatch(/^Any prior therapeutic radiation/);
    expect(get("NCT00258583").study.exclusionCriteria).toEqual([]);
  });

  it("maps locations with status, contacts and geo points", () => {
    const [mgh, mda] = get("NCT03281889").locations;
    expect(mgh).toMatchObject({ facility: "Massachusetts General Hospital", city: "Boston", state: "Massachusetts", zip: "02214" });
    expect(mgh).toMatchObject({ country: "United States", countryCode: "US", status: "RECRUITING", lat: 42.35843, lon: -71.05977 });
    expect(mgh?.contacts[0]).toEqual({ name: "Shannon MacDonald, MD", role: "CONTACT", phone: "617-643-7250", email: "smacdonald@mgh.harvard.edu" });
    expect(mda?.contacts[0]?.phone).toBeNull();
    expect(mgh?.matchKey).toBe("massachusetts general hospital|boston|us");
  });

  it("keeps a site without a geo point (China) with null coordinates", () => {
    const hainan = get("NCT03934567").locations.find((l) => l.facility === "Hainan General Hospital");
    expect(hainan).toMatchObject({ city: "Hainan", country: "China", countryCode: "CN", lat: null, lon: null, zip: "570311" });
  });

  it("keeps accents in the facility but strips them from the match key", () => {
    const [site] = get("NCT06171568").locations;
    expect(site?.facility).toBe("Neurosurgery - Lariboisière hospital");
    expect(site?.matchKey).toBe("neurosurgery - lariboisiere hospital|paris|fr");
    expect(site?.contacts[0]?.phoneExt).toBe("+33");
  });

  it("gives every location a known country code", () => {
    const codes = new Set([...all.values()].flatMap((m) => m.locations.map((l) => l.countryCode)));
    expect([...codes].sort()).toEqual(["AU", "BG", "CA", "CN", "CZ", "DE", "ES", "FR", "GB", "HU", "IL", "IN", "IT", "PL", "RU", "TW", "US"]);
  });
});

describe("parseCtgovFile", () => {
  const minimal = { protocolSection: { identificationModule: { nctId: "nct01234567", briefTitle: "A study" } } };

  it("accepts a single study, a search page and an array", () => {
    expect(parseCtgovFile(minimal)[0]?.protocolSection.identificationModule.nctId).toBe("NCT01234567");
    expect(parseCtgovFile({ studies: [minimal, minimal], nextPageToken: "x" })).toHaveLength(2);
    expect(parseCtgovFile([minimal])).toHaveLength(1);
  });

  it("is lenient with wrongly typed optional fields", () => {
    const odd = {
      protocolSection: {
        identificationModule: { nctId: "NCT01234567", officialTitle: "Official only", acronym: 7 },
        statusModule: { overallStatus: "Active, not recruiting", startDateStruct: "2020" },
        eligibilityModule: { minimumAge: "N/A", maximumAge: 18, sex: "Male", eligibilityCriteria: "Anyone" },
        conditionsModule: { conditions: ["A", 3, "B"] },
        contactsLocationsModule: { locations: [{ facility: "X", city: "Y", country: "Atlantis" }, "garbage"] },
      },
    };
    const { study, locations } = mapCtgovStudy(parseCtgovFile(odd)[0]!);
    expect(study).toMatchObject({ title: "Official only", acronym: null, overallStatus: "ACTIVE_NOT_RECRUITING", sex: "MALE" });
    expect(study).toMatchObject({ minAgeMonths: null, maxAgeMonths: null, conditions: ["A", "B"], inclusionCriteria: ["Anyone"] });
    expect(study.startDate).toBeNull();
    expect(locations).toHaveLength(1);
    expect(locations[0]).toMatchObject({ countryCode: null, matchKey: "x|y|atlantis", lat: null });
  });

  it("rejects records without an NCT id or a title", () => {
    expect(() => parseCtgovFile({ protocolSection: { identificationModule: { briefTitle: "t" } } })).toThrow(CtgovParseError);
    expect(() => parseCtgovFile({ protocolSection: { identificationModule: { nctId: "NCT01234567" } } })).toThrow(/title is required/i);
    expect(() => parseCtgovFile({ studies: [minimal, { nope: 1 }] })).toThrow(/#1/);
  });
});

describe("field helpers", () => {
  it("parses ages", () => {
    expect(parseAgeToMonths("1 Year")).toBe(12);
    expect(parseAgeToMonths("6 Months")).toBe(6);
    expect(parseAgeToMonths("18 Years")).toBe(216);
    expect(parseAgeToMonths("2 Weeks")).toBe(0);
    expect(parseAgeToMonths("90 Days")).toBe(2);
    expect(parseAgeToMonths("N/A")).toBeNull();
    expect(parseAgeToMonths(undefined)).toBeNull();
  });

  it("parses partial dates", () => {
    expect(parseCtgovDate("2013-01")?.toISOString()).toBe("2013-01-01T00:00:00.000Z");
    expect(parseCtgovDate("2025-07-22")?.toISOString()).toBe("2025-07-22T00:00:00.000Z");
    expect(parseCtgovDate("July 2025")).toBeNull();
  });

  it("maps statuses and countries", () => {
    expect(mapCtgovStatus("RECRUITING")).toBe("RECRUITING");
    expect(mapCtgovStatus("AVAILABLE")).toBe("RECRUITING");
    expect(mapCtgovStatus("Something else")).toBe("UNKNOWN");
    expect(mapCtgovStatus(undefined)).toBeNull();
    expect(countryToIso2("Russian Federation")).toBe("RU");
    expect(countryToIso2("Korea, Republic of")).toBe("KR");
    expect(countryToIso2("Türkiye")).toBe("TR");
    expect(countryToIso2("Egypt")).toBe("EG");
    expect(countryToIso2("Narnia")).toBeNull();
  });

  it("splits criteria robustly", () => {
    expect(splitEligibilityCriteria("Inclusion Criteria:Age 1 - 10 years\n\n* Gender: Males and Females\n\nExclusion Criteria:-History of ICH\n* Difficult venous\n  access")).toEqual({
      inclusion: ["Age 1 - 10 years", "Gender: Males and Females"],
      exclusion: ["History of ICH", "Difficult venous access"],
    });
    expect(splitEligibilityCriteria("Key Inclusion Criteria:\n\n1. Adults\n2. Consent\n\nKey Exclusion Criteria:\n\n1. None of the above")).toEqual({
      inclusion: ["Adults", "Consent"],
      exclusion: ["None of the above"],
    });
    expect(splitEligibilityCriteria("")).toEqual({ inclusion: [], exclusion: [] });
    expect(splitEligibilityCriteria("Exclusion Criteria:\n\n* Pregnancy")).toEqual({ inclusion: [], exclusion: ["Pregnancy"] });
  });
});
