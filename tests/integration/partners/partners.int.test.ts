// Partner keys: the embed page may be framed only by the partner's own origins, unknown or
// inactive keys are refused with a page that says so, the inquiry API checks the key against the
// Origin, and an accepted inquiry records its partner. Admin changes are audited.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeUser } from "../../setup/callers";
import { listen } from "../../setup/http-server";
import { post, validBody } from "../../setup/public-api-client";
import { makeStudy } from "../../setup/study-factory";
import { createTestDeps } from "../../setup/test-deps";

let app: Awaited<ReturnType<typeof listen>>;
let deps: AppDeps;
let admin: ReturnType<typeof callerAs>;
let nctId: string;
let studyId: string;
beforeAll(async () => {
  app = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url, env: { PUBLIC_RATE_LIMIT: "0" } }));
  deps = app.deps;
  admin = callerAs(deps, await makeUser(deps, "ADMIN"));
  ({ nctId, study: { id: studyId } } = await makeStudy(deps));
});
afterAll(async () => {
  await app.close();
  await deps.db.$disconnect();
});

const tag = () => randomUUID().slice(0, 8);
const framePolicy = (res: Response) => /frame-ancestors ([^;]*)/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
const embed = (query: string) => fetch(`${app.url}/embed/studies/${nctId}${query}`);
let n = 0;
const someone = () => validBody({ phone: `+20 11${String(30_000_000 + n++ * 7717).slice(-8)}` });

describe("the embed page", () => {
  it("may be framed only by the origins of the partner whose key it carries; every other page keeps 'self'", async () => {
    const a = await admin.partners.create({ name: `Partner A ${tag()}`, allowedOrigins: ["https://a.example.org", "http://127.0.0.1:8123"] });
    const b = await admin.partners.create({ name: `Partner B ${tag()}`, allowedOrigins: ["https://b.example.org/"] });
    const pageA = await embed(`?partner=${a.publicKey}&lang=ar`);
    expect(pageA.status).toBe(200);
    expect(framePolicy(pageA)).toBe("https://a.example.org http://127.0.0.1:8123");
    expect(framePolicy(await embed(`?partner=${b.publicKey}`))).toBe("https://b.example.org");
    expect(framePolicy(await embed(""))).toBe("'self'");
    expect(framePolicy(await fetch(`${app.url}/studies/${nctId}?partner=${a.publicKey}`))).toBe("'self'");
    // The rest of the policy is unchanged.
    expect(pageA.headers.get("content-security-policy")).toContain("default-src 'self'");
    // Partners' pages may load the script.
    expect((await fetch(`${app.url}/embed.js`)).headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });

  it("refuses an unknown, malformed or deactivated key with a page that says so", async () => {
    const gone = await admin.partners.create({ name: `Gone ${tag()}`, allowedOrigins: ["https://gone.example.org"] });
    await admin.partners.deactivate({ id: gone.id });
    for (const key of [`pk_${"x".repeat(24)}`, "not a key", gone.publicKey]) {
      const res = await embed(`?partner=${encodeURIComponent(key)}`);
      expect(res.status).toBe(403);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain("This form cannot be shown here");
    }
  });
});

describe("inquiries with a partner key", () => {
  it("from an allowed origin: accepted, answered with CORS, and recorded with the partner as source EMBED", async () => {
    const p = await admin.partners.create({ name: `Clinic site ${tag()}`, allowedOrigins: ["https://clinic.example.org"] });
    const res = await post(app.url, nctId, someone(), { "x-partner-key": p.publicKey, origin: "https://clinic.example.org" });
    expect(res.status).toBe(201);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://clinic.example.org");
    const stored = await deps.db.inquiry.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored).toMatchObject({ partnerId: p.id, source: "EMBED" });
    // The embedded form posts from our own origin; server-to-server calls send no Origin.
    for (const headers of [{ origin: new URL(app.url).origin }, {}] as Record<string, string>[]) {
      const again = await post(app.url, nctId, someone(), { "x-partner-key": p.publicKey, ...headers });
      expect(again.status).toBe(201);
      expect((await deps.db.inquiry.findUniqueOrThrow({ where: { id: again.body.id } })).partnerId).toBe(p.id);
    }
    expect((await admin.partners.list()).find((x) => x.id === p.id)?.inquiries).toBe(3);
  });

  it("refuses 403, storing nothing, a key from an origin not on its list, an unknown or inactive key, and another website without a key", async () => {
    const p = await admin.partners.create({ name: `Strict ${tag()}`, allowedOrigins: ["https://strict.example.org"] });
    const off = await admin.partners.create({ name: `Off ${tag()}`, allowedOrigins: ["https://off.example.org"] });
    await admin.partners.deactivate({ id: off.id });
    const before = await deps.db.inquiry.count({ where: { studyId } });
    const cases: { headers: Record<string, string>; path: string; says: string }[] = [
      { headers: { "x-partner-key": p.publicKey, origin: "https://evil.example.net" }, path: "Origin", says: "https://evil.example.net" },
      { headers: { "x-partner-key": `pk_${"y".repeat(24)}`, origin: "https://strict.example.org" }, path: "X-Partner-Key", says: "Unknown or inactive" },
      { headers: { "x-partner-key": off.publicKey, origin: "https://off.example.org" }, path: "X-Partner-Key", says: "Unknown or inactive" },
      { headers: { origin: "https://strict.example.org" }, path: "X-Partner-Key", says: "partner key" },
    ];
    for (const c of cases) {
      const res = await post(app.url, nctId, someone(), c.headers);
      expect(res.status).toBe(403);
      expect(res.body.errors[0].path).toBe(c.path);
      expect(res.body.errors[0].message).toContain(c.says);
    }
    expect(await deps.db.inquiry.count({ where: { studyId } })).toBe(before);
  });

  it("answers the browser's preflight, and a rotated key stops working at once", async () => {
    const preflight = await fetch(`${app.url}/api/public/studies/${nctId}/inquiries`, {
      method: "OPTIONS",
      headers: { origin: "https://rotate.example.org", "access-control-request-method": "POST", "access-control-request-headers": "content-type,x-partner-key" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("x-partner-key");
    const p = await admin.partners.create({ name: `Rotating ${tag()}`, allowedOrigins: ["https://rotate.example.org"] });
    expect((await post(app.url, nctId, someone(), { "x-partner-key": p.publicKey, origin: "https://rotate.example.org" })).status).toBe(201);
    const rotated = await admin.partners.rotateKey({ id: p.id });
    expect(rotated.publicKey).not.toBe(p.publicKey);
    expect((await post(app.url, nctId, someone(), { "x-partner-key": p.publicKey, origin: "https://rotate.example.org" })).status).toBe(403);
    expect((await post(app.url, nctId, someone(), { "x-partner-key": rotated.publicKey, origin: "https://rotate.example.org" })).status).toBe(201);
  });
});

describe("partner administration", () => {
  it("audits each change with ids and counts only, and refuses origins that are not bare origins", async () => {
    const p = await admin.partners.create({ name: `Audited ${tag()}`, allowedOrigins: ["https://one.example.org"] });
    const updated = await admin.partners.updateOrigins({ id: p.id, allowedOrigins: ["https://one.example.org", "https://Two.example.org/", "https://one.example.org"] });
    expect(updated.allowedOrigins).toEqual(["https://one.example.org", "https://two.example.org"]);
    await admin.partners.rotateKey({ id: p.id });
    await admin.partners.deactivate({ id: p.id });
    await admin.partners.deactivate({ id: p.id });
    const audit = await deps.db.auditLog.findMany({ where: { entityType: "Partner", entityId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["partner.create", "partner.update-origins", "partner.rotate-key", "partner.deactivate"]);
    expect(JSON.stringify(audit.map((a) => a.metadata))).not.toContain("example.org");
    for (const bad of ["https://x.example.org/path", "ftp://x.example.org", "https://*.example.org", "not a url"]) {
      await expect(admin.partners.updateOrigins({ id: p.id, allowedOrigins: [bad] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await deps.db.partner.findUniqueOrThrow({ where: { id: p.id } })).allowedOrigins).toEqual(["https://one.example.org", "https://two.example.org"]);
  });
});
