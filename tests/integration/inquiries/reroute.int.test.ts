// Re-routing: allowed to an admin, or to a coordinator of both the current and the new site; needs
// a reason; writes a REROUTE decision and activity, moves the inquiry and alerts the new site once.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";
import { getSettings } from "../../../server/modules/settings/settings";
import { computeSlaDueAt } from "../../../server/modules/sla/sla-due-at";

let deps: AppDeps;
let world: Awaited<ReturnType<typeof makeStudy>>;
let coordA: Awaited<ReturnType<typeof makeUser>>;
let coordB: Awaited<ReturnType<typeof makeUser>>;
let coordBoth: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeStudy(deps);
  const [a, b] = world.sites;
  coordA = await makeUser(deps, "COORDINATOR", [a!.id]);
  coordB = await makeUser(deps, "COORDINATOR", [b!.id]);
  coordBoth = await makeUser(deps, "COORDINATOR", [a!.id, b!.id]);
  admin = await makeUser(deps, "ADMIN");
});
afterAll(() => deps.db.$disconnect());

async function inquiryAtA() {
  const inquiry = await makeInquiry(deps, { studyId: world.study.id, siteId: world.sites[0]!.id, assigneeId: coordA.id, language: "fr" });
  await deps.db.routingDecision.create({
    data: {
      inquiryId: inquiry.id,
      chosenSiteId: world.sites[0]!.id,
      rule: "NEAREST_LANGUAGE_MATCH",
      rulesApplied: ["ELIGIBLE_SITES", "DISTANCE", "LANGUAGE"],
      candidates: [
        { siteId: world.sites[0]!.id, name: world.sites[0]!.name, distanceKm: 1.4, languageMatch: true, eligible: true, overCapacity: false, rank: 1, reason: "CHOSEN" },
        { siteId: world.sites[1]!.id, name: world.sites[1]!.name, distanceKm: 317.2, languageMatch: true, eligible: true, overCapacity: false, rank: 2, reason: "BEYOND_TOLERANCE" },
      ],
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  return inquiry;
}

const snapshot = async (id: string) => ({
  inquiry: await deps.db.inquiry.findUniqueOrThrow({ where: { id }, select: { siteId: true, assigneeId: true } }),
  decisions: await deps.db.routingDecision.count({ where: { inquiryId: id } }),
  activities: await deps.db.activity.count({ where: { inquiryId: id } }),
  emails: await deps.db.emailMessage.count({ where: { inquiryId: id } }),
  audits: await deps.db.auditLog.count({ where: { entityId: id } }),
});

describe("routing explanation", () => {
  it("shows the rule, the steps and the other candidates with their distances", async () => {
    const inquiry = await inquiryAtA();
    const detail = await callerAs(deps, coordA).inquiries.get({ id: inquiry.id });
    expect(detail.routing).toMatchObject({ kind: "INITIAL", rule: "NEAREST_LANGUAGE_MATCH", rulesApplied: ["ELIGIBLE_SITES", "DISTANCE", "LANGUAGE"] });
    expect(detail.routing!.candidates.map((c) => [c.name, c.distanceKm, c.reason])).toEqual([
      [world.sites[0]!.name, 1.4, "CHOSEN"],
      [world.sites[1]!.name, 317.2, "BEYOND_TOLERANCE"],
    ]);
  });
});

describe("re-route permissions", () => {
  it("refuses a coordinator of the current site only (nothing written) and hides the inquiry from one of the target site only", async () => {
    const inquiry = await inquiryAtA();
    const before = await snapshot(inquiry.id);
    expect((await callerAs(deps, coordA).inquiries.get({ id: inquiry.id })).rerouteTargets).toEqual([]);
    await expect(callerAs(deps, coordA).inquiries.reroute({ id: inquiry.id, siteId: world.sites[1]!.id, reason: "Family moved to Cairo" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(deps, coordB).inquiries.reroute({ id: inquiry.id, siteId: world.sites[1]!.id, reason: "Family moved to Cairo" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await snapshot(inquiry.id);
    // The two refusals wrote nothing but the view audit of the `get` above.
    expect({ ...after, audits: after.audits - 1 }).toEqual(before);
  });

  it("lets a coordinator of both sites move it: decision, activity, audit, assignee cleared, new site alerted once", async () => {
    const inquiry = await inquiryAtA();
    const detail = await callerAs(deps, coordBoth).inquiries.get({ id: inquiry.id });
    expect(detail.rerouteTargets.map((s) => s.id)).toEqual([world.sites[1]!.id]);
    const moved = await callerAs(deps, coordBoth).inquiries.reroute({ id: inquiry.id, siteId: world.sites[1]!.id, reason: "Family moved to Cairo" });
    expect(moved.site?.id).toBe(world.sites[1]!.id);
    expect(moved.assignee).toBeNull();
    expect(moved.routing).toMatchObject({ kind: "REROUTE", rule: "REROUTE", reason: "Family moved to Cairo", decidedBy: { id: coordBoth.id } });
    // The ranking made at intake stays visible.
    expect(moved.routing!.candidates).toHaveLength(2);
    // Site B speaks ar, en, fr: the French-speaking family needs no interpreter there.
    expect(moved.interpreterNeeded).toBe(false);
    const activity = await deps.db.activity.findFirstOrThrow({ where: { inquiryId: inquiry.id, type: "REROUTE" } });
    expect(activity.metadata).toMatchObject({ fromSiteId: world.sites[0]!.id, toSiteId: world.sites[1]!.id });
    const audit = await deps.db.auditLog.findFirstOrThrow({ where: { entityId: inquiry.id, action: "inquiry.reroute" } });
    expect(audit.metadata).toMatchObject({ fromSiteId: world.sites[0]!.id, toSiteId: world.sites[1]!.id });
    const alerts = await deps.db.emailMessage.findMany({ where: { inquiryId: inquiry.id, templateKey: "inquiry.site-alert" } });
    const recipients = alerts.map((m) => m.toAddress).sort();
    expect(recipients).toEqual([...world.sites[1]!.alertEmails, coordB.email, coordBoth.email].map((a) => a.toLowerCase()).sort());
    expect(alerts.every((m) => m.text.includes(`/dashboard/inquiries/${inquiry.id}`) && !m.html.includes(inquiry.firstName) && !m.text.includes(inquiry.email))).toBe(true);
    // Coordinator A no longer sees it.
    await expect(callerAs(deps, coordA).inquiries.get({ id: inquiry.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same request again (double click) moves nothing and alerts no one.
    await expect(callerAs(deps, coordBoth).inquiries.reroute({ id: inquiry.id, siteId: world.sites[1]!.id, reason: "Family moved to Cairo" })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(await deps.db.emailMessage.count({ where: { inquiryId: inquiry.id, templateKey: "inquiry.site-alert" } })).toBe(alerts.length);
  });

  it("lets an admin move it anywhere in the study, but not to a site outside the study", async () => {
    const inquiry = await inquiryAtA();
    const other = await makeStudy(deps);
    const before = await snapshot(inquiry.id);
    await expect(callerAs(deps, admin).inquiries.reroute({ id: inquiry.id, siteId: other.sites[0]!.id, reason: "Wrong study" })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(await snapshot(inquiry.id)).toEqual(before);
    const moved = await callerAs(deps, admin).inquiries.reroute({ id: inquiry.id, siteId: world.sites[1]!.id, reason: "Closer to family" });
    expect(moved.site?.id).toBe(world.sites[1]!.id);
  });

  it("requires a reason", async () => {
    const inquiry = await inquiryAtA();
    const before = await snapshot(inquiry.id);
    await expect(callerAs(deps, admin).inquiries.reroute({ id: inquiry.id, siteId: world.sites[1]!.id, reason: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await snapshot(inquiry.id)).toEqual(before);
  });

  it("recomputes the first-contact due time in the new site's working hours, unless the family was already contacted", async () => {
    const hours = { sun: [["09:00", "15:00"]], mon: [["09:00", "15:00"]], tue: [["09:00", "15:00"]], wed: [["09:00", "15:00"]], thu: [["09:00", "15:00"]] };
    await deps.db.site.update({ where: { id: world.sites[1]!.id }, data: { workingHours: hours } });
    const waiting = await inquiryAtA();
    const moved = await callerAs(deps, admin).inquiries.reroute({ id: waiting.id, siteId: world.sites[1]!.id, reason: "Closer to family" });
    const settings = await getSettings(deps.db);
    const expected = computeSlaDueAt({ timeZone: "Africa/Cairo", workingHours: hours }, waiting.createdAt, settings.slaWorkingHours * 60);
    expect(moved.slaDueAt?.getTime()).toBe(expected.getTime());

    const contacted = await inquiryAtA();
    const due = new Date(Date.now() + 3600_000);
    await deps.db.inquiry.update({ where: { id: contacted.id }, data: { status: "CONTACTED", firstContactAt: new Date(), slaDueAt: due } });
    const kept = await callerAs(deps, admin).inquiries.reroute({ id: contacted.id, siteId: world.sites[1]!.id, reason: "Closer to family" });
    expect(kept.slaDueAt?.getTime()).toBe(due.getTime());
  });
});
