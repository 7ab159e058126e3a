// npm run db:migrate: apply pending migrations (the app also does this at start-up).
import { loadConfig } from "../server/config/env";
import { resolveDatabase } from "../server/db/database-url";
import { migrate } from "../server/db/migrate";

const db = await resolveDatabase(loadConfig(), "task", console.log);
try {
  const result = await migrate(db.url, { log: console.log });
  console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied.`);
} finally {
  await db.release();
}
