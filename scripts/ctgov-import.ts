// npm run ctgov:import -- FILE...
// Imports ClinicalTrials.gov API v2 JSON files (one study, or a {"studies":[...]} search page)
// idempotently. Works whether or not the app is running (see README, "Command-line tasks").
// Every file is read and checked before anything is written.
import fs from "node:fs";
import { loadConfig } from "../server/config/env";
import { resolveDatabase } from "../server/db/database-url";
import { migrate } from "../server/db/migrate";
import { createPrisma } from "../server/db/prisma";
import { CtgovParseError, parseCtgovFile, type CtgovStudy } from "../server/modules/studies/ctgov-map";
import { importCtgovStudies } from "../server/modules/studies/import-ctgov-study";

const files = process.argv.slice(2);
if (files.length === 0 || files.some((f) => f === "-h" || f === "--help")) {
  console.error("Usage: npm run ctgov:import -- FILE...   (ClinicalTrials.gov API v2 JSON: one study or {\"studies\":[...]})");
  process.exit(2);
}

function readStudies(file: string): CtgovStudy[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  try {
    const studies = parseCtgovFile(json);
    if (studies.length === 0) throw new Error("no studies in the file");
    return studies;
  } catch (error) {
    const detail = error instanceof CtgovParseError ? error.message : (error as Error).message;
    throw new Error(`${file}: not a ClinicalTrials.gov API v2 record (${detail}).`);
  }
}

let studies: CtgovStudy[];
try {
  studies = files.flatMap(readStudies);
} catch (error) {
  console.error((error as Error).message);
  console.error("Nothing was imported.");
  process.exit(1);
}

let database: Awaited<ReturnType<typeof resolveDatabase>>;
try {
  database = await resolveDatabase(loadConfig(), "task");
} catch (error) {
  console.error(`Cannot reach the database: ${(error as Error).message}`);
  process.exit(1);
}
let exitCode = 0;
try {
  await migrate(database.url);
  const db = createPrisma(database.url, { poolSize: 2 });
  try {
    const t0 = Date.now();
    const r = await importCtgovStudies(db, studies);
    console.log(
      `Imported ${studies.length} stud${studies.length === 1 ? "y" : "ies"} from ${files.length} file(s) in ${((Date.now() - t0) / 1000).toFixed(1)} s: ` +
        `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged; ` +
        `sites: ${r.sitesCreated} created, ${r.sitesMatched} matched; ${r.links} study-site links` +
        (r.locationsSkipped ? `; ${r.locationsSkipped} location(s) skipped (no recognisable country)` : "") +
        ".",
    );
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(`Import failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await database.release();
}
process.exit(exitCode);
