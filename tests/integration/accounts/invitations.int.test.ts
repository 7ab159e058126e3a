// Invitations end to end below the browser: the admin's invitation writes its e-mail, the link
// lets the person choose a name and password and sign in with the invited role and sites, and a
// used, expired, revoked or wrong link is refused with a clear message and creates nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../../server/app-deps";
import { callerAs, makeSite, makeUser } from "../../setup/callers";
import { listen } from "../../setup/http-server";
import { createTestDeps } from "../../setup/test-deps";
import { linkIn, me, signIn, waitForEmail } from "./account-http";

let deps: AppDeps;
let server: Awaited<ReturnType<typeof listen>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  server = await listen((url) => createTestDeps(inject("databaseUrl"), { publicUrl: url }));
  deps = server.deps;
  admin = await makeUser(deps, "ADMIN");
});
afterAll(async () => {
  await server.close();
  await deps.db.$disconnect();
});

const anonymous = () => callerAs(deps, null);
const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@test.example.org`;
const PASSWORD = "chosen-password-1234";

async function invite(email: string, siteIds: string[], locale: "en" | "ar" = "en") {
  const invitation = await callerAs(deps, admin).users.invite({ email, role: "COORDINATOR", siteIds, locale });
  const message = await waitForEmail(deps, email, "account.invitation");
  const token = linkIn(message.text, `${server.url}/invitation/`).split("/").pop()!;
  return { invitation, message, token };
}

describe("invitations", () => {
  it("e-mails a link; accepting it makes a coordinator of the invited sites who can sign in", async () => {
    const [siteA, siteB] = [await makeSite(deps), await makeSite(deps)];
    const email = newEmail();
    const { invitation, message, token } = await invite(email, [siteA.id], "ar");
    expect(message).toMatchObject({ locale: "ar", status: expect.stringMatching(/QUEUED|SENDING|SENT/) });
    expect(message.subject).not.toContain(token);
    // Only the hash of the secret is stored.
    const row = await deps.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(token);

    expect(await anonymous().invitations.get({ token })).toMatchObject({ state: "valid", email, role: "COORDINATOR", siteNames: [siteA.name] });

    await expect(anonymous().invitations.accept({ token, name: "Nour", password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await deps.db.user.count({ where: { email } })).toBe(0);

    expect(await anonymous().invitations.accept({ token, name: "Nour Adel", password: PASSWORD, locale: "ar" })).toEqual({ email });
    const user = await deps.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Nour Adel", role: "COORDINATOR", locale: "ar", active: true });
    expect(user.memberships.map((m) => m.siteId)).toEqual([siteA.id]);

    const cookie = await signIn(server.url, email, PASSWORD);
    expect(cookie).not.toBeNull();
    expect(await me(server.url, cookie!)).toMatchObject({ email, role: "COORDINATOR", siteIds: [siteA.id] });
    expect((await me(server.url, cookie!))!.siteIds).not.toContain(siteB.id);

    // Single use.
    await expect(anonymous().invitations.accept({ token, name: "Someone else", password: "another-password-99" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already been used"),
    });
    expect(await anonymous().invitations.get({ token })).toEqual({ state: "used" });
    expect(await deps.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ name: "Nour Adel" });

    const audit = await deps.db.auditLog.findMany({ where: { entityId: invitation.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["invitation.create", "invitation.accept"]);
    expect(JSON.stringify(audit)).not.toContain(email);
    expect(JSON.stringify(audit)).not.toContain("Nour");
  });

  it("refuses an expired link and a wrong one with a clear message, creating nothing", async () => {
    const site = await makeSite(deps);
    const email = newEmail();
    const { invitation, token } = await invite(email, [site.id]);
    await deps.db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await anonymous().invitations.get({ token })).toEqual({ state: "expired" });
    await expect(anonymous().invitations.accept({ token, name: "Late", password: PASSWORD })).rejects.toMatchObject({
      message: expect.stringContaining("expired"),
    });

    const wrong = `${token.slice(0, -4)}AAAA`;
    expect(await anonymous().invitations.get({ token: wrong })).toEqual({ state: "unknown" });
    await expect(anonymous().invitations.accept({ token: wrong, name: "Guess", password: PASSWORD })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("not valid"),
    });
    expect(await deps.db.user.count({ where: { email } })).toBe(0);
  });

  it("a revoked invitation cannot be accepted; a resent one gets a new link and the old one stops working", async () => {
    const site = await makeSite(deps);
    const revokedEmail = newEmail();
    const revoked = await invite(revokedEmail, [site.id]);
    await callerAs(deps, admin).users.revokeInvitation({ id: revoked.invitation.id });
    expect(await anonymous().invitations.get({ token: revoked.token })).toEqual({ state: "revoked" });
    await expect(anonymous().invitations.accept({ token: revoked.token, name: "X", password: PASSWORD })).rejects.toMatchObject({
      message: expect.stringContaining("withdrawn"),
    });
    await expect(callerAs(deps, admin).users.resendInvitation({ id: revoked.invitation.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await deps.db.user.count({ where: { email: revokedEmail } })).toBe(0);
    expect((await callerAs(deps, admin).users.invitations()).map((i) => i.id)).not.toContain(revoked.invitation.id);

    const email = newEmail();
    const first = await invite(email, [site.id], "ar");
    await deps.db.invitation.update({ where: { id: first.invitation.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const pending = (await callerAs(deps, admin).users.invitations()).find((i) => i.id === first.invitation.id);
    expect(pending).toMatchObject({ email, expired: true, sites: [{ siteId: site.id, name: site.name }] });

    const resent = await callerAs(deps, admin).users.resendInvitation({ id: first.invitation.id });
    expect(resent.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    const messages = await deps.db.emailMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
    expect(messages).toHaveLength(2);
    expect(messages[1]!.locale).toBe("ar");
    const newToken = linkIn(messages[1]!.text, `${server.url}/invitation/`).split("/").pop()!;
    expect(newToken).not.toBe(first.token);
    expect(await anonymous().invitations.get({ token: first.token })).toEqual({ state: "unknown" });
    expect(await anonymous().invitations.get({ token: newToken })).toMatchObject({ state: "valid" });
    await anonymous().invitations.accept({ token: newToken, name: "Resent Person", password: PASSWORD });
    expect(await signIn(server.url, email, PASSWORD)).not.toBeNull();
  });

  it("refuses to invite an existing account, a duplicate pending invitation, or a coordinator without sites", async () => {
    const site = await makeSite(deps);
    const existing = await makeUser(deps, "COORDINATOR", [site.id]);
    const caller = callerAs(deps, admin);
    await expect(caller.users.invite({ email: existing.email, role: "COORDINATOR", siteIds: [site.id], locale: "en" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already has an account"),
    });
    const email = newEmail();
    await caller.users.invite({ email, role: "COORDINATOR", siteIds: [site.id], locale: "en" });
    await expect(caller.users.invite({ email, role: "COORDINATOR", siteIds: [site.id], locale: "en" })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = newEmail();
    await expect(caller.users.invite({ email: other, role: "COORDINATOR", siteIds: [], locale: "en" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.users.invite({ email: other, role: "COORDINATOR", siteIds: [randomUUID()], locale: "en" })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    expect(await deps.db.invitation.count({ where: { email: other } })).toBe(0);
    expect(await deps.db.emailMessage.count({ where: { toAddress: other } })).toBe(0);
    expect(await deps.db.emailMessage.count({ where: { toAddress: email } })).toBe(1);
  });
});
