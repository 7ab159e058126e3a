// tRPC callers as a given person, without HTTP, plus factories with unique values so test files
// can share one database.
import { randomUUID } from "node:crypto";
import type { AppDeps } from "../../server/app-deps";
import { createInnerContext, loadSessionUser } from "../../server/trpc/context";
import { appRouter } from "../../server/trpc/router";
import { createUserWithPassword } from "../../server/modules/auth/create-user";

export function callerAs(deps: AppDeps, user: Awaited<ReturnType<typeof loadSessionUser>>) {
  return appRouter.createCaller(createInnerContext(deps, user));
}

export async function makeSite(deps: AppDeps, data: Partial<{ name: string; city: string; countryCode: string; languages: string[] }> = {}) {
  const tag = randomUUID().slice(0, 8);
  return deps.db.site.create({
    data: {
      name: data.name ?? `Test Hospital ${tag}`,
      city: data.city ?? "Cairo",
      countryCode: data.countryCode ?? "EG",
      languages: data.languages ?? ["ar", "en"],
      timeZone: "Africa/Cairo",
    },
  });
}

export async function makeUser(deps: AppDeps, role: "ADMIN" | "COORDINATOR", siteIds: string[] = []) {
  const user = await createUserWithPassword(deps.db, {
    email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example.org`,
    name: `${role} tester`,
    role,
    password: "a-long-test-password",
    siteIds,
  });
  return (await loadSessionUser(deps, user.id))!;
}
