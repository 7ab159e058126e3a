// A safety net under the per-domain access matrix: every procedure that is not on the short
// public list refuses anonymous callers.
// A new procedure is covered the moment it is added to the router.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { createInnerContext } from "../../../server/trpc/context";
import { appRouter } from "../../../server/trpc/router";
import { PUBLIC_PROCEDURES } from "../../setup/public-procedures";
import { createTestDeps } from "../../setup/test-deps";

const PUBLIC = PUBLIC_PROCEDURES;

let deps: AppDeps;
beforeAll(() => {
  deps = createTestDeps(inject("databaseUrl"));
});
afterAll(() => deps.db.$disconnect());

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, unknown>);

async function call(user: Parameters<typeof createInnerContext>[1], path: string) {
  const caller = appRouter.createCaller(createInnerContext(deps, user)) as unknown as Record<string, unknown>;
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
  return fn(undefined);
}

describe("procedure guard", () => {
  it("the router has procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(2);
  });

  it.each(procedures.map(([path]) => path).filter((p) => !PUBLIC.has(p)))("%s refuses anonymous callers", async (path) => {
    await expect(call(null, path)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
