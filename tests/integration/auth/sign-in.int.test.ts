// Sign-in over HTTP as the browser does it: cookie flags, session use, sign-out revocation and
// the sign-in rate limit.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { makeSite, makeUser } from "../../setup/callers";
import { listen } from "../../setup/http-server";
import { createTestDeps } from "../../setup/test-deps";

let deps: AppDeps;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  server = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url }));
  deps = server.deps;
});
afterAll(async () => {
  await server.close();
  await deps.db.$disconnect();
});

function signIn(email: string, password: string) {
  return fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify({ email, password }),
  });
}

async function me(cookie: string) {
  const res = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
  return ((await res.json()) as { result: { data: { json: { email: string } | null } } }).result.data.json;
}

describe("sign-in", () => {
  it("sets an httpOnly SameSite session cookie that identifies the user, and sign-out revokes it", async () => {
    const site = await makeSite(deps);
    const user = await makeUser(deps, "COORDINATOR", [site.id]);
    const res = await signIn(user.email, "a-long-test-password");
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("tc.session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0]!;
    expect(await me(cookie)).toMatchObject({ email: user.email, role: "COORDINATOR", siteIds: [site.id] });

    const out = await fetch(`${server.url}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: server.url } });
    expect(out.status).toBe(200);
    expect(await me(cookie)).toBeNull();
    expect(await deps.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a wrong password without saying whether the account exists", async () => {
    const user = await makeUser(deps, "ADMIN");
    const wrong = await signIn(user.email, "not-the-password-at-all");
    const unknown = await signIn("nobody-here@test.example.org", "not-the-password-at-all");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toBe(((await unknown.json()) as { message: string }).message);
  });

  it("stops guessing after 5 attempts a minute from one address", async () => {
    const user = await makeUser(deps, "ADMIN");
    const headers = { "content-type": "application/json", origin: server.url, "x-forwarded-for": "10.200.0.1" };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers,
        body: JSON.stringify({ email: user.email, password: `guess-number-${i}-xx` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    // The right password is refused too while the limit holds.
    const res = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers,
      body: JSON.stringify({ email: user.email, password: "a-long-test-password" }),
    });
    expect(res.status).toBe(429);
  });
});

describe("sign-in rate limit and forged headers", () => {
  it("a client cannot reset its limit by forging the internal client-address header", async () => {
    const user = await makeUser(deps, "ADMIN");
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: server.url,
          "x-forwarded-for": "10.201.0.1",
          "x-trialconnect-client-ip": `192.0.2.${i}`,
        },
        body: JSON.stringify({ email: user.email, password: `guess-number-${i}-xx` }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
