// The first admin: ADMIN_EMAIL / ADMIN_PASSWORD, or a generated password printed once.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/prisma";
import { createUserWithPassword } from "./create-user";

export type AdminBootstrap = { email: string; created: boolean; generatedPassword?: string; password?: string };

export async function ensureAdmin(db: Db, opts: { email: string; password?: string }): Promise<AdminBootstrap> {
  const existing = await db.user.findUnique({ where: { email: opts.email } });
  if (existing) return { email: opts.email, created: false };
  const generatedPassword = opts.password ? undefined : randomBytes(12).toString("base64url");
  const password = opts.password ?? generatedPassword!;
  await createUserWithPassword(db, { email: opts.email, name: "Administrator", role: "ADMIN", password });
  return { email: opts.email, created: true, generatedPassword, password };
}
