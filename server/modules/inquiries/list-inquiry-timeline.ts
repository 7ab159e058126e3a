// Everything that happened to an inquiry, newest first: status changes, calls, notes, e-mails
// (with their delivery), assignments, re-routes and follow-up dates. A PRIVATE note is returned
// to its author only: not to colleagues, not to admins.
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { listInquiryEmails } from "../outbox/list-inquiry-emails";

type Person = { id: string; name: string } | null;
type Base = { id: string; at: Date; by: Person };
export type TimelineEntry =
  | (Base & { kind: "STATUS"; from: string | null; to: string; reason: string | null })
  | (Base & { kind: "NOTE"; body: string; visibility: "TEAM" | "PRIVATE" })
  | (Base & { kind: "CALL"; outcome: string | null; body: string | null })
  | (Base & { kind: "EMAIL"; email: Awaited<ReturnType<typeof listInquiryEmails>>[number] })
  | (Base & { kind: "ASSIGNMENT"; assignee: Person })
  | (Base & { kind: "REROUTE"; fromSite: string | null; toSite: string | null; reason: string | null })
  | (Base & { kind: "FOLLOW_UP"; followUpAt: Date | null })
  | (Base & { kind: "REPEAT"; otherInquiryId: string | null });

const person = { select: { id: true, name: true } } as const;

export async function listInquiryTimeline(db: Db, user: SessionUser, input: { id: string }): Promise<TimelineEntry[]> {
  // Checks the caller's access to the inquiry first (NOT_FOUND otherwise).
  const emails = await listInquiryEmails(db, user, input.id);
  const [changes, activities] = await Promise.all([
    db.inquiryStatusChange.findMany({ where: { inquiryId: input.id }, select: { id: true, createdAt: true, fromStatus: true, toStatus: true, reason: true, changedBy: person } }),
    db.activity.findMany({
      where: { inquiryId: input.id, OR: [{ visibility: "TEAM" }, { authorId: user.id }] },
      select: { id: true, type: true, visibility: true, createdAt: true, body: true, outcome: true, emailMessageId: true, metadata: true, author: person },
    }),
  ]);
  const meta = (a: { metadata: unknown }) => (a.metadata && typeof a.metadata === "object" ? (a.metadata as Record<string, unknown>) : {});
  const str = (v: unknown) => (typeof v === "string" ? v : null);

  const userIds = new Set<string>();
  const siteIds = new Set<string>();
  for (const a of activities) {
    const m = meta(a);
    if (a.type === "ASSIGNMENT" && str(m.assigneeId)) userIds.add(str(m.assigneeId)!);
    if (a.type === "REROUTE") for (const k of ["fromSiteId", "toSiteId"]) if (str(m[k])) siteIds.add(str(m[k])!);
  }
  const [users, sites] = await Promise.all([
    userIds.size ? db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }) : [],
    siteIds.size ? db.site.findMany({ where: { id: { in: [...siteIds] } }, select: { id: true, name: true } }) : [],
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const siteName = (id: string | null) => (id ? (sites.find((s) => s.id === id)?.name ?? null) : null);
  const senderOf = new Map<string, Person>();

  const out: TimelineEntry[] = changes.map((c) => ({ kind: "STATUS", id: c.id, at: c.createdAt, by: c.changedBy, from: c.fromStatus, to: c.toStatus, reason: c.reason }));
  for (const a of activities) {
    const m = meta(a);
    const base = { id: a.id, at: a.createdAt, by: a.author };
    switch (a.type) {
      case "NOTE":
        if (m.event === "REPEAT_INQUIRY") out.push({ ...base, kind: "REPEAT", otherInquiryId: str(m.inquiryId) });
        else out.push({ ...base, kind: "NOTE", body: a.body ?? "", visibility: a.visibility });
        break;
      case "CALL":
        out.push({ ...base, kind: "CALL", outcome: a.outcome, body: a.body });
        break;
      case "EMAIL":
        if (a.emailMessageId) senderOf.set(a.emailMessageId, a.author);
        break;
      case "ASSIGNMENT": {
        const id = str(m.assigneeId);
        out.push({ ...base, kind: "ASSIGNMENT", assignee: id ? (userById.get(id) ?? { id, name: "" }) : null });
        break;
      }
      case "REROUTE":
        out.push({ ...base, kind: "REROUTE", fromSite: siteName(str(m.fromSiteId)), toSite: siteName(str(m.toSiteId)), reason: a.body });
        break;
      case "FOLLOW_UP":
        out.push({ ...base, kind: "FOLLOW_UP", followUpAt: str(m.at) ? new Date(str(m.at)!) : null });
        break;
    }
  }
  for (const email of emails) out.push({ kind: "EMAIL", id: email.id, at: email.createdAt, by: senderOf.get(email.id) ?? null, email });
  // A status change made by a call or a re-route carries the same instant: show it above its cause.
  const tie = (e: TimelineEntry) => (e.kind === "STATUS" ? 0 : 1);
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || tie(a) - tie(b) || b.id.localeCompare(a.id));
}
