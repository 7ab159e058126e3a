// Delivery under failure: the mail server down, permanent and temporary refusals, a worker killed
// mid-batch, two workers at once, rows written where no queue ran. Every check counts messages at
// the SMTP server by Message-ID: each must arrive exactly once.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { enqueueEmail } from "../../../server/emails/enqueue-email";
import { startEmailWorker } from "../../../server/emails/email-worker";
import { createMailer } from "../../../server/emails/mailer";
import { sendEmailQueue } from "../../../server/emails/send-email.job";
import { sampleVariables } from "../../../server/emails/template-catalog";
import { setActiveQueue, startQueue } from "../../../server/jobs/queue";
import { REPO_ROOT } from "../../setup/app-process";
import { startEmailStack, type EmailStack } from "./email-harness";
import { FAST } from "./fast-options";
import { SmtpSink, waitFor } from "./smtp-sink";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp(opts: Parameters<typeof startEmailStack>[0] & { sinkDown?: boolean } = {}) {
  const sink = await SmtpSink.start();
  cleanups.push(() => sink.down());
  if (opts.sinkDown) await sink.down();
  const stack = await startEmailStack({ smtpUrl: sink.url, ...opts });
  cleanups.push(() => stack.close());
  return { sink, stack };
}

let n = 0;
async function enqueueMany(stack: EmailStack, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - i) }, () =>
        stack.deps.db.$transaction((tx) =>
          enqueueEmail(tx, {
            eventKey: `${prefix}-${Date.now()}-${n++}`,
            templateKey: "sla.reminder",
            locale: "en",
            to: { address: `coordinator-${n}@example.org` },
            vars: sampleVariables("sla.reminder", "en"),
          }),
        ),
      ),
    );
    ids.push(...batch.map((r) => r.id));
  }
  return ids;
}

async function statuses(stack: EmailStack, ids: string[]) {
  return stack.deps.db.emailMessage.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, attempts: true, messageId: true, lastError: true } });
}

function expectEachOnce(sink: SmtpSink, messageIds: string[]) {
  const counts = sink.countByMessageId();
  expect(messageIds.filter((id) => counts.get(id) !== 1)).toEqual([]);
  expect(sink.received).toHaveLength(messageIds.length);
}

describe("mail server down", () => {
  it("100 messages enqueued while SMTP is down are all delivered once it is back, each exactly once, with the same Message-ID", async () => {
    const { sink, stack } = await setUp({ sinkDown: true });
    const ids = await enqueueMany(stack, 100, "down");
    await waitFor(async () => (await statuses(stack, ids)).every((m) => m.attempts >= 1 && m.status === "QUEUED" && m.lastError), "a failed first attempt for all 100");
    const failed = await statuses(stack, ids);
    expect(new Set(failed.map((m) => m.lastError))).toEqual(new Set(["ESOCKET ECONNREFUSED"]));

    await sink.up();
    await waitFor(async () => (await statuses(stack, ids)).every((m) => m.status === "SENT"), "all 100 sent", 60_000);
    const sent = await statuses(stack, ids);
    expect(sent.every((m) => m.attempts >= 2)).toBe(true);
    // The Message-ID was fixed at enqueue: the retried delivery carries the same one.
    expectEachOnce(sink, sent.map((m) => m.messageId));
  });
});

describe("refusals", () => {
  it("a 550 answer fails the message at once, with the reason and no retry", async () => {
    const { sink, stack } = await setUp();
    sink.reject("gone@example.org", 550, "5.1.1 <gone@example.org>: user unknown");
    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `550-${Date.now()}`, templateKey: "sla.reminder", locale: "en", to: { address: "gone@example.org" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    const row = await waitFor(async () => {
      const m = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
      return m.status === "FAILED" ? m : undefined;
    }, "the message to fail");
    expect(row).toMatchObject({ attempts: 1, lastError: "SMTP 550 5.1.1 (EENVELOPE)", sentAt: null });
    // The job completed: pg-boss holds no retry for it.
    const jobs = await stack.deps.db.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE singleton_key = ${id}`;
    expect(jobs.map((j) => j.state)).toEqual(["completed"]);
    expect(sink.rcptAttempts.filter((a) => a === "gone@example.org")).toHaveLength(1);
    expect(sink.received).toHaveLength(0);
  });

  it("a 451 answer is retried with the same Message-ID and delivered once accepted", async () => {
    const { sink, stack } = await setUp();
    sink.reject("busy@example.org", 451, "4.3.0 try again later");
    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `451-${Date.now()}`, templateKey: "sla.reminder", locale: "en", to: { address: "busy@example.org" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    const failedOnce = await waitFor(async () => {
      const m = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
      return m.attempts >= 1 && m.status === "QUEUED" ? m : undefined;
    }, "a first refused attempt");
    expect(failedOnce.lastError).toBe("SMTP 451 4.3.0 (EENVELOPE)");
    expect(failedOnce.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() - 1000);
    sink.allow("busy@example.org");
    const sent = await waitFor(async () => {
      const m = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
      return m.status === "SENT" ? m : undefined;
    }, "delivery after the refusal");
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.lastError).toBeNull();
    expectEachOnce(sink, [sent.messageId]);
  });

  it("after the last allowed attempt the message is FAILED and says so", async () => {
    const { sink, stack } = await setUp({ options: { maxAttempts: 2 } });
    sink.reject("full@example.org", 452, "4.2.2 mailbox full");
    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `max-${Date.now()}`, templateKey: "sla.reminder", locale: "en", to: { address: "full@example.org" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    const row = await waitFor(async () => {
      const m = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
      return m.status === "FAILED" ? m : undefined;
    }, "the message to give up");
    expect(row).toMatchObject({ attempts: 2, lastError: "SMTP 452 4.2.2 (EENVELOPE); gave up after 2 attempts" });
  });
});

describe("workers", () => {
  it("a worker killed mid-batch loses nothing, and a new worker finishes the batch without duplicates", async () => {
    const { sink, stack } = await setUp({ worker: false });
    await stack.startQueue();
    const ids = await enqueueMany(stack, 60, "crash");
    sink.holdAfterAccepting(20);

    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "fixtures/worker-process.ts")], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: stack.databaseUrl, SMTP_URL: sink.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    cleanups.push(async () => {
      child.kill("SIGKILL");
      await exited;
    });
    // The killed worker must have recorded every message the server accepted, and be waiting
    // on others: nothing is then between "accepted" and "marked SENT" when it dies.
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the worker process exited early:\n${output}`);
      const sent = (await statuses(stack, ids)).filter((m) => m.status === "SENT").length;
      return sink.received.length === 20 && sent === 20 && sink.heldCount() > 0;
    }, "the first worker to deliver 20 and hang on the next", 60_000);
    child.kill("SIGKILL");
    await exited;
    sink.stopHolding();
    expect((await statuses(stack, ids)).some((m) => m.status === "SENDING")).toBe(true);

    await stack.startWorker();
    await waitFor(async () => (await statuses(stack, ids)).every((m) => m.status === "SENT"), "the new worker to finish", 60_000);
    expectEachOnce(sink, (await statuses(stack, ids)).map((m) => m.messageId));
  });

  it("two workers draining the same queue send each message once", async () => {
    // A long lease: on a slow machine a short one could expire mid-send and, by design, resend.
    const options = { ...FAST, leaseSeconds: 60 };
    const { sink, stack } = await setUp({ worker: false, options });
    await stack.startWorker();
    const second = await startQueue({ databaseUrl: stack.databaseUrl, log: stack.deps.log, queues: [sendEmailQueue(options)], maintenanceIntervalSeconds: 1 });
    const mailer = createMailer({ smtpUrl: sink.url, from: stack.deps.config.mailFrom });
    const worker = await startEmailWorker({ db: stack.deps.db, queue: second, mailer, log: stack.deps.log }, options);
    cleanups.push(async () => {
      await worker.stop();
      await second.stop();
      mailer.close();
    });
    const ids = await enqueueMany(stack, 200, "pair");
    // Both processes' sweepers also re-queue anything overdue: duplicates jobs, never duplicate mail.
    await Promise.all([worker.sweep(), stack.worker!.sweep()]);
    await waitFor(async () => (await statuses(stack, ids)).every((m) => m.status === "SENT"), "200 sent", 60_000);
    const rows = await statuses(stack, ids);
    expect(rows.every((m) => m.attempts === 1)).toBe(true);
    expectEachOnce(sink, rows.map((m) => m.messageId));
  });

  it("a message stored where no queue ran (a CLI task) is picked up by the sweeper", async () => {
    const { sink, stack } = await setUp({ worker: false });
    setActiveQueue(null);
    const ids = await enqueueMany(stack, 3, "cli");
    expect(await stack.deps.db.$queryRaw<unknown[]>`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`).toEqual([]);
    await stack.startWorker();
    await waitFor(async () => (await statuses(stack, ids)).every((m) => m.status === "SENT"), "the swept messages", 30_000);
    expectEachOnce(sink, (await statuses(stack, ids)).map((m) => m.messageId));
  });

  it("without SMTP_URL messages are delivered to the built-in outbox", async () => {
    const stack = await startEmailStack({ smtpUrl: undefined });
    cleanups.push(() => stack.close());
    const ids = await enqueueMany(stack, 2, "outbox");
    await waitFor(async () => (await statuses(stack, ids)).every((m) => m.status === "SENT"), "outbox delivery");
    const rows = await stack.deps.db.emailMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.every((m) => m.transport === "outbox" && m.sentAt !== null)).toBe(true);
  });
});
