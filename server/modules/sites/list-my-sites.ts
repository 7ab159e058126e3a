import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { siteWhereForUser } from "./site-access";

export const siteSummarySelect = {
  id: true,
  name: true,
  city: true,
  countryCode: true,
  timeZone: true,
  languages: true,
  active: true,
  acceptingInquiries: true,
} as const;

export async function listMySites(db: Db, user: SessionUser) {
  return db.site.findMany({ where: siteWhereForUser(user), select: siteSummarySelect, orderBy: [{ countryCode: "asc" }, { name: "asc" }] });
}
