// Access matrix for partner administration (permission admin:settings): every procedure x
// {anonymous, coordinator of A, coordinator of B, admin}. Partners belong to no site, so the
// site A / site B axis is the same for both coordinators: refused, whichever site they have.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { ACTORS, expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
let partner: { id: string; publicKey: string };

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
  partner = await deps.db.partner.create({ data: { name: `Matrix partner ${randomUUID()}`, publicKey: `pk_matrix${randomUUID().replace(/-/g, "")}`, allowedOrigins: ["https://matrix.example.org"] } });
});
afterAll(() => deps.db.$disconnect());

type Actor = (typeof ACTORS)[number];
const stored = () => deps.db.partner.findUniqueOrThrow({ where: { id: partner.id }, select: { name: true, publicKey: true, allowedOrigins: true, active: true } });
const partnerCount = () => deps.db.partner.count();

const calls: Record<string, (a: Actor) => Promise<unknown>> = {
  "partners.list": (a) => world.caller(a).partners.list(),
  "partners.create": (a) => world.caller(a).partners.create({ name: `Created by ${a} ${randomUUID()}`, allowedOrigins: ["https://new.example.org"] }),
  "partners.updateOrigins": (a) => world.caller(a).partners.updateOrigins({ id: partner.id, allowedOrigins: [`https://${a.toLowerCase()}.example.org`] }),
  "partners.rotateKey": (a) => world.caller(a).partners.rotateKey({ id: partner.id }),
  "partners.deactivate": (a) => world.caller(a).partners.deactivate({ id: partner.id }),
};

describe("partners: admins only", () => {
  for (const [path, call] of Object.entries(calls)) {
    it(`"${path}": anonymous and both coordinators are refused and change nothing; the admin is served`, async () => {
      const before = { partner: await stored(), count: await partnerCount() };
      await expectUnauthenticated(call("anonymous"));
      await expectRefused(call("coordA"));
      await expectRefused(call("coordB"));
      expect({ partner: await stored(), count: await partnerCount() }).toEqual(before);
      const served = await call("admin");
      expect(served).toBeDefined();
      if (path === "partners.list") expect((served as { id: string }[]).map((p) => p.id)).toContain(partner.id);
      if (path === "partners.create") expect(await partnerCount()).toBe(before.count + 1);
      if (path === "partners.updateOrigins") expect((await stored()).allowedOrigins).toEqual(["https://admin.example.org"]);
      if (path === "partners.rotateKey") expect((await stored()).publicKey).not.toBe(before.partner.publicKey);
      if (path === "partners.deactivate") expect((await stored()).active).toBe(false);
    });
  }

  it("an admin's change of an unknown partner is NOT_FOUND", async () => {
    await expect(world.caller("admin").partners.rotateKey({ id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
