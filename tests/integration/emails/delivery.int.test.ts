// End to end through a real SMTP server: enqueue in a transaction, pg-boss job, worker, nodemailer,
// smtp-server, mailparser. Checks language and direction, what the site alert may not contain,
// the headers, and that names and subjects cannot add headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail, type EnqueueEmailInput } from "../../../server/emails/enqueue-email";
import { sampleVariables } from "../../../server/emails/template-catalog";
import { startEmailStack, type EmailStack } from "./email-harness";
import { SmtpSink, waitFor, type ReceivedMail } from "./smtp-sink";

let sink: SmtpSink;
let stack: EmailStack;

beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await startEmailStack({ smtpUrl: sink.url });
});
afterAll(async () => {
  await stack?.close();
  await sink?.down();
});

let n = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${n++}`;

async function send(input: Omit<EnqueueEmailInput, "eventKey"> & { eventKey?: string }): Promise<{ id: string; mail: ReceivedMail }> {
  const { id } = await stack.deps.db.$transaction((tx) => enqueueEmail(tx, { eventKey: unique("evt"), ...input }));
  const row = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
  const mail = await waitFor(() => sink.received.find((m) => m.messageId === row.messageId), `message ${id} at the SMTP server`);
  return { id, mail };
}

describe("patient confirmation", () => {
  it("reaches the patient in Arabic, right to left, with their first name and the site's name", async () => {
    const address = `${unique("parent")}@example.org`;
    const { id, mail } = await send({
      templateKey: "inquiry.patient-confirmation",
      locale: "ar-EG",
      to: { address, name: "ليلى حسن" },
      vars: { ...sampleVariables("inquiry.patient-confirmation", "ar"), FIRST_NAME: "ليلى", SITE_NAME: "مستشفى أسيوط الجامعي" },
    });
    expect(mail.envelopeTo).toEqual([address]);
    expect(mail.parsed.subject).toBe("نسخة من رسالتك إلى فريق البحث");
    expect(mail.parsed.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.parsed.html).toContain("مستشفى أسيوط الجامعي");
    expect(mail.parsed.html).toContain("مرحبًا ليلى،");
    expect(mail.parsed.text).toContain("لقد أرسلنا بيانات الاتصال التي قدّمتها إلى فريق البحث في مستشفى أسيوط الجامعي");
    expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.parsed.headers.get("list-unsubscribe")).toBeUndefined();

    const row = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id }, include: { template: true } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, transport: "smtp", locale: "ar", lastError: null });
    expect(row.template).toMatchObject({ key: "inquiry.patient-confirmation", locale: "ar", version: 1 });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("falls back to English for a language without templates", async () => {
    const { mail } = await send({
      templateKey: "inquiry.patient-confirmation",
      locale: "de",
      to: { address: `${unique("p")}@example.org` },
      vars: sampleVariables("inquiry.patient-confirmation", "en"),
    });
    expect(mail.parsed.subject).toBe("Copy of your message to the research team");
    expect(mail.parsed.html).toMatch(/<html lang="en" dir="ltr">/);
    expect(mail.parsed.text).toContain("We have submitted the contact information you provided to the research team at");
  });
});

describe("site alert", () => {
  it("never contains the patient's name, phone or e-mail, even when a caller passes them", async () => {
    const patient = { FIRST_NAME: "Zeinab", LAST_NAME: "Abdelrahman", PHONE: "+201001234567", EMAIL: "zeinab.family@example.org" };
    const { mail } = await send({
      templateKey: "inquiry.site-alert",
      locale: "en",
      to: { address: `${unique("site")}@hospital.example.org`, name: "Study team" },
      vars: { ...sampleVariables("inquiry.site-alert", "en"), ...patient, INQUIRY_URL: "https://trials.example.org/dashboard/inquiries/abc" },
    });
    for (const value of Object.values(patient)) expect(mail.raw).not.toContain(value);
    expect(mail.parsed.subject).toBe("New inquiry K7P-3QX9 for NCT07068126");
    expect(mail.parsed.html).toContain('href="https:&#x2F;&#x2F;trials.example.org&#x2F;dashboard&#x2F;inquiries&#x2F;abc"');
    expect(mail.parsed.text).toContain("https://trials.example.org/dashboard/inquiries/abc");
  });
});

describe("headers", () => {
  it("keeps the stored Message-ID, and alerts carry one-click unsubscribe", async () => {
    const { id, mail } = await send({
      templateKey: "alerts.trial",
      locale: "fr",
      to: { address: `${unique("sub")}@example.org` },
      vars: sampleVariables("alerts.trial", "fr"),
      unsubscribeUrl: "https://trials.example.org/unsubscribe/tok-123",
    });
    const row = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.kind).toBe("ALERT");
    expect(row.messageId).toMatch(/^<[0-9a-f-]{36}@[a-z0-9.-]+>$/);
    expect(mail.messageId).toBe(row.messageId);
    expect(mail.parsed.headers.get("list")).toMatchObject({ unsubscribe: { url: "https://trials.example.org/unsubscribe/tok-123" } });
    expect(mail.rawHeaders).toMatch(/^List-Unsubscribe: <https:\/\/trials\.example\.org\/unsubscribe\/tok-123>$/m);
    expect(mail.rawHeaders).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(mail.parsed.html).toContain("Se désabonner");
  });

  it("a person's own message (send to a friend) is not marked auto-generated", async () => {
    const { mail } = await send({
      templateKey: "share.send-to-friend",
      locale: "es",
      to: { address: `${unique("friend")}@example.org` },
      vars: sampleVariables("share.send-to-friend", "es"),
    });
    expect(mail.parsed.headers.get("auto-submitted")).toBeUndefined();
  });

  it("a name or a subject with CR/LF cannot add headers or recipients", async () => {
    const address = `${unique("bob")}@example.org`;
    const { mail } = await send({
      templateKey: "account.invitation",
      locale: "en",
      to: { address, name: "Bob\r\nBcc: x@evil.example" },
      vars: { ...sampleVariables("account.invitation", "en"), INVITER_NAME: "Eve\r\nBcc: y@evil.example\r\nX-Injected: 1\n\nbody" },
    });
    expect(mail.envelopeTo).toEqual([address]);
    expect(sink.rcptAttempts.filter((a) => a.includes("evil"))).toEqual([]);
    expect(mail.rawHeaders).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(mail.parsed.headers.has("bcc")).toBe(false);
    expect(mail.parsed.headers.has("x-injected")).toBe(false);
    expect(mail.parsed.subject).toBe("Eve Bcc: y@evil.example X-Injected: 1 body invited you to TrialConnect");
    expect(mail.parsed.to).toMatchObject({ value: [{ address, name: "Bob Bcc: x@evil.example" }] });
  });
});

describe("transactional enqueue", () => {
  it("one message per eventKey, however often the event is retried", async () => {
    const eventKey = unique("dup");
    const input = { eventKey, templateKey: "sla.reminder" as const, locale: "en", to: { address: `${unique("coord")}@example.org` }, vars: sampleVariables("sla.reminder", "en") };
    const first = await stack.deps.db.$transaction((tx) => enqueueEmail(tx, input));
    const again = await stack.deps.db.$transaction((tx) => enqueueEmail(tx, input));
    const racing = await Promise.all([1, 2, 3].map(() => stack.deps.db.$transaction((tx) => enqueueEmail(tx, input))));
    expect(first.created).toBe(true);
    expect([again, ...racing].every((r) => r.id === first.id && !r.created)).toBe(true);
    const row = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id: first.id } });
    await waitFor(() => sink.received.some((m) => m.messageId === row.messageId), "the reminder");
    expect(sink.received.filter((m) => m.messageId === row.messageId)).toHaveLength(1);
  });

  it("nothing is stored or sent when the causing transaction rolls back", async () => {
    const eventKey = unique("rollback");
    await expect(
      stack.deps.db.$transaction(async (tx) => {
        await enqueueEmail(tx, { eventKey, templateKey: "sla.reminder", locale: "en", to: { address: `${unique("c")}@example.org` }, vars: sampleVariables("sla.reminder", "en") });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await stack.deps.db.emailMessage.count({ where: { eventKey } })).toBe(0);
    const jobs = await stack.deps.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'send-email' AND state = 'created'`;
    expect(Number(jobs[0]!.n)).toBe(0);
  });

  it("bad input never undoes the caller's change: the message is stored FAILED, unsent, naming only the variables", async () => {
    const vars = sampleVariables("inquiry.site-alert", "en");
    const eventKey = unique("bad-input");
    const site = await stack.deps.db.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        eventKey,
        templateKey: "inquiry.site-alert",
        locale: "en",
        to: { address: "site@example.org" },
        vars: { ...vars, INQUIRY_URL: "javascript:alert(1)", PREFERRED_LANGUAGE: "" },
      });
      return tx.site.create({ data: { name: "Committed anyway", city: "Cairo", countryCode: "EG", languages: ["ar"] } });
    });
    expect(await stack.deps.db.site.count({ where: { id: site.id } })).toBe(1);
    const row = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { eventKey } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 0, lastError: "not sent: PREFERRED_LANGUAGE missing; INQUIRY_URL not an http(s) URL" });
    expect(row.html).not.toContain("javascript:");
    const jobs = await stack.deps.db.$queryRaw<unknown[]>`SELECT 1 FROM pgboss.job WHERE singleton_key = ${row.id}`;
    expect(jobs).toEqual([]);
  });
});
