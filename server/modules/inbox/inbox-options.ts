// What the inbox's filters and bulk assignment offer: the caller's sites and their studies, the
// languages spoken there, and the people inquiries can be given to.
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { isAdmin } from "../sites/site-access";

/** Interface languages; always offered, whatever the sites list. */
const BASE_LANGUAGES = ["en", "ar", "es", "fr"];

export async function listInboxOptions(db: Db, user: SessionUser) {
  const admin = isAdmin(user);
  const siteScope = admin ? Prisma.sql`TRUE` : Prisma.sql`st.id = ANY(${user.siteIds}::uuid[])`;
  const [sites, studies] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; city: string; languages: string[] }[]>(Prisma.sql`
      SELECT st.id, st.name, st.city, st.languages FROM sites st WHERE ${siteScope} ORDER BY st.name, st.id`),
    db.$queryRaw<{ id: string; title: string; acronym: string | null; nctId: string }[]>(
      admin
        ? Prisma.sql`SELECT s.id, s.title, s.acronym, s.nct_id AS "nctId" FROM studies s ORDER BY s.title, s.id`
        : Prisma.sql`SELECT s.id, s.title, s.acronym, s.nct_id AS "nctId" FROM studies s
            WHERE EXISTS (SELECT 1 FROM study_sites ss JOIN sites st ON st.id = ss.site_id WHERE ss.study_id = s.id AND ${siteScope})
            ORDER BY s.title, s.id`,
    ),
  ]);
  const languages = [...new Set([...BASE_LANGUAGES, ...sites.flatMap((s) => s.languages)])].sort();
  return {
    sites: sites.map(({ id, name, city }) => ({ id, name, city })),
    studies,
    languages,
    /** Inquiries no site could take wait in their study's central queue: admins only. */
    centralQueue: admin,
  };
}

/**
 * Active members of the caller's sites (of `siteIds` when given), each with the sites they may be
 * given inquiries of. Assigning needs membership of the inquiry's site, admins included.
 */
export async function listAssignees(db: Db, user: SessionUser, siteIds?: string[]) {
  const parts: Prisma.Sql[] = [Prisma.sql`u.active`];
  if (!isAdmin(user)) parts.push(Prisma.sql`m.site_id = ANY(${user.siteIds}::uuid[])`);
  if (siteIds?.length) parts.push(Prisma.sql`m.site_id = ANY(${siteIds}::uuid[])`);
  return db.$queryRaw<{ id: string; name: string; role: "ADMIN" | "COORDINATOR"; siteIds: string[] }[]>(Prisma.sql`
    SELECT u.id, u.name, u.role::text AS role, array_agg(m.site_id::text ORDER BY m.site_id) AS "siteIds"
    FROM users u JOIN site_memberships m ON m.user_id = u.id
    WHERE ${Prisma.join(parts, " AND ")}
    GROUP BY u.id, u.name, u.role
    ORDER BY u.name, u.id
    LIMIT 500`);
}
