// The load-data generator (npm run db:generate-load): realistic rows in bulk, the same search
// text the triggers would write, triggers back on afterwards, no NOTIFY storm, and never on a
// database holding someone else's data unless forced.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForeignDataError, generateLoadData } from "../../../scripts/load-data/generate-load-data";
import { createTestDeps } from "../../setup/test-deps";
import { freshDatabase } from "../../setup/fresh-database";
import { makeStudy } from "../../setup/study-factory";

let database: Awaited<ReturnType<typeof freshDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await freshDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);

describe("generateLoadData", () => {
  it("fills an empty database with the asked numbers, realistic values and the triggers' search text", async () => {
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    let notifications = 0;
    listener.on("notification", () => notifications++);
    await listener.query("LISTEN inquiry_events");
    try {
      const result = await generateLoadData(client, { inquiries: 3_000, sites: 12, studies: 5, batchSize: 1_000 });
      expect(result).toMatchObject({ inquiries: 3_000, sites: 12, studies: 5, coordinators: 24 });
      // A round trip on the listener after the commit: any notification would have arrived by now.
      await listener.query("SELECT 1");
      expect(notifications).toBe(0);
    } finally {
      await listener.end();
    }

    expect(await count("SELECT count(*) AS n FROM inquiries")).toBe(3_000);
    expect(await count("SELECT count(*) AS n FROM sites")).toBe(12);
    expect(await count("SELECT count(*) AS n FROM studies")).toBe(5);
    expect(await count("SELECT count(*) AS n FROM users WHERE role = 'COORDINATOR'")).toBe(24);
    expect(await count("SELECT count(*) AS n FROM site_memberships")).toBe(24);
    // Every inquiry's site runs its study; a few wait in a central queue.
    expect(await count(`SELECT count(*) AS n FROM inquiries i WHERE i.site_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM study_sites ss WHERE ss.site_id = i.site_id AND ss.study_id = i.study_id)`)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM inquiries WHERE site_id IS NULL")).toBeGreaterThan(0);

    // The search text is exactly what the triggers would have written, team notes included.
    expect(await count("SELECT count(*) AS n FROM inquiries WHERE search_text = ''")).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM inquiries i WHERE i.search_text IS DISTINCT FROM concat_ws(' ',
      inquiry_person_search_text(i.first_name, i.last_name, i.email, i.phone, i.reference), nullif(inquiry_team_notes_text(i.id), ''))`)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM activities WHERE type = 'NOTE' AND visibility = 'TEAM'")).toBeGreaterThan(100);

    const spread = await client.query<{ statuses: number; langs: string[]; arabic: number; assigned: number; followUps: number; contacted: number; days: number }>(`
      SELECT count(DISTINCT status)::int AS statuses, array_agg(DISTINCT language) AS langs,
        count(*) FILTER (WHERE first_name ~ '[\u0600-\u06FF]')::int AS arabic,
        count(assignee_id)::int AS assigned, count(next_follow_up_at)::int AS "followUps", count(first_contact_at)::int AS contacted,
        (max(created_at)::date - min(created_at)::date) AS days
      FROM inquiries`);
    const s = spread.rows[0]!;
    expect(s.statuses).toBeGreaterThanOrEqual(10);
    expect(s.langs).toEqual(expect.arrayContaining(["ar", "en", "es", "fr"]));
    expect(s.arabic).toBeGreaterThan(0);
    expect(s.assigned).toBeGreaterThan(0);
    expect(s.followUps).toBeGreaterThan(0);
    expect(s.contacted).toBeGreaterThan(0);
    expect(s.days).toBeGreaterThan(365);

    // The triggers are back on: a later write gets its search text and its event as usual.
    const { rows: triggers } = await client.query<{ tgname: string; tgenabled: string }>(
      `SELECT tgname, tgenabled FROM pg_trigger WHERE tgname IN ('inquiries_search_text', 'inquiries_notify_insert', 'activities_search_text')`,
    );
    expect(triggers.map((t) => t.tgenabled)).toEqual(["O", "O", "O"]);
    await client.query("UPDATE inquiries SET first_name = 'Renamed' WHERE id = (SELECT id FROM inquiries LIMIT 1)");
    expect(await count("SELECT count(*) AS n FROM inquiries WHERE first_name = 'Renamed' AND search_text LIKE 'renamed %'")).toBe(1);
  });

  it("adds to its own earlier data without clashing", async () => {
    await generateLoadData(client, { inquiries: 500, sites: 2, studies: 1 });
    expect(await count("SELECT count(*) AS n FROM inquiries")).toBe(3_500);
    expect(await count("SELECT count(DISTINCT reference) AS n FROM inquiries")).toBe(3_500);
    expect(await count("SELECT count(*) AS n FROM sites")).toBe(14);
  });

  it("refuses a database holding data it did not make, changing nothing, unless forced", async () => {
    const deps = createTestDeps(database.url);
    try {
      await makeStudy(deps);
      await expect(generateLoadData(client, { inquiries: 10, sites: 1, studies: 1 })).rejects.toBeInstanceOf(ForeignDataError);
      expect(await count("SELECT count(*) AS n FROM inquiries")).toBe(3_500);
      expect(await count("SELECT count(*) AS n FROM sites")).toBe(16);

      await generateLoadData(client, { inquiries: 10, sites: 1, studies: 1, force: true });
      expect(await count("SELECT count(*) AS n FROM inquiries")).toBe(3_510);
    } finally {
      await deps.db.$disconnect();
    }
  });

  it("rejects nonsense numbers before touching anything", async () => {
    await expect(generateLoadData(client, { inquiries: -5, sites: 1, studies: 1, force: true })).rejects.toThrow(/--inquiries/);
    await expect(generateLoadData(client, { inquiries: 5, sites: 0, studies: 1, force: true })).rejects.toThrow(/--sites/);
    expect(await count("SELECT count(*) AS n FROM inquiries")).toBe(3_510);
  });
});
