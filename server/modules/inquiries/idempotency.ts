// Idempotency-Key for public POSTs: the first answer is stored with a hash of the request in the
// same transaction as the work it describes; a retry with the same key and body gets the stored
// answer, a retry with another body is refused. Concurrent retries block on the unique
// (scope, key) index until the first commits, then read its answer.
import { createHash } from "node:crypto";
import type { Db, Tx } from "../../db/prisma";

const KEEP_FOR_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,200}$/;

export type StoredAnswer = { statusCode: number; body: unknown };

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

export async function findAnswer(db: Db | Tx, scope: string, key: string, hash: string): Promise<Replay> {
  const row = await db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
  if (!row || row.expiresAt < new Date()) return { kind: "none" };
  if (row.requestHash !== hash) return { kind: "mismatch" };
  return { kind: "replay", answer: { statusCode: row.statusCode, body: row.response } };
}

export async function storeAnswer(tx: Tx, scope: string, key: string, hash: string, answer: StoredAnswer): Promise<void> {
  // An expired record with the same key is replaced.
  await tx.idempotencyRecord.deleteMany({ where: { scope, key, expiresAt: { lt: new Date() } } });
  await tx.idempotencyRecord.create({
    data: { scope, key, requestHash: hash, statusCode: answer.statusCode, response: answer.body as object, expiresAt: new Date(Date.now() + KEEP_FOR_MS) },
  });
}
