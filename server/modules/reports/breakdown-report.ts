// Inquiries received in the period by the language the family prefers (the other language they
// named, else the page's; primary subtag) and by source (web form, embed, API...).
import type { CountRow, ReportFilter } from "../../../shared/schemas/reports";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { reportWhere } from "./report-scope";

export async function breakdownReport(db: Db, user: SessionUser, filter: ReportFilter): Promise<{ languages: CountRow[]; sources: CountRow[] }> {
  const rows = await db.$queryRaw<Array<{ language: string | null; source: string | null; count: bigint }>>`
    SELECT l.language, i.source::text AS source, count(*) AS count
    FROM inquiries i
    CROSS JOIN LATERAL (SELECT split_part(lower(COALESCE(i.other_language, i.language)), '-', 1) AS language) l
    WHERE ${reportWhere(user, filter)}
    GROUP BY GROUPING SETS ((l.language), (i.source))
    ORDER BY count DESC, l.language, source`;
  const languages: CountRow[] = [];
  const sources: CountRow[] = [];
  for (const r of rows) {
    if (r.language !== null) languages.push({ key: r.language, count: Number(r.count) });
    else if (r.source !== null) sources.push({ key: r.source, count: Number(r.count) });
  }
  return { languages, sources };
}
