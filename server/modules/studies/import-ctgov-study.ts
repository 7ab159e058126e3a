// Imports ClinicalTrials.gov API v2 records: creates or updates each study by NCT ID, creates or
// matches its sites and links them, one transaction per study with its audit row. Idempotent:
// importing the same record again writes nothing (no update, no audit row).
import type { Db, Tx } from "../../db/prisma";
import type { Prisma, StudySite } from "../../generated/prisma/client";
import { warmLocationIndex } from "../geo/locate";
import { mapCtgovStudy, type CtgovStudy, type MappedCtgovStudy } from "./ctgov-map";
import { matchOrCreateSites, type LocatedLink } from "./match-ctgov-sites";

export type CtgovImportSummary = {
  created: number;
  updated: number;
  /** studies already stored exactly as in the record */
  unchanged: number;
  sitesCreated: number;
  sitesMatched: number;
  /** study-site links the records describe (created, updated or already there) */
  links: number;
  /** locations without a recognisable country, which cannot become sites */
  locationsSkipped: number;
};

// Serialises imports so two of them cannot create the same site twice.
const IMPORT_LOCK = 727_100_002;

export async function importCtgovStudies(db: Db, studies: CtgovStudy[], opts: { now?: () => Date } = {}): Promise<CtgovImportSummary> {
  const total: CtgovImportSummary = { created: 0, updated: 0, unchanged: 0, sitesCreated: 0, sitesMatched: 0, links: 0, locationsSkipped: 0 };
  for (const record of studies) {
    const mapped = mapCtgovStudy(record);
    // Looking up a place loads the city index (under a second): do it before the transaction.
    if (mapped.locations.some((l) => l.lat === null || l.lon === null)) warmLocationIndex();
    const r = await db.$transaction((tx) => importOne(tx, mapped, opts.now?.() ?? new Date()), { timeout: 120_000, maxWait: 60_000 });
    total[r.outcome]++;
    total.sitesCreated += r.sitesCreated;
    total.sitesMatched += r.sitesMatched;
    total.links += r.links;
    total.locationsSkipped += r.locationsSkipped;
  }
  return total;
}

async function importOne(tx: Tx, { study, locations }: MappedCtgovStudy, now: Date) {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})::text`;
  const { nctId, ...fields } = study;
  const data = { ...fields, interventions: fields.interventions as Prisma.InputJsonValue, centralContacts: fields.centralContacts as Prisma.InputJsonValue, source: "CTGOV" as const };
  const existing = await tx.study.findUnique({ where: { nctId } });
  const changedFields = existing ? Object.keys(data).filter((k) => !sameValue(existing[k as keyof typeof existing], data[k as keyof typeof data])) : [];
  const row = existing
    ? changedFields.length > 0
      ? await tx.study.update({ where: { id: existing.id }, data: { ...data, importedAt: now } })
      : existing
    : await tx.study.create({ data: { nctId, ...data, importedAt: now } });

  const sites = await matchOrCreateSites(tx, locations);
  const linkChanges = await upsertLinks(tx, row.id, study.overallStatus, sites.links);
  const outcome = !existing ? "created" : changedFields.length > 0 || sites.sitesCreated > 0 || linkChanges.created + linkChanges.updated > 0 ? "updated" : "unchanged";
  if (outcome !== "unchanged") {
    await tx.auditLog.create({
      data: {
        actorType: "SYSTEM",
        action: "study.import",
        entityType: "study",
        entityId: row.id,
        metadata: { nctId, outcome, sourceVersion: study.sourceVersion, changedFields, sitesCreated: sites.sitesCreated, sitesMatched: sites.sitesMatched, linksCreated: linkChanges.created, linksUpdated: linkChanges.updated },
      },
    });
  }
  return { outcome, sitesCreated: sites.sitesCreated, sitesMatched: sites.sitesMatched, links: sites.links.length, locationsSkipped: sites.locationsSkipped } as const;
}

/**
 * Links each site with the location's status (else the study's) and contacts. Links the record
 * no longer lists are left as they are: an admin may have added them, and closing a site is an
 * admin's decision. acceptingInquiries is never touched.
 */
async function upsertLinks(tx: Tx, studyId: string, overallStatus: StudySite["recruitmentStatus"], links: LocatedLink[]) {
  const existing = new Map((await tx.studySite.findMany({ where: { studyId } })).map((l) => [l.siteId, l]));
  const toCreate: Prisma.StudySiteCreateManyInput[] = [];
  let updated = 0;
  for (const { siteId, location } of links) {
    const first = location.contacts[0];
    const data = {
      recruitmentStatus: location.status ?? overallStatus,
      contacts: location.contacts as Prisma.InputJsonValue,
      primaryContactName: first?.name ?? null,
      primaryContactEmail: first?.email ?? null,
      primaryContactPhone: first?.phone ? [first.phone, first.phoneExt && `ext. ${first.phoneExt}`].filter(Boolean).join(" ") : null,
    };
    const link = existing.get(siteId);
    if (!link) toCreate.push({ studyId, siteId, ...data });
    else if (Object.entries(data).some(([k, v]) => !sameValue(link[k as keyof StudySite], v))) {
      await tx.studySite.update({ where: { id: link.id }, data });
      updated++;
    }
  }
  if (toCreate.length > 0) await tx.studySite.createMany({ data: toCreate });
  return { created: toCreate.length, updated };
}

/** Equality of a stored value and a new one: dates by time, JSON by content (jsonb reorders keys). */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (v === undefined || v === null) return "null";
  if (v instanceof Date) return `"${v.toISOString()}"`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v === "object") {
    return `{${Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}
