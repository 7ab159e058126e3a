// Free-text search: name, e-mail, phone digits in any common spelling, reference and team notes;
// never private notes, never another site's rows.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { searchPattern } from "../../../server/modules/inbox/inbox-sql";
import { createTestDeps } from "../../setup/test-deps";
import { makeInboxWorld, type InboxWorld } from "./inbox-world";

let deps: AppDeps;
let w: InboxWorld;
const tag = randomUUID().slice(0, 6);
let mona: { id: string; reference: string };
let other: { id: string };
let atB: { id: string };
let wild: { id: string };

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  w = await makeInboxWorld(deps);
  mona = await w.inquiry({ siteId: w.siteA.id, firstName: "Mona", lastName: `Kamal${tag}`, email: `mona.${tag}@Family.example.org`, phone: "+201012345678" });
  other = await w.inquiry({ siteId: w.siteA.id, firstName: "Hany", lastName: `Saad${tag}`, phone: "+201099999999" });
  atB = await w.inquiry({ siteId: w.siteB.id, firstName: "Mona", lastName: `Kamal${tag}`, phone: "+201055555555" });
  wild = await w.inquiry({ siteId: w.siteA.id, firstName: "Under_score", lastName: `Percent${tag}` });
  await deps.db.activity.create({ data: { inquiryId: other.id, type: "NOTE", visibility: "TEAM", authorId: w.coordA.id, body: `Prefers calls after school ${tag}` } });
  await deps.db.activity.create({ data: { inquiryId: other.id, type: "NOTE", visibility: "PRIVATE", authorId: w.coordA2.id, body: `Private hunch ${tag}` } });
});
afterAll(() => deps.db.$disconnect());

const search = async (user: InboxWorld["coordA"], q: string) =>
  (await w.caller(user).inbox.list({ filters: { ...w.mine, q } })).rows.map((r) => r.id);

describe("search", () => {
  it("finds by first or last name, in any case, and by part of a name", async () => {
    expect(await search(w.coordA, `kamal${tag}`)).toEqual([mona.id]);
    expect(await search(w.coordA, `MONA KAMAL${tag.toUpperCase()}`)).toEqual([mona.id]);
    expect(await search(w.coordA, `  mona   kamal${tag} `)).toEqual([mona.id]);
  });

  it("finds by e-mail and by reference", async () => {
    expect(await search(w.coordA, `mona.${tag}@family`)).toEqual([mona.id]);
    expect(await search(w.coordA, mona.reference)).toEqual([mona.id]);
  });

  it("finds by phone digits, with or without +, spaces, dashes or the trunk 0", async () => {
    for (const q of ["+201012345678", "201012345678", "1012345678", "010 1234 5678", "+20 101-234-5678", "(010) 12345678"]) {
      expect(await search(w.coordA, q), q).toEqual([mona.id]);
    }
  });

  it("finds team notes, but never a private note's text", async () => {
    expect(await search(w.coordA, `after school ${tag}`)).toEqual([other.id]);
    expect(await search(w.coordA, `private hunch ${tag}`)).toEqual([]);
    expect(await search(w.coordA2, `private hunch ${tag}`)).toEqual([]);
    expect(await search(w.admin, `private hunch ${tag}`)).toEqual([]);
  });

  it("never shows or counts another site's match", async () => {
    const result = await w.caller(w.coordB).inbox.list({ filters: { ...w.mine, q: `kamal${tag}` } });
    expect(result.rows.map((r) => r.id)).toEqual([atB.id]);
    expect(result.total).toBe(1);
    expect(await search(w.admin, `kamal${tag}`)).toHaveLength(2);
  });

  it("takes % and _ literally", async () => {
    expect(await search(w.coordA, "under_score")).toEqual([wild.id]);
    expect(await search(w.coordA, "under%score")).toEqual([]);
    expect(await search(w.coordA, "%")).toEqual([]);
    expect(await search(w.coordA, "_")).toEqual([wild.id]);
  });

  it("a term matching more than 10,000 rows says so and still pages newest first", async () => {
    const common = `common${tag}`;
    const base = Date.now() - 86_400_000;
    await deps.db.inquiry.createMany({
      data: Array.from({ length: 10_005 }, (_, n) => ({
        reference: `C-${tag}-${n}`.toUpperCase(),
        studyId: w.study.id,
        siteId: w.siteA.id,
        firstName: `Kid${n}`,
        lastName: common,
        email: `c${n}-${tag}@x.example.org`,
        emailNormalized: `c${n}-${tag}@x.example.org`,
        phone: "+201000000001",
        language: "ar",
        consent: true,
        consentTextVersion: "test",
        consentedAt: new Date(base + n * 1000),
        createdAt: new Date(base + n * 1000),
      })),
    });
    const result = await w.caller(w.coordA).inbox.list({ filters: { ...w.mine, q: common }, page: 2, perPage: 25 });
    expect(result).toMatchObject({ total: 10_000, totalCapped: true });
    expect(result.rows.map((r) => r.firstName)).toEqual(Array.from({ length: 25 }, (_, i) => `Kid${10_004 - 25 - i}`));
  });

  it("builds the pattern with escapes and phone digits", () => {
    expect(searchPattern("a%b_c\\d")).toBe("%a\\%b\\_c\\\\d%");
    expect(searchPattern(" 010-1234 ")).toBe("%101234%");
    expect(searchPattern("   ")).toBeNull();
  });
});
