// npm run db:seed: migrate, create the admin and load the demo data if that has not happened
// yet. Works with the app running (it borrows the embedded PostgreSQL) or not (starts it).
import { loadConfig } from "../server/config/env";
import { resolveDatabase } from "../server/db/database-url";
import { migrate } from "../server/db/migrate";
import { createPrisma } from "../server/db/prisma";
import { createLogger } from "../server/lib/logger";
import { ensureAdmin } from "../server/modules/auth/ensure-admin";
import { seedOnFirstRun } from "../server/modules/system/seed-on-first-run";

const config = loadConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const database = await resolveDatabase(config, "task");
try {
  await migrate(database.url);
  const db = createPrisma(database.url);
  try {
    const admin = await ensureAdmin(db, { email: config.adminEmail, password: config.adminPassword });
    if (admin.generatedPassword) console.log(`Admin ${admin.email} created with password ${admin.generatedPassword} (shown once).`);
    const seed = await seedOnFirstRun(db, { log, demoPassword: admin.password });
    if (seed.seeded) {
      console.log(`Demo data loaded: ${seed.studies} studies, ${seed.sites} sites, ${seed.inquiries} inquiries.`);
      console.log(`Demo coordinators (same password as the admin${seed.generatedPassword ? `: ${seed.generatedPassword}` : ""}): ${seed.coordinators.join(", ")}`);
    } else {
      console.log("Demo data was loaded before; nothing to do.");
    }
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.release();
}
