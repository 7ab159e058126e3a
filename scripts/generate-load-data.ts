// npm run db:generate-load -- --inquiries 1000000 --sites 200 --studies 50 [--force]
// Adds generated sites, studies, coordinators and inquiries to the database (DATABASE_URL, else the
// embedded one), for benchmarks and load tests. Refuses a database holding data it did not make
// unless --force; it only ever adds rows.
import { parseArgs } from "node:util";
import pg from "pg";
import { loadConfig } from "../server/config/env";
import { resolveDatabase } from "../server/db/database-url";
import { migrate } from "../server/db/migrate";
import { LoadDataRefusal, generateLoadData } from "./load-data/generate-load-data";

const { values } = parseArgs({
  options: {
    inquiries: { type: "string", default: "1000000" },
    sites: { type: "string", default: "200" },
    studies: { type: "string", default: "50" },
    force: { type: "boolean", default: false },
  },
});

const database = await resolveDatabase(loadConfig(), "task", console.log);
let exitCode = 0;
try {
  await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await generateLoadData(client, {
      inquiries: Number(values.inquiries),
      sites: Number(values.sites),
      studies: Number(values.studies),
      force: values.force,
      log: (m) => console.log(m),
    });
    console.log(
      `Done in ${result.seconds} s: ${result.inquiries} inquiries (${result.notes} with a team note), ${result.sites} sites, ` +
        `${result.studies} studies, ${result.coordinators} coordinators (no password: they cannot sign in).`,
    );
  } finally {
    await client.end();
  }
} catch (error) {
  exitCode = 1;
  console.error(error instanceof LoadDataRefusal ? error.message : error);
} finally {
  await database.release();
}
process.exit(exitCode);
