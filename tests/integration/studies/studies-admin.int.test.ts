// Study administration through the studies router: an admin's edit persists and is audited
// (field names only), a ClinicalTrials.gov file imported through the procedure creates the study
// and a second import of it changes nothing, and a bad file is refused with nothing written.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let admin: ReturnType<typeof callerAs>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  admin = callerAs(deps, await makeUser(deps, "ADMIN"));
});
afterAll(() => deps.db.$disconnect());

/** A real record with its NCT ID replaced, so this file's import is the first of that study. */
function uniqueCtgovFile() {
  const nctId = `NCT9${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  const text = fs.readFileSync("/work/shared/data/ctgov/aact/NCT03418623.json", "utf8").replaceAll("NCT03418623", nctId);
  return { nctId, text };
}

describe("studies.update", () => {
  it("saves the fields and per-site statuses, writes one audit row without values, and a repeat save writes nothing", async () => {
    const { study, sites } = await makeStudy(deps);
    const input = {
      id: study.id,
      title: `Edited ${study.nctId}`,
      acronym: "EDIT",
      overallStatus: "ACTIVE_NOT_RECRUITING" as const,
      published: false,
      briefSummary: "A new summary.",
      centralQueueEmail: "central@test.example.org",
      faqs: [{ question: "Is there a cost?", answer: "No." }],
      sites: [{ siteId: sites[0]!.id, recruitmentStatus: "SUSPENDED" as const, acceptingInquiries: false }],
    };
    const saved = await admin.studies.update(input);
    expect(saved).toMatchObject({ title: input.title, acronym: "EDIT", published: false, overallStatus: "ACTIVE_NOT_RECRUITING", faqs: input.faqs });
    expect(saved.sites.find((s) => s.siteId === sites[0]!.id)).toMatchObject({ recruitmentStatus: "SUSPENDED", acceptingInquiries: false });
    expect(saved.sites.find((s) => s.siteId === sites[1]!.id)).toMatchObject({ recruitmentStatus: "RECRUITING", acceptingInquiries: true });

    const again = await admin.studies.get({ id: study.id });
    expect(again).toMatchObject({ title: input.title, centralQueueEmail: input.centralQueueEmail, briefSummary: "A new summary." });

    const audit = await deps.db.auditLog.findMany({ where: { entityId: study.id, action: "study.update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.metadata).toMatchObject({ fields: expect.arrayContaining(["title", "acronym", "overallStatus", "published", "briefSummary", "centralQueueEmail", "faqs"]), siteIds: [sites[0]!.id] });
    expect(JSON.stringify(audit[0]!.metadata)).not.toContain("central@test.example.org");

    await admin.studies.update(input);
    expect(await deps.db.auditLog.count({ where: { entityId: study.id, action: "study.update" } })).toBe(1);
  });

  it("refuses bad input and a site of another study, changing nothing", async () => {
    const { study, sites } = await makeStudy(deps);
    const other = await makeStudy(deps);
    const base = { id: study.id, title: "T", acronym: "", overallStatus: "RECRUITING" as const, published: true, briefSummary: "", centralQueueEmail: "", faqs: [], sites: [] };
    await expect(admin.studies.update({ ...base, title: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.studies.update({ ...base, centralQueueEmail: "not an address" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      admin.studies.update({ ...base, sites: [{ siteId: other.sites[0]!.id, recruitmentStatus: "COMPLETED", acceptingInquiries: false }] }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    await expect(admin.studies.update({ ...base, id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deps.db.study.findUniqueOrThrow({ where: { id: study.id } })).toMatchObject({ title: study.title, published: true });
    expect(await deps.db.studySite.findFirstOrThrow({ where: { siteId: other.sites[0]!.id } })).toMatchObject({ recruitmentStatus: "RECRUITING" });
    expect(await deps.db.auditLog.count({ where: { entityId: { in: [study.id, other.study.id] } } })).toBe(0);
    expect(sites).toHaveLength(2);
  });
});

describe("studies.importCtgov", () => {
  it("creates the study and its sites from a file, lists it, and a second import changes nothing", async () => {
    const { nctId, text } = uniqueCtgovFile();
    const first = await admin.studies.importCtgov({ json: text });
    expect(first).toMatchObject({ nctIds: [nctId], created: 1, updated: 0, unchanged: 0, links: 1 });
    expect(first.sitesCreated + first.sitesMatched).toBe(1);
    const study = await deps.db.study.findUniqueOrThrow({ where: { nctId }, include: { sites: true } });
    expect(study.sites).toHaveLength(1);
    expect(await deps.db.auditLog.count({ where: { action: "study.import-file", metadata: { path: ["nctIds"], array_contains: [nctId] } } })).toBe(1);

    const listed = await admin.studies.adminList({ search: nctId.toLowerCase() });
    expect(listed).toEqual([expect.objectContaining({ id: study.id, nctId, sites: 1, inquiries30d: 0 })]);

    const second = await admin.studies.importCtgov({ json: text });
    expect(second).toMatchObject({ nctIds: [nctId], created: 0, updated: 0, unchanged: 1 });
    expect((await deps.db.study.findUniqueOrThrow({ where: { nctId } })).updatedAt).toEqual(study.updatedAt);
    expect(await deps.db.auditLog.count({ where: { action: "study.import-file", metadata: { path: ["nctIds"], array_contains: [nctId] } } })).toBe(1);
  });

  it("refuses invalid JSON and a foreign format with a clear message, creating nothing", async () => {
    const { nctId, text } = uniqueCtgovFile();
    const before = { studies: await deps.db.study.count(), sites: await deps.db.site.count() };
    await expect(admin.studies.importCtgov({ json: text.slice(0, text.length / 2) })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT", message: expect.stringMatching(/not valid JSON.*Nothing was imported/) });
    await expect(admin.studies.importCtgov({ json: JSON.stringify({ patients: [{ id: 1 }] }) })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT", message: expect.stringMatching(/not a ClinicalTrials\.gov API v2/) });
    await expect(admin.studies.importCtgov({ json: JSON.stringify({ studies: [] }) })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT", message: expect.stringMatching(/no studies/) });
    expect(await deps.db.study.findUnique({ where: { nctId } })).toBeNull();
    expect({ studies: await deps.db.study.count(), sites: await deps.db.site.count() }).toEqual(before);
  });
});
