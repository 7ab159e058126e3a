// The admins' audit log: newest first, a page at a time, filtered by who, what, which entity,
// which site and when; the full entry with its actor; existing writes (template saves) show up.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { recordAudit } from "../../../server/modules/audit/record-audit";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  admin = await makeUser(deps, "ADMIN");
});
afterAll(() => deps.db.$disconnect());

describe("audit.list and audit.get", () => {
  it("filters by actor, action prefix, entity, site and dates, newest first, a page at a time", async () => {
    const site = await makeSite(deps);
    const coord = await makeUser(deps, "COORDINATOR", [site.id]);
    const entityId = randomUUID();
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    const rows: [string, typeof coord | null, number][] = [
      ["inquiry.view", coord, 3],
      ["inquiry.status-change", coord, 2],
      ["inquiry.view", admin, 1],
      ["inquiry.export", null, 0],
    ];
    for (const [action, actor, daysAgo] of rows) {
      await recordAudit(deps.db, { actor, actorType: actor ? "USER" : "SYSTEM", action, entityType: "Inquiry", entityId, siteId: site.id, metadata: { daysAgo } });
      await deps.db.auditLog.updateMany({ where: { entityId, action, createdAt: { gt: at(0.01) } }, data: { createdAt: at(daysAgo) } });
    }
    const list = (input: Parameters<ReturnType<typeof callerAs>["audit"]["list"]>[0]) => callerAs(deps, admin).audit.list({ entityId, ...input });

    const all = await list({});
    expect(all.total).toBe(4);
    expect(all.items.map((i) => i.action)).toEqual(["inquiry.export", "inquiry.view", "inquiry.status-change", "inquiry.view"]);
    expect(all.items[0]).toMatchObject({ actor: null, actorType: "SYSTEM", site: { id: site.id, name: site.name } });
    expect(all.items[1]!.actor).toMatchObject({ id: admin.id, name: admin.name });

    expect((await list({ actorId: coord.id })).items.map((i) => i.action)).toEqual(["inquiry.status-change", "inquiry.view"]);
    expect((await list({ action: "inquiry.view" })).total).toBe(2);
    expect((await list({ action: "inquiry." })).total).toBe(4);
    expect((await list({ action: "inquiry_" })).total).toBe(0);
    expect((await list({ entityType: "inquiry" })).total).toBe(4);
    expect((await list({ entityType: "User" })).total).toBe(0);
    expect((await list({ siteId: site.id })).total).toBe(4);
    expect((await list({ from: at(2.5), to: at(0.5) })).items.map((i) => i.action)).toEqual(["inquiry.view", "inquiry.status-change"]);

    const page2 = await list({ page: 2, perPage: 3 });
    expect(page2).toMatchObject({ total: 4, page: 2 });
    expect(page2.items.map((i) => i.action)).toEqual(["inquiry.view"]);

    const entry = await callerAs(deps, admin).audit.get({ id: all.items[2]!.id });
    expect(entry).toMatchObject({ action: "inquiry.status-change", actor: { id: coord.id, role: "COORDINATOR" }, site: { name: site.name }, metadata: { daysAgo: 2 } });
    await expect(callerAs(deps, admin).audit.get({ id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a date range that ends before it starts", async () => {
    await expect(callerAs(deps, admin).audit.list({ from: new Date(), to: new Date(Date.now() - 86_400_000) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows template saves, with the admin who saved", async () => {
    const caller = callerAs(deps, admin);
    const current = await caller.templates.get({ key: "share.send-to-friend", locale: "fr" });
    const base = current.current?.version ?? 0;
    const tag = randomUUID().slice(0, 8);
    await caller.templates.save({
      key: "share.send-to-friend",
      locale: "fr",
      baseVersion: base,
      subject: `Une étude ${tag}`,
      html: "<p>{{STUDY_TITLE}} {{STUDY_URL}}</p>",
      text: "{{STUDY_TITLE}} {{STUDY_URL}}",
    });
    const found = await caller.audit.list({ actorId: admin.id, action: "template.update" });
    expect(found.items[0]).toMatchObject({ entityType: "EmailTemplate", actor: { id: admin.id } });
    const entry = await caller.audit.get({ id: found.items[0]!.id });
    expect(entry.metadata).toMatchObject({ key: "share.send-to-friend", locale: "fr" });
  });
});
