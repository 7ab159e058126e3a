// Every string of the Big List of Naughty Strings in every free-text field, and every address
// of the isemail corpus in the e-mail field: never a 5xx; either accepted and stored exactly as
// sent, or refused with a message on that field.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { listen } from "../../setup/http-server";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";
import { post, validBody } from "../../setup/public-api-client";

const INPUTS = path.resolve(import.meta.dirname, "../../../../shared/data/inputs");
const blns = JSON.parse(fs.readFileSync(path.join(INPUTS, "blns/blns.json"), "utf8")) as string[];
const emails = (JSON.parse(fs.readFileSync(path.join(INPUTS, "email/skeggse-isemail/tests.json"), "utf8")) as [string, string][]).map(([address]) => address);

let app: Awaited<ReturnType<typeof listen>>;
let deps: AppDeps;
let nctId: string;
beforeAll(async () => {
  app = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } }));
  deps = app.deps;
  nctId = (await makeStudy(deps)).nctId;
});
afterAll(async () => {
  await app.close();
  await deps.db.$disconnect();
});

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

const FIELDS = ["firstName", "lastName", "location.city"] as const;

describe("hostile input corpus", () => {
  it("every naughty string, in every free-text field at once, is stored exactly or refused with a message on its field", async () => {
    let accepted = 0;
    await inBatches(blns, 12, async (value) => {
      const res = await post(app.url, nctId, validBody({ firstName: value, lastName: value, location: { city: value, country: "EG" } }));
      expect(res.status, JSON.stringify(value)).toBeLessThan(500);
      if (res.status === 201) {
        accepted++;
        const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: res.body.id }, select: { firstName: true, lastName: true, locationInput: true } });
        expect([stored.firstName, stored.lastName, (stored.locationInput as { city: string }).city], "stored exactly").toEqual([value, value, value]);
      } else {
        expect(res.status, JSON.stringify(value)).toBe(422);
        const paths: string[] = res.body.errors.map((e: { path: string }) => e.path);
        expect(paths.length).toBeGreaterThan(0);
        for (const p of paths) expect(FIELDS).toContain(p);
        for (const e of res.body.errors) expect(e.message.length).toBeGreaterThan(0);
      }
    });
    // Most of the list is legitimate text in some language or notation: it must get through.
    expect(accepted).toBeGreaterThan(blns.length * 0.8);
  });

  it("every address of the isemail corpus is accepted and stored exactly, or refused on the email field", async () => {
    let accepted = 0;
    await inBatches(emails, 8, async (email) => {
      const res = await post(app.url, nctId, validBody({ email }));
      expect(res.status, JSON.stringify(email)).toBeLessThan(500);
      if (res.status === 201) {
        accepted++;
        const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: res.body.id }, select: { email: true } });
        expect(stored.email).toBe(email);
      } else {
        expect(res.status).toBe(422);
        expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("email");
      }
    });
    expect(accepted).toBeGreaterThan(5);
  });
});
