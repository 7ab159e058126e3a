// An admin sends a failed message again from the outbox: the same row and Message-ID are
// delivered once; messages still in flight and messages never sent for incomplete content are
// refused; the retry is audited.
import { afterEach, describe, expect, it } from "vitest";
import { enqueueEmail } from "../../../server/emails/enqueue-email";
import { sampleVariables } from "../../../server/emails/template-catalog";
import { callerAs, makeUser } from "../../setup/callers";
import { startEmailStack } from "./email-harness";
import { SmtpSink, waitFor } from "./smtp-sink";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp() {
  const sink = await SmtpSink.start();
  cleanups.push(() => sink.down());
  const stack = await startEmailStack({ smtpUrl: sink.url, worker: true });
  cleanups.push(() => stack.close());
  return { sink, stack };
}

describe("retrying a failed message", () => {
  it("delivers the same message once the recipient's server accepts it, and records who asked", async () => {
    const { sink, stack } = await setUp();
    const adminUser = await makeUser(stack.deps, "ADMIN");
    const admin = callerAs(stack.deps, adminUser);
    sink.reject("moved@example.org", 550, "5.1.1 user unknown");
    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `retry-${Date.now()}`, templateKey: "sla.reminder", locale: "en", to: { address: "moved@example.org" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    const failed = await waitFor(async () => {
      const m = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
      return m.status === "FAILED" ? m : undefined;
    }, "the first attempt to fail");

    sink.allow("moved@example.org");
    await expect(admin.outbox.retry({ id })).resolves.toEqual({ id, status: "QUEUED" });
    const sent = await waitFor(async () => {
      const m = await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } });
      return m.status === "SENT" ? m : undefined;
    }, "the retried message to be sent");
    expect(sent.messageId).toBe(failed.messageId);
    expect(sink.countByMessageId().get(failed.messageId)).toBe(1);

    // Sent messages are not sent twice.
    await expect(admin.outbox.retry({ id })).rejects.toMatchObject({ code: "CONFLICT", message: "Only a failed message can be sent again." });
    const audit = await stack.deps.db.auditLog.findMany({ where: { action: "email.retry", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: adminUser.id, entityType: "EmailMessage" });
    expect(JSON.stringify(audit[0]!.metadata)).not.toContain("moved@example.org");
  });

  it("refuses a message that was never sent because its content was incomplete, and coordinators", async () => {
    const { stack } = await setUp();
    const admin = callerAs(stack.deps, await makeUser(stack.deps, "ADMIN"));
    const { id } = await stack.deps.db.$transaction((tx) =>
      enqueueEmail(tx, { eventKey: `incomplete-${Date.now()}`, templateKey: "sla.reminder", locale: "en", to: { address: "not an address" }, vars: sampleVariables("sla.reminder", "en") }),
    );
    await expect(admin.outbox.retry({ id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await stack.deps.db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 0 });

    const coordinator = callerAs(stack.deps, await makeUser(stack.deps, "COORDINATOR"));
    await expect(coordinator.outbox.retry({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
