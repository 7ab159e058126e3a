// Demo data on the very first start only: a marker row in `settings` records that seeding ran,
// so later starts (and other processes starting at the same moment) never seed again.
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../../db/prisma";
import type { Logger } from "../../lib/logger";

const MARKER = "system:demo-data-seeded-at";

export type SeedOutcome =
  | { seeded: false }
  | { seeded: true; studies: number; sites: number; inquiries: number; coordinators: string[]; generatedPassword?: string };

export async function seedOnFirstRun(db: Db, opts: { log: Logger; demoPassword?: string }): Promise<SeedOutcome> {
  const claimed = await db.setting.createMany({ data: [{ key: MARKER, value: new Date().toISOString() }], skipDuplicates: true });
  if (claimed.count === 0) return { seeded: false };
  const generatedPassword = opts.demoPassword ? undefined : randomBytes(12).toString("base64url");
  try {
    const started = Date.now();
    // Loaded only when needed: the demo data module is large and most starts never use it.
    const { seedDemoData } = await import("../../../prisma/seed/seed-demo-data");
    const result = await seedDemoData(db, { passwordHash: await hashPassword(opts.demoPassword ?? generatedPassword!) });
    opts.log.info({ ...result, coordinators: result.coordinators.length, ms: Date.now() - started }, "demo data seeded");
    return { seeded: true, ...result, generatedPassword };
  } catch (error) {
    // Let the next start try again rather than leave a half-seeded marker behind.
    await db.setting.delete({ where: { key: MARKER } }).catch(() => {});
    throw error;
  }
}
