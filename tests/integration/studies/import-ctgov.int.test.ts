// Importing the real ClinicalTrials.gov records in shared/data/ctgov into a fresh database:
// counts, idempotency, site matching across files and by name, the record without a geoPoint,
// updates, and the command-line task end to end.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "../../../server/db/prisma";
import type { PrismaClient } from "../../../server/generated/prisma/client";
import { mapCtgovStudy, parseCtgovFile, type CtgovStudy } from "../../../server/modules/studies/ctgov-map";
import { importCtgovStudies } from "../../../server/modules/studies/import-ctgov-study";
import { freshDatabase } from "../../setup/fresh-database";

const REPO = path.resolve(import.meta.dirname, "../../..");
const DATA_DIR = path.resolve(import.meta.dirname, "../../../../shared/data/ctgov");
const FILES = fs
  .readdirSync(DATA_DIR, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => path.join(DATA_DIR, f));
const load = (file: string) => parseCtgovFile(JSON.parse(fs.readFileSync(file, "utf8")));
const ALL: CtgovStudy[] = FILES.flatMap(load);
const LOCATIONS = ALL.flatMap((s) => mapCtgovStudy(s).locations);
const UNIQUE_KEYS = new Set(LOCATIONS.map((l) => l.matchKey));

type Fresh = Awaited<ReturnType<typeof freshDatabase>>;
const cleanups: Array<() => Promise<void>> = [];
async function database(): Promise<{ db: PrismaClient; url: string }> {
  const fresh: Fresh = await freshDatabase();
  const db = createPrisma(fresh.url, { poolSize: 2 });
  cleanups.push(async () => {
    await db.$disconnect();
    await fresh.drop();
  });
  return { db, url: fresh.url };
}
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function counts(db: PrismaClient) {
  const [studies, sites, links, audits] = await Promise.all([
    db.study.count(),
    db.site.count(),
    db.studySite.count(),
    db.auditLog.count({ where: { action: "study.import" } }),
  ]);
  return { studies, sites, links, audits };
}

// Vall d'Hebron (Barcelona) is in two records; a site an admin typed by hand, under another city
// spelling, lies 1 km from its geoPoint; a namesake 60 km away must not be taken for it.
const VALL = LOCATIONS.find((l) => l.matchKey.startsWith("hospital universitari vall d'hebron|"))!;

describe("importCtgovStudies with every file in shared/data/ctgov", () => {
  let db: PrismaClient;
  let first: Awaited<ReturnType<typeof importCtgovStudies>>;
  let manualId: string;
  let farId: string;

  beforeAll(async () => {
    ({ db } = await database());
    const manual = await db.site.create({
      data: { name: "Hospital Universitari Vall d'Hebron", city: "Barna", countryCode: "ES", latitude: VALL.lat! + 0.009, longitude: VALL.lon!, languages: ["es", "ca"], timeZone: "Europe/Madrid" },
    });
    const far = await db.site.create({
      data: { name: "Hospital Universitari Vall d'Hebron", city: "Elsewhere", countryCode: "ES", latitude: VALL.lat! + 0.55, longitude: VALL.lon!, languages: ["es"], timeZone: "Europe/Madrid" },
    });
    manualId = manual.id;
    farId = far.id;
    first = await importCtgovStudies(db, ALL);
  });

  it("creates every study and one site per distinct location, reusing the matched one", async () => {
    expect(ALL).toHaveLength(21);
    expect(LOCATIONS).toHaveLength(236);
    expect(first).toMatchObject({ created: 21, updated: 0, unchanged: 0, links: 236, locationsSkipped: 0 });
    // 234 distinct locations; Vall d'Hebron is the admin's site, matched by name and distance.
    expect(first.sitesCreated).toBe(UNIQUE_KEYS.size - 1);
    expect(first.sitesCreated + first.sitesMatched).toBe(236);
    expect(await counts(db)).toEqual({ studies: 21, sites: UNIQUE_KEYS.size - 1 + 2, links: 236, audits: 21 });
  });

  it("stores the study fields, the source and the audit row", async () => {
    const s = await db.study.findUniqueOrThrow({ where: { nctId: "NCT03281889" } });
    expect(s).toMatchObject({ source: "CTGOV", overallStatus: "RECRUITING", minAgeMonths: 36, maxAgeMonths: 216, sourceVersion: "2023-12-05" });
    expect(s.importedAt).toBeInstanceOf(Date);
    expect(s.inclusionCriteria.length).toBeGreaterThan(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "study.import", entityId: s.id } });
    expect(audit).toMatchObject({ actorType: "SYSTEM", entityType: "study", actorId: null });
    expect(audit.metadata).toMatchObject({ nctId: "NCT03281889", outcome: "created", sitesCreated: 2, linksCreated: 2 });
  });

  it("matches the same site across files by its key", async () => {
    const henan = await db.site.findMany({ where: { matchKey: "henan cancer hospital|zhengzhou|cn" }, include: { studies: { include: { study: true } } } });
    expect(henan).toHaveLength(1);
    expect(henan[0]!.studies.map((l) => l.study.nctId).sort()).toEqual(["NCT03934567", "NCT05147467"]);
  });

  it("matches an existing site by the same name within 5 km, and remembers the key", async () => {
    const manual = await db.site.findUniqueOrThrow({ where: { id: manualId }, include: { studies: { include: { study: true } } } });
    expect(manual.matchKey).toBe(VALL.matchKey);
    expect(manual.source).toBe("MANUAL");
    expect(manual.studies.map((l) => l.study.nctId).sort()).toEqual(["NCT03475563", "NCT04431453"]);
    expect(await db.studySite.count({ where: { siteId: farId } })).toBe(0);
  });

  it("creates the site without a geoPoint with no coordinates and the country's time zone", async () => {
    const hainan = await db.site.findUniqueOrThrow({ where: { matchKey: "hainan general hospital|hainan|cn" } });
    expect(hainan).toMatchObject({ name: "Hainan General Hospital", countryCode: "CN", latitude: null, longitude: null, timeZone: "Asia/Shanghai", postalCode: "570311", source: "CTGOV" });
    expect(hainan.languages).toEqual(["zh", "en"]);
  });

  it("gives new sites coordinates, a time zone from them, languages and working hours", async () => {
    const spain = await db.site.findFirstOrThrow({ where: { countryCode: "ES", source: "CTGOV" } });
    expect(spain).toMatchObject({ timeZone: "Europe/Madrid", languages: ["es", "en"] });
    expect(spain.latitude).not.toBeNull();
    expect(spain.workingHours).toEqual({ mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] });
    const boston = await db.site.findMany({ where: { countryCode: "US", state: "Massachusetts" } });
    for (const s of boston) expect(s.timeZone).toBe("America/New_York");
    const paris = await db.site.findFirstOrThrow({ where: { countryCode: "FR" } });
    expect(paris.name).toContain("Lariboisière");
    expect(paris.timeZone).toBe("Europe/Paris");
  });

  it("links with the site's own status and contacts, else the study's status", async () => {
    const study = await db.study.findUniqueOrThrow({ where: { nctId: "NCT05147467" }, include: { sites: { include: { site: true } } } });
    const locations = mapCtgovStudy(ALL.find((s) => s.protocolSection.identificationModule.nctId === "NCT05147467")!).locations;
    for (const link of study.sites) {
      const loc = locations.find((l) => l.matchKey === link.site.matchKey)!;
      expect(link.recruitmentStatus).toBe(loc.status ?? study.overallStatus);
      expect(link.primaryContactName).toBe(loc.contacts[0]?.name ?? null);
      expect(link.primaryContactEmail).toBe(loc.contacts[0]?.email ?? null);
      expect(link.contacts).toEqual(loc.contacts);
      expect(link.acceptingInquiries).toBe(true);
    }
    const withoutSiteStatus = await db.study.findUniqueOrThrow({ where: { nctId: "NCT02552212" }, include: { sites: true } });
    expect(new Set(withoutSiteStatus.sites.map((l) => l.recruitmentStatus))).toEqual(new Set(["COMPLETED"]));
  });

  it("is idempotent: a second import creates and changes nothing", async () => {
    const before = await counts(db);
    const stamps = (await db.study.findMany({ select: { nctId: true, updatedAt: true } })).map((s) => `${s.nctId}@${s.updatedAt.toISOString()}`).sort();
    const again = await importCtgovStudies(db, ALL);
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 21, sitesCreated: 0, sitesMatched: 236, links: 236, locationsSkipped: 0 });
    expect(await counts(db)).toEqual(before);
    const after = (await db.study.findMany({ select: { nctId: true, updatedAt: true } })).map((s) => `${s.nctId}@${s.updatedAt.toISOString()}`).sort();
    expect(after).toEqual(stamps);
  });

  it("updates a study whose record changed, its links, and audits it", async () => {
    const record = structuredClone(ALL.find((s) => s.protocolSection.identificationModule.nctId === "NCT03281889")!);
    record.protocolSection.statusModule!.overallStatus = "ACTIVE_NOT_RECRUITING";
    record.protocolSection.contactsLocationsModule!.locations![0]!.status = "COMPLETED";
    const before = await counts(db);
    const r = await importCtgovStudies(db, [record]);
    expect(r).toMatchObject({ created: 0, updated: 1, unchanged: 0, sitesCreated: 0, sitesMatched: 2, links: 2 });
    const s = await db.study.findUniqueOrThrow({ where: { nctId: "NCT03281889" }, include: { sites: { include: { site: true } } } });
    expect(s.overallStatus).toBe("ACTIVE_NOT_RECRUITING");
    const firstKey = mapCtgovStudy(record).locations[0]!.matchKey;
    expect(s.sites.find((l) => l.site.matchKey === firstKey)!.recruitmentStatus).toBe("COMPLETED");
    expect(await counts(db)).toEqual({ ...before, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "study.import", entityId: s.id }, orderBy: { createdAt: "desc" } });
    expect(audit.metadata).toMatchObject({ outcome: "updated", changedFields: ["overallStatus"], linksUpdated: 1 });
  });
});

function runCli(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/ctgov-import.ts", ...args],
      { cwd: REPO, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test", LOG_LEVEL: "silent" }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run ctgov:import", () => {
  let url: string;
  let db: PrismaClient;
  let tmp: string;
  beforeAll(async () => {
    ({ db, url } = await database());
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ctgov-import-"));
    cleanups.push(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  });

  it("imports files of both shapes, then finds nothing to do", async () => {
    const files = [path.join(DATA_DIR, "aact/NCT02552212.json"), path.join(DATA_DIR, "ruhruh66-step25/studies.json")];
    const r = await runCli(files, url);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Imported 6 studies from 2 file\(s\).*6 created, 0 updated, 0 unchanged; sites: 110 created, 0 matched; 110 study-site links\./);
    expect(await db.study.count()).toBe(6);
    const again = await runCli(files, url);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 created, 0 updated, 6 unchanged; sites: 0 created, 110 matched/);
    expect(await db.site.count()).toBe(110);
  });

  it("fails with a clear message, importing nothing, on a missing, malformed or foreign file", async () => {
    const bad = path.join(tmp, "bad.json");
    fs.writeFileSync(bad, "{ not json");
    const foreign = path.join(tmp, "foreign.json");
    fs.writeFileSync(foreign, JSON.stringify({ hello: "world" }));
    const good = path.join(DATA_DIR, "aact/NCT00763412.json");
    const before = await db.study.count();
    for (const [file, message] of [
      [path.join(tmp, "missing.json"), /missing\.json: cannot read the file \(ENOENT\)/],
      [bad, /bad\.json: not valid JSON/],
      [foreign, /foreign\.json: not a ClinicalTrials\.gov API v2 record/],
    ] as const) {
      const r = await runCli([good, file], url);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Nothing was imported\./);
    }
    expect(await db.study.count()).toBe(before);
    const usage = await runCli([], url);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run ctgov:import -- FILE/);
  });
});
