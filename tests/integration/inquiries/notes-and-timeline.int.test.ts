// Inquiry page: the timeline (status changes, calls, notes, e-mails, assignment, follow-ups),
// private notes that nobody but their author ever gets back, assignment to site members only,
// follow-up dates, the view audit, and no health information in any audit row.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: Awaited<ReturnType<typeof makeStudy>>;
let author: Awaited<ReturnType<typeof makeUser>>;
let colleague: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let outsider: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeStudy(deps);
  author = await makeUser(deps, "COORDINATOR", [world.sites[0]!.id]);
  colleague = await makeUser(deps, "COORDINATOR", [world.sites[0]!.id]);
  outsider = await makeUser(deps, "COORDINATOR", [world.sites[1]!.id]);
  admin = await makeUser(deps, "ADMIN");
});
afterAll(() => deps.db.$disconnect());

const newInquiry = () => makeInquiry(deps, { studyId: world.study.id, siteId: world.sites[0]!.id });

describe("notes", () => {
  it("shows team notes to the team and a private note to its author only, admins included", async () => {
    const inquiry = await newInquiry();
    await callerAs(deps, author).inquiries.addNote({ id: inquiry.id, body: "Team: prefers calls after 5 pm", visibility: "TEAM" });
    const priv = await callerAs(deps, author).inquiries.addNote({ id: inquiry.id, body: "Private: sounded hesitant", visibility: "PRIVATE" });
    expect(priv.visibility).toBe("PRIVATE");
    const notes = async (who: typeof author) =>
      (await callerAs(deps, who).inquiries.timeline({ id: inquiry.id })).flatMap((e) => (e.kind === "NOTE" ? [e.body] : []));
    expect((await notes(author)).sort()).toEqual(["Private: sounded hesitant", "Team: prefers calls after 5 pm"]);
    expect(await notes(colleague)).toEqual(["Team: prefers calls after 5 pm"]);
    expect(await notes(admin)).toEqual(["Team: prefers calls after 5 pm"]);
    await expect(callerAs(deps, outsider).inquiries.timeline({ id: inquiry.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor does the private note leak through the inbox search text.
    const row = await deps.db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, select: { searchText: true } });
    expect(row.searchText).not.toContain("hesitant");
  });

  it("refuses an empty note and writes nothing", async () => {
    const inquiry = await newInquiry();
    await expect(callerAs(deps, author).inquiries.addNote({ id: inquiry.id, body: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await deps.db.activity.count({ where: { inquiryId: inquiry.id } })).toBe(0);
  });
});

describe("timeline", () => {
  it("lists status changes, calls, notes, assignment and follow-up newest first, with who did it", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, author).inquiries;
    await api.logCall({ id: inquiry.id, outcome: "NO_ANSWER" });
    await api.addNote({ id: inquiry.id, body: "Will try tomorrow" });
    await api.assign({ id: inquiry.id, assigneeId: colleague.id });
    const at = new Date(Date.now() + 3 * 24 * 3600_000);
    await api.setFollowUp({ id: inquiry.id, at });
    const timeline = await callerAs(deps, colleague).inquiries.timeline({ id: inquiry.id });
    // A status change caused by a call (same instant) shows above the call.
    expect(timeline.map((e) => e.kind)).toEqual(["FOLLOW_UP", "ASSIGNMENT", "NOTE", "STATUS", "CALL"]);
    const follow = timeline[0]!;
    expect(follow.kind === "FOLLOW_UP" && follow.followUpAt?.getTime()).toBe(at.getTime());
    const assignment = timeline[1]!;
    expect(assignment.kind === "ASSIGNMENT" && assignment.assignee).toEqual({ id: colleague.id, name: colleague.name });
    expect(timeline.every((e) => e.by?.id === author.id)).toBe(true);
  });
});

describe("assignment", () => {
  it("assigns to a coordinator of the inquiry's site, or to nobody", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, author).inquiries;
    expect((await api.assign({ id: inquiry.id, assigneeId: author.id })).assignee?.id).toBe(author.id);
    expect((await api.assign({ id: inquiry.id, assigneeId: null })).assignee).toBeNull();
    expect(await deps.db.auditLog.count({ where: { entityId: inquiry.id, action: "inquiry.assign" } })).toBe(2);
  });

  it("refuses someone who does not work at the site, and writes nothing", async () => {
    const inquiry = await newInquiry();
    for (const other of [outsider, admin]) {
      await expect(callerAs(deps, author).inquiries.assign({ id: inquiry.id, assigneeId: other.id })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    }
    const row = await deps.db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(row.assigneeId).toBeNull();
    expect(await deps.db.auditLog.count({ where: { entityId: inquiry.id } })).toBe(0);
  });

  it("lists the site's coordinators as possible assignees", async () => {
    const inquiry = await newInquiry();
    const detail = await callerAs(deps, author).inquiries.get({ id: inquiry.id });
    expect(detail.members.map((m) => m.id).sort()).toEqual([author.id, colleague.id].sort());
  });
});

describe("follow-up date", () => {
  it("sets and clears the next follow-up", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, author).inquiries;
    const at = new Date(Date.now() + 86_400_000);
    expect((await api.setFollowUp({ id: inquiry.id, at })).nextFollowUpAt?.getTime()).toBe(at.getTime());
    expect((await api.setFollowUp({ id: inquiry.id, at: null })).nextFollowUpAt).toBeNull();
  });

  it("refuses a date long past or years ahead, and writes nothing", async () => {
    const inquiry = await newInquiry();
    const api = callerAs(deps, author).inquiries;
    for (const at of [new Date(Date.now() - 10 * 86_400_000), new Date(Date.now() + 5 * 365 * 86_400_000)]) {
      await expect(api.setFollowUp({ id: inquiry.id, at })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    }
    expect((await deps.db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).nextFollowUpAt).toBeNull();
  });
});

describe("audit", () => {
  it("writes inquiry.view when the inquiry is opened, and a row for every change, with no health information", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const inquiry = await makeInquiry(deps, { studyId: world.study.id, siteId: world.sites[0]!.id, firstName: `Yasmin${tag}`, lastName: `Haddad${tag}`, email: `yasmin-${tag}@family.example.org` });
    const api = callerAs(deps, author).inquiries;
    await api.get({ id: inquiry.id });
    await api.logCall({ id: inquiry.id, outcome: "NO_ANSWER", note: `Call note ${tag}` });
    await api.addNote({ id: inquiry.id, body: `Team note ${tag}` });
    await api.addNote({ id: inquiry.id, body: `Private ${tag}`, visibility: "PRIVATE" });
    await api.assign({ id: inquiry.id, assigneeId: colleague.id });
    await api.setFollowUp({ id: inquiry.id, at: new Date(Date.now() + 86_400_000) });
    await api.changeStatus({ id: inquiry.id, to: "DECLINED", reason: `Declined because ${tag}` });
    await api.sendEmail({ id: inquiry.id, templateKey: "followup.tried-to-reach", idempotencyKey: `audit-${tag}-key`, text: `Hello ${tag}` });
    const rows = await deps.db.auditLog.findMany({ where: { entityId: inquiry.id } });
    expect(rows.map((r) => r.action).sort()).toEqual(
      ["inquiry.view", "inquiry.call-log", "inquiry.status-change", "inquiry.note-add", "inquiry.note-add", "inquiry.assign", "inquiry.follow-up-set", "inquiry.status-change", "inquiry.email-send"].sort(),
    );
    expect(rows.every((r) => r.actorId === author.id && r.actorType === "USER")).toBe(true);
    const metadata = JSON.stringify(rows.map((r) => r.metadata));
    for (const secret of [tag, inquiry.firstName, inquiry.email, inquiry.phone, inquiry.phone.slice(1)]) expect(metadata).not.toContain(secret);
  });

  it("does not audit a view of an inquiry the caller may not see", async () => {
    const inquiry = await newInquiry();
    await expect(callerAs(deps, outsider).inquiries.get({ id: inquiry.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await deps.db.auditLog.count({ where: { entityId: inquiry.id } })).toBe(0);
  });
});
