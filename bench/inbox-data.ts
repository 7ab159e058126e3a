// The inbox benchmark's data set: a database of its own holding BENCH_INBOX_ROWS generated
// inquiries (200 sites, 50 studies), kept between runs because a million rows take minutes to
// make. On TEST_DATABASE_URL's server it is the database "tc_bench_inbox"; otherwise an embedded
// PostgreSQL in the system temp directory that outlives the run (the tests' one is deleted).
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../server/db/embedded-postgres";
import { migrate } from "../server/db/migrate";
import { databaseUrl } from "../tests/setup/database-server";
import { countForeignRows, generateLoadData } from "../scripts/load-data/generate-load-data";
import { MARK } from "../scripts/load-data/load-data-sql";

export const INBOX_SITES = 200;
export const INBOX_STUDIES = 50;
const DATABASE = "tc_bench_inbox";

export type InboxData = { url: string; reused: boolean; generationSeconds?: number; release(): Promise<void> };

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function holdsExactly(url: string, rows: number): Promise<boolean> {
  return withClient(url, async (c) => {
    if ((await countForeignRows(c)) > 0) return false;
    const { rows: [n] } = await c.query<{ inquiries: string; sites: string; studies: string }>(
      `SELECT (SELECT count(*) FROM inquiries) AS inquiries, (SELECT count(*) FROM sites) AS sites, (SELECT count(*) FROM studies) AS studies`,
    );
    return Number(n!.inquiries) === rows && Number(n!.sites) === INBOX_SITES && Number(n!.studies) === INBOX_STUDIES;
  }).catch(() => false);
}

export async function ensureInboxData(rows: number, log: (m: string) => void = console.log): Promise<InboxData> {
  const external = process.env.TEST_DATABASE_URL;
  const server = external
    ? { url: external, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "trialconnect-bench-postgres"), role: "task", log });
  const adminUrl = server.url;
  const url = databaseUrl(adminUrl, DATABASE);
  try {
    const exists = await withClient(adminUrl, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])).rowCount === 1);
    if (exists) {
      await migrate(url);
      if (await holdsExactly(url, rows)) return { url, reused: true, release: () => server.stop() };
      log(`${DATABASE} does not hold exactly ${rows} generated inquiries: making it again`);
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE "${DATABASE}" WITH (FORCE)`));
    }
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${DATABASE}"`));
    await migrate(url);
    const result = await withClient(url, (c) =>
      generateLoadData(c, { inquiries: rows, sites: INBOX_SITES, studies: INBOX_STUDIES, log }),
    );
    return { url, reused: false, generationSeconds: result.seconds, release: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** A site with a typical share of the inquiries, and one of its coordinators, for the "one site" views. */
export async function typicalSite(url: string): Promise<{ siteId: string; coordinatorId: string; siteInquiries: number }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ site_id: string; n: string; user_id: string }>(
      `WITH per_site AS (SELECT site_id, count(*) AS n FROM inquiries WHERE site_id IS NOT NULL GROUP BY site_id),
            ranked AS (SELECT site_id, n, row_number() OVER (ORDER BY n) AS r, count(*) OVER () AS total FROM per_site)
       SELECT r.site_id, r.n, m.user_id FROM ranked r
       JOIN site_memberships m ON m.site_id = r.site_id JOIN users u ON u.id = m.user_id AND u.email LIKE $1
       WHERE r.r = (r.total + 1) / 2 LIMIT 1`,
      [`%@${MARK.userEmailDomain}`],
    );
    const row = rows[0]!;
    return { siteId: row.site_id, coordinatorId: row.user_id, siteInquiries: Number(row.n) };
  });
}
