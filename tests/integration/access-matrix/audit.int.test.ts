// Access matrix for the audit log: audit.* x {anonymous, coordinator of A, coordinator of B,
// admin} x {entries about site A, B}. Only admins read it; coordinators do not even read the
// entries about their own site's inquiries.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { recordAudit } from "../../../server/modules/audit/record-audit";
import { expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
const entryIds: Record<"A" | "B", string> = { A: "", B: "" };

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
  for (const [side, inquiry, actor] of [["A", world.inquiryA, world.users.coordA], ["B", world.inquiryB, world.users.coordB]] as const) {
    await recordAudit(deps.db, { actor, action: "inquiry.view", entityType: "Inquiry", entityId: inquiry.id, siteId: inquiry.siteId });
    entryIds[side] = (await deps.db.auditLog.findFirstOrThrow({ where: { entityId: inquiry.id, action: "inquiry.view" } })).id;
  }
});
afterAll(() => deps.db.$disconnect());

describe("audit.* is for admins only", () => {
  it('"audit.list", "audit.get" and "audit.actors": anonymous and both coordinators are refused for site A and B entries', async () => {
    for (const side of ["A", "B"] as const) {
      const site = side === "A" ? world.siteA : world.siteB;
      await expectUnauthenticated(world.caller("anonymous").audit.list({ siteId: site.id }));
      await expectUnauthenticated(world.caller("anonymous").audit.get({ id: entryIds[side] }));
      for (const actor of ["coordA", "coordB"] as const) {
        await expectRefused(world.caller(actor).audit.list({ siteId: site.id }));
        await expectRefused(world.caller(actor).audit.get({ id: entryIds[side] }));
      }
    }
    await expectUnauthenticated(world.caller("anonymous").audit.actors());
    await expectRefused(world.caller("coordA").audit.actors());
    await expectRefused(world.caller("coordB").audit.actors());
  });

  it("the admin reads the entries of both sites, filtered, and the people who can act", async () => {
    for (const side of ["A", "B"] as const) {
      const inquiry = side === "A" ? world.inquiryA : world.inquiryB;
      const list = await world.caller("admin").audit.list({ entityType: "inquiry", entityId: inquiry.id });
      expect(list.items.map((i) => i.id)).toEqual([entryIds[side]]);
      expect(await world.caller("admin").audit.get({ id: entryIds[side] })).toMatchObject({ id: entryIds[side], siteId: inquiry.siteId });
    }
    const actors = await world.caller("admin").audit.actors();
    expect(actors.map((a) => a.id)).toEqual(expect.arrayContaining([world.users.coordA.id, world.users.coordB.id]));
  });
});
