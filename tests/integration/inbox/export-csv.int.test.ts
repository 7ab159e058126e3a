// CSV export over HTTP as the dashboard uses it: session cookie, the inbox's filters, scope,
// quoting, the formula guard, batches, and refusals.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { streamInboxCsv } from "../../../server/modules/inbox/export-inbox-csv";
import { filtersToSearchParams } from "../../../shared/schemas/inbox";
import { listen } from "../../setup/http-server";
import { createTestDeps } from "../../setup/test-deps";
import { postJson, signIn } from "../accounts/account-http";
import { makeInboxWorld, type InboxWorld } from "./inbox-world";

let server: Awaited<ReturnType<typeof listen>>;
let deps: AppDeps;
let w: InboxWorld;
let cookieA: string;
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  server = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url }));
  deps = server.deps;
  w = await makeInboxWorld(deps);
  await w.inquiry({ siteId: w.siteA.id, firstName: "=HYPERLINK(\"http://evil\")", lastName: `-2+3${tag}`, email: `@sum-${tag}@x.example.org`, createdAt: new Date(Date.now() - 1000) });
  await w.inquiry({ siteId: w.siteA.id, firstName: "Quote \"Q\", comma", lastName: `Line\nbreak${tag}`, createdAt: new Date(Date.now() - 2000) });
  await w.inquiry({ siteId: w.siteA.id, firstName: "ليلى", lastName: `زكي${tag}`, createdAt: new Date(Date.now() - 3000) });
  await w.inquiry({ siteId: w.siteB.id, firstName: "Other", lastName: `Site${tag}` });
  cookieA = (await signIn(server.url, w.coordA.email, "a-long-test-password"))!;
});
afterAll(async () => {
  await server.close();
  await deps.db.$disconnect();
});

/** A small RFC 4180 reader, so the test checks the bytes and not our own writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== "\r") cell += c;
  }
  if (cell !== "" || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const exportUrl = (params: URLSearchParams) => `${server.url}/api/exports/inquiries.csv?${params}`;
const studyParams = () => filtersToSearchParams({ studyIds: [w.study.id] });

describe("CSV export", () => {
  it("streams the caller's rows with a header, a BOM for spreadsheets and the row count", async () => {
    const res = await fetch(exportUrl(studyParams()), { headers: { cookie: cookieA } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="inquiries-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("x-total-count")).toBe("3");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(expect.arrayContaining(["Reference", "First name", "Last name", "Email", "Phone", "Status", "SLA state"]));
    expect(rows).toHaveLength(4);
    const names = rows.slice(1).map((r) => r[3]);
    expect(names).not.toContain(`Site${tag}`);
    expect(rows[3]![2]).toBe("ليلى");
  });

  it("keeps commas, quotes and line breaks inside their cell", async () => {
    // text() drops the BOM, as spreadsheet programs do.
    const text = await (await fetch(exportUrl(studyParams()), { headers: { cookie: cookieA } })).text();
    const row = parseCsv(text).find((r) => r[2]?.startsWith("Quote"))!;
    expect(row[2]).toBe('Quote "Q", comma');
    expect(row[3]).toBe(`Line\nbreak${tag}`);
  });

  it("turns cells that a spreadsheet would run as formulas into text", async () => {
    const text = await (await fetch(exportUrl(studyParams()), { headers: { cookie: cookieA } })).text();
    const row = parseCsv(text).find((r) => r[2]?.includes("HYPERLINK"))!;
    expect(row[2]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(row[3]).toBe(`'-2+3${tag}`);
    expect(row[4]).toBe(`'@sum-${tag}@x.example.org`);
    // E.164 phones start with "+": kept as text too, so no spreadsheet turns them into numbers.
    expect(row[5]).toMatch(/^'\+20/);
  });

  it("applies the inbox filters, and another site's rows never come out", async () => {
    const params = filtersToSearchParams({ studyIds: [w.study.id], siteIds: [w.siteB.id] });
    const res = await fetch(exportUrl(params), { headers: { cookie: cookieA } });
    expect(res.headers.get("x-total-count")).toBe("0");
    expect(parseCsv(await res.text())).toHaveLength(1);
  });

  it("takes the filters as JSON in a POST, so a searched name stays out of the URL", async () => {
    const res = await postJson(server.url, "/api/exports/inquiries.csv", { filters: { studyIds: [w.study.id], q: `زكي${tag}` } }, { cookie: cookieA });
    expect(res.status).toBe(200);
    const rows = parseCsv(await res.text());
    expect(rows.slice(1).map((r) => r[2])).toEqual(["ليلى"]);
    const audit = await deps.db.auditLog.findFirstOrThrow({ where: { actorId: w.coordA.id, action: "inquiry.export" }, orderBy: { createdAt: "desc" } });
    expect(audit.metadata).toMatchObject({ rows: 1, completed: true, searched: true });
    expect(JSON.stringify(audit.metadata)).not.toContain(tag);
  });

  it("refuses without a session, with bad filters, and a form POST", async () => {
    const anonymous = await fetch(exportUrl(studyParams()));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(tag);
    const bad = await fetch(exportUrl(new URLSearchParams({ receivedFrom: "soon", statuses: "LOST" })), { headers: { cookie: cookieA } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(expect.arrayContaining(["filters.receivedFrom"]));
    const form = await fetch(`${server.url}/api/exports/inquiries.csv`, { method: "POST", headers: { cookie: cookieA, "content-type": "application/x-www-form-urlencoded" }, body: "q=x" });
    expect(form.status).toBe(415);
  });

  it("reads and writes in batches, so a large export never sits in memory whole", async () => {
    const many = Array.from({ length: 1203 }, (_, n) => ({
      reference: `X-${tag}-${n}`.toUpperCase(),
      studyId: w.study.id,
      siteId: w.siteA.id,
      firstName: `Bulk${n}`,
      lastName: "Row",
      email: `bulk-${tag}-${n}@x.example.org`,
      emailNormalized: `bulk-${tag}-${n}@x.example.org`,
      phone: "+201000000000",
      language: "ar",
      consent: true,
      consentTextVersion: "test",
      consentedAt: new Date(),
    }));
    await deps.db.inquiry.createMany({ data: many });
    const chunks: string[] = [];
    const result = await streamInboxCsv(deps.db, w.coordA, { studyIds: [w.study.id] }, (chunk) => void chunks.push(chunk));
    expect(result.rows).toBe(1206);
    expect(chunks.length).toBe(4);
    expect(parseCsv(chunks.join("").slice(1))).toHaveLength(1207);
  });
});
