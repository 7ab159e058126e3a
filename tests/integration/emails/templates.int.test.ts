// The admin template procedures: coverage, editing with versions and audit, validation with
// positions, server-rendered preview, test send; and who may call them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "../../../server/emails/enqueue-email";
import { readDefaultTemplates } from "../../../server/emails/default-templates";
import { sampleVariables } from "../../../server/emails/template-catalog";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { startEmailStack, type EmailStack } from "./email-harness";

let stack: EmailStack;
beforeAll(async () => {
  stack = await startEmailStack({ worker: false });
});
afterAll(() => stack?.close());

const english = (key: string) => readDefaultTemplates().find((t) => t.key === key && t.locale === "en")!.content;

describe("templates", () => {
  it("lists every key with its language coverage, and shows a missing language", async () => {
    const admin = callerAs(stack.deps, await makeUser(stack.deps, "ADMIN"));
    await stack.deps.db.emailTemplate.deleteMany({ where: { key: "share.send-to-friend", locale: "fr" } });
    const list = await admin.templates.list();
    expect(list).toHaveLength(13);
    expect(list.find((t) => t.key === "inquiry.site-alert")!.missing).toEqual([]);
    const share = list.find((t) => t.key === "share.send-to-friend")!;
    expect(share.missing).toEqual(["fr"]);
    expect(share.locales.map((l) => [l.locale, l.version])).toEqual([["en", 1], ["ar", 1], ["es", 1], ["fr", null]]);

    const editor = await admin.templates.get({ key: "share.send-to-friend", locale: "fr" });
    expect(editor.current).toBeNull();
    expect(editor.fallback!.subject).toBe("A clinical study was shared with you");
  });

  it("saving creates the next version with its audit row; sent messages record the version they used", async () => {
    const user = await makeUser(stack.deps, "ADMIN");
    const admin = callerAs(stack.deps, user);
    const base = english("sla.reminder");
    const edited = { ...base, subject: "Waiting for first contact: {{OVERDUE_COUNT}}" };
    const saved = await admin.templates.save({ key: "sla.reminder", locale: "en", baseVersion: 1, ...edited });
    expect(saved).toMatchObject({ saved: true, template: { version: 2, subject: edited.subject, createdBy: { id: user.id } } });

    const audit = await stack.deps.db.auditLog.findMany({ where: { entityId: saved.template.id } });
    expect(audit).toMatchObject([{ actorId: user.id, action: "template.update", entityType: "EmailTemplate", metadata: { key: "sla.reminder", locale: "en", version: 2 } }]);

    const editor = await admin.templates.get({ key: "sla.reminder", locale: "en" });
    expect(editor.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await admin.templates.version({ key: "sla.reminder", locale: "en", version: 1 })).subject).toBe(base.subject);

    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `v2-${Date.now()}`, templateKey: "sla.reminder", locale: "en", to: { address: "c@example.org" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    const message = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(message.templateId).toBe(saved.template.id);
    expect(message.subject).toBe("Waiting for first contact: 3");

    // The translations are now older than the English text.
    const row = (await admin.templates.list()).find((t) => t.key === "sla.reminder")!;
    expect(row.locales.filter((l) => l.outdated).map((l) => l.locale)).toEqual(["ar", "es", "fr"]);

    await expect(admin.templates.save({ key: "sla.reminder", locale: "en", baseVersion: 1, ...base })).rejects.toMatchObject({ code: "CONFLICT" });
    const unchanged = await admin.templates.save({ key: "sla.reminder", locale: "en", baseVersion: 2, ...edited });
    expect(unchanged).toMatchObject({ saved: false, template: { version: 2 } });
  });

  it("refuses a template with sections, unknown or missing variables, naming field, line and column", async () => {
    const admin = callerAs(stack.deps, await makeUser(stack.deps, "ADMIN"));
    const base = english("inquiry.site-alert");
    const html = `<p>Hello</p>\n<p>{{#STUDY_TITLE}}x{{/STUDY_TITLE}} {{PATIENT_PHONE}}</p>`;
    const attempt = admin.templates.save({ key: "inquiry.site-alert", locale: "en", baseVersion: 1, ...base, html, subject: "New inquiry for {{STUDY_TITLE}}" });
    await expect(attempt).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    const error = (await attempt.catch((e: { cause: { fieldErrors: Record<string, string[]> } }) => e.cause.fieldErrors)) as Record<string, string[]>;
    expect(error.subject).toEqual([expect.stringContaining("{{STUDY_TITLE}} may not appear in the subject")]);
    expect(error.html).toEqual([
      expect.stringContaining("sections ({{#…}}) are not (line 2, column 4)"),
      expect.stringContaining("section ends ({{/…}}) are not (line 2, column 21)"),
    ]);

    const preview = await admin.templates.preview({ key: "inquiry.site-alert", locale: "en", ...base, html: "<p>{{PATIENT_PHONE}}</p>\n{{{INQUIRY_URL}}}" });
    expect(preview.rendered).toBeNull();
    expect(preview.issues).toEqual([expect.objectContaining({ field: "html", code: "UNSUPPORTED_TAG", line: 2, column: 1 })]);

    const unknown = await admin.templates.preview({ key: "inquiry.site-alert", locale: "en", ...base, html: "<p>{{PATIENT_PHONE}}</p>" });
    expect(unknown.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "html", code: "UNKNOWN_VARIABLE", variable: "PATIENT_PHONE", line: 1, column: 4 }),
        expect.objectContaining({ field: "html", code: "MISSING_REQUIRED", variable: "INQUIRY_URL", line: null }),
      ]),
    );
    expect(unknown.rendered!.html).toContain("<p></p>");
  });

  it("previews on the server exactly what is sent, in the language's direction", async () => {
    const admin = callerAs(stack.deps, await makeUser(stack.deps, "ADMIN"));
    const editor = await admin.templates.get({ key: "inquiry.patient-confirmation", locale: "ar" });
    const preview = await admin.templates.preview({ key: "inquiry.patient-confirmation", locale: "ar", ...editor.current! });
    expect(preview.issues).toEqual([]);
    expect(preview.rendered!.html).toContain('<html lang="ar" dir="rtl">');
    expect(preview.rendered!.html).toContain("مرحبًا ليلى،");
    expect(preview.rendered!.text).toContain("مستشفى أسيوط الجامعي للأطفال");
    expect(editor.variables.find((v) => v.name === "FIRST_NAME")).toMatchObject({ required: true, inSubject: false, sample: "ليلى" });
  });

  it("sends a test of the draft to the admin's own address, audited", async () => {
    const user = await makeUser(stack.deps, "ADMIN");
    const admin = callerAs(stack.deps, user);
    const draft = { ...english("alerts.digest"), subject: "Draft digest: {{STUDY_COUNT}}" };
    const sent = await admin.templates.sendTest({ key: "alerts.digest", locale: "en", ...draft });
    expect(sent.to).toBe(user.email);
    const message = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(message).toMatchObject({ toAddress: user.email, subject: "Draft digest: 2", status: "QUEUED", kind: "ALERT", templateId: null });
    expect(message.html).toContain('<a href="https:&#47;&#47;trials.example.org&#47;studies&#47;NCT07068126">');
    const audit = await stack.deps.db.auditLog.findMany({ where: { actorId: user.id, action: "template.test-send" } });
    expect(audit).toMatchObject([{ entityType: "EmailMessage", entityId: message.id }]);
  });

  it("coordinators may not read or change templates", async () => {
    const site = await makeSite(stack.deps);
    const coordinator = callerAs(stack.deps, await makeUser(stack.deps, "COORDINATOR", [site.id]));
    const ref = { key: "sla.reminder", locale: "en" };
    for (const call of [
      () => coordinator.templates.list(),
      () => coordinator.templates.get(ref),
      () => coordinator.templates.version({ ...ref, version: 1 }),
      () => coordinator.templates.preview({ ...ref, ...english("sla.reminder") }),
      () => coordinator.templates.save({ ...ref, baseVersion: 1, ...english("sla.reminder") }),
      () => coordinator.templates.sendTest({ ...ref, ...english("sla.reminder") }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
