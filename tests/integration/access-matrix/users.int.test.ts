// Access matrix for user administration: every users.* procedure x {anonymous, coordinator of A,
// coordinator of B, admin} x {people and invitations of site A, B}. Only admins are served; a
// refused change leaves accounts, memberships, sessions, invitations, e-mails and the log as they were.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { ACTORS, expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
const invitationIds: Record<"A" | "B", string> = { A: "", B: "" };

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
  for (const [side, site] of [["A", world.siteA], ["B", world.siteB]] as const) {
    const invitation = await deps.db.invitation.create({
      data: { email: `matrix-${randomUUID().slice(0, 8)}@test.example.org`, siteIds: [site.id], tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) },
    });
    invitationIds[side] = invitation.id;
  }
});
afterAll(() => deps.db.$disconnect());

type Actor = (typeof ACTORS)[number];
const siteOf = (side: "A" | "B") => (side === "A" ? world.siteA : world.siteB);
const coordOf = (side: "A" | "B") => (side === "A" ? world.users.coordA : world.users.coordB);

/** Everything a users.* change could touch. */
async function snapshot() {
  const ids = [world.users.coordA.id, world.users.coordB.id];
  return {
    users: await deps.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, active: true }, orderBy: { id: "asc" } }),
    memberships: await deps.db.siteMembership.findMany({ where: { userId: { in: ids } }, select: { userId: true, siteId: true, notify: true }, orderBy: [{ userId: "asc" }, { siteId: "asc" }] }),
    invitations: await deps.db.invitation.findMany({ where: { id: { in: Object.values(invitationIds) } }, orderBy: { id: "asc" } }),
    invitationCount: await deps.db.invitation.count(),
    emails: await deps.db.emailMessage.count({ where: { templateKey: "account.invitation" } }),
    audit: await deps.db.auditLog.count({ where: { action: { startsWith: "user." } } }) + (await deps.db.auditLog.count({ where: { action: { startsWith: "invitation." } } })),
  };
}

const changes: Record<string, (actor: Actor, side: "A" | "B") => Promise<unknown>> = {
  "users.invite": (a, side) =>
    world.caller(a).users.invite({ email: `matrix-new-${randomUUID().slice(0, 8)}@test.example.org`, role: "COORDINATOR", siteIds: [siteOf(side).id], locale: "en" }),
  "users.resendInvitation": (a, side) => world.caller(a).users.resendInvitation({ id: invitationIds[side] }),
  "users.revokeInvitation": (a, side) => world.caller(a).users.revokeInvitation({ id: invitationIds[side] }),
  "users.updateAccess": (a, side) =>
    world.caller(a).users.updateAccess({ userId: coordOf(side).id, role: "ADMIN", sites: [{ siteId: world.siteA.id, notify: false }, { siteId: world.siteB.id, notify: false }] }),
  "users.setActive": (a, side) => world.caller(a).users.setActive({ userId: coordOf(side).id, active: false }),
};

describe("users.* reads are for admins only", () => {
  it('"users.list" and "users.invitations": anonymous and coordinators are refused, the admin sees people and invitations of both sites', async () => {
    for (const read of [() => world.caller("anonymous").users.list(), () => world.caller("anonymous").users.invitations()]) await expectUnauthenticated(read());
    for (const actor of ["coordA", "coordB"] as const) {
      await expectRefused(world.caller(actor).users.list());
      await expectRefused(world.caller(actor).users.invitations());
    }
    const users = await world.caller("admin").users.list();
    expect(users.map((u) => u.id)).toEqual(expect.arrayContaining([world.users.coordA.id, world.users.coordB.id, world.users.admin.id]));
    expect(users.find((u) => u.id === world.users.coordA.id)!.sites.map((s) => s.siteId)).toEqual([world.siteA.id]);
    const invitations = await world.caller("admin").users.invitations();
    expect(invitations.map((i) => i.id)).toEqual(expect.arrayContaining([invitationIds.A, invitationIds.B]));
  });
});

describe("users.* changes are for admins only", () => {
  for (const [path, change] of Object.entries(changes)) {
    it(`"${path}": anonymous and both coordinators are refused for site A and B, and nothing changes`, async () => {
      const before = await snapshot();
      for (const side of ["A", "B"] as const) {
        await expectUnauthenticated(change("anonymous", side));
        await expectRefused(change("coordA", side));
        await expectRefused(change("coordB", side));
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it("the admin is served for both sites", async () => {
    for (const side of ["A", "B"] as const) {
      await expect(changes["users.invite"]!("admin", side)).resolves.toMatchObject({ role: "COORDINATOR", siteIds: [siteOf(side).id] });
      await expect(changes["users.resendInvitation"]!("admin", side)).resolves.toMatchObject({ id: invitationIds[side] });
      await expect(changes["users.revokeInvitation"]!("admin", side)).resolves.toMatchObject({ id: invitationIds[side] });
      await expect(changes["users.updateAccess"]!("admin", side)).resolves.toMatchObject({ changed: true });
      await expect(changes["users.setActive"]!("admin", side)).resolves.toMatchObject({ changed: true });
    }
    expect(await deps.db.user.findMany({ where: { id: { in: [world.users.coordA.id, world.users.coordB.id] } }, select: { role: true, active: true } })).toEqual([
      { role: "ADMIN", active: false },
      { role: "ADMIN", active: false },
    ]);
  });
});
