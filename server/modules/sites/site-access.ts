// Site scoping: a coordinator reaches only the sites they belong to; an admin reaches all.
// Use these in the where-clause of every query, never as a filter after fetching.
import type { SessionUser } from "../../trpc/context";

export function isAdmin(user: SessionUser): boolean {
  return user.role === "ADMIN";
}

/** Where-clause on a Site. */
export function siteWhereForUser(user: SessionUser) {
  return isAdmin(user) ? {} : { id: { in: user.siteIds } };
}

/** Where-clause on a row that has a `siteId` column (inquiries, routing decisions...). */
export function siteIdWhereForUser(user: SessionUser) {
  return isAdmin(user) ? {} : { siteId: { in: user.siteIds } };
}

export function canAccessSite(user: SessionUser, siteId: string | null): boolean {
  if (isAdmin(user)) return true;
  return siteId !== null && user.siteIds.includes(siteId);
}
