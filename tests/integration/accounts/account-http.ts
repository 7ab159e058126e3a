// HTTP helpers for the account tests: sign in as a browser would, each call from an address of
// its own so the per-address sign-in limit of one test never trips another.
import { expect } from "vitest";
import type { AppDeps } from "../../../server/app-deps";

const byte = () => Math.floor(Math.random() * 250) + 1;
export const randomAddress = () => `10.${byte()}.${byte()}.${byte()}`;

export function postJson(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": randomAddress(), ...headers },
    body: JSON.stringify(body),
  });
}

/** The session cookie, or null when the sign-in was refused. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string | null> {
  const res = await postJson(baseUrl, "/api/auth/sign-in/email", { email, password });
  if (res.status !== 200) return null;
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("tc.session_token="));
  return cookie ? cookie.split(";")[0]! : null;
}

export async function me(baseUrl: string, cookie: string): Promise<{ email: string; role: string; siteIds: string[] } | null> {
  const res = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { cookie } });
  return ((await res.json()) as { result: { data: { json: { email: string; role: string; siteIds: string[] } | null } } }).result.data.json;
}

/** The newest message of a template to an address, waiting for it to be written. */
export async function waitForEmail(deps: AppDeps, to: string, templateKey: string, after = new Date(0)) {
  await expect.poll(() => deps.db.emailMessage.count({ where: { toAddress: to, templateKey, createdAt: { gte: after } } }), { timeout: 10_000 }).toBeGreaterThan(0);
  return deps.db.emailMessage.findFirstOrThrow({ where: { toAddress: to, templateKey }, orderBy: { createdAt: "desc" } });
}

/** The first link of the plain-text part that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const found = text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!found) throw new Error(`no link starting with ${prefix}`);
  return found.replace(/[)>.,]+$/, "");
}
