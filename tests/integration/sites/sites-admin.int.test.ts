// Admin editing of sites: clear validation errors that change nothing, updates that persist with
// an audit row naming the changed fields (never their values), and the list with its counts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let admin: ReturnType<typeof callerAs>;
beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  admin = callerAs(deps, await makeUser(deps, "ADMIN"));
});
afterAll(() => deps.db.$disconnect());

const fields = (over: Record<string, unknown> = {}) => ({
  name: `Site ${randomUUID().slice(0, 8)}`,
  organization: "University Hospital",
  addressLine: "1 Nile St",
  city: "Giza",
  state: null,
  postalCode: "12511",
  countryCode: "eg",
  latitude: 30.01,
  longitude: 31.2,
  timeZone: "Africa/Cairo",
  languages: ["AR", "en"],
  alertEmails: ["Alerts@Site.example.org"],
  phone: "+20 2 1234 5678",
  email: "",
  weeklyCap: 10,
  workingHours: { sun: [["09:00", "17:00"]], mon: [["09:00", "13:00"], ["14:00", "18:00"]], fri: [] },
  active: true,
  acceptingInquiries: true,
  ...over,
}) as Parameters<typeof admin.sites.create>[0];

/** The field errors a client would get: from the input schema (ZodError) or the use case (AppError). */
async function fieldErrorsOf(call: Promise<unknown>): Promise<Record<string, string[]>> {
  type Cause = { issues?: Array<{ path: PropertyKey[]; message: string }>; fieldErrors?: Record<string, string[]> };
  const error = (await call.then(() => null, (e: unknown) => e)) as { code?: string; cause?: Cause } | null;
  expect(error?.code).toMatch(/^(BAD_REQUEST|UNPROCESSABLE_CONTENT)$/);
  if (error!.cause?.fieldErrors) return error!.cause.fieldErrors;
  const out: Record<string, string[]> = {};
  for (const issue of error!.cause?.issues ?? []) (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return out;
}

describe("sites.create and sites.get", () => {
  it("creates a site with normalised values, an audit row, and reads it back", async () => {
    const site = await admin.sites.create(fields());
    expect(site).toMatchObject({ countryCode: "EG", languages: ["ar", "en"], alertEmails: ["alerts@site.example.org"], email: null, state: null, weeklyCap: 10 });
    // A day with no ranges is stored as closed (absent).
    expect(site.workingHours).toEqual({ sun: [["09:00", "17:00"]], mon: [["09:00", "13:00"], ["14:00", "18:00"]] });
    expect(await admin.sites.get({ id: site.id })).toEqual(site);
    const audit = await deps.db.auditLog.findMany({ where: { entityId: site.id, action: "site.create" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.metadata)).not.toContain("Giza");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(admin.sites.get({ id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.sites.update({ id: randomUUID(), ...fields() } as never)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("sites.update validation", () => {
  const bad: Array<[string, Record<string, unknown>, string]> = [
    ["latitude", { latitude: 91 }, "between -90 and 90"],
    ["longitude", { longitude: -181 }, "between -180 and 180"],
    ["timeZone", { timeZone: "Mars/Olympus" }, "Unknown time zone"],
    ["countryCode", { countryCode: "EGY" }, "two-letter country code"],
    ["languages", { languages: ["arabic"] }, "two-letter language codes"],
    ["alertEmails", { alertEmails: ["not-an-email"] }, "e-mail address"],
    ["weeklyCap", { weeklyCap: -1 }, "0 or more"],
    ["weeklyCap", { weeklyCap: 2.5 }, "whole number"],
    ["workingHours", { workingHours: { mon: [["09:00", "25:00"]] } }, "HH:MM"],
    ["name", { name: "  " }, "Required"],
  ];
  for (const [field, over, message] of bad) {
    it(`refuses a bad ${field} with a clear message and changes nothing`, async () => {
      const site = await admin.sites.create(fields());
      const errors = await fieldErrorsOf(admin.sites.update({ ...fields(over), id: site.id } as never));
      expect(Object.entries(errors).find(([path]) => path.startsWith(field))?.[1]?.join(" ")).toContain(message);
      expect(await admin.sites.get({ id: site.id })).toEqual(site);
    });
  }

  it("refuses overlapping working hours, naming the day, and changes nothing", async () => {
    const site = await admin.sites.create(fields());
    const errors = await fieldErrorsOf(admin.sites.update({ ...fields({ workingHours: { tue: [["09:00", "13:00"], ["12:00", "17:00"]] } }), id: site.id }));
    expect(errors.workingHours).toEqual(["tue: ranges overlap"]);
    expect(await admin.sites.get({ id: site.id })).toEqual(site);
    expect(await deps.db.auditLog.count({ where: { entityId: site.id, action: "site.update" } })).toBe(0);
  });
});

describe("sites.update", () => {
  it("persists the change and audits the changed field names only", async () => {
    const site = await admin.sites.create(fields());
    const input = { ...fields({ name: site.name, city: "Alexandria", timeZone: "Europe/Paris", weeklyCap: null, workingHours: { sat: [["22:00", "06:00"]] } }), id: site.id };
    const saved = await admin.sites.update(input);
    expect(saved).toMatchObject({ city: "Alexandria", timeZone: "Europe/Paris", weeklyCap: null, workingHours: { sat: [["22:00", "06:00"]] } });
    expect(await admin.sites.get({ id: site.id })).toEqual(saved);
    const audit = await deps.db.auditLog.findMany({ where: { entityId: site.id, action: "site.update" } });
    expect(audit).toHaveLength(1);
    expect((audit[0]!.metadata as { fields: string[] }).fields.sort()).toEqual(["city", "timeZone", "weeklyCap", "workingHours"]);
    expect(JSON.stringify(audit[0]!.metadata)).not.toContain("Alexandria");
    // Saving the same values again is not a change.
    await admin.sites.update(input);
    expect(await deps.db.auditLog.count({ where: { entityId: site.id, action: "site.update" } })).toBe(1);
  });
});

describe("sites.adminList", () => {
  it("counts studies, active coordinators and open inquiries, and searches by name or city", async () => {
    const { study, sites } = await makeStudy(deps);
    const site = sites[0]!;
    const city = `Town${randomUUID().slice(0, 6)}`;
    await deps.db.site.update({ where: { id: site.id }, data: { city } });
    await makeUser(deps, "COORDINATOR", [site.id]);
    await makeInquiry(deps, { studyId: study.id, siteId: site.id });
    const closed = await makeInquiry(deps, { studyId: study.id, siteId: site.id });
    await deps.db.inquiry.update({ where: { id: closed.id }, data: { status: "SPAM" } });
    const other = await makeSite(deps);

    const found = await admin.sites.adminList({ search: city.toUpperCase() });
    expect(found).toEqual([expect.objectContaining({ id: site.id, studies: 1, coordinators: 1, openInquiries: 1 })]);
    expect((await admin.sites.adminList({ search: other.name })).map((s) => s.id)).toEqual([other.id]);
    expect(await admin.sites.adminList({ search: "%_no-such-site" })).toEqual([]);
  });
});
