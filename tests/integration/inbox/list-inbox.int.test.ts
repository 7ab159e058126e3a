// The inbox list: site scope, every filter, every sort, paging and the SLA words.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { listInbox } from "../../../server/modules/inbox/list-inbox";
import { slaStateOf } from "../../../shared/sla-state";
import { INBOX_SORT_FIELDS, type InboxFilters } from "../../../shared/schemas/inbox";
import { createTestDeps } from "../../setup/test-deps";
import { makeInboxWorld, type InboxWorld } from "./inbox-world";

let deps: AppDeps;
let w: InboxWorld;
const HOUR = 3600_000;
const now = new Date();
const ago = (h: number) => new Date(now.getTime() - h * HOUR);
const ahead = (h: number) => new Date(now.getTime() + h * HOUR);

// Rows by name, so assertions read as the scenario does.
const rows: Record<string, { id: string }> = {};

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  w = await makeInboxWorld(deps);
  const a = w.siteA.id;
  const b = w.siteB.id;
  rows.newA = await w.inquiry({ siteId: a, firstName: "Layla", lastName: "Zaki", createdAt: ago(1), language: "ar" }, { slaDueAt: ahead(5) });
  rows.dueSoonA = await w.inquiry({ siteId: a, firstName: "Omar", lastName: "Adel", createdAt: ago(2), assigneeId: w.coordA.id, language: "en" }, { slaDueAt: ahead(1), nextFollowUpAt: ahead(24) });
  rows.breachedA = await w.inquiry({ siteId: a, firstName: "Nour", lastName: "Badr", createdAt: ago(30), status: "ATTEMPTING_CONTACT", language: "en", otherLanguage: "fr" }, { slaDueAt: ago(3), interpreterNeeded: true });
  rows.metA = await w.inquiry({ siteId: a, firstName: "Sara", lastName: "Hassan", createdAt: ago(50), status: "CONTACTED", assigneeId: w.coordA2.id }, { slaDueAt: ago(40), firstContactAt: ago(45), nextFollowUpAt: ago(2) });
  rows.lateA = await w.inquiry({ siteId: a, firstName: "Karim", lastName: "Fahmy", createdAt: ago(80), status: "CONTACTED" }, { slaDueAt: ago(70), firstContactAt: ago(60), lastActivityAt: ago(30) });
  rows.spamA = await w.inquiry({ siteId: a, firstName: "Spam", lastName: "Bot", createdAt: ago(5) }, { slaDueAt: ago(1), status: "SPAM" });
  rows.newB = await w.inquiry({ siteId: b, firstName: "Youssef", lastName: "Ali", createdAt: ago(3) }, { slaDueAt: ahead(6) });
  rows.central = await w.inquiry({ siteId: null, firstName: "Central", lastName: "Queue", createdAt: ago(4) });
});
afterAll(() => deps.db.$disconnect());

const ids = (result: { rows: { id: string }[] }) => result.rows.map((r) => r.id);
const list = (user: InboxWorld["coordA"], filters: InboxFilters = {}, extra: object = {}) =>
  w.caller(user).inbox.list({ filters: { ...w.mine, ...filters }, ...extra });

describe("scope", () => {
  it("a coordinator sees their site's rows only, newest first, and counts only those", async () => {
    const result = await list(w.coordA);
    expect(ids(result)).toEqual([rows.newA, rows.dueSoonA, rows.spamA, rows.breachedA, rows.metA, rows.lateA].map((r) => r!.id));
    expect(result.total).toBe(6);
    expect(result.totalCapped).toBe(false);
  });

  it("asking for another site's rows gives nothing, not even a count", async () => {
    const result = await list(w.coordA, { siteIds: [w.siteB.id] });
    expect(result.rows).toEqual([]);
    expect(result.total).toBe(0);
    const byB = await list(w.coordB);
    expect(ids(byB)).toEqual([rows.newB!.id]);
  });

  it("the central queue (no site) is for admins only", async () => {
    expect(ids(await list(w.coordA, { centralQueue: true }))).toEqual([]);
    expect(ids(await list(w.admin, { centralQueue: true }))).toEqual([rows.central!.id]);
    const all = await list(w.admin);
    expect(all.total).toBe(8);
    expect(ids(await list(w.admin, { siteIds: [w.siteB.id], centralQueue: true }))).toEqual([rows.newB!.id, rows.central!.id]);
  });

  it("a coordinator with no site sees an empty inbox", async () => {
    const { makeUser } = await import("../../setup/callers");
    const lonely = await makeUser(deps, "COORDINATOR");
    expect(await list(lonely)).toMatchObject({ rows: [], total: 0 });
  });

  it("rows carry the joined names and the SLA state that slaStateOf gives", async () => {
    const result = await list(w.admin);
    const omar = result.rows.find((r) => r.id === rows.dueSoonA!.id)!;
    expect(omar).toMatchObject({ firstName: "Omar", studyTitle: w.study.title, siteName: w.siteA.name, assigneeName: w.coordA.name, status: "NEW" });
    for (const row of result.rows) {
      expect(row.slaState).toBe(slaStateOf(row, new Date()));
    }
    expect(result.rows.find((r) => r.id === rows.central!.id)).toMatchObject({ siteId: null, siteName: null, slaState: "NONE" });
  });
});

describe("filters", () => {
  it("by status, language (the family's preferred one) and interpreter", async () => {
    expect(ids(await list(w.coordA, { statuses: ["CONTACTED"] }))).toEqual([rows.metA!.id, rows.lateA!.id]);
    expect(ids(await list(w.coordA, { languages: ["fr"] }))).toEqual([rows.breachedA!.id]);
    expect(ids(await list(w.coordA, { languages: ["en"] }))).toEqual([rows.dueSoonA!.id]);
    expect(ids(await list(w.coordA, { interpreterNeeded: true }))).toEqual([rows.breachedA!.id]);
  });

  it("by assignee: me, nobody, or a person", async () => {
    expect(ids(await list(w.coordA, { assignee: "me" }))).toEqual([rows.dueSoonA!.id]);
    expect(ids(await list(w.coordA2, { assignee: "me" }))).toEqual([rows.metA!.id]);
    expect(ids(await list(w.coordA, { assignee: w.coordA2.id }))).toEqual([rows.metA!.id]);
    expect(ids(await list(w.coordA, { assignee: "unassigned" }))).toHaveLength(4);
  });

  it("by SLA state, one or several", async () => {
    const one = async (state: NonNullable<InboxFilters["slaStates"]>[number]) => ids(await list(w.admin, { slaStates: [state] }));
    expect(await one("ON_TRACK")).toEqual([rows.newA!.id, rows.newB!.id]);
    expect(await one("DUE_SOON")).toEqual([rows.dueSoonA!.id]);
    expect(await one("BREACHED")).toEqual([rows.breachedA!.id]);
    expect(await one("MET")).toEqual([rows.metA!.id]);
    expect(await one("MET_LATE")).toEqual([rows.lateA!.id]);
    expect(await one("NONE")).toEqual([rows.central!.id, rows.spamA!.id]);
    expect(ids(await list(w.admin, { slaStates: ["BREACHED", "DUE_SOON"] }))).toEqual([rows.dueSoonA!.id, rows.breachedA!.id]);
  });

  it("overdue: first contact late or a follow-up date passed, open inquiries only", async () => {
    expect(ids(await list(w.coordA, { overdue: true }))).toEqual([rows.breachedA!.id, rows.metA!.id]);
  });

  it("by received, last activity and next follow-up days in the user's time zone", async () => {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const received = await list(w.coordA, { receivedFrom: day(ago(80)), receivedTo: day(ago(80)), timeZone: "UTC" });
    expect(ids(received)).toContain(rows.lateA!.id);
    expect(ids(received)).not.toContain(rows.newA!.id);
    const future = await list(w.coordA, { nextFollowUpFrom: day(ahead(24)), timeZone: "UTC" });
    expect(ids(future)).toEqual([rows.dueSoonA!.id]);
    // 30 h back: always an earlier calendar day than newA's activity an hour ago, whatever the hour now.
    const quiet = await list(w.coordA, { lastActivityTo: day(ago(30)), timeZone: "UTC" });
    expect(ids(quiet)).toContain(rows.lateA!.id);
    expect(ids(quiet)).not.toContain(rows.newA!.id);
    // A day that has not started yet anywhere holds nothing.
    expect((await list(w.coordA, { receivedFrom: day(ahead(72)), timeZone: "Pacific/Kiritimati" })).total).toBe(0);
  });

  it("refuses malformed filters with a clear error", async () => {
    await expect(list(w.coordA, { receivedFrom: "yesterday" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(list(w.coordA, { timeZone: "Mars/Olympus" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(list(w.coordA, { statuses: ["LOST" as "NEW"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("sorting", () => {
  it("every column sorts both ways, and paging in either order never repeats a row", async () => {
    for (const field of INBOX_SORT_FIELDS) {
      for (const dir of ["asc", "desc"] as const) {
        const all = ids(await list(w.admin, {}, { sort: { field, dir }, perPage: 100 }));
        expect(new Set(all).size).toBe(8);
        const paged: string[] = [];
        for (let page = 1; page <= 3; page++) paged.push(...ids(await list(w.admin, {}, { sort: { field, dir }, perPage: 3, page })));
        expect(paged, `${field} ${dir}`).toEqual(all);
      }
    }
  });

  it("orders by patient name, follow-up date and status as a coordinator expects", async () => {
    const names = async (dir: "asc" | "desc") =>
      (await list(w.coordA, {}, { sort: { field: "patient", dir } })).rows.map((r) => r.lastName);
    expect(await names("asc")).toEqual(["Adel", "Badr", "Bot", "Fahmy", "Hassan", "Zaki"]);
    expect(await names("desc")).toEqual(["Zaki", "Hassan", "Fahmy", "Bot", "Badr", "Adel"]);
    const followUp = ids(await list(w.coordA, {}, { sort: { field: "nextFollowUp", dir: "asc" } }));
    expect(followUp.slice(0, 2)).toEqual([rows.metA!.id, rows.dueSoonA!.id]);
    const byStatus = (await list(w.coordA, {}, { sort: { field: "status", dir: "asc" } })).rows.map((r) => r.status);
    expect(byStatus).toEqual(["NEW", "NEW", "ATTEMPTING_CONTACT", "CONTACTED", "CONTACTED", "SPAM"]);
  });
});

describe("paging", () => {
  it("pages hold perPage rows and the total", async () => {
    const first = await list(w.coordA, {}, { perPage: 4, page: 1 });
    const second = await list(w.coordA, {}, { perPage: 4, page: 2 });
    expect(first.rows).toHaveLength(4);
    expect(second.rows).toHaveLength(2);
    expect(first).toMatchObject({ total: 6, pageCount: 2, page: 1, perPage: 4 });
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(6);
    expect((await list(w.coordA, {}, { perPage: 4, page: 9 })).rows).toEqual([]);
  });

  it("refuses pages past the counting cap and silly page sizes", async () => {
    await expect(list(w.coordA, {}, { perPage: 100, page: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(list(w.coordA, {}, { perPage: 1000 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the use case can be called directly (benchmarks) with defaults filled in", async () => {
    const result = await listInbox(deps.db, w.coordA, { filters: w.mine });
    expect(result).toMatchObject({ total: 6, page: 1, perPage: 25 });
  });
});
