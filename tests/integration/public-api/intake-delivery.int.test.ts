// The intake writes its e-mails QUEUED, with no due time and no queue job (record-inquiry.ts,
// intake-writer.ts); the e-mail worker's dispatcher gives them their jobs (dispatch-new-emails.ts)
// and the worker delivers them. The sweeper is set far off here, so only the dispatcher can get
// them delivered within the test. Also: inquiries written together (group commit) each get
// exactly their own rows, including when one of them fails.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "../../setup/http-server";
import { post, validBody } from "../../setup/public-api-client";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";
import { startEmailStack, type EmailStack } from "../emails/email-harness";
import { SmtpSink, waitFor } from "../emails/smtp-sink";

let sink: SmtpSink;
let stack: EmailStack;
let app: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  sink = await SmtpSink.start();
  stack = await startEmailStack({ smtpUrl: sink.url, options: { sweepGraceSeconds: 3600, sweepIntervalMs: 3_600_000 } });
  app = await listen((url) => createTestDeps(stack.databaseUrl, { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } }));
});
afterAll(async () => {
  await app.close();
  await app.deps.db.$disconnect();
  await stack.close();
  await sink.down();
});

let person = 0;
/** A different person each time: validBody() repeats its phone number. */
const someone = (overrides: Record<string, unknown> = {}) => validBody({ phone: `+20 10${String(10_000_000 + person++ * 7919).slice(-8)}`, ...overrides });

async function jobsFor(messageIds: string[]) {
  const rows = await stack.deps.db.$queryRawUnsafe<{ message_id: string }[]>(
    `SELECT data->>'messageId' AS message_id FROM pgboss.job WHERE name = 'send-email' AND data->>'messageId' = ANY($1::text[])`,
    messageIds,
  );
  return rows.map((r) => r.message_id);
}

describe("e-mails of an accepted inquiry", () => {
  it("reach the family and the site through the queue, each once", async () => {
    const { nctId, sites } = await makeStudy(stack.deps);
    const body = validBody();
    const res = await post(app.url, nctId, body);
    expect(res.status).toBe(201);
    const messages = await stack.deps.db.emailMessage.findMany({ where: { inquiryId: res.body.id } });
    expect(messages).toHaveLength(2);
    const ids = messages.map((m) => m.messageId);
    await waitFor(() => ids.every((id) => sink.countByMessageId().get(id) === 1), "both messages delivered");
    const to = sink.received.filter((m) => ids.includes(m.messageId)).flatMap((m) => m.envelopeTo).sort();
    expect(to).toEqual([body.email, sites[0]!.alertEmails[0]!].sort());
    await waitFor(async () => (await stack.deps.db.emailMessage.count({ where: { inquiryId: res.body.id, status: "SENT" } })) === 2, "rows marked SENT");
  });
});

describe("inquiries written together", () => {
  it("each get one inquiry and two e-mails, each sent once; a retried Idempotency-Key among them changes nothing", async () => {
    const { nctId, study } = await makeStudy(stack.deps);
    const key = randomUUID();
    const same = someone();
    // The queue without a worker: the intake itself writes no job, so the e-mails wait undispatched.
    await stack.stopWorker();
    await stack.startQueue();
    let messages: { id: string; messageId: string }[] = [];
    try {
      const answers = await Promise.all([
        ...Array.from({ length: 24 }, () => post(app.url, nctId, someone())),
        ...Array.from({ length: 6 }, () => post(app.url, nctId, same, { "idempotency-key": key })),
      ]);
      for (const a of answers) expect(a.status).toBe(201);
      const ids = new Set(answers.map((a) => a.body.id));
      expect(ids.size).toBe(25);
      const inquiries = await stack.deps.db.inquiry.findMany({ where: { studyId: study.id }, include: { emailMessages: true, statusChanges: true, routingDecisions: true } });
      expect(inquiries.map((i) => i.id).sort()).toEqual([...ids].sort());
      for (const inquiry of inquiries) {
        expect(inquiry.emailMessages).toHaveLength(2);
        expect(inquiry.statusChanges).toHaveLength(1);
        expect(inquiry.routingDecisions).toHaveLength(1);
      }
      messages = inquiries.flatMap((i) => i.emailMessages);
      expect(inquiries.flatMap((i) => i.emailMessages.map((m) => [m.status, m.nextAttemptAt]))).toEqual(Array(50).fill(["QUEUED", null]));
      expect(await jobsFor(messages.map((m) => m.id))).toEqual([]);
      const audit = await stack.deps.db.auditLog.count({ where: { action: "inquiry.create", entityId: { in: [...ids] } } });
      expect(audit).toBe(25);
    } finally {
      await stack.stopWorker();
      await stack.startWorker(sink.url);
    }
    // A worker's dispatcher hands them to the queue, one job each, and each goes out once.
    await waitFor(() => messages.every((m) => sink.countByMessageId().get(m.messageId) === 1), "all 50 messages delivered");
    await waitFor(async () => (await stack.deps.db.emailMessage.count({ where: { id: { in: messages.map((m) => m.id) }, status: "SENT" } })) === 50, "rows marked SENT");
    expect((await jobsFor(messages.map((m) => m.id))).sort()).toEqual(messages.map((m) => m.id).sort());
    expect(messages.filter((m) => sink.countByMessageId().get(m.messageId) !== 1)).toEqual([]);
  });

  it("repeats of two people at once are each stored and linked to that person's first inquiry", async () => {
    const { nctId, study } = await makeStudy(stack.deps);
    const people = [someone(), someone()];
    const firsts = [await post(app.url, nctId, people[0]), await post(app.url, nctId, people[1])];
    // Notes on the two first inquiries, written by transactions in any order (deadlocks are retried).
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(app.url, nctId, { ...people[i % 2]!, firstName: `Repeat ${i}` })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const repeats = await stack.deps.db.inquiry.findMany({ where: { studyId: study.id, status: "DUPLICATE" }, select: { id: true, duplicateOfId: true, firstName: true } });
    expect(repeats.map((r) => r.id).sort()).toEqual(answers.map((a) => a.body.id).sort());
    for (const r of repeats) expect(r.duplicateOfId).toBe(firsts[Number(r.firstName.split(" ")[1]) % 2]!.body.id);
    const notes = await stack.deps.db.activity.count({ where: { inquiryId: { in: firsts.map((f) => f.body.id) }, type: "NOTE" } });
    expect(notes).toBe(20);
  });
});

describe("e-mails rendered at delivery", () => {
  it("go out with the template version in force when the inquiry arrived, and the row then keeps what was sent", async () => {
    const db = stack.deps.db;
    const key = "inquiry.patient-confirmation";
    const saveVersion = async (marker: string) => {
      const current = await db.emailTemplate.findFirst({ where: { key, locale: "ar" }, orderBy: { version: "desc" } });
      const base = current ?? { subject: "{{STUDY_TITLE}}", html: "<p>{{FIRST_NAME}} {{REFERENCE}} {{SITE_NAME}}</p>", text: "{{FIRST_NAME}} {{REFERENCE}} {{SITE_NAME}}" };
      await db.emailTemplate.create({
        data: { key, locale: "ar", version: (current?.version ?? 0) + 1, subject: base.subject, html: `<p>${marker}</p>${base.html}`, text: `${marker}\n${base.text}` },
      });
    };
    await saveVersion("VERSION-AT-INTAKE");
    await new Promise((r) => setTimeout(r, 2100)); // the intake's template cache (CATALOG_TTL_MS)
    const { nctId } = await makeStudy(stack.deps);
    await stack.stopWorker();
    await stack.startQueue();
    let copy;
    try {
      const body = someone({ firstName: "ليلى" });
      const res = await post(app.url, nctId, body);
      expect(res.status).toBe(201);
      copy = await db.emailMessage.findFirstOrThrow({ where: { inquiryId: res.body.id, templateKey: key } });
      // Stored unrendered: the subject, the template version and the checked variables.
      expect(copy).toMatchObject({ html: "", text: "", status: "QUEUED" });
      expect(copy.templateId).not.toBeNull();
      expect((copy.renderVars as { vars: Record<string, string> }).vars.FIRST_NAME).toBe("ليلى");
      // An admin saves a newer version before the message goes out.
      await saveVersion("VERSION-AFTER-INTAKE");
    } finally {
      await stack.stopWorker();
      await stack.startWorker(sink.url);
    }
    const messageId = copy.messageId;
    await waitFor(() => sink.countByMessageId().get(messageId) === 1, "the family's copy delivered");
    const mail = sink.received.find((m) => m.messageId === messageId)!;
    expect(mail.parsed.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.parsed.html).toContain("VERSION-AT-INTAKE");
    expect(mail.parsed.html).toContain("ليلى");
    expect(mail.parsed.html).not.toContain("VERSION-AFTER-INTAKE");
    await waitFor(async () => (await db.emailMessage.findUniqueOrThrow({ where: { id: copy.id } })).status === "SENT", "row marked SENT");
    const sent = await db.emailMessage.findUniqueOrThrow({ where: { id: copy.id } });
    expect(sent.renderVars).toBeNull();
    expect(sent.html).toContain("VERSION-AT-INTAKE");
    expect(sent.html).toContain("ليلى");
    expect(sent.text).toContain("VERSION-AT-INTAKE");
    expect(mail.parsed.text?.trim()).toBe(sent.text.trim());
  });
});
