// The audit log for admins: newest first, a page at a time, filtered in SQL (one statement for
// the page, one for the count) so it stays quick on a log of millions of rows.
import { Prisma } from "../../generated/prisma/client";
import type { AuditListInput } from "../../../shared/schemas/audit";
import type { Db } from "../../db/prisma";

type Row = {
  id: string;
  created_at: Date;
  actor_type: "USER" | "SYSTEM" | "PUBLIC";
  actor_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  site_id: string | null;
  site_name: string | null;
};

function whereOf(input: AuditListInput): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (input.actorId) parts.push(Prisma.sql`a.actor_id = ${input.actorId}::uuid`);
  // "inquiry." finds every inquiry action; a full name finds just that one.
  if (input.action) parts.push(Prisma.sql`a.action LIKE ${`${input.action.replace(/[\\%_]/g, "\\$&")}%`}`);
  if (input.entityType) parts.push(Prisma.sql`lower(a.entity_type) = lower(${input.entityType})`);
  if (input.entityId) parts.push(Prisma.sql`a.entity_id = ${input.entityId}`);
  if (input.siteId) parts.push(Prisma.sql`a.site_id = ${input.siteId}::uuid`);
  if (input.from) parts.push(Prisma.sql`a.created_at >= ${input.from}`);
  if (input.to) parts.push(Prisma.sql`a.created_at <= ${input.to}`);
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export async function listAuditLog(db: Db, input: AuditListInput) {
  const where = whereOf(input);
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a.id, a.created_at, a.actor_type::text AS actor_type, a.actor_id, u.name AS actor_name, u.email AS actor_email,
             a.action, a.entity_type, a.entity_id, a.site_id, s.name AS site_name
      FROM audit_log a
      LEFT JOIN users u ON u.id = a.actor_id
      LEFT JOIN sites s ON s.id = a.site_id
      ${where}
      ORDER BY a.created_at DESC, a.id DESC
      LIMIT ${input.perPage} OFFSET ${(input.page - 1) * input.perPage}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM audit_log a ${where}`,
  ]);
  return {
    total: Number(counted[0]?.total ?? 0),
    page: input.page,
    perPage: input.perPage,
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      actorType: r.actor_type,
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name, email: r.actor_email } : null,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      site: r.site_id ? { id: r.site_id, name: r.site_name } : null,
    })),
  };
}

/** People who can appear as actors, for the filter. */
export async function listAuditActors(db: Db) {
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}
