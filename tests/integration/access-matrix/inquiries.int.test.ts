// Access matrix for the inquiry page: every procedure x {anonymous, coordinator of A, coordinator
// of B, admin} x {inquiry of site A, of site B}. Allowed callers get the inquiry's data; refused
// ones get UNAUTHORIZED / FORBIDDEN / NOT_FOUND, and a refused change writes nothing at all.
import { beforeAll, afterAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { ACTORS, expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld, type Actor } from "../../setup/access-world";
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
const siteOf = (side: Side) => (side === "A" ? world.siteA : world.siteB);
const otherSite = (side: Side) => (side === "A" ? world.siteB : world.siteA);
const coordOf = (side: Side) => (side === "A" ? world.users.coordA : world.users.coordB);
const mayAct = (actor: Actor, side: Side) => actor === "admin" || (actor === "coordA" && side === "A") || (actor === "coordB" && side === "B");
const fresh = (side: Side) => makeInquiry(deps, { studyId: world.study.id, siteId: siteOf(side).id });
const key = () => `matrix-${crypto.randomUUID()}`;

/** Everything a change could touch. */
async function snapshot(id: string) {
  const [inquiry, changes, activities, emails, audits, decisions] = await Promise.all([
    deps.db.inquiry.findUniqueOrThrow({ where: { id } }),
    deps.db.inquiryStatusChange.count({ where: { inquiryId: id } }),
    deps.db.activity.count({ where: { inquiryId: id } }),
    deps.db.emailMessage.count({ where: { inquiryId: id } }),
    deps.db.auditLog.count({ where: { entityId: id } }),
    deps.db.routingDecision.count({ where: { inquiryId: id } }),
  ]);
  return { inquiry, changes, activities, emails, audits, decisions };
}

type Call = (actor: Actor, inquiry: { id: string }, side: Side) => Promise<unknown>;
const api = (actor: Actor) => world.caller(actor).inquiries;

const reads: Record<string, { call: Call; check: (result: unknown, inquiry: { id: string; reference: string }) => void }> = {
  "inquiries.get": {
    call: (a, i) => api(a).get({ id: i.id }),
    check: (r, i) => expect(r).toMatchObject({ id: i.id, reference: i.reference }),
  },
  "inquiries.timeline": { call: (a, i) => api(a).timeline({ id: i.id }), check: (r) => expect(Array.isArray(r)).toBe(true) },
  "inquiries.duplicates": { call: (a, i) => api(a).duplicates({ id: i.id }), check: (r) => expect(r).toMatchObject({ visible: [], hiddenCount: 0 }) },
  "inquiries.previewEmail": {
    call: (a, i) => api(a).previewEmail({ id: i.id, templateKey: "followup.tried-to-reach" }),
    check: (r) => expect(r).toMatchObject({ locale: "ar", edited: [] }),
  },
};

const changes: Record<string, { call: Call; allowed?: (actor: Actor, side: Side) => boolean; check: (after: Awaited<ReturnType<typeof snapshot>>, actor: Actor, side: Side) => void }> = {
  "inquiries.changeStatus": {
    call: (a, i) => api(a).changeStatus({ id: i.id, to: "ATTEMPTING_CONTACT" }),
    check: (s) => expect(s.inquiry.status).toBe("ATTEMPTING_CONTACT"),
  },
  "inquiries.assign": {
    call: (a, i, side) => api(a).assign({ id: i.id, assigneeId: coordOf(side).id }),
    check: (s, _a, side) => expect(s.inquiry.assigneeId).toBe(coordOf(side).id),
  },
  "inquiries.addNote": {
    call: (a, i) => api(a).addNote({ id: i.id, body: "Matrix note", visibility: "TEAM" }),
    check: (s) => expect(s.activities).toBe(1),
  },
  "inquiries.logCall": {
    call: (a, i) => api(a).logCall({ id: i.id, outcome: "NO_ANSWER" }),
    check: (s) => expect(s.inquiry.contactAttempts).toBe(1),
  },
  "inquiries.setFollowUp": {
    call: (a, i) => api(a).setFollowUp({ id: i.id, at: new Date(Date.now() + 86_400_000) }),
    check: (s) => expect(s.inquiry.nextFollowUpAt).toBeInstanceOf(Date),
  },
  "inquiries.reroute": {
    call: (a, i, side) => api(a).reroute({ id: i.id, siteId: otherSite(side).id, reason: "Matrix move" }),
    // Coordinators here belong to one site each: only the admin may move an inquiry between them.
    allowed: (actor) => actor === "admin",
    check: (s, _a, side) => expect(s.inquiry.siteId).toBe(otherSite(side).id),
  },
  "inquiries.sendEmail": {
    call: (a, i) => api(a).sendEmail({ id: i.id, templateKey: "followup.tried-to-reach", idempotencyKey: key() }),
    check: (s) => expect(s.emails).toBe(1),
  },
};

describe("inquiry page reads", () => {
  for (const [path, { call, check }] of Object.entries(reads)) {
    for (const side of ["A", "B"] as const) {
      it(`"${path}" on the inquiry of site ${side}`, async () => {
        const inquiry = side === "A" ? world.inquiryA : world.inquiryB;
        for (const actor of ACTORS) {
          if (actor === "anonymous") await expectUnauthenticated(call(actor, inquiry, side));
          else if (mayAct(actor, side)) check(await call(actor, inquiry, side), inquiry);
          else await expect(call(actor, inquiry, side)).rejects.toMatchObject({ code: "NOT_FOUND" });
        }
      });
    }
  }
});

describe("inquiry page changes", () => {
  for (const [path, { call, allowed, check }] of Object.entries(changes)) {
    for (const side of ["A", "B"] as const) {
      it(`"${path}" on an inquiry of site ${side}`, async () => {
        for (const actor of ACTORS) {
          const inquiry = await fresh(side);
          const before = await snapshot(inquiry.id);
          const permitted = mayAct(actor, side) && (allowed?.(actor, side) ?? true);
          if (permitted) {
            await call(actor, inquiry, side);
            const after = await snapshot(inquiry.id);
            check(after, actor, side);
            expect(after.audits).toBeGreaterThan(before.audits);
          } else {
            if (actor === "anonymous") await expectUnauthenticated(call(actor, inquiry, side));
            else await expectRefused(call(actor, inquiry, side));
            expect(await snapshot(inquiry.id)).toEqual(before);
          }
        }
      });
    }
  }
});
