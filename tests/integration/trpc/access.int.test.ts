import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
beforeAll(() => {
  deps = createTestDeps(inject("databaseUrl"));
});
afterAll(() => deps.db.$disconnect());

describe("who may call what", () => {
  it("anonymous callers are refused with UNAUTHENTICATED and see no user", async () => {
    const anonymous = callerAs(deps, null);
    expect(await anonymous.auth.me()).toBeNull();
    await expect(anonymous.sites.listMine()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a coordinator sees only the sites they belong to; an admin sees every site", async () => {
    const [siteA, siteB] = [await makeSite(deps), await makeSite(deps)];
    const coordA = await makeUser(deps, "COORDINATOR", [siteA.id]);
    const coordB = await makeUser(deps, "COORDINATOR", [siteB.id]);
    const admin = await makeUser(deps, "ADMIN");

    const seenByA = (await callerAs(deps, coordA).sites.listMine()).map((s) => s.id);
    const seenByB = (await callerAs(deps, coordB).sites.listMine()).map((s) => s.id);
    const seenByAdmin = (await callerAs(deps, admin).sites.listMine()).map((s) => s.id);

    expect(seenByA).toEqual([siteA.id]);
    expect(seenByB).toEqual([siteB.id]);
    expect(seenByAdmin).toEqual(expect.arrayContaining([siteA.id, siteB.id]));
  });

  it("a deactivated account has no session user", async () => {
    const site = await makeSite(deps);
    const coordinator = await makeUser(deps, "COORDINATOR", [site.id]);
    await deps.db.user.update({ where: { id: coordinator.id }, data: { active: false } });
    const { loadSessionUser } = await import("../../../server/trpc/context");
    expect(await loadSessionUser(deps, coordinator.id)).toBeNull();
  });
});
