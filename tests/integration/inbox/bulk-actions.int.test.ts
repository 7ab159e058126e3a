// Bulk status, assignment and templated e-mail from the inbox: the same rules as on one inquiry,
// per row, with the rows that could not be changed reported and left as they were.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { createTestDeps } from "../../setup/test-deps";
import { makeInboxWorld, type InboxWorld } from "./inbox-world";

let deps: AppDeps;
let w: InboxWorld;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  w = await makeInboxWorld(deps);
});
afterAll(() => deps.db.$disconnect());

const statusOf = async (id: string) => (await deps.db.inquiry.findUniqueOrThrow({ where: { id } })).status;

describe("bulk status change", () => {
  it("moves every allowed row, records who and why, and reports the rest", async () => {
    const a1 = await w.inquiry({ siteId: w.siteA.id });
    const a2 = await w.inquiry({ siteId: w.siteA.id });
    const scheduled = await w.inquiry({ siteId: w.siteA.id, status: "SCHEDULED" });
    const atB = await w.inquiry({ siteId: w.siteB.id });
    const result = await w.caller(w.coordA).inbox.bulkStatus({ ids: [a1.id, a2.id, scheduled.id, atB.id], to: "ATTEMPTING_CONTACT" });
    expect(result.done).toEqual([a1.id, a2.id]);
    expect(result.failed).toEqual([
      { id: scheduled.id, code: "INVALID_TRANSITION", message: expect.any(String) },
      { id: atB.id, code: "NOT_FOUND", message: expect.any(String) },
    ]);
    expect(await statusOf(a1.id)).toBe("ATTEMPTING_CONTACT");
    expect(await statusOf(scheduled.id)).toBe("SCHEDULED");
    expect(await statusOf(atB.id)).toBe("NEW");
    const change = await deps.db.inquiryStatusChange.findFirstOrThrow({ where: { inquiryId: a2.id } });
    expect(change).toMatchObject({ fromStatus: "NEW", toStatus: "ATTEMPTING_CONTACT", changedById: w.coordA.id });
  });

  it("a closing status needs a reason; without one nothing changes", async () => {
    const a = await w.inquiry({ siteId: w.siteA.id });
    await expect(w.caller(w.coordA).inbox.bulkStatus({ ids: [a.id], to: "SPAM" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await statusOf(a.id)).toBe("NEW");
    const done = await w.caller(w.coordA).inbox.bulkStatus({ ids: [a.id], to: "SPAM", reason: "Automated submission" });
    expect(done.done).toEqual([a.id]);
  });

  it("refuses an empty selection and more than 100 rows", async () => {
    await expect(w.caller(w.coordA).inbox.bulkStatus({ ids: [], to: "CONTACTED" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const many = Array.from({ length: 101 }, () => randomUUID());
    await expect(w.caller(w.coordA).inbox.bulkStatus({ ids: many, to: "CONTACTED" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("bulk assignment", () => {
  it("gives rows to a coordinator of their site, or back to nobody", async () => {
    const a1 = await w.inquiry({ siteId: w.siteA.id });
    const a2 = await w.inquiry({ siteId: w.siteA.id, assigneeId: w.coordA.id });
    const given = await w.caller(w.coordA).inbox.bulkAssign({ ids: [a1.id, a2.id], assigneeId: w.coordA2.id });
    expect(given).toEqual({ done: [a1.id, a2.id], failed: [] });
    const listed = await w.caller(w.coordA2).inbox.list({ filters: { ...w.mine, assignee: "me" } });
    expect(listed.rows.map((r) => r.id).sort()).toEqual([a1.id, a2.id].sort());
    expect((await w.caller(w.coordA).inbox.bulkAssign({ ids: [a1.id], assigneeId: null })).done).toEqual([a1.id]);
  });

  it("refuses a person who is not a member of the row's site, and leaves it unassigned", async () => {
    const a = await w.inquiry({ siteId: w.siteA.id });
    const result = await w.caller(w.coordA).inbox.bulkAssign({ ids: [a.id], assigneeId: w.coordB.id });
    expect(result.failed).toEqual([{ id: a.id, code: "INVALID_INPUT", message: expect.any(String) }]);
    expect((await deps.db.inquiry.findUniqueOrThrow({ where: { id: a.id } })).assigneeId).toBeNull();
  });

  it("offers as assignees the members of the caller's sites", async () => {
    const people = await w.caller(w.coordA).inbox.assignees({});
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining([w.coordA.id, w.coordA2.id]));
    expect(people.map((p) => p.id)).not.toContain(w.coordB.id);
    expect(people.find((p) => p.id === w.coordA2.id)).toMatchObject({ siteIds: [w.siteA.id], role: "COORDINATOR" });
  });
});

describe("bulk templated e-mail", () => {
  it("previews the first family's message in their language, and sends one message per family once", async () => {
    const arabic = await w.inquiry({ siteId: w.siteA.id, firstName: "Salma", language: "ar" });
    const english = await w.inquiry({ siteId: w.siteA.id, firstName: "Adam", language: "en" });
    const ids = [arabic.id, english.id];
    const preview = await w.caller(w.coordA).inbox.bulkEmailPreview({ ids, templateKey: "followup.tried-to-reach" });
    expect(preview).toMatchObject({ to: arabic.email, locale: "ar", rtl: true, recipients: 2 });
    expect(preview.message.text).toContain("Salma");

    const idempotencyKey = `bulk-${randomUUID().slice(0, 12)}`;
    const sent = await w.caller(w.coordA).inbox.bulkEmail({ ids, templateKey: "followup.tried-to-reach", idempotencyKey });
    expect(sent).toEqual({ done: ids, failed: [] });
    // The same click again: no second message.
    await w.caller(w.coordA).inbox.bulkEmail({ ids, templateKey: "followup.tried-to-reach", idempotencyKey });
    const messages = await deps.db.emailMessage.findMany({ where: { inquiryId: { in: ids }, templateKey: "followup.tried-to-reach" } });
    expect(messages.map((m) => [m.toAddress, m.locale]).sort()).toEqual([[arabic.email, "ar"], [english.email, "en"]].sort());
  });

  it("reports a row whose template value is missing, and sends nothing for it", async () => {
    const a = await w.inquiry({ siteId: w.siteA.id });
    const result = await w.caller(w.coordA).inbox.bulkEmail({ ids: [a.id], templateKey: "followup.prescreen-booked", idempotencyKey: `bulk-${randomUUID().slice(0, 12)}` });
    expect(result.failed).toEqual([{ id: a.id, code: "INVALID_INPUT", message: expect.any(String) }]);
    expect(await deps.db.emailMessage.count({ where: { inquiryId: a.id } })).toBe(0);
  });
});
