// Report numbers on a small known data set (one study, two sites, March 2025), and their scope:
// a coordinator of A never counts B's rows, whatever filter they send.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { computeSlaDueAt } from "../../../server/modules/sla/sla-due-at";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry, type InquirySpec } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

type Status = "NEW" | "ATTEMPTING_CONTACT" | "CONTACTED" | "PRE_SCREENING" | "ELIGIBLE" | "NOT_ELIGIBLE" | "SCHEDULED" | "ENROLLED" | "DECLINED" | "SPAM";
const HOURS = Object.fromEntries(["sun", "mon", "tue", "wed", "thu"].map((d) => [d, [["09:00", "15:00"]]]));
const PERIOD = { from: new Date("2025-03-01T00:00:00Z"), to: new Date("2025-04-01T00:00:00Z") };

let deps: AppDeps;
let w: Awaited<ReturnType<typeof build>>;

async function build() {
  const { study, sites } = await makeStudy(deps);
  const [siteA, siteB] = [sites[0]!, sites[1]!];
  await deps.db.site.update({ where: { id: siteA.id }, data: { workingHours: HOURS } });
  const add = async (site: typeof siteA, received: string, path: Status[], opts: { contactedAt?: string; language?: string; otherLanguage?: string; source?: "EMBED"; noSla?: boolean } = {}) => {
    const createdAt = new Date(received);
    const status = path[path.length - 1]!;
    const row = await makeInquiry(deps, { studyId: study.id, siteId: site.id, createdAt, language: opts.language, otherLanguage: opts.otherLanguage } as InquirySpec);
    const hours = site.id === siteA.id ? HOURS : {};
    await deps.db.inquiry.update({
      where: { id: row.id },
      data: {
        status,
        source: opts.source ?? "WEB_FORM",
        firstContactAt: opts.contactedAt ? new Date(opts.contactedAt) : null,
        slaDueAt: opts.noSla ? null : computeSlaDueAt({ timeZone: "Africa/Cairo", workingHours: hours }, createdAt, 8 * 60),
      },
    });
    await deps.db.inquiryStatusChange.createMany({
      data: path.map((to, i) => ({ inquiryId: row.id, fromStatus: i ? path[i - 1]! : null, toStatus: to, createdAt: new Date(createdAt.getTime() + i * 60_000) })),
    });
    return row;
  };
  // Site A: Sunday-Thursday 09:00-15:00 Cairo (UTC+2 in March).
  await add(siteA, "2025-03-02T07:00:00Z", ["NEW", "CONTACTED", "PRE_SCREENING", "ELIGIBLE", "SCHEDULED", "ENROLLED"], { contactedAt: "2025-03-02T08:00:00Z" }); // 60 min, met
  await add(siteA, "2025-03-06T12:00:00Z", ["NEW", "ATTEMPTING_CONTACT", "CONTACTED", "PRE_SCREENING", "NOT_ELIGIBLE"], { contactedAt: "2025-03-09T08:00:00Z", otherLanguage: "en-GB" }); // 120 min, met
  await add(siteA, "2025-03-09T07:00:00Z", ["NEW", "CONTACTED", "PRE_SCREENING", "ELIGIBLE", "DECLINED"], { contactedAt: "2025-03-12T07:00:00Z" }); // 1080 min, late
  await add(siteA, "2025-03-16T07:00:00Z", ["NEW"]); // never contacted: breached
  await add(siteA, "2025-03-17T07:00:00Z", ["NEW", "SPAM"]); // not counted
  await add(siteA, "2025-04-05T07:00:00Z", ["NEW"]); // after the period
  // Site B: no working hours (around the clock).
  await add(siteB, "2025-03-03T10:00:00Z", ["NEW", "CONTACTED"], { contactedAt: "2025-03-03T13:00:00Z", language: "fr" }); // 180 min
  await add(siteB, "2025-03-04T10:00:00Z", ["NEW"], { source: "EMBED", noSla: true });
  const coordA = await makeUser(deps, "COORDINATOR", [siteA.id]);
  const coordB = await makeUser(deps, "COORDINATOR", [siteB.id]);
  const admin = await makeUser(deps, "ADMIN");
  return { study, siteA, siteB, coordA: callerAs(deps, coordA), coordB: callerAs(deps, coordB), admin: callerAs(deps, admin) };
}

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  w = await build();
});
afterAll(() => deps.db.$disconnect());

const stages = (r: { received: number; contacted: number; preScreened: number; eligible: number; scheduled: number; enrolled: number }) => [r.received, r.contacted, r.preScreened, r.eligible, r.scheduled, r.enrolled];

describe("reports.funnel", () => {
  it("counts inquiries that reached at least each stage, per study and site", async () => {
    const rows = await w.admin.reports.funnel({ ...PERIOD, studyId: w.study.id });
    expect(rows.map((r) => [r.siteId, stages(r)])).toEqual([
      [w.siteA.id, [4, 3, 3, 2, 1, 1]],
      [w.siteB.id, [2, 1, 0, 0, 0, 0]],
    ]);
    expect(rows[0]).toMatchObject({ studyTitle: w.study.title, nctId: w.study.nctId, siteName: w.siteA.name });
  });

  it("gives a coordinator their own site only, even when asking for another site", async () => {
    expect((await w.coordA.reports.funnel(PERIOD)).map((r) => [r.siteId, stages(r)])).toEqual([[w.siteA.id, [4, 3, 3, 2, 1, 1]]]);
    expect(await w.coordA.reports.funnel({ ...PERIOD, siteId: w.siteB.id })).toEqual([]);
    expect((await w.coordB.reports.funnel(PERIOD)).map((r) => r.siteId)).toEqual([w.siteB.id]);
  });
});

describe("reports.responseTimes", () => {
  it("medians time to first contact in each site's working hours and counts SLA outcomes", async () => {
    const { sites, overall } = await w.admin.reports.responseTimes({ ...PERIOD, studyId: w.study.id });
    expect(sites).toEqual([
      { siteId: w.siteA.id, siteName: w.siteA.name, received: 4, contacted: 3, medianWorkingMinutes: 120, met: 2, metLate: 1, breachedOpen: 1, pending: 0 },
      { siteId: w.siteB.id, siteName: w.siteB.name, received: 2, contacted: 1, medianWorkingMinutes: 180, met: 1, metLate: 0, breachedOpen: 0, pending: 0 },
    ]);
    expect(overall).toMatchObject({ received: 6, contacted: 4, medianWorkingMinutes: 150, met: 3, metLate: 1, breachedOpen: 1 });
  });

  it("never counts another site's rows for a coordinator", async () => {
    const { sites, overall } = await w.coordA.reports.responseTimes({ ...PERIOD, siteId: w.siteB.id });
    expect(sites).toEqual([]);
    expect(overall).toMatchObject({ received: 0, contacted: 0, medianWorkingMinutes: null });
    expect((await w.coordB.reports.responseTimes(PERIOD)).overall).toMatchObject({ received: 2, medianWorkingMinutes: 180 });
  });
});

describe("reports.breakdown", () => {
  it("counts by preferred language and by source", async () => {
    expect(await w.admin.reports.breakdown({ ...PERIOD, studyId: w.study.id })).toEqual({
      languages: [{ key: "ar", count: 4 }, { key: "en", count: 1 }, { key: "fr", count: 1 }],
      sources: [{ key: "WEB_FORM", count: 5 }, { key: "EMBED", count: 1 }],
    });
    expect(await w.coordA.reports.breakdown(PERIOD)).toEqual({ languages: [{ key: "ar", count: 3 }, { key: "en", count: 1 }], sources: [{ key: "WEB_FORM", count: 4 }] });
  });
});

describe("report filters", () => {
  it("refuses a reversed or too long period with a clear message", async () => {
    await expect(w.admin.reports.funnel({ from: PERIOD.to, to: PERIOD.from })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("after its start") });
    await expect(w.admin.reports.funnel({ from: new Date("2020-01-01"), to: new Date("2025-01-01") })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("two years") });
  });

  it("offers a coordinator only their sites and studies", async () => {
    const options = await w.coordA.reports.options();
    expect(options.sites.map((s) => s.id)).toEqual([w.siteA.id]);
    expect(options.studies.map((s) => s.id)).toContain(w.study.id);
    const all = await w.admin.reports.options();
    expect(all.sites.map((s) => s.id)).toEqual(expect.arrayContaining([w.siteA.id, w.siteB.id]));
  });
});
