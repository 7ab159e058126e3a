// The WHERE clause every report shares: inquiries received in the period, within the caller's
// sites (a coordinator's own sites only, whatever filter they send: another site's rows look
// like they do not exist), narrowed by the study and site filters. Spam and duplicates are not
// counted: they are not families asking to take part.
import { Prisma } from "../../generated/prisma/client";
import type { ReportFilter } from "../../../shared/schemas/reports";
import type { SessionUser } from "../../trpc/context";
import { isAdmin } from "../sites/site-access";

export function reportWhere(user: SessionUser, filter: ReportFilter, alias = "i"): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${alias}.${name}`);
  const parts: Prisma.Sql[] = [
    Prisma.sql`${col("created_at")} >= ${filter.from}`,
    Prisma.sql`${col("created_at")} < ${filter.to}`,
    Prisma.sql`${col("status")} NOT IN ('SPAM'::"InquiryStatus", 'DUPLICATE'::"InquiryStatus")`,
  ];
  if (!isAdmin(user)) parts.push(Prisma.sql`${col("site_id")} = ANY(${user.siteIds}::uuid[])`);
  if (filter.siteId) parts.push(Prisma.sql`${col("site_id")} = ${filter.siteId}::uuid`);
  if (filter.studyId) parts.push(Prisma.sql`${col("study_id")} = ${filter.studyId}::uuid`);
  return Prisma.join(parts, " AND ");
}
