// The same person (e-mail or phone) asking about the same study within 30 days.
import type { Db } from "../../db/prisma";

const WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export async function findEarlierInquiry(db: Db, q: { studyId: string; email: string; phone: string; now: Date }) {
  return db.inquiry.findFirst({
    where: {
      studyId: q.studyId,
      createdAt: { gte: new Date(q.now.getTime() - WINDOW_MS) },
      status: { notIn: ["SPAM", "DUPLICATE"] },
      OR: [{ emailNormalized: q.email.toLowerCase() }, { phone: q.phone }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, siteId: true },
  });
}
