// The inbox on a large data set (default 1,000,000 inquiries, 200 sites, 50 studies; see
// bench/inbox-data.ts): server time of typical list views and free-text searches through the
// real use case (listInbox), against a baseline measured in the same run (the bare newest-50
// query through pg), and the CSV export's time and peak memory at 10k and 100k rows.
// Goals (issue): list p95 < 50 ms, search p95 < 150 ms, export memory flat in the row count.
import v8 from "node:v8";
import vm from "node:vm";
import pg from "pg";
import { createPrisma, type Db } from "../server/db/prisma";
import { listInbox } from "../server/modules/inbox/list-inbox";
import { countInboxExport, streamInboxCsv } from "../server/modules/inbox/export-inbox-csv";
import type { SessionUser } from "../server/trpc/context";
import type { InboxListInput } from "../shared/schemas/inbox";
import { MARK } from "../scripts/load-data/load-data-sql";
import { round, sample, stats } from "./harness";
import { ensureInboxData, typicalSite } from "./inbox-data";

export const name = "inbox";

const ROWS = Number(process.env.BENCH_INBOX_ROWS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_INBOX_SAMPLES ?? 100);
const LIST_GOAL_MS = 50;
// A full collection before each export so that every run starts from the same live heap.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const SEARCH_GOAL_MS = 150;

type Case = { name: string; kind: "list" | "search"; user: SessionUser; input: InboxListInput };

async function benchAdmin(db: Db): Promise<SessionUser> {
  const email = `bench-admin@${MARK.userEmailDomain}`;
  const u = await db.user.upsert({ where: { email }, update: {}, create: { email, name: "Bench admin", role: "ADMIN", emailVerified: true } });
  return { id: u.id, email, name: u.name, role: "ADMIN", locale: null, siteIds: [] };
}

/** Search terms taken from the data, so they match what the generator wrote. */
async function searchTerms(client: pg.Client) {
  const { rows } = await client.query<{ phone: string; email: string }>(
    `SELECT phone, email FROM inquiries WHERE reference = $1`,
    [`${MARK.referencePrefix}${(Math.floor(ROWS / 2)).toString(16).toUpperCase().padStart(8, "0")}`],
  );
  const row = rows[0]!;
  return { phoneFragment: row.phone.slice(-8, -1), emailFragment: row.email.split("@")[0]!.slice(0, -1) };
}

/** The day from which roughly `n` newest inquiries were received (the export filters by day). */
async function dayHolding(client: pg.Client, n: number): Promise<string> {
  const { rows } = await client.query<{ day: string }>(
    `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM inquiries ORDER BY created_at DESC OFFSET $1 LIMIT 1`,
    [n - 1],
  );
  return rows[0]!.day;
}

async function measureExport(db: Db, user: SessionUser, client: pg.Client, target: number) {
  const filters = { receivedFrom: await dayHolding(client, target), timeZone: "UTC" };
  const expected = await countInboxExport(db, user, filters);
  gc();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  let bytes = 0;
  const started = process.hrtime.bigint();
  const { rows } = await streamInboxCsv(db, user, filters, (chunk) => {
    bytes += Buffer.byteLength(chunk);
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  gc();
  const retainedHeap = process.memoryUsage().heapUsed;
  const mib = (b: number) => round(b / 2 ** 20, 1);
  return {
    targetRows: target,
    rows,
    expectedRows: expected,
    ms: round(ms, 1),
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    fileMiB: mib(bytes),
    rssBeforeMiB: mib(rssBefore),
    peakRssMiB: mib(peakRss),
    peakRssGrowthMiB: mib(peakRss - rssBefore),
    peakHeapUsedMiB: mib(peakHeap),
    heapUsedAfterGcMiB: mib(retainedHeap),
  };
}

export async function run() {
  const data = await ensureInboxData(ROWS);
  const db = createPrisma(data.url, { poolSize: 4 });
  const client = new pg.Client({ connectionString: data.url });
  await client.connect();
  try {
    const admin = await benchAdmin(db);
    const site = await typicalSite(data.url);
    const coordinator: SessionUser = { id: site.coordinatorId, email: "c@x", name: "Coordinator", role: "COORDINATOR", locale: null, siteIds: [site.siteId] };
    const terms = await searchTerms(client);
    const cases: Case[] = [
      { name: "admin, default view (newest first)", kind: "list", user: admin, input: {} },
      { name: "coordinator of one site, default view", kind: "list", user: coordinator, input: {} },
      { name: "status filter + sort by last activity", kind: "list", user: admin, input: { filters: { statuses: ["ATTEMPTING_CONTACT", "CONTACTED"] }, sort: { field: "lastActivity", dir: "desc" } } },
      { name: "overdue (SLA breached or follow-up passed)", kind: "list", user: admin, input: { filters: { overdue: true } } },
      { name: "coordinator, overdue", kind: "list", user: coordinator, input: { filters: { overdue: true } } },
      { name: "sort by next follow-up", kind: "list", user: admin, input: { sort: { field: "nextFollowUp", dir: "asc" } } },
      { name: "page 20 of a status filter", kind: "list", user: admin, input: { filters: { statuses: ["UNREACHABLE"] }, page: 20, perPage: 25 } },
      { name: "search: a name (Latin)", kind: "search", user: admin, input: { filters: { q: "Haddad" } } },
      { name: "search: a name (Arabic)", kind: "search", user: admin, input: { filters: { q: "منصور" } } },
      { name: "search: a phone fragment", kind: "search", user: admin, input: { filters: { q: terms.phoneFragment } } },
      { name: "search: an e-mail fragment", kind: "search", user: admin, input: { filters: { q: terms.emailFragment } } },
      { name: "coordinator, search: a name", kind: "search", user: coordinator, input: { filters: { q: "Martin" } } },
    ];

    const baselineSql = "SELECT id FROM inquiries ORDER BY created_at DESC LIMIT 50";
    const baseline = stats(await sample(SAMPLES, () => client.query(baselineSql), 20));
    const views = [];
    for (const c of cases) {
      let total = 0;
      const s = stats(await sample(SAMPLES, async () => (total = (await listInbox(db, c.user, c.input)).total), 10));
      const goal = c.kind === "list" ? LIST_GOAL_MS : SEARCH_GOAL_MS;
      views.push({
        view: c.name,
        kind: c.kind,
        matches: total >= 10_000 ? "10,000+" : total,
        ms: { p50: round(s.median, 2), p95: round(s.p95, 2), p99: round(s.p99, 2), max: round(s.max, 2) },
        ratioToBaseline: { p50: round(s.median / baseline.median, 1), p95: round(s.p95 / baseline.p95, 1) },
        goal: `p95 < ${goal} ms`,
        met: s.p95 < goal,
      });
      console.log(`  ${c.name}: p50 ${round(s.median, 1)} ms, p95 ${round(s.p95, 1)} ms`);
    }

    // A small export first warms caches and code; memory is then compared across sizes.
    await measureExport(db, admin, client, 10_000);
    const exports = [];
    for (const target of [10_000, 100_000, 300_000]) exports.push(await measureExport(db, admin, client, target));

    return {
      dataSet: { inquiries: ROWS, sites: 200, studies: 50, reused: data.reused, generationSeconds: data.generationSeconds, typicalSiteInquiries: site.siteInquiries },
      samplesPerView: SAMPLES,
      baseline: { name: `pg: ${baselineSql}`, ms: { p50: round(baseline.median, 2), p95: round(baseline.p95, 2), p99: round(baseline.p99, 2) } },
      views,
      csvExport: {
        runs: exports,
        goal: "memory does not grow with the row count",
        peakRssGrowthMiB: { at10k: exports[0]!.peakRssGrowthMiB, at100k: exports[1]!.peakRssGrowthMiB, at300k: exports[2]!.peakRssGrowthMiB },
      },
    };
  } finally {
    await client.end();
    await db.$disconnect();
    await data.release();
  }
}
