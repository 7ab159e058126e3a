// SLA due-time backfill, SLA and follow-up reminders against a real PostgreSQL (a database of this file's own, since a
// reminder pass looks at every inquiry) and a real pg-boss queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { loadDefaultTemplates } from "../../../server/emails/default-templates";
import { startQueue } from "../../../server/jobs/queue";
import { createLogger } from "../../../server/lib/logger";
import { backfillSlaDueAt } from "../../../server/modules/sla/backfill-sla-due-at";
import { sendFollowUpReminders } from "../../../server/modules/sla/send-follow-up-reminders";
import { sendSlaReminders } from "../../../server/modules/sla/send-sla-reminders";
import { runReminders, startSlaReminders } from "../../../server/modules/sla/start-sla-reminders";
import { makeUser } from "../../setup/callers";
import { freshDatabase } from "../../setup/fresh-database";
import { makeInquiry, type InquirySpec } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

const NOW = new Date("2031-06-01T10:00:00Z");
const min = (n: number) => new Date(NOW.getTime() + n * 60_000);

let fresh: Awaited<ReturnType<typeof freshDatabase>>;
let deps: AppDeps;
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const { study, sites } = await makeStudy(deps);
  const [siteA, siteB] = [sites[0]!, sites[1]!];
  const notified = await makeUser(deps, "COORDINATOR", [siteA.id]);
  const quiet = await makeUser(deps, "COORDINATOR", [siteA.id]);
  await deps.db.siteMembership.updateMany({ where: { userId: quiet.id }, data: { notify: false } });
  const coordB = await makeUser(deps, "COORDINATOR", [siteB.id]);
  // Without a language of their own, staff get the site's first language (Arabic here).
  await deps.db.user.updateMany({ where: { id: { in: [notified.id, quiet.id, coordB.id] } }, data: { locale: "en" } });
  const inquiry = async (spec: Partial<InquirySpec> & { slaDueAt?: Date; firstContactAt?: Date; nextFollowUpAt?: Date }) => {
    const { slaDueAt, firstContactAt, nextFollowUpAt, ...rest } = spec;
    const row = await makeInquiry(deps, { studyId: study.id, siteId: siteA.id, createdAt: min(-600), ...rest });
    return deps.db.inquiry.update({ where: { id: row.id }, data: { slaDueAt: slaDueAt ?? null, firstContactAt: firstContactAt ?? null, nextFollowUpAt: nextFollowUpAt ?? null } });
  };
  return { study, siteA, siteB, notified, quiet, coordB, inquiry };
}

async function remindersOf(inquiryId: string, templateKey = "sla.reminder") {
  const rows = await deps.db.emailMessage.findMany({ where: { inquiryId, templateKey }, select: { toAddress: true, subject: true, text: true, html: true, eventKey: true } });
  return rows;
}

beforeAll(async () => {
  fresh = await freshDatabase();
  deps = createTestDeps(fresh.url, { publicUrl: "https://trials.example.org" });
  await loadDefaultTemplates(deps.db);
  world = await build();
});
afterAll(async () => {
  await deps.db.$disconnect();
  await fresh.drop();
});

describe("SLA reminders", () => {
  it("reminds each notified coordinator once per inquiry due within the lead time, however often it runs", async () => {
    const dueSoon = await world.inquiry({ slaDueAt: min(60), firstName: "Secretname" });
    const later = await world.inquiry({ slaDueAt: min(300) });
    const contacted = await world.inquiry({ status: "CONTACTED", slaDueAt: min(30), firstContactAt: min(-10) });
    const closed = await world.inquiry({ status: "DECLINED", slaDueAt: min(30) });
    const overdue = await world.inquiry({ status: "ATTEMPTING_CONTACT", slaDueAt: min(-30) });
    const atB = await world.inquiry({ siteId: world.siteB.id, slaDueAt: min(30) });

    const run = () => sendSlaReminders(deps, { now: NOW, leadMinutes: 120 });
    // Twice in a row, then two "processes" at once.
    const counts = [await run(), await run(), ...(await Promise.all([run(), run()]))];
    expect(counts[0]).toBe(3);
    expect(counts.slice(1)).toEqual([0, 0, 0]);

    expect((await remindersOf(dueSoon.id)).map((m) => m.toAddress)).toEqual([world.notified.email]);
    expect((await remindersOf(overdue.id)).map((m) => m.toAddress)).toEqual([world.notified.email]);
    expect((await remindersOf(atB.id)).map((m) => m.toAddress)).toEqual([world.coordB.email]);
    for (const none of [later, contacted, closed]) expect(await remindersOf(none.id)).toEqual([]);

    const [message] = await remindersOf(dueSoon.id);
    expect(message!.subject).toContain(dueSoon.reference);
    expect(message!.text).toContain(world.study.title);
    expect(message!.text).toContain(`https://trials.example.org/dashboard/inquiries/${dueSoon.id}`);
    expect(message!.text).toContain("(Africa/Cairo)");
    // One of the site's inquiries is already past its due time.
    expect(message!.text).toContain("first-contact time: 1.");
    for (const secret of [dueSoon.firstName, dueSoon.email, dueSoon.phone]) {
      expect(message!.html).not.toContain(secret);
      expect(message!.text).not.toContain(secret);
      expect(message!.subject).not.toContain(secret);
    }
  });

  it("sends nothing to a coordinator who turned alerts off, and writes in the coordinator's language", async () => {
    await deps.db.user.update({ where: { id: world.notified.id }, data: { locale: "fr" } });
    const inquiry = await world.inquiry({ slaDueAt: min(90) });
    await sendSlaReminders(deps, { now: NOW, leadMinutes: 120 });
    const messages = await remindersOf(inquiry.id);
    expect(messages.map((m) => m.toAddress)).toEqual([world.notified.email]);
    expect(messages[0]!.subject).toBe(`Demande ${inquiry.reference} : premier contact bientôt dû`);
    await deps.db.user.update({ where: { id: world.notified.id }, data: { locale: "en" } });
  });
});

describe("follow-up reminders", () => {
  it("reminds the assignee (alerts off or not), else the notified coordinators, once per planned time", async () => {
    const assigned = await world.inquiry({ status: "ATTEMPTING_CONTACT", assigneeId: world.quiet.id, nextFollowUpAt: min(-10) });
    const unassigned = await world.inquiry({ status: "CONTACTED", firstContactAt: min(-300), nextFollowUpAt: min(-5) });
    const notYet = await world.inquiry({ status: "CONTACTED", firstContactAt: min(-300), nextFollowUpAt: min(60) });
    const closed = await world.inquiry({ status: "DECLINED", nextFollowUpAt: min(-5) });

    expect(await sendFollowUpReminders(deps, { now: NOW })).toBe(2);
    expect(await sendFollowUpReminders(deps, { now: NOW })).toBe(0);
    const of = (id: string) => remindersOf(id, "sla.follow-up-reminder");
    expect((await of(assigned.id)).map((m) => m.toAddress)).toEqual([world.quiet.email]);
    expect((await of(unassigned.id)).map((m) => m.toAddress)).toEqual([world.notified.email]);
    expect(await of(notYet.id)).toEqual([]);
    expect(await of(closed.id)).toEqual([]);
    expect((await of(assigned.id))[0]!.subject).toBe(`Inquiry ${assigned.reference}: follow-up due`);

    // A new follow-up date makes a new reminder when it falls due.
    await deps.db.inquiry.update({ where: { id: assigned.id }, data: { nextFollowUpAt: min(30) } });
    expect(await sendFollowUpReminders(deps, { now: min(31) })).toBe(1);
    expect(await of(assigned.id)).toHaveLength(2);
    expect(await of(notYet.id)).toEqual([]);
    expect(await sendFollowUpReminders(deps, { now: min(61) })).toBe(1);
    expect((await of(notYet.id)).map((m) => m.toAddress)).toEqual([world.notified.email]);
  });
});

describe("the reminder job", () => {
  it("runs on pg-boss from the server's start-up hook and queues what is due now", async () => {
    const now = new Date();
    const inquiry = await world.inquiry({ slaDueAt: new Date(now.getTime() + 10 * 60_000) });
    const log = createLogger("silent");
    const queue = await startQueue({ databaseUrl: fresh.url, log, queues: [] });
    const reminders = await startSlaReminders({ db: deps.db, queue, log, publicUrl: deps.publicUrl }, { intervalSeconds: 1 });
    try {
      await expect.poll(() => remindersOf(inquiry.id), { timeout: 20_000, interval: 250 }).toHaveLength(1);
    } finally {
      await reminders.stop();
      await queue.stop();
    }
    // Directly again: nothing new.
    expect(await runReminders(deps)).toMatchObject({ sla: 0 });
  });
});

describe("backfillSlaDueAt", () => {
  it("sets the due time in the site's working hours where it is missing, and leaves the rest", async () => {
    await deps.db.site.update({ where: { id: world.siteA.id }, data: { workingHours: { sun: [["09:00", "15:00"]], mon: [["09:00", "15:00"]] } } });
    // Thursday 3 July 2031, 14:00 in Cairo (UTC+3 in summer).
    const missing = await world.inquiry({ createdAt: new Date("2031-07-03T11:00:00Z") });
    const kept = await world.inquiry({ createdAt: new Date("2031-07-03T11:00:00Z"), slaDueAt: min(5) });
    const central = await makeInquiry(deps, { studyId: world.study.id, siteId: null });

    expect(await backfillSlaDueAt(deps.db)).toBeGreaterThanOrEqual(1);
    const due = async (id: string) => (await deps.db.inquiry.findUniqueOrThrow({ where: { id } })).slaDueAt;
    // 8 working hours: Sunday 09:00-15:00, then Monday 09:00-11:00 Cairo time.
    expect(await due(missing.id)).toEqual(new Date("2031-07-07T08:00:00Z"));
    expect(await due(kept.id)).toEqual(min(5));
    expect(await due(central.id)).toBeNull();
    expect(await backfillSlaDueAt(deps.db)).toBe(0);
  });
});
