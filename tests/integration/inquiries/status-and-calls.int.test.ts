// Inquiry page: status changes along the allowed transitions only, with reasons where required;
// time of first contact set once; calls counted as contact attempts, and "Unreachable" suggested
// (never applied) after the configured number of attempts.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: Awaited<ReturnType<typeof makeStudy>>;
let coord: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeStudy(deps);
  coord = await makeUser(deps, "COORDINATOR", [world.sites[0]!.id]);
});
afterAll(() => deps.db.$disconnect());

const newInquiry = (status?: "NEW" | "ATTEMPTING_CONTACT" | "CONTACTED" | "PRE_SCREENING" | "ELIGIBLE") =>
  makeInquiry(deps, { studyId: world.study.id, siteId: world.sites[0]!.id, status });
const counts = async (id: string) => ({
  changes: await deps.db.inquiryStatusChange.count({ where: { inquiryId: id } }),
  audits: await deps.db.auditLog.count({ where: { entityId: id } }),
  activities: await deps.db.activity.count({ where: { inquiryId: id } }),
});

describe("status changes", () => {
  it("walks New → Attempting contact → Contacted → Pre-screening → Eligible → Scheduled, keeping who, when and why", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, coord).inquiries;
    const steps = [["ATTEMPTING_CONTACT", "Called twice"], ["CONTACTED", undefined], ["PRE_SCREENING", "Questionnaire"], ["ELIGIBLE", "Meets criteria"], ["SCHEDULED", "Visit on Tuesday"]] as const;
    for (const [to, reason] of steps) {
      const after = await api.changeStatus({ id: inquiry.id, to, reason });
      expect(after.status).toBe(to);
    }
    const rows = await deps.db.inquiryStatusChange.findMany({ where: { inquiryId: inquiry.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.fromStatus, r.toStatus, r.reason, r.changedById])).toEqual([
      ["NEW", "ATTEMPTING_CONTACT", "Called twice", coord.id],
      ["ATTEMPTING_CONTACT", "CONTACTED", null, coord.id],
      ["CONTACTED", "PRE_SCREENING", "Questionnaire", coord.id],
      ["PRE_SCREENING", "ELIGIBLE", "Meets criteria", coord.id],
      ["ELIGIBLE", "SCHEDULED", "Visit on Tuesday", coord.id],
    ]);
    const audit = await deps.db.auditLog.findMany({ where: { entityId: inquiry.id, action: "inquiry.status-change" } });
    expect(audit).toHaveLength(5);
    expect(audit.every((a) => a.actorId === coord.id && a.siteId === world.sites[0]!.id)).toBe(true);
  });

  it("refuses a transition that is not allowed, with a clear message, and writes nothing", async () => {
    const inquiry = await newInquiry();
    const before = await counts(inquiry.id);
    await expect(callerAs(deps, coord).inquiries.changeStatus({ id: inquiry.id, to: "ENROLLED" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An inquiry that is new cannot be set to enrolled.",
    });
    await expect(callerAs(deps, coord).inquiries.changeStatus({ id: inquiry.id, to: "NEW" })).rejects.toMatchObject({ message: "The inquiry is already new." });
    expect(await counts(inquiry.id)).toEqual(before);
    expect((await deps.db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("NEW");
  });

  it("requires a reason for Declined, Not eligible, Unreachable, Duplicate and Spam", async () => {
    const inquiry = await newInquiry("PRE_SCREENING");
    const api = callerAs(deps, coord).inquiries;
    const before = await counts(inquiry.id);
    for (const to of ["DECLINED", "NOT_ELIGIBLE"] as const) {
      await expect(api.changeStatus({ id: inquiry.id, to })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(api.changeStatus({ id: inquiry.id, to, reason: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await counts(inquiry.id)).toEqual(before);
    expect((await api.changeStatus({ id: inquiry.id, to: "NOT_ELIGIBLE", reason: "Age out of range" })).status).toBe("NOT_ELIGIBLE");
  });

  it("records the time of first contact once, on the first contacted status", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, coord).inquiries;
    await api.changeStatus({ id: inquiry.id, to: "ATTEMPTING_CONTACT" });
    expect((await deps.db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).firstContactAt).toBeNull();
    const contacted = await api.changeStatus({ id: inquiry.id, to: "CONTACTED" });
    expect(contacted.firstContactAt).toBeInstanceOf(Date);
    await api.changeStatus({ id: inquiry.id, to: "PRE_SCREENING" });
    const later = await api.changeStatus({ id: inquiry.id, to: "ELIGIBLE" });
    expect(later.firstContactAt).toEqual(contacted.firstContactAt);
    const audit = await deps.db.auditLog.findMany({ where: { entityId: inquiry.id, action: "inquiry.status-change" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.metadata as { firstContact: boolean }).firstContact)).toEqual([false, true, false, false]);
  });

  it("refuses a change made from a stale page as a conflict", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, coord).inquiries;
    await Promise.allSettled([api.changeStatus({ id: inquiry.id, to: "CONTACTED" }), api.changeStatus({ id: inquiry.id, to: "SPAM", reason: "Bot" })]);
    expect(await deps.db.inquiryStatusChange.count({ where: { inquiryId: inquiry.id } })).toBe(1);
  });
});

describe("calls", () => {
  it("counts unanswered calls, moves New to Attempting contact, and suggests Unreachable after the configured attempts", async () => {
    await deps.db.setting.upsert({ where: { key: "app" }, create: { key: "app", value: { unreachableAfterAttempts: 3 } }, update: {} });
    const threshold = (await callerAs(deps, coord).inquiries.get({ id: (await newInquiry()).id })).unreachableAfterAttempts;
    const inquiry = await newInquiry();
    const api = callerAs(deps, coord).inquiries;
    const first = await api.logCall({ id: inquiry.id, outcome: "NO_ANSWER" });
    expect(first).toMatchObject({ contactAttempts: 1, statusChangedTo: "ATTEMPTING_CONTACT", status: "ATTEMPTING_CONTACT" });
    expect(first.inquiry.status).toBe("ATTEMPTING_CONTACT");
    const outcomes = ["VOICEMAIL", "WRONG_NUMBER", "NO_ANSWER", "NO_ANSWER", "NO_ANSWER"] as const;
    let last = first;
    for (let n = 2; n <= threshold; n++) {
      expect(last.suggestUnreachable).toBe(false);
      last = await api.logCall({ id: inquiry.id, outcome: outcomes[(n - 2) % outcomes.length]!, note: "Left a message" });
      expect(last.contactAttempts).toBe(n);
      expect(last.statusChangedTo).toBeNull();
    }
    expect(last.suggestUnreachable).toBe(true);
    expect(last.inquiry.suggestUnreachable).toBe(true);
    // Suggested, never applied.
    expect(last.inquiry.status).toBe("ATTEMPTING_CONTACT");
    const calls = await deps.db.activity.findMany({ where: { inquiryId: inquiry.id, type: "CALL" } });
    expect(calls).toHaveLength(threshold);
    expect(await deps.db.inquiryStatusChange.count({ where: { inquiryId: inquiry.id } })).toBe(1);
  });

  it("does not count a call that reached the family, and moves to Contacted only when asked", async () => {
    const inquiry = await newInquiry("ATTEMPTING_CONTACT");
    const api = callerAs(deps, coord).inquiries;
    const plain = await api.logCall({ id: inquiry.id, outcome: "REACHED" });
    expect(plain).toMatchObject({ contactAttempts: 0, statusChangedTo: null, status: "ATTEMPTING_CONTACT" });
    const moved = await api.logCall({ id: inquiry.id, outcome: "REACHED", markContacted: true, note: "Mother answered" });
    expect(moved).toMatchObject({ contactAttempts: 0, statusChangedTo: "CONTACTED" });
    expect(moved.inquiry.firstContactAt).toBeInstanceOf(Date);
    // Contacted cannot become Contacted again: the call is still logged, the status left alone.
    const again = await api.logCall({ id: inquiry.id, outcome: "REACHED", markContacted: true });
    expect(again.statusChangedTo).toBeNull();
    expect(await deps.db.activity.count({ where: { inquiryId: inquiry.id, type: "CALL" } })).toBe(3);
  });

  it("refuses an unknown call outcome and writes nothing", async () => {
    const inquiry = await newInquiry();
    const before = await counts(inquiry.id);
    await expect(callerAs(deps, coord).inquiries.logCall({ id: inquiry.id, outcome: "BUSY" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await counts(inquiry.id)).toEqual(before);
  });
});
