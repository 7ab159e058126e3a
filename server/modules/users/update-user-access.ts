// An admin changes someone's role and site memberships (with the per-site "receives alerts"
// flag). A change of role or sites ends the person's sessions, so the new access applies at once.
import type { UpdateUserAccessInput } from "../../../shared/schemas/users";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import type { RequestMeta } from "../auth/password-reset";
import { checkSiteIds } from "./check-site-ids";

export async function updateUserAccess(db: Db, actor: SessionUser, input: UpdateUserAccessInput, meta: RequestMeta) {
  const self = input.userId === actor.id;
  if (self && input.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", { userMessage: "You cannot remove your own administrator role. Ask another administrator." });
  }
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ role: "ADMIN" | "COORDINATOR" }[]>`SELECT role::text AS role FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new AppError("NOT_FOUND");
    const siteIds = input.sites.map((s) => s.siteId);
    await checkSiteIds(tx, siteIds, "sites");
    const current = await tx.siteMembership.findMany({ where: { userId: input.userId }, select: { siteId: true, notify: true } });
    const had = new Map(current.map((m) => [m.siteId, m.notify]));
    const added = siteIds.filter((id) => !had.has(id));
    const removed = current.map((m) => m.siteId).filter((id) => !siteIds.includes(id));
    const notifyChanged = input.sites.filter((s) => had.has(s.siteId) && had.get(s.siteId) !== s.notify).map((s) => s.siteId);
    const roleChanged = before.role !== input.role;

    if (roleChanged) await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
    if (removed.length) await tx.siteMembership.deleteMany({ where: { userId: input.userId, siteId: { in: removed } } });
    if (added.length) {
      await tx.siteMembership.createMany({ data: input.sites.filter((s) => added.includes(s.siteId)).map((s) => ({ userId: input.userId, ...s })) });
    }
    for (const notify of [true, false]) {
      const ids = input.sites.filter((s) => notifyChanged.includes(s.siteId) && s.notify === notify).map((s) => s.siteId);
      if (ids.length) await tx.siteMembership.updateMany({ where: { userId: input.userId, siteId: { in: ids } }, data: { notify } });
    }
    // Access changed: every session of the person ends (admins' own sites only steer alerts).
    const revoke = !self && (roleChanged || added.length > 0 || removed.length > 0);
    const revoked = revoke ? (await tx.session.deleteMany({ where: { userId: input.userId } })).count : 0;
    const changed = roleChanged || added.length > 0 || removed.length > 0 || notifyChanged.length > 0;
    if (changed) {
      await recordAudit(tx, {
        actor,
        action: "user.update-access",
        entityType: "User",
        entityId: input.userId,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: {
          ...(roleChanged ? { previousRole: before.role, role: input.role } : {}),
          addedSiteIds: added,
          removedSiteIds: removed,
          notifyChangedSiteIds: notifyChanged,
          sessionsRevoked: revoked,
        },
      });
    }
    return { changed, sessionsRevoked: revoked };
  });
}
