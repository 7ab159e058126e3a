// Idempotency-Key for public POSTs: the first answer is stored with a hash of the request in the
// same transaction as the work it describes; a retry with the same key and body gets the stored
// answer, a retry with another body is refused. Concurrent retries block on the unique
// (scope, key) index until the first commits, then read its answer.
import { createHash, randomUUID } from "node:crypto";
import type pg from "pg";

const KEEP_FOR_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,200}$/;
/** The unique index a concurrent retry with the same key runs into. */
export const IDEMPOTENCY_CONSTRAINT = "idempotency_records_scope_key_key";

export type StoredAnswer = { statusCode: number; body: unknown };
export type IdempotencyClaim = { scope: string; key: string; hash: string };

export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export type Replay = { kind: "replay"; answer: StoredAnswer } | { kind: "mismatch" } | { kind: "none" };

export async function findAnswer(db: pg.Pool | pg.PoolClient, scope: string, key: string, hash: string): Promise<Replay> {
  const { rows } = await db.query<{ request_hash: string; status_code: number; response: unknown }>({
    name: "idempotency-find",
    text: "SELECT request_hash, status_code, response FROM idempotency_records WHERE scope = $1 AND key = $2 AND expires_at >= now()",
    values: [scope, key],
  });
  const row = rows[0];
  if (!row) return { kind: "none" };
  if (row.request_hash !== hash) return { kind: "mismatch" };
  return { kind: "replay", answer: { statusCode: row.status_code, body: row.response } };
}

/** The stored answer as the intake's write takes it (record-inquiry.ts): an expired record with the same key is replaced. */
export function answerRecord(claim: IdempotencyClaim, answer: StoredAnswer, now: Date) {
  return {
    id: randomUUID(),
    scope: claim.scope,
    key: claim.key,
    request_hash: claim.hash,
    status_code: answer.statusCode,
    response: answer.body,
    created_at: now,
    expires_at: new Date(now.getTime() + KEEP_FOR_MS),
  };
}
