// The users page: every account with its role, sites, last sign-in and whether it is active, and
// the invitations still pending. Admin only.
import type { Db } from "../../db/prisma";
import { invitationState } from "./invitation-token";

export async function listUsers(db: Db) {
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      locale: true,
      lastSignInAt: true,
      createdAt: true,
      memberships: { select: { siteId: true, notify: true, site: { select: { name: true } } }, orderBy: { site: { name: "asc" } } },
    },
  });
  return users.map(({ memberships, ...u }) => ({
    ...u,
    sites: memberships.map((m) => ({ siteId: m.siteId, name: m.site.name, notify: m.notify })),
  }));
}

export async function listPendingInvitations(db: Db) {
  const rows = await db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, siteIds: true, expiresAt: true, createdAt: true, acceptedAt: true, revokedAt: true, invitedBy: { select: { name: true } } },
  });
  const siteIds = [...new Set(rows.flatMap((r) => r.siteIds))];
  const sites = siteIds.length ? await db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(sites.map((s) => [s.id, s.name]));
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    sites: r.siteIds.filter((id) => nameOf.has(id)).map((id) => ({ siteId: id, name: nameOf.get(id)! })),
    invitedBy: r.invitedBy?.name ?? null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    expired: invitationState(r, now) === "expired",
  }));
}
