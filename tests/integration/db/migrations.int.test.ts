import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, MigrationError, readMigrations } from "../../../server/db/migrate";
import { freshDatabase } from "../../setup/fresh-database";
import { REPO_ROOT } from "../../setup/app-process";
import { describeSchema } from "./schema-catalog";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function emptyDb() {
  const db = await freshDatabase({ migrated: false });
  cleanups.push(db.drop);
  return db;
}

function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tc-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrations", () => {
  it("produce exactly the schema described by prisma/schema.prisma", async () => {
    const migrated = await emptyDb();
    await migrate(migrated.url);

    // The reference: what Prisma itself generates from schema.prisma today, from nothing.
    const reference = await emptyDb();
    const sql = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: reference.url }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const c = new pg.Client({ connectionString: reference.url });
    await c.connect();
    await c.query(sql);
    await c.end();

    const [actual, expected] = await Promise.all([describeSchema(migrated.url), describeSchema(reference.url)]);
    expect(actual.columns!.length).toBeGreaterThan(100);
    expect(actual).toEqual(expected);
  });

  it("apply once, record each migration with its checksum, and do nothing the second time", async () => {
    const db = await emptyDb();
    const first = await migrate(db.url);
    expect(first.applied).toEqual(readMigrations().map((m) => m.name));
    const second = await migrate(db.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(first.applied.length);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const rows = (await c.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`)).rows;
    await c.end();
    expect(rows).toHaveLength(first.applied.length);
    expect(rows[0].checksum).toBe(readMigrations()[0]!.checksum);
    expect(rows[0].finished_at).toBeInstanceOf(Date);
  });

  it("are applied exactly once when several processes start at the same moment", async () => {
    const db = await emptyDb();
    const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
    const appliedCounts = results.map((r) => r.applied.length).sort();
    expect(appliedCounts).toEqual([0, 0, readMigrations().length]);
  });

  it("refuse to run when an applied migration was edited, and say which and what to do", async () => {
    const db = await emptyDb();
    const dir = copyMigrations();
    await migrate(db.url, { dir });
    const first = readMigrations(dir)[0]!;
    fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- a harmless-looking edit\n");
    const error = await migrate(db.url, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(first.name);
    expect((error as Error).message).toMatch(/changed after it was applied/);
    expect((error as Error).message).toMatch(/npm run db:migration/);
  });

  it("roll back a failing migration completely and leave it pending", async () => {
    const db = await emptyDb();
    const dir = copyMigrations();
    await migrate(db.url, { dir });
    const bad = path.join(dir, "99999999999999_broken");
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, "migration.sql"), `CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;`);
    await expect(migrate(db.url, { dir })).rejects.toThrow(/99999999999999_broken.*rolled back/);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const t = await c.query(`SELECT to_regclass('public.half_done') AS t`);
    const m = await c.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`);
    await c.end();
    expect(t.rows[0].t).toBeNull();
    expect(m.rows[0].n).toBe(0);
  });

  it("refuse a database migrated by a newer version of the app", async () => {
    const db = await emptyDb();
    const dir = copyMigrations();
    const extra = path.join(dir, "99999999999998_from_the_future");
    fs.mkdirSync(extra);
    fs.writeFileSync(path.join(extra, "migration.sql"), "SELECT 1;");
    await migrate(db.url, { dir });
    await expect(migrate(db.url)).rejects.toThrow(/99999999999998_from_the_future.*does not have/);
  });
});
