// POST /api/public/studies/:nctId/inquiries: the stable public contract (PRODUCT.md).
import { randomUUID } from "node:crypto";
import { getOutboxMessage } from "../../../server/modules/outbox/get-outbox-message";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { listen } from "../../setup/http-server";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";
import { post, validBody } from "../../setup/public-api-client";

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

describe("submitting an inquiry", () => {
  it("answers 201 with the routed site, and stores the inquiry, its decision, history and e-mails together", async () => {
    const { nctId, sites } = await makeStudy(deps);
    const body = validBody({ location: { lat: 27.25, lon: 31.15 } });
    const res = await post(app.url, nctId, body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      site: { id: sites[0]!.id, name: sites[0]!.name, city: "Assiut", country: "EG", distanceKm: expect.any(Number) },
      language: "ar",
    });
    const stored = await deps.db.inquiry.findUniqueOrThrow({
      where: { id: res.body.id },
      include: { routingDecisions: true, statusChanges: true, emailMessages: true },
    });
    expect(stored).toMatchObject({ firstName: "Amira", lastName: "Hassan", email: body.email, phone: "+201001234567", status: "NEW", siteId: sites[0]!.id });
    expect(stored.routingDecisions).toHaveLength(1);
    expect(stored.routingDecisions[0]!.rule).toBe("NEAREST_LANGUAGE_MATCH");
    expect(stored.statusChanges.map((s) => s.toStatus)).toEqual(["NEW"]);
    const templates = stored.emailMessages.map((m) => m.templateKey).sort();
    expect(templates).toEqual(["inquiry.patient-confirmation", "inquiry.site-alert"]);
    const alert = stored.emailMessages.find((m) => m.templateKey === "inquiry.site-alert")!;
    expect(alert.toAddress).toBe(sites[0]!.alertEmails[0]);
    // Every variable the template needs was given: nothing held back, the reference and language shown.
    for (const message of stored.emailMessages) expect(message.lastError).toBeNull();
    // The bodies are rendered at delivery; the outbox shows them as they will be sent.
    expect(alert.html).toBe("");
    const shown = await getOutboxMessage(deps.db, alert.id, "TrialConnect <noreply@trialconnect.local>");
    expect(shown.text).toContain(stored.reference);
    expect(shown.text).toContain("العربية");
    // When it arrived, in the site's time zone and its first language, to the minute.
    const arrived = new Intl.DateTimeFormat("ar", { dateStyle: "medium", timeStyle: "short", timeZone: "Africa/Cairo" }).format(stored.createdAt);
    expect(shown.text).toContain(`${arrived} (Africa/Cairo)`);
    for (const secret of ["Amira", "Hassan", body.email, "1234567"]) {
      expect(alert.subject + JSON.stringify(alert.renderVars) + shown.html + shown.text).not.toContain(secret);
    }
  });

  it("lets the patient choose another listed center", async () => {
    const { nctId, sites } = await makeStudy(deps);
    const res = await post(app.url, nctId, validBody({ siteId: sites[1]!.id }));
    expect(res.status).toBe(201);
    expect(res.body.site.id).toBe(sites[1]!.id);
  });

  it("without any location, routes by country and the language the family asked for first", async () => {
    const { nctId } = await makeStudy(deps);
    // Both sites speak Arabic (the page language); only Cairo speaks French (the language asked for).
    const res = await post(app.url, nctId, validBody({ location: { country: "EG" }, language: "ar", otherLanguage: "fr" }));
    expect(res.status).toBe(201);
    expect(res.body.site.city).toBe("Cairo");
    expect(res.body.language).toBe("fr");
  });

  it("stores an inquiry with no eligible site in the central queue, flagged", async () => {
    const { nctId } = await makeStudy(deps, { sites: [{ city: "Cairo", countryCode: "EG", lat: 30, lon: 31, languages: ["ar"], recruiting: false }] });
    const res = await post(app.url, nctId, validBody());
    expect(res.status).toBe(201);
    expect(res.body.site).toBeNull();
    const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored).toMatchObject({ siteId: null, routingFlag: "NO_ELIGIBLE_SITE" });
    // The family still gets its copy, naming the central team instead of a site.
    const copy = await deps.db.emailMessage.findFirstOrThrow({ where: { inquiryId: stored.id, templateKey: "inquiry.patient-confirmation" } });
    expect(copy.lastError).toBeNull();
    expect((await getOutboxMessage(deps.db, copy.id, "TrialConnect <noreply@trialconnect.local>")).text).toContain("الفريق المركزي للدراسة");
  });
});

describe("bad input gets a clear error and changes nothing", () => {
  it("422 with one entry per invalid field", async () => {
    const { nctId, study } = await makeStudy(deps);
    const res = await post(app.url, nctId, { firstName: "", lastName: "X", email: "not-an-email", phone: "12", language: "??", consent: false });
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["consent", "email", "firstName", "language"]);
    for (const e of res.body.errors) expect(e.message).toEqual(expect.any(String));
    expect(await deps.db.inquiry.count({ where: { studyId: study.id } })).toBe(0);
  });

  it("422 on a phone number that cannot be a real one", async () => {
    const { nctId } = await makeStudy(deps);
    const res = await post(app.url, nctId, validBody({ phone: "+20 12" }));
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("phone");
  });

  it("400 on malformed JSON or a body that is not an object", async () => {
    const { nctId } = await makeStudy(deps);
    expect((await post(app.url, nctId, "{not json")).status).toBe(400);
    expect((await post(app.url, nctId, "[1,2]")).status).toBe(400);
    expect((await post(app.url, nctId, '"text"')).status).toBe(400);
  });

  it("404 for an unknown study and 409 for a study that is not recruiting", async () => {
    expect((await post(app.url, "NCT00000000", validBody())).status).toBe(404);
    const closed = await makeStudy(deps, { status: "COMPLETED" });
    const res = await post(app.url, closed.nctId, validBody());
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ path: "nctId" });
  });

  it("unknown fields are refused rather than silently dropped", async () => {
    const { nctId } = await makeStudy(deps);
    const res = await post(app.url, nctId, validBody({ diagnosis: "ITP" }));
    expect(res.status).toBe(422);
  });
});

describe("Idempotency-Key", () => {
  it("the same key and body returns the same answer and creates one inquiry, also under concurrent retries", async () => {
    const { nctId, study } = await makeStudy(deps);
    const body = validBody();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(app.url, nctId, body, { "idempotency-key": key })));
    for (const a of answers) expect(a.status).toBe(201);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await deps.db.inquiry.count({ where: { studyId: study.id } })).toBe(1);
    expect(await deps.db.emailMessage.count({ where: { inquiry: { studyId: study.id }, templateKey: "inquiry.patient-confirmation" } })).toBe(1);
  });

  it("the same key with a different body is refused", async () => {
    const { nctId, study } = await makeStudy(deps);
    const key = randomUUID();
    expect((await post(app.url, nctId, validBody(), { "idempotency-key": key })).status).toBe(201);
    const second = await post(app.url, nctId, validBody({ firstName: "Other" }), { "idempotency-key": key });
    expect(second.status).toBe(422);
    expect(second.body.errors[0].path).toBe("Idempotency-Key");
    expect(await deps.db.inquiry.count({ where: { studyId: study.id } })).toBe(1);
  });

  it("a key whose stored answer has expired (after a day) is taken again: a new inquiry, and the key now answers for it", async () => {
    const { nctId, study } = await makeStudy(deps);
    const key = randomUUID();
    const first = await post(app.url, nctId, validBody(), { "idempotency-key": key });
    expect(first.status).toBe(201);
    await deps.db.idempotencyRecord.updateMany({ where: { key }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const body = validBody({ firstName: "Layla" });
    const again = await post(app.url, nctId, body, { "idempotency-key": key });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
    expect(await deps.db.inquiry.count({ where: { studyId: study.id } })).toBe(2);
    expect(await deps.db.idempotencyRecord.count({ where: { key } })).toBe(1);
    const replay = await post(app.url, nctId, body, { "idempotency-key": key });
    expect(replay.body.id).toBe(again.body.id);
  });
});

describe("abuse and duplicates", () => {
  it("a filled honeypot or an instant submission is kept as spam, answered like any other, and e-mails nobody", async () => {
    const { nctId } = await makeStudy(deps);
    const bot = await post(app.url, nctId, validBody({ website: "http://spam.example" }));
    const fast = await post(app.url, nctId, validBody({ formShownAt: Date.now() - 500 }));
    for (const res of [bot, fast]) {
      expect(res.status).toBe(201);
      const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: res.body.id }, include: { emailMessages: true } });
      expect(stored.status).toBe("SPAM");
      expect(stored.emailMessages).toHaveLength(0);
    }
  });

  it("the same person for the same study within 30 days links to the earlier inquiry and does not alert the site twice", async () => {
    const { nctId } = await makeStudy(deps);
    const first = await post(app.url, nctId, validBody({ email: "same.parent@example.com" }));
    const again = await post(app.url, nctId, validBody({ email: "Same.Parent@example.com", firstName: "A." }));
    expect(again.status).toBe(201);
    expect(again.body.site.id).toBe(first.body.site.id);
    const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: again.body.id }, include: { emailMessages: true } });
    expect(stored).toMatchObject({ status: "DUPLICATE", duplicateOfId: first.body.id });
    expect(stored.emailMessages.map((m) => m.templateKey)).toEqual(["inquiry.patient-confirmation"]);
  });

  it("repeats sent together with new people (written together) are each linked, by e-mail or by phone, and the new ones are not", async () => {
    const { nctId, study } = await makeStudy(deps);
    const byEmail = await post(app.url, nctId, validBody({ email: "first.parent@example.com", phone: "+20 100 555 0001" }));
    const byPhone = await post(app.url, nctId, validBody({ email: "second.parent@example.com", phone: "+20 100 555 0002" }));
    const again = await Promise.all([
      post(app.url, nctId, validBody({ email: "FIRST.parent@example.com", phone: "+20 100 555 0101" })),
      post(app.url, nctId, validBody({ email: "new.one@example.com", phone: "+20 100 555 0102" })),
      post(app.url, nctId, validBody({ email: "other.address@example.com", phone: "+201005550002" })),
      post(app.url, nctId, validBody({ email: "new.two@example.com", phone: "+20 100 555 0103" })),
    ]);
    for (const res of again) expect(res.status).toBe(201);
    const stored = await deps.db.inquiry.findMany({ where: { id: { in: again.map((r) => r.body.id) } }, include: { emailMessages: true } });
    const of = (res: { body: { id: string } }) => stored.find((i) => i.id === res.body.id)!;
    expect(of(again[0]!)).toMatchObject({ status: "DUPLICATE", duplicateOfId: byEmail.body.id });
    expect(of(again[2]!)).toMatchObject({ status: "DUPLICATE", duplicateOfId: byPhone.body.id });
    for (const fresh of [again[1]!, again[3]!]) {
      expect(of(fresh)).toMatchObject({ status: "NEW", duplicateOfId: null });
      expect(of(fresh).emailMessages).toHaveLength(2);
    }
    // One row each, and the earlier inquiries each got one note about their repeat.
    expect(await deps.db.inquiry.count({ where: { studyId: study.id } })).toBe(6);
    const notes = await deps.db.activity.findMany({ where: { inquiryId: { in: [byEmail.body.id, byPhone.body.id] }, type: "NOTE" } });
    expect(notes).toHaveLength(2);
  });
});

describe("rate limits", () => {
  it("limits inquiries per client address, across the app, with Retry-After", async () => {
    const limited = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "3" } }));
    try {
      const { nctId } = await makeStudy(limited.deps);
      const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(limited.url, nctId, validBody(), { "x-forwarded-for": ip })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const res = await post(limited.url, nctId, validBody(), { "x-forwarded-for": ip });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another address is not affected.
      expect((await post(limited.url, nctId, validBody(), { "x-forwarded-for": "10.78.0.1" })).status).toBe(201);
    } finally {
      await limited.close();
      await limited.deps.db.$disconnect();
    }
  });
});
