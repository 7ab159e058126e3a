// What a caller may filter the reports by: the studies with inquiries at their sites, and their
// sites (every site for admins).
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { isAdmin } from "../sites/site-access";

export async function reportOptions(db: Db, user: SessionUser) {
  const admin = isAdmin(user);
  const [sites, studies] = await Promise.all([
    db.$queryRaw<Array<{ id: string; name: string; city: string; countryCode: string }>>`
      SELECT id, name, city, country_code AS "countryCode" FROM sites
      WHERE ${admin} OR id = ANY(${user.siteIds}::uuid[])
      ORDER BY country_code, name`,
    db.$queryRaw<Array<{ id: string; title: string; nctId: string }>>`
      SELECT st.id, st.title, st.nct_id AS "nctId" FROM studies st
      WHERE ${admin} OR EXISTS (SELECT 1 FROM study_sites ss WHERE ss.study_id = st.id AND ss.site_id = ANY(${user.siteIds}::uuid[]))
      ORDER BY st.title`,
  ]);
  return { sites, studies };
}
