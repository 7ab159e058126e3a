// Calling the public JSON API as a partner or the web form would.
import { randomUUID } from "node:crypto";

export function validBody(overrides: Record<string, unknown> = {}) {
  return {
    firstName: "Amira",
    lastName: "Hassan",
    email: `parent+${randomUUID().slice(0, 8)}@example.com`,
    phone: "+20 100 123 4567",
    language: "ar",
    location: { lat: 27.2, lon: 31.2 },
    consent: true,
    ...overrides,
  };
}

export async function post(base: string, nctId: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/public/studies/${nctId}/inquiries`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

