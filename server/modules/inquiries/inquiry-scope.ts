// Loads an inquiry the caller may act on. Another site's inquiry looks exactly like one that does
// not exist (NOT_FOUND), so ids cannot be probed.
import type { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { siteIdWhereForUser } from "../sites/site-access";

/** Who did it and from where, for the audit row. */
export type RequestMeta = { ip?: string | null; userAgent?: string | null };

export async function findScopedInquiry<S extends Prisma.InquirySelect>(db: Db | Tx, user: SessionUser, id: string, select: S) {
  const inquiry = await db.inquiry.findFirst({ where: { id, ...siteIdWhereForUser(user) }, select });
  if (!inquiry) throw new AppError("NOT_FOUND", { userMessage: "This inquiry does not exist or is not at one of your sites." });
  return inquiry;
}
