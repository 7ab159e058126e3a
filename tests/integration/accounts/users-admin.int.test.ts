// Administering accounts: role and site changes end the person's sessions at once, deactivation
// locks them out, admins cannot lock themselves out, and every change leaves an audit row that
// names ids and fields only. Sign-ins and sign-outs are audited too.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { listen } from "../../setup/http-server";
import { createTestDeps } from "../../setup/test-deps";
import { me, postJson, signIn } from "./account-http";

let deps: AppDeps;
let server: Awaited<ReturnType<typeof listen>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
const PASSWORD = "a-long-test-password";

beforeAll(async () => {
  server = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url }));
  deps = server.deps;
  admin = await makeUser(deps, "ADMIN");
});
afterAll(async () => {
  await server.close();
  await deps.db.$disconnect();
});

const sessions = (userId: string) => deps.db.session.count({ where: { userId } });

describe("changing access", () => {
  it("a change of sites or role ends the person's sessions; a change of alerts alone does not", async () => {
    const [siteA, siteB] = [await makeSite(deps), await makeSite(deps)];
    const coord = await makeUser(deps, "COORDINATOR", [siteA.id]);
    const caller = callerAs(deps, admin);

    let cookie = (await signIn(server.url, coord.email, PASSWORD))!;
    await caller.users.updateAccess({ userId: coord.id, role: "COORDINATOR", sites: [{ siteId: siteA.id, notify: false }] });
    expect(await me(server.url, cookie)).toMatchObject({ email: coord.email });
    expect((await deps.db.siteMembership.findFirstOrThrow({ where: { userId: coord.id, siteId: siteA.id } })).notify).toBe(false);

    await caller.users.updateAccess({ userId: coord.id, role: "COORDINATOR", sites: [{ siteId: siteB.id, notify: true }] });
    expect(await me(server.url, cookie)).toBeNull();
    expect(await sessions(coord.id)).toBe(0);
    cookie = (await signIn(server.url, coord.email, PASSWORD))!;
    expect(await me(server.url, cookie)).toMatchObject({ siteIds: [siteB.id] });

    await caller.users.updateAccess({ userId: coord.id, role: "ADMIN", sites: [{ siteId: siteB.id, notify: true }] });
    expect(await me(server.url, cookie)).toBeNull();
    expect(await deps.db.user.findUniqueOrThrow({ where: { id: coord.id } })).toMatchObject({ role: "ADMIN" });

    const listed = (await caller.users.list()).find((u) => u.id === coord.id)!;
    expect(listed).toMatchObject({ role: "ADMIN", active: true, sites: [{ siteId: siteB.id, name: siteB.name, notify: true }] });
    expect(listed.lastSignInAt).toBeInstanceOf(Date);

    const audit = await deps.db.auditLog.findMany({ where: { entityId: coord.id, action: "user.update-access" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(3);
    expect(audit[0]!.metadata).toMatchObject({ notifyChangedSiteIds: [siteA.id], sessionsRevoked: 0 });
    expect(audit[1]!.metadata).toMatchObject({ addedSiteIds: [siteB.id], removedSiteIds: [siteA.id], sessionsRevoked: 1 });
    expect(audit[2]!.metadata).toMatchObject({ previousRole: "COORDINATOR", role: "ADMIN" });
    expect(audit.every((a) => a.actorId === admin.id)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(coord.email);
    expect(JSON.stringify(audit)).not.toContain(coord.name);
  });

  it("refuses a coordinator without sites, an unknown site and an unknown user, changing nothing", async () => {
    const site = await makeSite(deps);
    const coord = await makeUser(deps, "COORDINATOR", [site.id]);
    const caller = callerAs(deps, admin);
    await expect(caller.users.updateAccess({ userId: coord.id, role: "COORDINATOR", sites: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.users.updateAccess({ userId: coord.id, role: "COORDINATOR", sites: [{ siteId: crypto.randomUUID(), notify: true }] }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    await expect(
      caller.users.updateAccess({ userId: crypto.randomUUID(), role: "COORDINATOR", sites: [{ siteId: site.id, notify: true }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await deps.db.siteMembership.findMany({ where: { userId: coord.id } })).map((m) => m.siteId)).toEqual([site.id]);
  });

  it("an admin can neither demote nor deactivate themself", async () => {
    const self = await makeUser(deps, "ADMIN");
    const caller = callerAs(deps, self);
    const site = await makeSite(deps);
    await expect(caller.users.updateAccess({ userId: self.id, role: "COORDINATOR", sites: [{ siteId: site.id, notify: true }] })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("your own administrator role"),
    });
    await expect(caller.users.setActive({ userId: self.id, active: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("your own account"),
    });
    expect(await deps.db.user.findUniqueOrThrow({ where: { id: self.id } })).toMatchObject({ role: "ADMIN", active: true });
    // Their own alert choices are theirs to change, without being signed out.
    const cookie = (await signIn(server.url, self.email, PASSWORD))!;
    await caller.users.updateAccess({ userId: self.id, role: "ADMIN", sites: [{ siteId: site.id, notify: true }] });
    expect(await me(server.url, cookie)).toMatchObject({ email: self.email });
  });
});

describe("deactivation", () => {
  it("ends every session and refuses sign-in until reactivated", async () => {
    const site = await makeSite(deps);
    const coord = await makeUser(deps, "COORDINATOR", [site.id]);
    const cookie = (await signIn(server.url, coord.email, PASSWORD))!;
    const caller = callerAs(deps, admin);
    expect(await caller.users.setActive({ userId: coord.id, active: false })).toEqual({ changed: true, sessionsRevoked: 1 });
    expect(await me(server.url, cookie)).toBeNull();
    expect(await signIn(server.url, coord.email, PASSWORD)).toBeNull();
    expect(await sessions(coord.id)).toBe(0);

    await caller.users.setActive({ userId: coord.id, active: true });
    expect(await signIn(server.url, coord.email, PASSWORD)).not.toBeNull();
    const actions = (await deps.db.auditLog.findMany({ where: { entityId: coord.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["auth.sign-in", "user.deactivate", "user.reactivate", "auth.sign-in"]);
  });
});

describe("sign-in and sign-out are audited", () => {
  it("records who signed in and out, from where, and the time shown on the users page", async () => {
    const user = await makeUser(deps, "ADMIN");
    const cookie = (await signIn(server.url, user.email, PASSWORD))!;
    const out = await postJson(server.url, "/api/auth/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    const audit = await deps.db.auditLog.findMany({ where: { actorId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ["auth.sign-in", user.id],
      ["auth.sign-out", user.id],
    ]);
    expect(audit[0]!.ip).toMatch(/^10\./);
    expect((await deps.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);
  });
});
