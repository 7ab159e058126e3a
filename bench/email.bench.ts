// E-mail: (1) outbox drain throughput: messages already enqueued (rows + pg-boss jobs), drained by
// the worker with the production settings to a local SMTP server, until every row is SENT; against
// nodemailer alone sending the same messages over the same kind of pool (no database, no queue).
// (2) render time per message (Mustache parse + checks + layout) against plain string
// concatenation producing the same kind of message. Goal: drain ≥ 200 messages/s.
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { createPrisma } from "../server/db/prisma";
import { loadDefaultTemplates, readDefaultTemplates } from "../server/emails/default-templates";
import { DEFAULT_EMAIL_WORKER, startEmailWorker } from "../server/emails/email-worker";
import { enqueueEmail } from "../server/emails/enqueue-email";
import { escapeHtml } from "../server/emails/layout";
import { createMailer } from "../server/emails/mailer";
import { renderEmail } from "../server/emails/render-template";
import { sendEmailQueue } from "../server/emails/send-email.job";
import { sampleVariables } from "../server/emails/template-catalog";
import { setActiveQueue, startQueue } from "../server/jobs/queue";
import { createLogger } from "../server/lib/logger";
import { compare, round, sample, stats } from "./harness";
import type { BenchContext } from "./run";

export const name = "email";

const MESSAGES = 1000;
const RUNS = 5;
const FROM = "TrialConnect <no-reply@trialconnect.local>";

async function startSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return { url: `smtp://127.0.0.1:${port}`, port, count: () => received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function run({ databaseUrl }: BenchContext) {
  const log = createLogger("silent");
  const db = createPrisma(databaseUrl);
  const sink = await startSink();
  await loadDefaultTemplates(db);
  const options = { ...DEFAULT_EMAIL_WORKER, ...JSON.parse(process.env.BENCH_EMAIL_OPTIONS ?? "{}") };
  const queue = await startQueue({ databaseUrl, log, queues: [sendEmailQueue(options)] });
  setActiveQueue(queue);
  const vars = sampleVariables("inquiry.patient-confirmation", "en");
  try {
    // ---- drain throughput, production worker settings
    const drain: number[] = [];
    for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      const ids: string[] = [];
      for (let i = 0; i < MESSAGES; i += 100) {
        const batch = await db.$transaction(async (tx) => {
          const out: string[] = [];
          for (let j = i; j < Math.min(MESSAGES, i + 100); j++) {
            const r = await enqueueEmail(tx, { eventKey: `bench-${randomUUID()}`, templateKey: "inquiry.patient-confirmation", locale: "en", to: { address: `p${j}@example.org`, name: "Layla" }, vars });
            out.push(r.id);
          }
          return out;
        });
        ids.push(...batch);
      }
      const mailer = createMailer({ smtpUrl: sink.url, from: FROM, maxConnections: 5 });
      const started = process.hrtime.bigint();
      const worker = await startEmailWorker({ db, queue, mailer, log }, options);
      for (;;) {
        const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM email_messages WHERE status = 'SENT' AND id = ANY(${ids}::uuid[])`;
        if (Number(rows[0]!.n) === MESSAGES) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      await worker.stop();
      mailer.close();
      drain.push(MESSAGES / seconds);
    }

    // ---- baseline: the same messages straight through nodemailer's pool
    const rendered = await db.emailMessage.findMany({ take: MESSAGES, select: { toAddress: true, subject: true, html: true, text: true, messageId: true } });
    const raw: number[] = [];
    for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      const transporter = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5, maxMessages: 500 });
      const started = process.hrtime.bigint();
      await Promise.all(rendered.map((m) => transporter.sendMail({ from: FROM, to: m.toAddress, subject: m.subject, html: m.html, text: m.text, messageId: m.messageId })));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      transporter.close();
      raw.push(MESSAGES / seconds);
    }

    // ---- render time per message
    const content = readDefaultTemplates().find((t) => t.key === "inquiry.patient-confirmation" && t.locale === "en")!.content;
    const renderSamples = await sample(5000, () =>
      renderEmail({ key: "inquiry.patient-confirmation", locale: "en", content, vars, kind: "TRANSACTIONAL", autoSubmitted: true }),
    );
    const concatSamples = await sample(5000, () => {
      const html = `<!DOCTYPE html><html lang="en" dir="ltr"><body><table><tr><td><p>Hello ${escapeHtml(vars.FIRST_NAME!)},</p><p>We have submitted the contact information you provided to the research team at <strong>${escapeHtml(vars.SITE_NAME!)}</strong>.</p><p><a href="${escapeHtml(vars.STUDY_URL!)}">${escapeHtml(vars.STUDY_TITLE!)}</a></p></td></tr></table></body></html>`;
      const text = `Hello ${vars.FIRST_NAME},\n\nWe have submitted the contact information you provided to the research team at ${vars.SITE_NAME}.\n\n${vars.STUDY_TITLE}\n${vars.STUDY_URL}\n`;
      return html.length + text.length;
    });

    const throughput = compare("outbox drain throughput (1000 messages, all SENT)", "messages/s", drain, "nodemailer pool alone, no database or queue", raw, "≥ 200 messages/s");
    return [
      { ...throughput, settings: { batchSize: options.batchSize, workers: options.workers, smtpConnections: 5, medianMessagesPerSecond: round(stats(drain).median, 1) } },
      compare("render one message (patient confirmation, English)", "ms", renderSamples, "string concatenation of a similar message", concatSamples),
    ];
  } finally {
    setActiveQueue(null);
    await queue.stop();
    await sink.close();
    await db.$disconnect();
  }
}
