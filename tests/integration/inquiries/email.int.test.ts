// Templated follow-up e-mails from the inquiry page: in the family's language, previewed exactly
// as sent, edited for one send (still escaped and laid out), sent through the outbox once per
// client key, with an EMAIL activity and an audit row; shown on the timeline with delivery status.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: Awaited<ReturnType<typeof makeStudy>>;
let coord: Awaited<ReturnType<typeof makeUser>>;
let outsider: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeStudy(deps);
  coord = await makeUser(deps, "COORDINATOR", [world.sites[0]!.id]);
  outsider = await makeUser(deps, "COORDINATOR", [world.sites[1]!.id]);
});
afterAll(() => deps.db.$disconnect());

const inquiry = (language = "en", otherLanguage: string | null = null) =>
  makeInquiry(deps, { studyId: world.study.id, siteId: world.sites[0]!.id, language, otherLanguage });
const key = () => `k-${crypto.randomUUID()}`;

describe("preview", () => {
  it("renders the template in the family's preferred language with the inquiry's values, writing nothing", async () => {
    const row = await inquiry("en", "ar");
    const preview = await callerAs(deps, coord).inquiries.previewEmail({ id: row.id, templateKey: "followup.tried-to-reach" });
    expect(preview.locale).toBe("ar");
    expect(preview.rtl).toBe(true);
    expect(preview.to).toBe(row.email);
    expect(preview.message.html).toContain('dir="rtl"');
    expect(preview.message.text).toContain(row.firstName);
    expect(preview.message.text).toContain(world.sites[0]!.name);
    expect(preview.template.text).toContain(row.firstName);
    expect(preview.template.text).not.toContain("-- \n");
    expect(preview.edited).toEqual([]);
    expect(await deps.db.emailMessage.count({ where: { inquiryId: row.id } })).toBe(0);
    expect(await deps.db.auditLog.count({ where: { entityId: row.id } })).toBe(0);
  });

  it("names the values the coordinator must type in", async () => {
    const row = await inquiry();
    const api = callerAs(deps, coord).inquiries;
    expect((await api.previewEmail({ id: row.id, templateKey: "followup.prescreen-booked" })).missing).toEqual(["APPOINTMENT_TIME", "APPOINTMENT_PLACE"]);
    const filled = await api.previewEmail({ id: row.id, templateKey: "followup.prescreen-booked", inputs: { APPOINTMENT_TIME: "Tuesday 10:30", APPOINTMENT_PLACE: "Clinic <2>" } });
    expect(filled.missing).toEqual([]);
    expect(filled.message.html).toContain("Clinic &lt;2&gt;");
  });

  it("lays out and escapes the coordinator's own text", async () => {
    const row = await inquiry();
    const preview = await callerAs(deps, coord).inquiries.previewEmail({
      id: row.id,
      templateKey: "followup.tried-to-reach",
      subject: "About your inquiry\r\nBcc: x@evil.example",
      text: "Hello <b>there</b>\n\nSee https://example.org/a?b=1&c=2 {{FIRST_NAME}}",
    });
    expect(preview.edited).toEqual(["subject", "text"]);
    expect(preview.message.subject).toBe("About your inquiry Bcc: x@evil.example");
    expect(preview.message.html).not.toContain("<b>there</b>");
    expect(preview.message.html).toContain("Hello &#60;b&#62;there&#60;&#47;b&#62;");
    expect(preview.message.html).toContain('<a href="https:&#47;&#47;example.org&#47;a?b&#61;1&#38;c&#61;2">');
    // Typed braces are text, not placeholders.
    expect(preview.message.text).toContain("{{FIRST_NAME}}");
    // Still inside the layout, with its footer.
    expect(preview.message.html).toContain("TrialConnect");
    expect(preview.message.text).toContain("-- \n");
  });

  it("is refused for an inquiry of another site", async () => {
    const row = await inquiry();
    await expect(callerAs(deps, outsider).inquiries.previewEmail({ id: row.id, templateKey: "followup.tried-to-reach" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("send", () => {
  it("queues one message in the outbox with an EMAIL activity and an audit row, even when sent twice with the same key", async () => {
    const row = await inquiry("fr");
    const api = callerAs(deps, coord).inquiries;
    const k = key();
    const input = { id: row.id, templateKey: "followup.not-eligible" as const, idempotencyKey: k, subject: "Votre demande" };
    const [a, b] = await Promise.all([api.sendEmail(input), api.sendEmail(input)]);
    const c = await api.sendEmail(input);
    expect(new Set([a.messageId, b.messageId, c.messageId]).size).toBe(1);
    expect([a.created, b.created, c.created].filter(Boolean)).toHaveLength(1);
    const messages = await deps.db.emailMessage.findMany({ where: { inquiryId: row.id } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ status: "QUEUED", locale: "fr", toAddress: row.email, subject: "Votre demande", templateKey: "followup.not-eligible" });
    expect(messages[0]!.headers).not.toHaveProperty("Auto-Submitted");
    expect(await deps.db.activity.count({ where: { inquiryId: row.id, type: "EMAIL" } })).toBe(1);
    const audit = await deps.db.auditLog.findMany({ where: { entityId: row.id, action: "inquiry.email-send" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.metadata).toEqual({ messageId: a.messageId, templateKey: "followup.not-eligible", locale: "fr", edited: ["subject"] });

    // A new key is a new message.
    await api.sendEmail({ ...input, idempotencyKey: key() });
    expect(await deps.db.emailMessage.count({ where: { inquiryId: row.id } })).toBe(2);
  });

  it("shows the message on the timeline with its delivery status, attempts, last error and sender", async () => {
    const row = await inquiry();
    const sent = await callerAs(deps, coord).inquiries.sendEmail({ id: row.id, templateKey: "followup.tried-to-reach", idempotencyKey: key() });
    await deps.db.emailMessage.update({ where: { id: sent.messageId }, data: { status: "FAILED", attempts: 3, lastError: "550 mailbox unavailable" } });
    const timeline = await callerAs(deps, coord).inquiries.timeline({ id: row.id });
    const entry = timeline.find((e) => e.kind === "EMAIL");
    expect(entry).toMatchObject({ kind: "EMAIL", by: { id: coord.id }, email: { id: sent.messageId, status: "FAILED", attempts: 3, lastError: "550 mailbox unavailable", templateKey: "followup.tried-to-reach" } });
  });

  it("refuses to send without the values the template needs, and writes nothing", async () => {
    const row = await inquiry();
    await expect(
      callerAs(deps, coord).inquiries.sendEmail({ id: row.id, templateKey: "followup.prescreen-booked", idempotencyKey: key(), inputs: { APPOINTMENT_TIME: "Tuesday" } }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT", cause: { fieldErrors: { "inputs.APPOINTMENT_PLACE": expect.any(Array) } } });
    expect(await deps.db.emailMessage.count({ where: { inquiryId: row.id } })).toBe(0);
    expect(await deps.db.activity.count({ where: { inquiryId: row.id } })).toBe(0);
  });

  it("refuses a template that is not a follow-up, and a bad key", async () => {
    const row = await inquiry();
    const api = callerAs(deps, coord).inquiries;
    await expect(api.sendEmail({ id: row.id, templateKey: "account.password-reset" as never, idempotencyKey: key() })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.sendEmail({ id: row.id, templateKey: "followup.tried-to-reach", idempotencyKey: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await deps.db.emailMessage.count({ where: { inquiryId: row.id } })).toBe(0);
  });
});
