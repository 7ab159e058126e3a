// Password reset over HTTP as the browser does it: the e-mail lands in the outbox with a working
// link, the link works once, old sessions end, and nobody learns whether an address has an account.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { makeSite, makeUser } from "../../setup/callers";
import { listen } from "../../setup/http-server";
import { createTestDeps } from "../../setup/test-deps";
import { linkIn, me, postJson, signIn, waitForEmail } from "./account-http";

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

const requestReset = (email: string, address?: string) =>
  postJson(server.url, "/api/auth/request-password-reset", { email }, address ? { "x-forwarded-for": address } : {});
const resetPassword = (token: string, newPassword: string) => postJson(server.url, "/api/auth/reset-password", { token, newPassword });

describe("password reset", () => {
  it("e-mails a working link in the person's language; it works once and ends every old session", async () => {
    const site = await makeSite(deps);
    const user = await makeUser(deps, "COORDINATOR", [site.id]);
    await deps.db.user.update({ where: { id: user.id }, data: { locale: "ar" } });
    const oldSession = (await signIn(server.url, user.email, "a-long-test-password"))!;
    expect(await me(server.url, oldSession)).toMatchObject({ email: user.email });

    const started = new Date();
    const res = await requestReset(user.email);
    expect(res.status).toBe(200);
    const message = await waitForEmail(deps, user.email, "account.password-reset", started);
    expect(message.locale).toBe("ar");
    expect(message.status).not.toBe("FAILED");
    const link = linkIn(message.text, `${server.url}/reset-password?token=`);
    const token = new URL(link).searchParams.get("token")!;
    // The token is stored hashed: the database does not hold the secret of the link.
    expect(await deps.db.verification.count({ where: { identifier: { contains: token } } })).toBe(0);

    const short = await resetPassword(token, "too-short");
    expect(short.status).toBe(400);

    const reset = await resetPassword(token, "a-brand-new-password-42");
    expect(reset.status).toBe(200);
    expect(await me(server.url, oldSession)).toBeNull();
    expect(await deps.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn(server.url, user.email, "a-long-test-password")).toBeNull();
    expect(await signIn(server.url, user.email, "a-brand-new-password-42")).not.toBeNull();

    const again = await resetPassword(token, "yet-another-password-42");
    expect(again.status).toBe(400);
    expect(await signIn(server.url, user.email, "a-brand-new-password-42")).not.toBeNull();

    const audit = await deps.db.auditLog.findMany({ where: { entityId: user.id, action: { startsWith: "user.password-reset" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.password-reset-request", "user.password-reset"]);
    expect(JSON.stringify(audit)).not.toContain(user.email);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const user = await makeUser(deps, "ADMIN");
    const unknown = `nobody-${Date.now()}@test.example.org`;
    const known = await requestReset(user.email);
    const missing = await requestReset(unknown);
    expect(missing.status).toBe(known.status);
    expect(await missing.json()).toEqual(await known.json());
    await waitForEmail(deps, user.email, "account.password-reset");
    expect(await deps.db.emailMessage.count({ where: { toAddress: unknown } })).toBe(0);
  });

  it("sends nothing to a deactivated account", async () => {
    const user = await makeUser(deps, "ADMIN");
    await deps.db.user.update({ where: { id: user.id }, data: { active: false } });
    const res = await requestReset(user.email);
    expect(res.status).toBe(200);
    // The reset of an active account, asked for after, is written; the deactivated one never is.
    const other = await makeUser(deps, "ADMIN");
    await requestReset(other.email);
    await waitForEmail(deps, other.email, "account.password-reset");
    expect(await deps.db.emailMessage.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it("refuses an expired link, and an older link once a newer one was sent", async () => {
    const user = await makeUser(deps, "ADMIN");
    await requestReset(user.email);
    const first = linkIn((await waitForEmail(deps, user.email, "account.password-reset")).text, `${server.url}/reset-password?token=`);
    const afterFirst = new Date();
    await requestReset(user.email);
    const second = linkIn((await waitForEmail(deps, user.email, "account.password-reset", afterFirst)).text, `${server.url}/reset-password?token=`);
    expect(second).not.toBe(first);
    const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
    expect((await resetPassword(tokenOf(first), "a-brand-new-password-42")).status).toBe(400);

    await deps.db.verification.updateMany({ where: { value: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await resetPassword(tokenOf(second), "a-brand-new-password-42")).status).toBe(400);
    expect(await signIn(server.url, user.email, "a-long-test-password")).not.toBeNull();
  });

  it("limits reset requests from one address", async () => {
    const user = await makeUser(deps, "ADMIN");
    const address = "10.231.0.7";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await requestReset(user.email, address)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
