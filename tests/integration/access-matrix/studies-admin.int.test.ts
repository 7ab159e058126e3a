// Access matrix for study administration (permission admin:studies): every procedure x
// {anonymous, coordinator of A, coordinator of B, admin}. A study spans both sites, so the
// site A / site B axis is the same for both coordinators: refused, whichever site they have.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { ACTORS, expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
const nctId = `NCT9${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
const ctgovText = fs.readFileSync("/work/shared/data/ctgov/aact/NCT03418623.json", "utf8").replaceAll("NCT03418623", nctId);

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
});
afterAll(() => deps.db.$disconnect());

type Actor = (typeof ACTORS)[number];
const stored = async () => ({
  study: await deps.db.study.findUniqueOrThrow({ where: { id: world.study.id }, select: { title: true, published: true, overallStatus: true, faqs: true } }),
  links: await deps.db.studySite.findMany({ where: { studyId: world.study.id }, select: { siteId: true, recruitmentStatus: true, acceptingInquiries: true }, orderBy: { siteId: "asc" } }),
  imported: await deps.db.study.count({ where: { nctId } }),
});

const update = (a: Actor) =>
  world.caller(a).studies.update({
    id: world.study.id,
    title: `Renamed by ${a}`,
    acronym: "",
    overallStatus: "SUSPENDED",
    published: false,
    briefSummary: "Changed",
    centralQueueEmail: "",
    faqs: [],
    sites: [{ siteId: world.siteA.id, recruitmentStatus: "SUSPENDED", acceptingInquiries: false }],
  });

const calls: Record<string, (a: Actor) => Promise<unknown>> = {
  "studies.adminList": (a) => world.caller(a).studies.adminList({ search: world.study.nctId }),
  "studies.get": (a) => world.caller(a).studies.get({ id: world.study.id }),
  "studies.update": update,
  "studies.importCtgov": (a) => world.caller(a).studies.importCtgov({ json: ctgovText }),
};

describe("studies administration: admins only", () => {
  for (const [path, call] of Object.entries(calls)) {
    it(`"${path}": anonymous and both coordinators are refused and change nothing; the admin is served`, async () => {
      const before = await stored();
      await expectUnauthenticated(call("anonymous"));
      await expectRefused(call("coordA"));
      await expectRefused(call("coordB"));
      expect(await stored()).toEqual(before);
      const served = await call("admin");
      if (path === "studies.adminList") expect((served as { id: string }[]).map((s) => s.id)).toEqual([world.study.id]);
      if (path === "studies.get") expect((served as { sites: { siteId: string }[] }).sites.map((s) => s.siteId).sort()).toEqual([world.siteA.id, world.siteB.id].sort());
      if (path === "studies.update") {
        const after = await stored();
        expect(after.study).toMatchObject({ title: "Renamed by admin", published: false, overallStatus: "SUSPENDED" });
        expect(after.links.find((l) => l.siteId === world.siteA.id)).toMatchObject({ recruitmentStatus: "SUSPENDED", acceptingInquiries: false });
      }
      if (path === "studies.importCtgov") expect((await stored()).imported).toBe(1);
    });
  }
});
