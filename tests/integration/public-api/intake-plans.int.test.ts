// The intake's read is planned once per connection (a generic plan: server/lib/rate-limit.ts).
// That plan may be made on an empty, never analysed table (a new install, the first minutes of a
// burst) and must stay cheap however the table grows: no part of it may scan `inquiries`.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { createPublicPool } from "../../../server/lib/rate-limit";
import { routingFactsQuery } from "../../../server/modules/inquiries/load-routing-candidates";
import { writeInquiriesQuery } from "../../../server/modules/inquiries/record-inquiry";
import type { RoutingCandidate } from "../../../server/modules/routing/route-inquiry";
import { freshDatabase } from "../../setup/fresh-database";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let deps: AppDeps;
let pool: pg.Pool;
let client: pg.PoolClient;
beforeAll(async () => {
  db = await freshDatabase();
  deps = createTestDeps(db.url);
  // A connection of the intake's own pool, as it is configured.
  pool = createPublicPool(db.url, 1);
  client = await pool.connect();
});
afterAll(async () => {
  client?.release();
  await pool?.end();
  await deps?.db.$disconnect();
  await db?.drop();
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The plan the intake's connection uses for its read, as EXPLAIN shows it. */
async function intakeReadPlan(candidates: RoutingCandidate[], person: { email: string; phone: string; studyId: string }) {
  const query = routingFactsQuery([{ candidates, patient: { lat: null, lon: null }, person, now: new Date() }])!;
  const name = `facts_${randomUUID().replaceAll("-", "")}`;
  await client.query(`PREPARE ${name} AS ${query.text}`);
  // EXPLAIN takes no parameters: the values go in as literals, typed by the prepared statement.
  const literal = (v: unknown) =>
    v === null ? "NULL"
    : Array.isArray(v) ? client.escapeLiteral(`{${v.map((x) => `"${String(x)}"`).join(",")}}`)
    : client.escapeLiteral(v instanceof Date ? v.toISOString() : String(v));
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    `EXPLAIN (FORMAT JSON) EXECUTE ${name}(${(query.values ?? []).map(literal).join(", ")})`,
  );
  await client.query(`DEALLOCATE ${name}`);
  return nodesOf(rows[0]!["QUERY PLAN"][0].Plan);
}

/** The plan of the intake's write, which looks for the earlier inquiry of a person it was not read for. */
async function intakeWritePlan() {
  const query = writeInquiriesQuery([]);
  const name = `write_${randomUUID().replaceAll("-", "")}`;
  await client.query(`PREPARE ${name} AS ${query.text}`);
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) EXECUTE ${name}('[]')`);
  await client.query(`DEALLOCATE ${name}`);
  return nodesOf(rows[0]!["QUERY PLAN"][0].Plan);
}
const scansOfInquiries = (nodes: PlanNode[]) => nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "inquiries");

const candidate = (siteId: string, weeklyCap: number | null): RoutingCandidate => ({
  siteId, name: "Site", city: "Cairo", countryCode: "EG", lat: null, lon: null, languages: ["ar"],
  eligible: true, weeklyCap, intakeThisWeek: 0, openInquiries: 0,
});

describe("the intake's read under a generic plan", () => {
  it("the intake's connections plan their named statements once and never scan a table an index can answer for", async () => {
    const { rows } = await client.query<{ mode: string; seqscan: string }>(
      "SELECT current_setting('plan_cache_mode') AS mode, current_setting('enable_seqscan') AS seqscan",
    );
    expect(rows[0]).toEqual({ mode: "force_generic_plan", seqscan: "off" });
  });

  it("reaches inquiries only through indexes, on an empty table and on one with years of history (the read, and the write's check for an earlier inquiry)", async () => {
    const { study, sites } = await makeStudy(deps);
    const cands = sites.map((s, i) => candidate(s.id, i === 0 ? 5000 : null));
    const person = { email: "same.parent@family.example.org", phone: "+201001234567", studyId: study.id };

    const empty = await intakeReadPlan(cands, person);
    // All three parts are in the plan (weekly counts, open counts, the earlier inquiry)...
    expect(empty.filter((n) => n["Relation Name"] === "inquiries").length).toBeGreaterThanOrEqual(4);
    // ...and none of them scans the table.
    expect(scansOfInquiries(empty)).toEqual([]);
    const emptyWrite = await intakeWritePlan();
    // The write inserts an inquiry and looks for the earlier one by e-mail and by phone, through indexes.
    expect(emptyWrite.filter((n) => n["Relation Name"] === "inquiries").length).toBeGreaterThanOrEqual(3);
    expect(scansOfInquiries(emptyWrite)).toEqual([]);

    const template = await makeInquiry(deps, { studyId: study.id, siteId: sites[0]!.id, email: person.email, phone: person.phone });
    const siteIds = sites.map((s) => `'${s.id}'::uuid`).join(", ");
    await deps.db.$executeRawUnsafe(`
      INSERT INTO inquiries (id, reference, study_id, site_id, first_name, last_name, email, email_normalized, phone, phone_raw,
        language, consent, consent_text_version, consented_at, source, status, last_activity_at, created_at, updated_at)
      SELECT gen_random_uuid(), 'T-PLAN-' || g, study_id, (ARRAY[${siteIds}])[1 + g % ${sites.length}], first_name, last_name,
        'p' || g || '@family.example.org', 'p' || g || '@family.example.org', '+2010' || (10000000 + g), phone_raw,
        language, consent, consent_text_version, consented_at, source,
        CASE WHEN g % 10 = 0 THEN 'NEW' ELSE 'NOT_ELIGIBLE' END::"InquiryStatus", now(), now() - g * interval '1 hour', now()
      FROM inquiries, generate_series(1, 5000) AS g WHERE id = '${template.id}'`);
    await deps.db.$executeRawUnsafe("ANALYZE inquiries");
    // (A site's open inquiries are a small part of its history: most of the 5,000 are closed.)

    const full = await intakeReadPlan(cands, person);
    expect(scansOfInquiries(full)).toEqual([]);
    expect(scansOfInquiries(await intakeWritePlan())).toEqual([]);
  });
});
