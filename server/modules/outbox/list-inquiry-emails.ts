// The messages about one inquiry, for its timeline: what was sent to whom and how delivery went.
// Scoped like the inquiry itself: a coordinator of another site gets NOT_FOUND.
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { siteIdWhereForUser } from "../sites/site-access";

export async function listInquiryEmails(db: Db, user: SessionUser, inquiryId: string) {
  const inquiry = await db.inquiry.findFirst({ where: { id: inquiryId, ...siteIdWhereForUser(user) }, select: { id: true } });
  if (!inquiry) throw new AppError("NOT_FOUND");
  return db.emailMessage.findMany({
    where: { inquiryId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      templateKey: true,
      locale: true,
      kind: true,
      toAddress: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      sentAt: true,
    },
  });
}
