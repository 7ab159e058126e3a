// Runs the reminders in a server process. Every process ticks; each tick asks pg-boss for the
// job of the current time slot (sendThrottled: one job per slot, whoever asks first), and any
// process's worker runs it. A slot missed or run twice is harmless: the reminders themselves
// are idempotent (eventKey per inquiry and person) and catch up on what is due.
import type { Db } from "../../db/prisma";
import type { JobQueue } from "../../jobs/queue";
import type { Logger } from "../../lib/logger";
import { getSettings } from "../settings/settings";
import { sendFollowUpReminders } from "./send-follow-up-reminders";
import { sendSlaReminders } from "./send-sla-reminders";

export const SLA_REMINDERS_QUEUE = "sla-reminders";

export type SlaRemindersOptions = { intervalSeconds: number };
export const DEFAULT_SLA_REMINDERS: SlaRemindersOptions = { intervalSeconds: 300 };

/** One pass: every reminder due now. The job's handler, also callable directly (tests, CLI). */
export async function runReminders(deps: { db: Db; publicUrl: string; log?: Logger }, now = new Date()) {
  const settings = await getSettings(deps.db);
  const sla = await sendSlaReminders(deps, { now, leadMinutes: settings.slaReminderLeadMinutes });
  const followUps = await sendFollowUpReminders(deps, { now });
  if (sla || followUps) deps.log?.info({ sla, followUps }, "reminders queued");
  return { sla, followUps };
}

export async function startSlaReminders(
  deps: { db: Db; queue: JobQueue; log: Logger; publicUrl: string },
  options: SlaRemindersOptions = DEFAULT_SLA_REMINDERS,
): Promise<{ tick(): Promise<void>; stop(): Promise<void> }> {
  const { boss } = deps.queue;
  const definition = { name: SLA_REMINDERS_QUEUE, policy: "standard" as const, retryLimit: 2, retryDelay: 30, expireInSeconds: 600 };
  await boss.createQueue(SLA_REMINDERS_QUEUE, definition);
  await boss.updateQueue(SLA_REMINDERS_QUEUE, definition);
  const workerId = await boss.work(SLA_REMINDERS_QUEUE, { pollingIntervalSeconds: Math.min(30, options.intervalSeconds) }, async () => {
    await runReminders(deps);
  });

  const tick = async () => {
    await boss.sendThrottled(SLA_REMINDERS_QUEUE, {}, {}, options.intervalSeconds, "tick");
  };
  let ticking: Promise<unknown> = Promise.resolve();
  const safeTick = () => {
    ticking = tick().catch((error: Error) => deps.log.error({ err: { name: error.name } }, "reminder tick failed"));
  };
  safeTick();
  const timer = setInterval(safeTick, Math.max(1, options.intervalSeconds / 2) * 1000);
  timer.unref();

  return {
    tick,
    async stop() {
      clearInterval(timer);
      await ticking;
      await boss.offWork({ id: workerId });
    },
  };
}
