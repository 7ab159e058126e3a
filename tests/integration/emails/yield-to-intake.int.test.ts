// While the intake is busy, the e-mail worker holds its batch back so that inquiries are accepted
// first; once the intake calms down, or after intakeYieldMaxMs at the latest, the messages go out,
// each exactly once.
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

let n = 0;
async function enqueueConfirmation(s: EmailStack) {
  const address = `yield-${Date.now().toString(36)}-${n++}@example.org`;
  const { id } = await s.deps.db.$transaction((tx) =>
    enqueueEmail(tx, {
      eventKey: `yield-test:${address}`,
      templateKey: "inquiry.patient-confirmation",
      locale: "en",
      to: { address },
      vars: sampleVariables("inquiry.patient-confirmation", "en"),
    }),
  );
  const { messageId } = await s.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
  return { id, address, messageId };
}

const jobTaken = (s: EmailStack, id: string) => async () =>
  Number((await s.deps.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE data->>'messageId' = ${id} AND state = 'active'`)[0]!.n) > 0;

describe("e-mail delivery during an intake burst", () => {
  it("waits while the intake is busy, then sends each message once", async () => {
    busy = true;
    stack = await startEmailStack({ smtpUrl: sink.url, intake, options: { intakeBusyPerSecond: 50, intakeYieldMaxMs: 120_000 } });
    const s = stack;
    const message = await enqueueConfirmation(s);
    await waitFor(jobTaken(s, message.id), "the worker to take the job");
    // The worker has the job in hand, but holds it while the intake is busy.
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.filter((m) => m.messageId === message.messageId)).toHaveLength(0);
    expect(await s.deps.db.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "QUEUED", attempts: 0 });

    busy = false;
    await waitFor(() => sink.received.find((m) => m.messageId === message.messageId), "the message at the SMTP server");
    await waitFor(async () => (await s.deps.db.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).status === "SENT", "the message marked sent");
    // Held jobs may have been handed out again meanwhile (lease expiry, sweeper): still one delivery.
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.filter((m) => m.messageId === message.messageId)).toHaveLength(1);
    expect(await s.deps.db.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("sends anyway once a batch has waited intakeYieldMaxMs, so a long burst slows delivery but never stops it", async () => {
    busy = true;
    stack = await startEmailStack({ smtpUrl: sink.url, intake, options: { intakeBusyPerSecond: 50, intakeYieldMaxMs: 500 } });
    const s = stack;
    const message = await enqueueConfirmation(s);
    const mail = await waitFor(() => sink.received.find((m) => m.messageId === message.messageId), "the message at the SMTP server");
    expect(mail.envelopeTo).toEqual([message.address]);
    expect(busy).toBe(true);
  });
});
