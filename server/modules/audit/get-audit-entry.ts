// One audit entry in full, with who did it and the site; admins only.
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";

export async function getAuditEntry(db: Db, id: string) {
  const entry = await db.auditLog.findUnique({
    where: { id },
    include: { actor: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!entry) throw new AppError("NOT_FOUND");
  const site = entry.siteId ? await db.site.findUnique({ where: { id: entry.siteId }, select: { id: true, name: true } }) : null;
  const { actor, actorId: _actorId, ...rest } = entry;
  return { ...rest, actor, site: site ?? (entry.siteId ? { id: entry.siteId, name: null } : null) };
}
