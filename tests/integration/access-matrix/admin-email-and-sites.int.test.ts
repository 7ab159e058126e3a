// Access matrix for the site list and the e-mail admin procedures (templates, outbox): every
// procedure x {anonymous, coordinator of A, coordinator of B, admin} x {site / inquiry A, B}.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { loadDefaultTemplates } from "../../../server/emails/default-templates";
import { ACTORS, expectRefused, expectUnauthenticated, makeAccessWorld, type AccessWorld } from "../../setup/access-world";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let world: AccessWorld;
const messageIds: Record<"A" | "B", string> = { A: "", B: "" };

beforeAll(async () => {
  deps = createTestDeps(inject("databaseUrl"));
  world = await makeAccessWorld(deps);
  await loadDefaultTemplates(deps.db);
  for (const [side, inquiry] of [["A", world.inquiryA], ["B", world.inquiryB]] as const) {
    const tag = randomUUID();
    const message = await deps.db.emailMessage.create({
      data: {
        eventKey: `matrix:${tag}`,
        templateKey: "inquiry.patient-confirmation",
        locale: "en",
        toAddress: inquiry.email,
        subject: "Thank you",
        html: "<p>Thank you</p>",
        text: "Thank you",
        messageId: `<${tag}@matrix.test>`,
        inquiryId: inquiry.id,
      },
    });
    messageIds[side] = message.id;
  }
});
afterAll(() => deps.db.$disconnect());

const draft = { key: "inquiry.patient-confirmation", locale: "en", subject: "Hello {{FIRST_NAME}}", html: "<p>Hi</p>", text: "Hi" };
const adminOnly: Record<string, (actor: (typeof ACTORS)[number]) => Promise<unknown>> = {
  "templates.list": (a) => world.caller(a).templates.list(),
  "templates.get": (a) => world.caller(a).templates.get({ key: draft.key, locale: "en" }),
  "templates.version": (a) => world.caller(a).templates.version({ key: draft.key, locale: "en", version: 1 }),
  "templates.preview": (a) => world.caller(a).templates.preview(draft),
  "outbox.list": (a) => world.caller(a).outbox.list({}),
};

describe("sites.listMine", () => {
  it("refuses anonymous callers and returns only the caller's own sites", async () => {
    await expectUnauthenticated(world.caller("anonymous").sites.listMine());
    const ids = async (actor: "coordA" | "coordB" | "admin") => (await world.caller(actor).sites.listMine()).map((s) => s.id);
    expect(await ids("coordA")).toEqual([world.siteA.id]);
    expect(await ids("coordB")).toEqual([world.siteB.id]);
    expect(await ids("admin")).toEqual(expect.arrayContaining([world.siteA.id, world.siteB.id]));
  });
});

describe("templates and outbox are for admins only", () => {
  for (const [path, call] of Object.entries(adminOnly)) {
    it(`"${path}": anonymous and both coordinators are refused, the admin is served`, async () => {
      await expectUnauthenticated(call("anonymous"));
      await expectRefused(call("coordA"));
      await expectRefused(call("coordB"));
      await expect(call("admin")).resolves.toBeDefined();
    });
  }

  it('"outbox.get": no coordinator reads a message, even one about their own site\'s inquiry; the admin reads both', async () => {
    for (const side of ["A", "B"] as const) {
      await expectUnauthenticated(world.caller("anonymous").outbox.get({ id: messageIds[side] }));
      await expectRefused(world.caller("coordA").outbox.get({ id: messageIds[side] }));
      await expectRefused(world.caller("coordB").outbox.get({ id: messageIds[side] }));
      const seen = await world.caller("admin").outbox.get({ id: messageIds[side] });
      expect(seen).toMatchObject({ id: messageIds[side] });
    }
  });

  it('"outbox.retry": refused for everyone but the admin, and a refused retry changes nothing', async () => {
    await deps.db.emailMessage.update({ where: { id: messageIds.A }, data: { status: "FAILED", lastError: "SMTP 550" } });
    for (const actor of ["anonymous", "coordA", "coordB"] as const) await expectRefused(world.caller(actor).outbox.retry({ id: messageIds.A }));
    expect(await deps.db.emailMessage.findUniqueOrThrow({ where: { id: messageIds.A } })).toMatchObject({ status: "FAILED" });
    await expect(world.caller("admin").outbox.retry({ id: messageIds.A })).resolves.toMatchObject({ status: "QUEUED" });
  });

  it('"templates.save" and "templates.sendTest": refused changes leave no new version and no message', async () => {
    const versionsBefore = await deps.db.emailTemplate.count({ where: { key: draft.key, locale: "en" } });
    const messagesBefore = await deps.db.emailMessage.count({ where: { templateKey: draft.key } });
    for (const actor of ["anonymous", "coordA", "coordB"] as const) {
      await expectRefused(world.caller(actor).templates.save({ ...draft, baseVersion: 1 }));
      await expectRefused(world.caller(actor).templates.sendTest(draft));
    }
    expect(await deps.db.emailTemplate.count({ where: { key: draft.key, locale: "en" } })).toBe(versionsBefore);
    expect(await deps.db.emailMessage.count({ where: { templateKey: draft.key } })).toBe(messagesBefore);
  });
});
