// While the intake is busy, the e-mails it wrote are handed to the queue at a trickle
// (intakeBusyDispatchPerSecond) instead of all at once, so that inquiries are accepted first;
// delivery never stops meanwhile, and once the intake calms down the rest go out, each once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "../../../server/emails/enqueue-email";
import { sampleVariables } from "../../../server/emails/template-catalog";
import type { LoadGauge } from "../../../server/lib/load-gauge";
import { startEmailStack, type EmailStack } from "./email-harness";
import { SmtpSink, waitFor } from "./smtp-sink";

let sink: SmtpSink;
let stack: EmailStack | null = null;
let busy = true;
const intake: LoadGauge = { mark() {}, perSecond: () => (busy ? 500 : 0) };

beforeAll(async () => {
  sink = await SmtpSink.start();
});
afterEach(async () => {
  await stack?.close();
  stack = null;
});
afterAll(async () => {
  await sink?.down();
});

/** Messages as the intake writes them: QUEUED, no due time, no queue job (record-inquiry.ts). */
async function intakeStyleMessages(s: EmailStack, count: number) {
  const tag = Date.now().toString(36);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const address = `burst-${tag}-${i}@example.org`;
    const { id } = await s.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `burst-test:${address}`, templateKey: "inquiry.patient-confirmation", locale: "en", to: { address }, vars: sampleVariables("inquiry.patient-confirmation", "en") }),
    );
    ids.push(id);
  }
  await s.deps.db.emailMessage.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: null } });
  return (await s.deps.db.emailMessage.findMany({ where: { id: { in: ids } }, select: { id: true, messageId: true } })).map((m) => m.messageId);
}

describe("e-mail delivery during an intake burst", () => {
  it("trickles while the intake is busy, then sends the rest, each message once", async () => {
    busy = true;
    // No queue yet, and the sweeper far off: only the dispatcher can hand these messages out.
    stack = await startEmailStack({
      smtpUrl: sink.url,
      worker: false,
      intake,
      options: { intakeBusyPerSecond: 50, intakeBusyDispatchPerSecond: 4, dispatchIntervalMs: 250, sweepIntervalMs: 3_600_000, sweepGraceSeconds: 3600 },
    });
    const s = stack;
    const messageIds = await intakeStyleMessages(s, 40);
    const delivered = () => messageIds.filter((id) => sink.countByMessageId().has(id)).length;

    const started = performance.now();
    await s.startWorker();
    // Delivery goes on during the burst...
    await waitFor(() => delivered() > 0, "a first message delivered while the intake is busy");
    await new Promise((r) => setTimeout(r, 1000));
    // ...but at one message per 250 ms round at most (4 per second), not all 40 at once.
    const sentSoFar = delivered();
    // Handed out: no longer QUEUED without a due time (sent ones have none again).
    const waiting = await s.deps.db.emailMessage.count({ where: { messageId: { in: messageIds }, status: "QUEUED", nextAttemptAt: null } });
    const handedOut = 40 - waiting;
    const rounds = Math.floor((performance.now() - started) / 250) + 1;
    expect(handedOut).toBeLessThanOrEqual(rounds);
    expect(handedOut).toBeLessThan(40);
    expect(sentSoFar).toBeLessThanOrEqual(handedOut);

    busy = false;
    await waitFor(() => delivered() === 40, "all 40 messages at the SMTP server");
    await waitFor(async () => (await s.deps.db.emailMessage.count({ where: { messageId: { in: messageIds }, status: "SENT" } })) === 40, "all marked sent");
    expect(messageIds.filter((id) => sink.countByMessageId().get(id) !== 1)).toEqual([]);
  });

  it("hands out everything at once when the intake is quiet", async () => {
    busy = false;
    stack = await startEmailStack({
      smtpUrl: sink.url,
      worker: false,
      intake,
      options: { intakeBusyPerSecond: 50, intakeBusyDispatchPerSecond: 4, dispatchIntervalMs: 60_000, sweepIntervalMs: 3_600_000, sweepGraceSeconds: 3600 },
    });
    const s = stack;
    const messageIds = await intakeStyleMessages(s, 40);
    await s.startWorker();
    // One round (the next is a minute away) gives all 40 their jobs.
    await waitFor(() => messageIds.every((id) => sink.countByMessageId().get(id) === 1), "all 40 delivered in one round");
  });
});
