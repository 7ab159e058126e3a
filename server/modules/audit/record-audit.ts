// THE way to write an audit_log row: call recordAudit inside the transaction of the change it
// records, so the row exists if and only if the change committed.
//
// PRIVACY RULE: `metadata` holds ids, field names, enum values (statuses, roles, template keys,
// locales) and counts only. NEVER put values of health information or personal data in it: no
// names, e-mail addresses, phone numbers, notes, free text from patients, answers to screening
// questions, not even "before/after" values of such fields. Record *which* fields changed
// (e.g. `{ fields: ["phone", "notes"] }`), never what they contained. Admins read this log; it
// is kept longer than the data it points at.
import type { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";

export type AuditActorType = "USER" | "SYSTEM" | "PUBLIC";

export type AuditEntry = {
  /** Who did it (only the id is kept); null for the public (forms) or the system (jobs). */
  actor: Pick<SessionUser, "id"> | null;
  /** Defaults to USER when there is an actor, PUBLIC otherwise. */
  actorType?: AuditActorType;
  /** Dotted verb, e.g. "user.invite", "inquiry.view", "template.update". */
  action: string;
  /** What the change is about, e.g. "User", "Inquiry", "Invitation". */
  entityType: string;
  entityId?: string | null;
  /** The site the entity belongs to, so coordinators' actions can be filtered per site. */
  siteId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Ids and field names only (see the rule at the top of this file). */
  metadata?: Record<string, unknown>;
};

/** Accepts a transaction client or the Prisma client itself (a single write is atomic anyway). */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorType: entry.actorType ?? (entry.actor ? "USER" : "PUBLIC"),
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      siteId: entry.siteId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 500) ?? null,
      metadata: (entry.metadata ?? {}) as Prisma.InputJsonValue,
    },
  });
}
