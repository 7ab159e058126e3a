// Creates a person who can sign in with e-mail and password. Hashing is better-auth's.
import { hashPassword } from "better-auth/crypto";
import type { Db, Tx } from "../../db/prisma";

export type NewUser = { email: string; name: string; role: "ADMIN" | "COORDINATOR"; password: string; siteIds?: string[] };

export async function createUserWithPassword(db: Db | Tx, input: NewUser) {
  const password = await hashPassword(input.password);
  const user = await db.user.create({
    data: {
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      emailVerified: true,
      memberships: input.siteIds?.length ? { create: input.siteIds.map((siteId) => ({ siteId })) } : undefined,
    },
  });
  await db.account.create({ data: { providerId: "credential", accountId: user.id, userId: user.id, password } });
  return user;
}
