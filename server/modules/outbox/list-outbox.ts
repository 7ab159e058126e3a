// The outbox: every message, newest first, a page at a time, with the count per status for the
// filter tabs. Lists carry no bodies.
import type { Db } from "../../db/prisma";
import { EMAIL_STATUSES, type EmailStatus } from "../../../shared/schemas/email";

export const outboxItemSelect = {
  id: true,
  createdAt: true,
  templateKey: true,
  locale: true,
  kind: true,
  transport: true,
  toAddress: true,
  toName: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  inquiryId: true,
} as const;

/** `mode`: where delivered messages went from this server, SMTP_URL or the built-in outbox. */
export async function listOutbox(db: Db, input: { page: number; perPage: number; status?: EmailStatus }, mode: "smtp" | "outbox") {
  const where = input.status ? { status: input.status } : {};
  const [items, total, grouped] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.perPage,
      take: input.perPage,
      select: outboxItemSelect,
    }),
    db.emailMessage.count({ where }),
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(EMAIL_STATUSES.map((s) => [s, 0])) as Record<EmailStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  return { items, total, page: input.page, perPage: input.perPage, counts, mode };
}
