// The outbox procedures (admins read every message as sent) and the per-inquiry e-mail list used
// on an inquiry's timeline (scoped to the coordinator's sites).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "../../../server/emails/enqueue-email";
import { sampleVariables } from "../../../server/emails/template-catalog";
import { listInquiryEmails } from "../../../server/modules/outbox/list-inquiry-emails";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { startEmailStack, type EmailStack } from "./email-harness";
import { waitFor } from "./smtp-sink";

let stack: EmailStack;
beforeAll(async () => {
  // No SMTP_URL: the built-in outbox.
  stack = await startEmailStack({ smtpUrl: undefined });
});
afterAll(() => stack?.close());

async function makeInquiry(siteId: string) {
  const tag = randomUUID().slice(0, 8);
  const study = await stack.deps.db.study.create({ data: { nctId: `NCT9${tag}`, title: `Outbox study ${tag}` } });
  return stack.deps.db.inquiry.create({
    data: {
      reference: `T-${tag}`,
      studyId: study.id,
      siteId,
      firstName: "Amal",
      lastName: "Test",
      email: `amal-${tag}@example.org`,
      emailNormalized: `amal-${tag}@example.org`,
      phone: "+201000000000",
      language: "ar",
      consent: true,
      consentTextVersion: "v1",
      consentedAt: new Date(),
    },
  });
}

describe("outbox", () => {
  it("admins page through messages by status and read one as the recipient sees it", async () => {
    const admin = callerAs(stack.deps, await makeUser(stack.deps, "ADMIN"));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await stack.deps.db.$transaction((tx) =>
        enqueueEmail(tx, {
          eventKey: `outbox-${randomUUID()}`,
          templateKey: "alerts.trial",
          locale: "ar",
          to: { address: `subscriber-${i}@example.org`, name: "Subscriber" },
          vars: sampleVariables("alerts.trial", "ar"),
          unsubscribeUrl: "https://trials.example.org/unsubscribe/t",
        }),
      );
      ids.push(r.id);
    }
    await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `outbox-bad-${randomUUID()}`, templateKey: "sla.reminder", locale: "en", to: { address: "not an address" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    await waitFor(async () => (await stack.deps.db.emailMessage.count({ where: { id: { in: ids }, status: "SENT" } })) === 3, "outbox delivery");

    const page1 = await admin.outbox.list({ page: 1, perPage: 2, status: "SENT" });
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBe(3);
    expect(page1.counts).toMatchObject({ SENT: 3, FAILED: 1, QUEUED: 0 });
    expect(page1.items[0]).not.toHaveProperty("html");
    const page2 = await admin.outbox.list({ page: 2, perPage: 2, status: "SENT" });
    expect([...page1.items, ...page2.items].map((m) => m.id).sort()).toEqual([...ids].sort());
    expect((await admin.outbox.list({ page: 1, perPage: 25, status: "FAILED" })).items).toMatchObject([{ lastError: "not sent: recipient not a plain e-mail address" }]);

    const message = await admin.outbox.get({ id: ids[0]! });
    expect(message).toMatchObject({ status: "SENT", transport: "outbox", kind: "ALERT", locale: "ar", templateVersion: 1 });
    expect(message.html).toContain('dir="rtl"');
    expect(message.text).toContain("إلغاء الاشتراك: https://trials.example.org/unsubscribe/t");
    const headers = Object.fromEntries(message.headers);
    expect(headers).toMatchObject({
      From: stack.deps.config.mailFrom,
      To: "Subscriber <subscriber-0@example.org>",
      "List-Unsubscribe": "<https://trials.example.org/unsubscribe/t>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    });
    expect(headers["Message-ID"]).toMatch(/^<.+@.+>$/);
  });

  it("coordinators may not read the outbox", async () => {
    const site = await makeSite(stack.deps);
    const coordinator = callerAs(stack.deps, await makeUser(stack.deps, "COORDINATOR", [site.id]));
    await expect(coordinator.outbox.list({ page: 1, perPage: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(coordinator.outbox.get({ id: randomUUID() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("an inquiry's e-mails", () => {
  it("lists status, attempts and errors for the inquiry's own site, and NOT_FOUND for other sites", async () => {
    const [siteA, siteB] = [await makeSite(stack.deps), await makeSite(stack.deps)];
    const inquiry = await makeInquiry(siteA.id);
    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, {
        eventKey: `inquiry:${inquiry.id}:patient-confirmation`,
        templateKey: "inquiry.patient-confirmation",
        locale: "ar",
        to: { address: inquiry.email },
        vars: sampleVariables("inquiry.patient-confirmation", "ar"),
        inquiryId: inquiry.id,
      }),
    );
    await waitFor(async () => (await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } })).status === "SENT", "delivery");

    const mine = await makeUser(stack.deps, "COORDINATOR", [siteA.id]);
    const other = await makeUser(stack.deps, "COORDINATOR", [siteB.id]);
    const list = await listInquiryEmails(stack.deps.db, mine, inquiry.id);
    expect(list).toMatchObject([{ id, templateKey: "inquiry.patient-confirmation", status: "SENT", attempts: 1, lastError: null }]);
    expect(list[0]!.sentAt).toBeInstanceOf(Date);
    await expect(listInquiryEmails(stack.deps.db, other, inquiry.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
