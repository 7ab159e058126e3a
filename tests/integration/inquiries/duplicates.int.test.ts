// Possible duplicates: the same e-mail or phone across studies. Details only of inquiries at
// sites the caller may see; of the others, a count.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { makeInquiry } from "../../setup/inquiry-factory";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;

beforeAll(() => {
  deps = createTestDeps(inject("databaseUrl"));
});
afterAll(() => deps.db.$disconnect());

describe("possible duplicates", () => {
  it("finds the same person by e-mail or phone across studies, scoped to the caller's sites", async () => {
    const one = await makeStudy(deps);
    const two = await makeStudy(deps);
    const [a, b] = one.sites;
    const c = two.sites[0]!;
    const coordA = await makeUser(deps, "COORDINATOR", [a!.id]);
    const coordAC = await makeUser(deps, "COORDINATOR", [a!.id, c.id]);
    const admin = await makeUser(deps, "ADMIN");
    const tag = crypto.randomUUID().slice(0, 8);
    const email = `same-${tag}@family.example.org`;
    const phone = `+2011${String(parseInt(tag, 16) % 100_000_000).padStart(8, "0")}`;
    const me = await makeInquiry(deps, { studyId: one.study.id, siteId: a!.id, email, phone });
    const sameEmailOtherStudy = await makeInquiry(deps, { studyId: two.study.id, siteId: c.id, email: email.toUpperCase() });
    const samePhoneSiteB = await makeInquiry(deps, { studyId: one.study.id, siteId: b!.id, phone });
    const sameEmailSameSite = await makeInquiry(deps, { studyId: one.study.id, siteId: a!.id, email });
    await makeInquiry(deps, { studyId: one.study.id, siteId: a!.id });

    const forA = await callerAs(deps, coordA).inquiries.duplicates({ id: me.id });
    expect(forA.visible.map((d) => d.id)).toEqual([sameEmailSameSite.id]);
    expect(forA.visible[0]).toMatchObject({ matchedOn: ["email"], reference: sameEmailSameSite.reference, study: { nctId: one.nctId } });
    expect(forA.hiddenCount).toBe(2);
    expect(JSON.stringify(forA)).not.toContain(samePhoneSiteB.id);

    const forAC = await callerAs(deps, coordAC).inquiries.duplicates({ id: me.id });
    expect(forAC.visible.map((d) => d.id).sort()).toEqual([sameEmailSameSite.id, sameEmailOtherStudy.id].sort());
    expect(forAC.hiddenCount).toBe(1);

    const forAdmin = await callerAs(deps, admin).inquiries.duplicates({ id: me.id });
    expect(forAdmin.visible.map((d) => d.id).sort()).toEqual([sameEmailSameSite.id, sameEmailOtherStudy.id, samePhoneSiteB.id].sort());
    expect(forAdmin.visible.find((d) => d.id === samePhoneSiteB.id)?.matchedOn).toEqual(["phone"]);
    expect(forAdmin.hiddenCount).toBe(0);
  });

  it("is refused for an inquiry the caller cannot see", async () => {
    const one = await makeStudy(deps);
    const coordB = await makeUser(deps, "COORDINATOR", [one.sites[1]!.id]);
    const me = await makeInquiry(deps, { studyId: one.study.id, siteId: one.sites[0]!.id });
    await expect(callerAs(deps, coordB).inquiries.duplicates({ id: me.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
