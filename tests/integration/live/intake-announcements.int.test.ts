// New inquiries are announced on "inquiry_events" exactly once whoever writes them: the trigger
// for every writer (the dashboard, imports, seeds), and the intake itself right after its commit
// (intake-writer.ts), which tells the trigger to stay quiet so that its transactions never hold
// PostgreSQL's notify lock through their disk flush.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { listen } from "../../setup/http-server";
import { post, validBody } from "../../setup/public-api-client";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let app: Awaited<ReturnType<typeof listen>>;
let listener: pg.Client;
const heard: { id: string; op: string; siteId: string | null; status: string }[] = [];

beforeAll(async () => {
  app = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } }));
  listener = new pg.Client({ connectionString: inject("databaseUrl") });
  await listener.connect();
  listener.on("notification", (m) => heard.push(JSON.parse(m.payload!)));
  await listener.query("LISTEN inquiry_events");
});
afterAll(async () => {
  await listener.end();
  await app.close();
  await app.deps.db.$disconnect();
});

const eventsFor = async (id: string) => {
  // NOTIFY arrives after the commit; give it a moment, then count.
  for (let i = 0; i < 50 && !heard.some((e) => e.id === id); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
  return heard.filter((e) => e.id === id);
};

describe("announcements of new inquiries", () => {
  it("come once for an inquiry from the public form, with its site and status, and nothing identifying", async () => {
    const { nctId, sites } = await makeStudy(app.deps);
    const res = await post(app.url, nctId, validBody({ phone: "+20 1012345991" }));
    expect(res.status).toBe(201);
    const events = await eventsFor(res.body.id);
    expect(events).toEqual([{ op: "insert", id: res.body.id, siteId: sites[0]!.id, previousSiteId: null, studyId: expect.any(String), status: "NEW", assigneeId: null }]);
  });

  it("come once, from the trigger, for an inquiry any other writer adds", async () => {
    const { study, sites } = await makeStudy(app.deps);
    const inquiry = await makeInquiry(app.deps, { studyId: study.id, siteId: sites[1]!.id });
    expect(await eventsFor(inquiry.id)).toMatchObject([{ op: "insert", id: inquiry.id, siteId: sites[1]!.id, status: "NEW" }]);
  });
});
