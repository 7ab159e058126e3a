// GET /api/public/studies and /studies/:nctId, /locate, share and private notes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { listen } from "../../setup/http-server";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let app: Awaited<ReturnType<typeof listen>>;
let deps: AppDeps;
beforeAll(async () => {
  app = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } }));
  deps = app.deps;
});
afterAll(async () => {
  await app.close();
  await deps.db.$disconnect();
});

const get = async (path: string) => {
  const res = await fetch(`${app.url}${path}`);
  return { status: res.status, body: await res.json() };
};
const postJson = async (path: string, body: unknown) => {
  const res = await fetch(`${app.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
};

describe("study search", () => {
  it("finds by condition and age, with the nearest site that takes inquiries, nearest study first", async () => {
    const condition = `Rare condition ${randomUUID().slice(0, 6)}`;
    const { nctId } = await makeStudy(deps, { conditions: [condition], minAgeMonths: 12, maxAgeMonths: 120 });
    const found = await get(`/api/public/studies?condition=${encodeURIComponent(condition.toLowerCase())}&age=5&lat=30.0&lon=31.2`);
    expect(found.status).toBe(200);
    expect(found.body.studies.map((s: { nctId: string }) => s.nctId)).toEqual([nctId]);
    expect(found.body.studies[0].nearestSite).toMatchObject({ city: "Cairo", country: "EG", distanceKm: expect.any(Number) });
    expect(found.body.studies[0].nearestSite.distanceKm).toBeLessThan(10);
    const tooOld = await get(`/api/public/studies?condition=${encodeURIComponent(condition)}&age=11`);
    expect(tooOld.body.studies).toEqual([]);
  });

  it("answers 422 on a bad parameter instead of guessing", async () => {
    expect((await get("/api/public/studies?age=abc")).status).toBe(422);
    expect((await get("/api/public/studies?status=SOMETIMES")).status).toBe(422);
    expect((await get("/api/public/studies?lat=30")).status).toBe(422);
  });

  it("treats LIKE wildcards in the keyword as text", async () => {
    const { body } = await get("/api/public/studies?q=%25");
    expect(body.studies).toEqual([]);
  });
});

describe("study page", () => {
  it("returns the study with its sites nearest first, and 404 for an unknown one", async () => {
    const { nctId, sites } = await makeStudy(deps);
    const near = await get(`/api/public/studies/${nctId}?lat=27.2&lon=31.2`);
    expect(near.status).toBe(200);
    expect(near.body).toMatchObject({ nctId, overallStatus: "RECRUITING" });
    expect(near.body.sites.map((s: { id: string }) => s.id)).toEqual([sites[0]!.id, sites[1]!.id]);
    expect(near.body.sites[0].acceptingInquiries).toBe(true);
    const far = await get(`/api/public/studies/${nctId}?lat=30.03&lon=31.23`);
    expect(far.body.sites[0].id).toBe(sites[1]!.id);
    const missing = await get("/api/public/studies/NCT00000001");
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].path).toBe("nctId");
  });
});

describe("location lookup", () => {
  it("finds a city offline, and says null for a place that does not exist", async () => {
    const cairo = await get("/api/public/locate?city=Cairo&country=EG");
    expect(cairo.body.location).toMatchObject({ countryCode: "EG", source: "CITY" });
    expect(cairo.body.location.lat).toBeCloseTo(30.05, 0);
    expect((await get("/api/public/locate?city=Qwxzvbnm&country=EG")).body).toEqual({ location: null });
  });
});

describe("send to a friend", () => {
  it("queues the fixed message in the friend's language and refuses extra content", async () => {
    const { nctId } = await makeStudy(deps);
    const friendEmail = `friend+${randomUUID().slice(0, 8)}@example.net`;
    expect((await postJson(`/api/public/studies/${nctId}/share`, { friendEmail, language: "fr", senderFirstName: " Marie-Claire " })).status).toBe(202);
    const message = await deps.db.emailMessage.findFirstOrThrow({ where: { toAddress: friendEmail } });
    expect(message).toMatchObject({ templateKey: "share.send-to-friend", locale: "fr", status: "QUEUED" });
    expect(message.text).toContain(`/studies/${nctId}`);
    expect(message.text).toContain("Marie-Claire a pensé que cette étude clinique");
    expect(message.html).toContain("Marie-Claire a pensé que cette étude clinique");
    const spam = await postJson(`/api/public/studies/${nctId}/share`, { friendEmail, language: "en", message: "Buy now http://spam.example" });
    expect(spam.status).toBe(422);
    // A "first name" that could carry a link or a message is refused, on its field, and nothing is queued.
    const link = await postJson(`/api/public/studies/${nctId}/share`, { friendEmail, language: "en", senderFirstName: "Visit spam.example" });
    expect(link.status).toBe(422);
    expect(link.body.errors).toEqual([{ path: "senderFirstName", message: "Only your first name, in letters." }]);
    expect(await deps.db.emailMessage.count({ where: { toAddress: friendEmail } })).toBe(1);
  });

  it("says who sent it in the friend's language, or \"someone\" when no name was given", async () => {
    const { nctId } = await makeStudy(deps);
    const friendEmail = `friend+${randomUUID().slice(0, 8)}@example.net`;
    expect((await postJson(`/api/public/studies/${nctId}/share`, { friendEmail, language: "ar" })).status).toBe(202);
    const message = await deps.db.emailMessage.findFirstOrThrow({ where: { toAddress: friendEmail } });
    expect(message).toMatchObject({ locale: "ar", status: "QUEUED" });
    expect(message.text).toContain("من أحد معارفك: قد تهمّك هذه الدراسة السريرية");
  });
});

describe("private notes", () => {
  const cipher = { ciphertext: "q83vEjRWeJA=", iv: "AAECAwQFBgcICQoL", salt: "c2FsdHNhbHRzYWx0c2FsdA==", kdfParams: { name: "PBKDF2", hash: "SHA-256", iterations: 310000 } };

  it("stores ciphertext only and gives it back until it expires", async () => {
    const created = await postJson("/api/public/notes", { ...cipher, expiresInDays: 7 });
    expect(created.status).toBe(201);
    const read = await get(`/api/public/notes/${created.body.slug}`);
    expect(read.body).toMatchObject({ ...cipher, nctId: null });
    await deps.db.sharedNote.update({ where: { slug: created.body.slug }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await get(`/api/public/notes/${created.body.slug}`)).status).toBe(404);
  });

  it("refuses anything that is not ciphertext: plain fields, too long links, weak key derivation", async () => {
    expect((await postJson("/api/public/notes", { ...cipher, expiresInDays: 7, text: "my child's diagnosis" })).status).toBe(422);
    expect((await postJson("/api/public/notes", { ...cipher, expiresInDays: 365 })).status).toBe(422);
    expect((await postJson("/api/public/notes", { ...cipher, kdfParams: { ...cipher.kdfParams, iterations: 1000 }, expiresInDays: 1 })).status).toBe(422);
  });
});
