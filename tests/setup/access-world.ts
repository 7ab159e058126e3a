// The access matrix (issue: every procedure x {anonymous, coordinator of A, coordinator of B,
// admin} x {inquiry of A, inquiry of B}): one study with two sites, a coordinator of each, an
// admin, and an inquiry at each site. Matrix files live in tests/integration/access-matrix/ and
// name every procedure they cover as a "router.procedure" string (coverage.int.test.ts checks).
import { expect } from "vitest";
import type { AppDeps } from "../../server/app-deps";
import { callerAs, makeUser } from "./callers";
import { makeInquiry } from "./inquiry-factory";
import { makeStudy } from "./study-factory";

export const ACTORS = ["anonymous", "coordA", "coordB", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

export async function makeAccessWorld(deps: AppDeps) {
  const { study, sites } = await makeStudy(deps);
  const [siteA, siteB] = [sites[0]!, sites[1]!];
  const users = {
    anonymous: null,
    coordA: await makeUser(deps, "COORDINATOR", [siteA.id]),
    coordB: await makeUser(deps, "COORDINATOR", [siteB.id]),
    admin: await makeUser(deps, "ADMIN"),
  };
  const inquiryA = await makeInquiry(deps, { studyId: study.id, siteId: siteA.id });
  const inquiryB = await makeInquiry(deps, { studyId: study.id, siteId: siteB.id });
  return {
    study,
    siteA,
    siteB,
    users,
    inquiryA,
    inquiryB,
    caller: (actor: Actor) => callerAs(deps, users[actor]),
    /** The site an actor may see, for "own site" rows of the matrix. */
    siteOf: (actor: "coordA" | "coordB") => (actor === "coordA" ? siteA : siteB),
  };
}

export type AccessWorld = Awaited<ReturnType<typeof makeAccessWorld>>;

/** The call was refused: not signed in, not allowed, or (for another site's row) not found. */
export async function expectRefused(call: Promise<unknown>): Promise<void> {
  await expect(call).rejects.toMatchObject({ code: expect.stringMatching(/^(UNAUTHORIZED|FORBIDDEN|NOT_FOUND)$/) });
}

/** Anonymous callers are always refused as unauthenticated. */
export async function expectUnauthenticated(call: Promise<unknown>): Promise<void> {
  await expect(call).rejects.toMatchObject({ code: "UNAUTHORIZED" });
}
