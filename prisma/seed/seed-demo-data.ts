// Demo data for the first start of the app: the seed study (NCT07068126) and its Egyptian
// centres, illustrative studies on the seed topics with sites in several countries and languages,
// a few real ClinicalTrials.gov records, coordinators, and about 300 inquiries at every stage of
// follow-up. The caller guarantees an empty database (no studies) and has created the admin.
import type { PrismaClient } from "../../server/generated/prisma/client";
import { backfillSlaDueAt } from "../../server/modules/sla/backfill-sla-due-at";
import { buildDemoPlan } from "./demo-plan";
import { DEFAULT_SEED, mulberry32, Rng } from "./random";

export type SeedDemoOptions = {
  /** Password hash (better-auth format) given to every demo coordinator. */
  passwordHash: string;
  /** Reference time: inquiries spread over the 120 days before it. Default: the current time. */
  now?: Date;
  /** Random source in [0, 1). Default: mulberry32(DEFAULT_SEED), so the data are reproducible. */
  random?: () => number;
};

export type SeedDemoResult = { studies: number; sites: number; users: number; inquiries: number; coordinators: string[] };

const BATCH = 500;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedDemoData(db: PrismaClient, opts: SeedDemoOptions): Promise<SeedDemoResult> {
  const rng = new Rng(opts.random ?? mulberry32(DEFAULT_SEED));
  const plan = buildDemoPlan(rng, opts.now ?? new Date(), opts.passwordHash);

  await db.$transaction(
    async (tx) => {
      await tx.study.createMany({ data: plan.studies });
      await tx.site.createMany({ data: plan.sites });
      await tx.studySite.createMany({ data: plan.studySites });
      await tx.user.createMany({ data: plan.users });
      await tx.account.createMany({ data: plan.accounts });
      await tx.siteMembership.createMany({ data: plan.memberships });
      // Oldest first: a duplicate always follows the inquiry it points to.
      await inBatches(plan.inquiries, (data) => tx.inquiry.createMany({ data }));
      await inBatches(plan.decisions, (data) => tx.routingDecision.createMany({ data }));
      await inBatches(plan.changes, (data) => tx.inquiryStatusChange.createMany({ data }));
      await inBatches(plan.activities, (data) => tx.activity.createMany({ data }));
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  // First-contact due times in each site's working hours and time zone, so the demo shows SLA states.
  await backfillSlaDueAt(db);

  return {
    studies: plan.studies.length,
    sites: plan.sites.length,
    users: plan.users.length,
    inquiries: plan.inquiries.length,
    coordinators: plan.coordinatorEmails,
  };
}
