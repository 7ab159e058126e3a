// npm run db:migration -- NAME
// Writes prisma/migrations/<timestamp>_<NAME>/migration.sql: the SQL that takes the schema as it
// was at the newest migration (its schema.prisma snapshot) to prisma/schema.prisma today.
// `prisma migrate diff` with the JS engine needs a live PostgreSQL to talk to; we give it ours.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../server/config/env";
import { resolveDatabase } from "../server/db/database-url";
import { MIGRATIONS_DIR, readMigrations } from "../server/db/migrate";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- NAME   (NAME: lower-case letters, digits and _)");
  process.exit(2);
}

const schemaFile = path.resolve("prisma/schema.prisma");
const last = readMigrations().at(-1);
const fromArgs = last
  ? ["--from-schema-datamodel", path.join(MIGRATIONS_DIR, last.name, "schema.prisma")]
  : ["--from-empty"];

const db = await resolveDatabase(loadConfig(), "task");
try {
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", schemaFile, "--script"],
    { env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (/^-- This is an empty migration\.\s*$/m.test(sql) || sql.trim() === "") {
    console.log("The schema has not changed since the last migration: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync(schemaFile, path.join(dir, "schema.prisma"));
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await db.release();
}
