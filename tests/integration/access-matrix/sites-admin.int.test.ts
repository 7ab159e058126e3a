// Access matrix for the site administration procedures: anonymous callers and coordinators of
// either site are refused (even for their own site), the admin is served, and a refused change
// changes nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
});
afterAll(() => deps.db.$disconnect());

const refusedActors = ["coordA", "coordB"] as const;
const sideIds = () => [world.siteA.id, world.siteB.id];

async function editInput(id: string) {
  const site = await world.caller("admin").sites.get({ id });
  const { updatedAt: _updatedAt, ...rest } = site;
  return { ...rest, name: `${site.name} renamed`, weeklyCap: 99 };
}

describe("site administration is for admins only", () => {
  it('"sites.adminList": refused for anonymous and both coordinators; the admin sees both sites', async () => {
    await expectUnauthenticated(world.caller("anonymous").sites.adminList({}));
    for (const actor of refusedActors) await expectRefused(world.caller(actor).sites.adminList({}));
    const ids = (await world.caller("admin").sites.adminList({})).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(sideIds()));
  });

  it('"sites.get": no coordinator reads a site, not even their own; the admin reads both', async () => {
    for (const id of sideIds()) {
      await expectUnauthenticated(world.caller("anonymous").sites.get({ id }));
      for (const actor of refusedActors) await expectRefused(world.caller(actor).sites.get({ id }));
      expect(await world.caller("admin").sites.get({ id })).toMatchObject({ id });
    }
  });

  it('"sites.update": refused for everyone but the admin, and a refused update changes nothing', async () => {
    for (const id of sideIds()) {
      const before = await deps.db.site.findUniqueOrThrow({ where: { id } });
      const input = await editInput(id);
      await expectUnauthenticated(world.caller("anonymous").sites.update(input));
      for (const actor of refusedActors) await expectRefused(world.caller(actor).sites.update(input));
      expect(await deps.db.site.findUniqueOrThrow({ where: { id } })).toEqual(before);
      expect(await deps.db.auditLog.count({ where: { entityId: id, action: "site.update" } })).toBe(0);
    }
    const saved = await world.caller("admin").sites.update(await editInput(world.siteA.id));
    expect(saved).toMatchObject({ id: world.siteA.id, weeklyCap: 99 });
  });

  it('"sites.create": refused for everyone but the admin, and a refused create adds no site', async () => {
    const input = { ...(await editInput(world.siteB.id)), name: `Matrix new site ${world.siteB.id}` };
    const { id: _id, ...fields } = input;
    const count = () => deps.db.site.count({ where: { name: fields.name } });
    await expectUnauthenticated(world.caller("anonymous").sites.create(fields));
    for (const actor of refusedActors) await expectRefused(world.caller(actor).sites.create(fields));
    expect(await count()).toBe(0);
    expect(await world.caller("admin").sites.create(fields)).toMatchObject({ name: fields.name });
    expect(await count()).toBe(1);
  });
});
