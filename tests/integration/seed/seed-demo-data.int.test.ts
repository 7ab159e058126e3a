// The demo data seeded on first start: realistic volumes, consistent routing and status history,
// reserved e-mail domains only, and reproducible for a given seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../server/generated/prisma/client";
import type { InquiryStatus } from "../../../server/generated/prisma/enums";
import { createPrisma } from "../../../server/db/prisma";
import { seedDemoData, type SeedDemoResult } from "../../../prisma/seed/seed-demo-data";
import { canTransition, CONTACTED_STATUSES } from "../../../shared/inquiry-status";
import { mulberry32 } from "../../../prisma/seed/random";
import { freshDatabase } from "../../setup/fresh-database";

const NOW = new Date("2026-06-15T09:30:00Z");
const FAMILY_EMAIL = /^[^@\s]+@example\.(com|net)$/;
const STAFF_EMAIL = /^[a-z0-9.-]+@[a-z0-9-]+\.example\.org$/;
const E164 = /^\+[1-9]\d{7,14}$/;

type Fresh = Awaited<ReturnType<typeof freshDatabase>>;
const cleanups: Array<() => Promise<void>> = [];

async function seededDatabase(seed: number): Promise<{ db: PrismaClient; result: SeedDemoResult }> {
  const fresh: Fresh = await freshDatabase();
  const db = createPrisma(fresh.url, { poolSize: 2 });
  cleanups.push(async () => {
    await db.$disconnect();
    await fresh.drop();
  });
  const result = await seedDemoData(db, { passwordHash: "demo-hash", now: NOW, random: mulberry32(seed) });
  return { db, result };
}

let db: PrismaClient;
let result: SeedDemoResult;

beforeAll(async () => {
  ({ db, result } = await seededDatabase(42));
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("seedDemoData", () => {
  it("creates realistic volumes", async () => {
    expect(result.studies).toBe(await db.study.count());
    expect(result.studies).toBeGreaterThanOrEqual(8);
    expect(result.sites).toBe(await db.site.count());
    expect(result.sites).toBeGreaterThanOrEqual(20);
    expect(result.inquiries).toBe(await db.inquiry.count());
    expect(result.inquiries).toBeGreaterThanOrEqual(280);
    expect(result.inquiries).toBeLessThanOrEqual(320);
    expect(result.users).toBe(await db.user.count());
    expect(result.coordinators).toHaveLength(result.users);
    expect(await db.routingDecision.count()).toBe(result.inquiries);
    expect(await db.activity.count()).toBeGreaterThan(100);
  });

  it("loads the seed study as published, with its three Egyptian centres", async () => {
    const study = await db.study.findUniqueOrThrow({ where: { nctId: "NCT07068126" }, include: { sites: { include: { site: true } } } });
    expect(study).toMatchObject({
      title: "Management of Children With Persistent ITP, A Novel Approach",
      overallStatus: "RECRUITING",
      minAgeMonths: 12,
      maxAgeMonths: 120,
      sex: "ALL",
      phases: ["NA"],
      conditions: ["Persistent Immune Thrombocytopenia"],
      sponsor: "Assiut University",
    });
    expect(study.lastUpdatePostedAt?.toISOString().slice(0, 10)).toBe("2025-07-22");
    expect(study.inclusionCriteria).toEqual(["Age 1 - 10 years", "Gender: Males and Females", "Persistent ITP according to ASH definition", "No history of treatment with thrombopoietin agonists"]);
    expect(study.exclusionCriteria).toHaveLength(4);
    expect(study.briefSummary).toMatch(/^The goal of this clinical trial is to learn if mini-pool intravenous immunoglobulin/);
    expect(study.faqs).toHaveLength(5);
    expect(study.sites).toHaveLength(3);
    for (const { site } of study.sites) {
      expect(site).toMatchObject({ countryCode: "EG", timeZone: "Africa/Cairo", languages: ["ar", "en"] });
      expect(site.workingHours).toMatchObject({ sun: [["09:00", "15:00"]], thu: [["09:00", "15:00"]] });
      expect(site.latitude).toBeGreaterThan(26);
    }
    const imported = await db.study.findMany({ where: { source: "CTGOV" } });
    expect(imported.map((s) => s.nctId).sort()).toEqual(["NCT00763412", "NCT00973089", "NCT03281889", "NCT03630471"]);
    expect(await db.study.count({ where: { overallStatus: "NOT_YET_RECRUITING" } })).toBeGreaterThanOrEqual(1);
  });

  it("routes every inquiry to a site linked to its study, with a matching decision", async () => {
    const inquiries = await db.inquiry.findMany({ include: { routingDecisions: true, site: { include: { memberships: true } } } });
    const links = new Set((await db.studySite.findMany()).map((l) => `${l.studyId}|${l.siteId}`));
    for (const i of inquiries) {
      expect(i.siteId).not.toBeNull();
      expect(links.has(`${i.studyId}|${i.siteId}`)).toBe(true);
      expect(i.routingDecisions).toHaveLength(1);
      const [decision] = i.routingDecisions;
      expect(decision).toMatchObject({ kind: "INITIAL", chosenSiteId: i.siteId, interpreterNeeded: i.interpreterNeeded });
      if (i.assigneeId) expect(i.site!.memberships.map((m) => m.userId)).toContain(i.assigneeId);
      expect(i.createdAt.getTime()).toBeLessThan(NOW.getTime());
      expect(i.createdAt.getTime()).toBeGreaterThan(NOW.getTime() - 121 * 86_400_000);
      expect(i.consent).toBe(true);
      expect(i.phone).toMatch(E164);
      expect(i.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    }
    // The funnel reaches every status.
    const statuses = new Set(inquiries.map((i) => i.status));
    expect(statuses.size).toBe(12);
  });

  it("keeps a valid status history ending in the current status", async () => {
    const inquiries = await db.inquiry.findMany({ include: { statusChanges: { orderBy: { createdAt: "asc" } } } });
    for (const i of inquiries) {
      const changes = i.statusChanges;
      expect(changes[0]).toMatchObject({ fromStatus: null, toStatus: "NEW" });
      let previous: InquiryStatus | null = null;
      let previousAt = 0;
      for (const c of changes) {
        expect(c.fromStatus).toBe(previous);
        const allowed = c.fromStatus === null ? c.toStatus === "NEW" : canTransition(c.fromStatus, c.toStatus);
        expect(allowed, `${c.fromStatus} -> ${c.toStatus}`).toBe(true);
        expect(c.createdAt.getTime()).toBeGreaterThan(previousAt);
        if (c.fromStatus !== null) expect(c.changedById).not.toBeNull();
        previous = c.toStatus;
        previousAt = c.createdAt.getTime();
      }
      expect(i.status).toBe(previous);
      expect(i.lastActivityAt.getTime()).toBeGreaterThanOrEqual(previousAt);
      const contacted = changes.find((c) => CONTACTED_STATUSES.includes(c.toStatus));
      expect(i.firstContactAt).toEqual(contacted?.createdAt ?? null);
    }
  });

  it("marks duplicates of the same person", async () => {
    const duplicates = await db.inquiry.findMany({ where: { duplicateOfId: { not: null } }, include: { duplicateOf: true } });
    expect(duplicates.length).toBeGreaterThanOrEqual(3);
    for (const d of duplicates) {
      expect(d.status).toBe("DUPLICATE");
      expect(d.duplicateOf).toMatchObject({ studyId: d.studyId, emailNormalized: d.emailNormalized });
      expect(d.duplicateOf!.createdAt.getTime()).toBeLessThan(d.createdAt.getTime());
    }
    const acrossStudies = await db.inquiry.groupBy({ by: ["emailNormalized"], _count: { studyId: true } });
    const people = await Promise.all(
      acrossStudies.filter((g) => g._count.studyId > 1).map((g) => db.inquiry.findMany({ where: { emailNormalized: g.emailNormalized }, distinct: ["studyId"] })),
    );
    expect(people.filter((p) => p.length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it("uses reserved example domains for every e-mail address it makes up", async () => {
    for (const i of await db.inquiry.findMany({ select: { email: true } })) expect(i.email).toMatch(FAMILY_EMAIL);
    for (const u of await db.user.findMany({ include: { accounts: true, memberships: true } })) {
      expect(u.email).toMatch(STAFF_EMAIL);
      expect(u).toMatchObject({ role: "COORDINATOR", emailVerified: true });
      expect(u.accounts).toEqual([expect.objectContaining({ providerId: "credential", accountId: u.id, password: "demo-hash" })]);
      expect(u.memberships.length).toBeGreaterThanOrEqual(1);
    }
    expect(await db.siteMembership.groupBy({ by: ["userId"], having: { userId: { _count: { gt: 1 } } } })).not.toHaveLength(0);
    for (const s of await db.site.findMany()) {
      for (const e of [...s.alertEmails, ...(s.email ? [s.email] : [])]) expect(e).toMatch(STAFF_EMAIL);
    }
    for (const l of await db.studySite.findMany({ where: { primaryContactEmail: { not: null } } })) expect(l.primaryContactEmail).toMatch(STAFF_EMAIL);
    for (const s of await db.study.findMany({ where: { centralQueueEmail: { not: null } } })) expect(s.centralQueueEmail).toMatch(/@[a-z0-9.-]*example\.org$/);
  });

  it("is deterministic for a given seed", async () => {
    const again = await seededDatabase(42);
    const refs = async (client: PrismaClient) => (await client.inquiry.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, reference: true, status: true } }));
    expect(await refs(again.db)).toEqual(await refs(db));
    expect(again.result.coordinators).toEqual(result.coordinators);
  });
});
