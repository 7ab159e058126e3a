// The database keeps each inquiry's search text and announces changes, whoever writes the row.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
beforeAll(() => {
  deps = createTestDeps(inject("databaseUrl"));
});
afterAll(() => deps.db.$disconnect());

const searchTextOf = async (id: string) =>
  (await deps.db.inquiry.findUniqueOrThrow({ where: { id }, select: { searchText: true } })).searchText;

describe("inquiry search text", () => {
  it("holds the name, e-mail, phone digits and team notes, lower-cased, but never private notes", async () => {
    const { study, sites } = await makeStudy(deps);
    const inquiry = await makeInquiry(deps, { studyId: study.id, siteId: sites[0]!.id, firstName: "Ÿasmine", lastName: "محمد", phone: "+201001234567" });
    let text = await searchTextOf(inquiry.id);
    expect(text).toContain("ÿasmine محمد");
    expect(text).toContain(inquiry.emailNormalized);
    expect(text).toContain("201001234567");
    expect(text).toContain(inquiry.reference.toLowerCase());

    await deps.db.activity.create({ data: { inquiryId: inquiry.id, type: "NOTE", visibility: "TEAM", body: "Prefers CALLS after school" } });
    const privateNote = await deps.db.activity.create({ data: { inquiryId: inquiry.id, type: "NOTE", visibility: "PRIVATE", body: "secret-word" } });
    text = await searchTextOf(inquiry.id);
    expect(text).toContain("prefers calls after school");
    expect(text).not.toContain("secret-word");

    await deps.db.activity.update({ where: { id: privateNote.id }, data: { visibility: "TEAM" } });
    expect(await searchTextOf(inquiry.id)).toContain("secret-word");
    await deps.db.activity.delete({ where: { id: privateNote.id } });
    expect(await searchTextOf(inquiry.id)).not.toContain("secret-word");

    await deps.db.inquiry.update({ where: { id: inquiry.id }, data: { firstName: "Renamed" } });
    text = await searchTextOf(inquiry.id);
    expect(text).toContain("renamed");
    expect(text).toContain("prefers calls after school");
  });
});

describe("inquiry events", () => {
  it("announces new inquiries and changes of status, assignee or site with ids only, on commit", async () => {
    const listener = new pg.Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    const events: Record<string, unknown>[] = [];
    listener.on("notification", (n) => events.push(JSON.parse(n.payload!)));
    await listener.query("LISTEN inquiry_events");
    try {
      const { study, sites } = await makeStudy(deps);
      const inquiry = await makeInquiry(deps, { studyId: study.id, siteId: sites[0]!.id, firstName: "Hidden" });
      await deps.db.inquiry.update({ where: { id: inquiry.id }, data: { lastName: "Changed" } });
      await deps.db.inquiry.update({ where: { id: inquiry.id }, data: { siteId: sites[1]!.id } });
      await expect.poll(() => events.filter((e) => e.id === inquiry.id).length).toBe(2);
      const mine = events.filter((e) => e.id === inquiry.id);
      expect(mine[0]).toMatchObject({ op: "insert", siteId: sites[0]!.id, studyId: study.id, status: "NEW" });
      expect(mine[1]).toMatchObject({ op: "update", siteId: sites[1]!.id, previousSiteId: sites[0]!.id });
      expect(JSON.stringify(mine)).not.toContain("Hidden");
    } finally {
      await listener.end();
    }
  });
});
