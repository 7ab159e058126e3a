// Access matrix for the inbox: every procedure x {anonymous, coordinator of A, coordinator of B,
// admin} x {inquiry / site A, B}. Reads return only the caller's sites' rows; a bulk action on a
// row of another site reports it NOT_FOUND and writes nothing at all.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { ACTORS, expectUnauthenticated, makeAccessWorld, type AccessWorld, type Actor } from "../../setup/access-world";
import { makeInquiry } from "../../setup/inquiry-factory";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
});
afterAll(() => deps.db.$disconnect());

type Side = "A" | "B";
const SIDES: Side[] = ["A", "B"];
const siteOf = (side: Side) => (side === "A" ? world.siteA : world.siteB);
const mayAct = (actor: Actor, side: Side) => actor === "admin" || (actor === "coordA" && side === "A") || (actor === "coordB" && side === "B");
const api = (actor: Actor) => world.caller(actor).inbox;
const mine = () => ({ studyIds: [world.study.id] });

async function snapshot(id: string) {
  const [inquiry, changes, activities, emails, audits] = await Promise.all([
    deps.db.inquiry.findUniqueOrThrow({ where: { id } }),
    deps.db.inquiryStatusChange.count({ where: { inquiryId: id } }),
    deps.db.activity.count({ where: { inquiryId: id } }),
    deps.db.emailMessage.count({ where: { inquiryId: id } }),
    deps.db.auditLog.count({ where: { entityId: id } }),
  ]);
  return { inquiry, changes, activities, emails, audits };
}

describe("inbox reads", () => {
  it('"inbox.list": each actor sees exactly the rows of their sites, and counts only those', async () => {
    await expectUnauthenticated(api("anonymous").list({ filters: mine() }));
    for (const actor of ["coordA", "coordB", "admin"] as const) {
      for (const side of SIDES) {
        const result = await api(actor).list({ filters: { ...mine(), siteIds: [siteOf(side).id] } });
        const expected = mayAct(actor, side) ? [side === "A" ? world.inquiryA.id : world.inquiryB.id] : [];
        expect(result.rows.map((r) => r.id), `${actor} ${side}`).toEqual(expected);
        expect(result.total).toBe(expected.length);
      }
    }
  });

  it('"inbox.options": sites and studies of the caller only; the central queue for admins', async () => {
    await expectUnauthenticated(api("anonymous").options());
    const a = await api("coordA").options();
    expect(a.sites.map((s) => s.id)).toEqual([world.siteA.id]);
    expect(a.studies.map((s) => s.id)).toContain(world.study.id);
    expect(a.centralQueue).toBe(false);
    expect((await api("coordB").options()).sites.map((s) => s.id)).toEqual([world.siteB.id]);
    const admin = await api("admin").options();
    expect(admin.sites.map((s) => s.id)).toEqual(expect.arrayContaining([world.siteA.id, world.siteB.id]));
    expect(admin.centralQueue).toBe(true);
  });

  it('"inbox.assignees": members of the caller\'s sites only', async () => {
    await expectUnauthenticated(api("anonymous").assignees({}));
    for (const side of SIDES) {
      const idsFor = async (actor: Actor) => (await api(actor).assignees({ siteIds: [siteOf(side).id] })).map((u) => u.id);
      expect(await idsFor("coordA")).toEqual(side === "A" ? [world.users.coordA.id] : []);
      expect(await idsFor("coordB")).toEqual(side === "B" ? [world.users.coordB.id] : []);
      expect(await idsFor("admin")).toEqual([side === "A" ? world.users.coordA.id : world.users.coordB.id]);
    }
  });

  it('"inbox.views", "inbox.saveView", "inbox.deleteView", "inbox.setColumns": own views only, refused when signed out', async () => {
    const view = { name: "Mine", filters: {}, columns: ["patient" as const], sort: { field: "received" as const, dir: "desc" as const } };
    await expectUnauthenticated(api("anonymous").views());
    await expectUnauthenticated(api("anonymous").saveView(view));
    await expectUnauthenticated(api("anonymous").setColumns({ columns: ["patient"] }));
    const saved = await api("coordA").saveView(view);
    await expectUnauthenticated(api("anonymous").deleteView({ id: saved.id }));
    for (const actor of ["coordB", "admin"] as const) {
      expect((await api(actor).views()).views.map((v) => v.id)).not.toContain(saved.id);
      await expect(api(actor).deleteView({ id: saved.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api(actor).saveView({ ...view, id: saved.id, name: "Taken over" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await deps.db.savedView.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ name: "Mine", userId: world.users.coordA.id });
    await expect(api("coordA").setColumns({ columns: ["patient", "status"] })).resolves.toEqual({ columns: ["patient", "status"] });
    await expect(api("coordA").deleteView({ id: saved.id })).resolves.toEqual({ id: saved.id });
  });
});

type BulkCall = (actor: Actor, id: string, side: Side) => Promise<{ done: string[]; failed: { code: string }[] }>;
const key = () => `bulk-${crypto.randomUUID().slice(0, 20)}`;
const bulk: Record<string, BulkCall> = {
  "inbox.bulkStatus": (a, id) => api(a).bulkStatus({ ids: [id], to: "ATTEMPTING_CONTACT" }),
  "inbox.bulkAssign": (a, id, side) => api(a).bulkAssign({ ids: [id], assigneeId: side === "A" ? world.users.coordA.id : world.users.coordB.id }),
  "inbox.bulkEmail": (a, id) => api(a).bulkEmail({ ids: [id], templateKey: "followup.tried-to-reach", idempotencyKey: key() }),
};

describe("inbox bulk actions", () => {
  for (const [path, call] of Object.entries(bulk)) {
    for (const side of SIDES) {
      it(`"${path}" on an inquiry of site ${side}: done for its site and admins; elsewhere NOT_FOUND and nothing changes`, async () => {
        for (const actor of ACTORS) {
          const inquiry = await makeInquiry(deps, { studyId: world.study.id, siteId: siteOf(side).id });
          const before = await snapshot(inquiry.id);
          if (actor === "anonymous") {
            await expectUnauthenticated(call(actor, inquiry.id, side));
            expect(await snapshot(inquiry.id)).toEqual(before);
          } else if (mayAct(actor, side)) {
            expect(await call(actor, inquiry.id, side)).toEqual({ done: [inquiry.id], failed: [] });
            expect((await snapshot(inquiry.id)).audits).toBeGreaterThan(before.audits);
          } else {
            const result = await call(actor, inquiry.id, side);
            expect(result).toMatchObject({ done: [], failed: [{ id: inquiry.id, code: "NOT_FOUND" }] });
            expect(await snapshot(inquiry.id)).toEqual(before);
          }
        }
      });
    }
  }

  it('"inbox.bulkEmailPreview": the first family\'s message for their site\'s staff and admins only; writes nothing', async () => {
    for (const side of SIDES) {
      const inquiry = side === "A" ? world.inquiryA : world.inquiryB;
      const before = await snapshot(inquiry.id);
      const preview = (actor: Actor) => api(actor).bulkEmailPreview({ ids: [inquiry.id], templateKey: "followup.tried-to-reach" });
      await expectUnauthenticated(preview("anonymous"));
      for (const actor of ["coordA", "coordB", "admin"] as const) {
        if (mayAct(actor, side)) await expect(preview(actor)).resolves.toMatchObject({ to: inquiry.email, recipients: 1 });
        else await expect(preview(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      expect(await snapshot(inquiry.id)).toEqual(before);
    }
  });
});
