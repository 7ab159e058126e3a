// Private notes shared through a passcode-protected link. The browser encrypts; we keep only
// ciphertext, its salt/iv and key-derivation parameters, and forget it when it expires.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import { zodIssuesToFieldErrors } from "../inquiries/submit-inquiry";

const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/_-]+={0,2}$/, { error: "Must be base64." });

export const createSharedNoteSchema = z
  .object({
    ciphertext: base64(90_000),
    iv: base64(64),
    salt: base64(128),
    kdfParams: z.object({ name: z.literal("PBKDF2"), hash: z.literal("SHA-256"), iterations: z.number().int().min(100_000).max(10_000_000) }).strict(),
    expiresInDays: z.number().int().min(1).max(30),
    nctId: z.string().regex(/^NCT\d{8}$/i).optional(),
  })
  .strict();

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createSharedNote(db: Db, body: unknown, now = new Date()) {
  const parsed = createSharedNoteSchema.safeParse(body);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { fieldErrors: zodIssuesToFieldErrors(parsed.error.issues) });
  const { nctId, expiresInDays, ...cipher } = parsed.data;
  const study = nctId ? await db.study.findUnique({ where: { nctId: nctId.toUpperCase() }, select: { id: true } }) : null;
  const note = await db.sharedNote.create({
    data: { slug: randomBytes(16).toString("base64url"), studyId: study?.id ?? null, ...cipher, expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS) },
    select: { slug: true, expiresAt: true },
  });
  // Expired notes are removed whenever a new one is written: no scheduler needed for this.
  await db.sharedNote.deleteMany({ where: { expiresAt: { lt: now } } });
  return note;
}

export async function getSharedNote(db: Db, slug: string, now = new Date()) {
  const note = await db.sharedNote.findFirst({
    where: { slug, expiresAt: { gt: now } },
    select: { ciphertext: true, iv: true, salt: true, kdfParams: true, expiresAt: true, study: { select: { nctId: true } } },
  });
  if (!note) throw new AppError("NOT_FOUND", { userMessage: "This link has expired or does not exist." });
  const { study, ...rest } = note;
  return { ...rest, nctId: study?.nctId ?? null };
}
