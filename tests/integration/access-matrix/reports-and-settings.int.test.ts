// Access matrix for the reports and settings procedures: every procedure x {anonymous,
// coordinator of A, coordinator of B, admin} x {site A, B}.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
// Around the world's inquiries, which are received now.
const period = () => ({ from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) });

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
});
afterAll(() => deps.db.$disconnect());

const sitesIn = (rows: Array<{ siteId: string | null }>) => rows.map((r) => r.siteId).filter((id) => id === world.siteA.id || id === world.siteB.id).sort();

describe("reports: coordinators see their own site, admins every site", () => {
  const cases = {
    "reports.funnel": async (actor: "coordA" | "coordB" | "admin", siteId?: string) => sitesIn(await world.caller(actor).reports.funnel({ ...period(), studyId: world.study.id, siteId })),
    "reports.responseTimes": async (actor: "coordA" | "coordB" | "admin", siteId?: string) =>
      sitesIn((await world.caller(actor).reports.responseTimes({ ...period(), studyId: world.study.id, siteId })).sites),
    "reports.breakdown": async (actor: "coordA" | "coordB" | "admin", siteId?: string) => {
      const { languages } = await world.caller(actor).reports.breakdown({ ...period(), studyId: world.study.id, siteId });
      return languages.reduce((n, l) => n + l.count, 0);
    },
  };

  for (const [path, run] of Object.entries(cases)) {
    it(`"${path}"`, async () => {
      const anonymous = world.caller("anonymous").reports;
      await expectUnauthenticated(path === "reports.funnel" ? anonymous.funnel(period()) : path === "reports.responseTimes" ? anonymous.responseTimes(period()) : anonymous.breakdown(period()));
      const breakdown = path === "reports.breakdown";
      // Own site: its row. Other site asked for explicitly: nothing, as if it did not exist.
      expect(await run("coordA")).toEqual(breakdown ? 1 : [world.siteA.id]);
      expect(await run("coordA", world.siteB.id)).toEqual(breakdown ? 0 : []);
      expect(await run("coordB")).toEqual(breakdown ? 1 : [world.siteB.id]);
      expect(await run("coordB", world.siteA.id)).toEqual(breakdown ? 0 : []);
      expect(await run("admin")).toEqual(breakdown ? 2 : [world.siteA.id, world.siteB.id].sort());
      expect(await run("admin", world.siteB.id)).toEqual(breakdown ? 1 : [world.siteB.id]);
    });
  }

  it('"reports.options"', async () => {
    await expectUnauthenticated(world.caller("anonymous").reports.options());
    const siteIds = async (actor: "coordA" | "coordB" | "admin") => (await world.caller(actor).reports.options()).sites.map((s) => s.id);
    expect(await siteIds("coordA")).toEqual([world.siteA.id]);
    expect(await siteIds("coordB")).toEqual([world.siteB.id]);
    expect(await siteIds("admin")).toEqual(expect.arrayContaining([world.siteA.id, world.siteB.id]));
  });
});

describe("settings: admins only", () => {
  const snapshot = async () => ({
    row: await deps.db.setting.findUnique({ where: { key: "app" } }),
    audits: await deps.db.auditLog.count({ where: { action: "settings.update" } }),
  });

  it('"settings.get"', async () => {
    await expectUnauthenticated(world.caller("anonymous").settings.get());
    await expectRefused(world.caller("coordA").settings.get());
    await expectRefused(world.caller("coordB").settings.get());
    expect(await world.caller("admin").settings.get()).toMatchObject({ slaWorkingHours: expect.any(Number), slaReminderLeadMinutes: expect.any(Number) });
  });

  it('"settings.update": refused changes change nothing; the admin is served', async () => {
    const before = await snapshot();
    await expectUnauthenticated(world.caller("anonymous").settings.update({ retentionMonths: 1 }));
    await expectRefused(world.caller("coordA").settings.update({ retentionMonths: 1 }));
    await expectRefused(world.caller("coordB").settings.update({ slaWorkingHours: 1 }));
    expect(await snapshot()).toEqual(before);
    // The shared database's settings stay as they are: the admin saves the current value.
    const current = await world.caller("admin").settings.get();
    expect(await world.caller("admin").settings.update({ retentionMonths: current.retentionMonths })).toMatchObject({ changed: [] });
  });
});
