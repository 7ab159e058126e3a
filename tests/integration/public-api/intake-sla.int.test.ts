// The SLA due time is set at intake: the target (settings.slaWorkingHours) counted in the site's
// working hours and time zone; only for inquiries routed to a site that a site must answer.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { computeSlaDueAt } from "../../../server/modules/sla/sla-due-at";
import { getSettings } from "../../../server/modules/settings/settings";
import { listen } from "../../setup/http-server";
import { post, validBody } from "../../setup/public-api-client";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let app: Awaited<ReturnType<typeof listen>>;
let deps: AppDeps;
beforeAll(async () => {
  app = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } }));
  deps = app.deps;
});
afterAll(async () => {
  await app.close();
  await deps.db.$disconnect();
});

// Sunday to Thursday, 09:00-15:00 in Cairo (as the demo sites).
const HOURS = { sun: [["09:00", "15:00"]], mon: [["09:00", "15:00"]], tue: [["09:00", "15:00"]], wed: [["09:00", "15:00"]], thu: [["09:00", "15:00"]] };
const cairo = new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Cairo", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
let n = 0;
const someone = (overrides: Record<string, unknown> = {}) => validBody({ phone: `+20 12${String(20_000_000 + n++ * 104_729).slice(-8)}`, ...overrides });

describe("SLA due time at intake", () => {
  it("a new inquiry routed to a site is due within that site's working hours, the target's worth of working time later", async () => {
    const { nctId, sites } = await makeStudy(deps);
    await deps.db.site.update({ where: { id: sites[0]!.id }, data: { workingHours: HOURS } });
    const res = await post(app.url, nctId, someone({ location: { lat: 27.2, lon: 31.2 } }));
    expect(res.status).toBe(201);
    expect(res.body.site.id).toBe(sites[0]!.id);
    const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: res.body.id }, select: { createdAt: true, slaDueAt: true } });
    expect(stored.slaDueAt).not.toBeNull();
    const due = stored.slaDueAt!;
    expect(due.getTime()).toBeGreaterThan(stored.createdAt.getTime());
    const parts = Object.fromEntries(cairo.formatToParts(due).map((p) => [p.type, p.value]));
    expect(["Sun", "Mon", "Tue", "Wed", "Thu"]).toContain(parts.weekday);
    const minutes = Number(parts.hour) * 60 + Number(parts.minute);
    expect(minutes).toBeGreaterThan(9 * 60);
    expect(minutes).toBeLessThanOrEqual(15 * 60);
    const settings = await getSettings(deps.db);
    expect(due.toISOString()).toBe(computeSlaDueAt({ timeZone: "Africa/Cairo", workingHours: HOURS }, stored.createdAt, settings.slaWorkingHours * 60).toISOString());
  });

  it("is not set for spam, for a repeat, or for an inquiry waiting in the central queue", async () => {
    const { nctId } = await makeStudy(deps);
    const spam = await post(app.url, nctId, someone({ website: "http://spam.example" }));
    const person = someone();
    await post(app.url, nctId, person);
    const repeat = await post(app.url, nctId, { ...person, firstName: "Again" });
    const closed = await makeStudy(deps, { sites: [{ city: "Cairo", countryCode: "EG", lat: 30, lon: 31, languages: ["ar"], recruiting: false }] });
    const central = await post(app.url, closed.nctId, someone());
    for (const res of [spam, repeat, central]) expect(res.status).toBe(201);
    const stored = await deps.db.inquiry.findMany({ where: { id: { in: [spam.body.id, repeat.body.id, central.body.id] } }, select: { status: true, siteId: true, slaDueAt: true } });
    expect(stored.map((s) => s.slaDueAt)).toEqual([null, null, null]);
    expect(stored.map((s) => s.status).sort()).toEqual(["DUPLICATE", "NEW", "SPAM"]);
  });
});
