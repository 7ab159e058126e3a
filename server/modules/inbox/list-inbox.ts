// The inbox: one page of the inquiries the caller may see, filtered, sorted, with a capped total.
// One SQL statement (page and count together) because each round trip through Prisma costs CPU.
import { Prisma } from "../../generated/prisma/client";
import { INBOX_COUNT_CAP, inboxListSchema, type InboxListInput } from "../../../shared/schemas/inbox";
import type { InquiryStatus } from "../../../shared/inquiry-status";
import type { SlaState } from "../../../shared/sla-state";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { inboxConditionsSql, inboxOrderSql, slaStateSql } from "./inbox-sql";

export type InboxRow = {
  id: string;
  reference: string;
  createdAt: Date;
  firstName: string;
  lastName: string;
  studyId: string;
  studyTitle: string;
  studyAcronym: string | null;
  siteId: string | null;
  siteName: string | null;
  language: string;
  otherLanguage: string | null;
  interpreterNeeded: boolean;
  status: InquiryStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  slaState: SlaState;
  slaDueAt: Date | null;
  firstContactAt: Date | null;
  lastActivityAt: Date;
  nextFollowUpAt: Date | null;
};

type JsonRow = Omit<InboxRow, "createdAt" | "slaDueAt" | "firstContactAt" | "lastActivityAt" | "nextFollowUpAt"> & {
  createdAt: string;
  slaDueAt: string | null;
  firstContactAt: string | null;
  lastActivityAt: string;
  nextFollowUpAt: string | null;
};

/** What the page reads of an inquiry (and its ORDER BY): a search's matches keep only these. */
const INQUIRY_COLUMNS = Prisma.raw(
  ["id", "reference", "created_at", "first_name", "last_name", "study_id", "site_id", "language", "other_language", "interpreter_needed",
    "status", "assignee_id", "sla_due_at", "first_contact_at", "last_activity_at", "next_follow_up_at"].map((c) => `i.${c}`).join(", "),
);

const date = (v: string | null) => (v === null ? null : new Date(v));

export async function listInbox(db: Db, user: SessionUser, rawInput: InboxListInput, now: Date = new Date()) {
  const input = inboxListSchema.parse(rawInput);
  const { page, perPage } = input;
  const empty = { rows: [] as InboxRow[], total: 0, totalCapped: false, page, perPage, pageCount: 1 };
  if (user.role !== "ADMIN" && user.siteIds.length === 0) return empty;

  const conditions = inboxConditionsSql(user, input.filters, now);
  const pageOf = (source: Prisma.Sql, where: Prisma.Sql) => Prisma.sql`
      SELECT i.id, i.reference, i.created_at AS "createdAt", i.first_name AS "firstName", i.last_name AS "lastName",
        i.study_id AS "studyId", s.title AS "studyTitle", s.acronym AS "studyAcronym",
        i.site_id AS "siteId", st.name AS "siteName", i.language, i.other_language AS "otherLanguage",
        i.interpreter_needed AS "interpreterNeeded", i.status, i.assignee_id AS "assigneeId", u.name AS "assigneeName",
        ${slaStateSql(now)} AS "slaState", i.sla_due_at AS "slaDueAt", i.first_contact_at AS "firstContactAt",
        i.last_activity_at AS "lastActivityAt", i.next_follow_up_at AS "nextFollowUpAt"
      FROM ${source}
        JOIN studies s ON s.id = i.study_id
        LEFT JOIN sites st ON st.id = i.site_id
        LEFT JOIN users u ON u.id = i.assignee_id
      WHERE ${where}
      ${inboxOrderSql(input.sort)}
      LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;
  const cap = INBOX_COUNT_CAP + 1;
  // A search reads the trigram index once, into at most `cap` matches that give the count. When
  // those are all the matches, the page comes from them; a common term (more matches) is paged
  // from the indexes in order instead, which stops after one page.
  const sql = input.filters.q?.trim()
    ? Prisma.sql`
      WITH matched AS MATERIALIZED (SELECT ${INQUIRY_COLUMNS} FROM inquiries i WHERE ${conditions} LIMIT ${cap}),
      counted AS (SELECT count(*)::int AS n FROM matched),
      page AS (
        (${pageOf(Prisma.sql`matched i`, Prisma.sql`(SELECT n FROM counted) < ${cap}`)})
        UNION ALL
        (${pageOf(Prisma.sql`inquiries i`, Prisma.sql`${conditions} AND (SELECT n FROM counted) >= ${cap}`)})
      )
      SELECT (SELECT n FROM counted) AS total, (SELECT json_agg(page) FROM page) AS rows`
    : Prisma.sql`
      WITH page AS (${pageOf(Prisma.sql`inquiries i`, conditions)})
      SELECT
        (SELECT count(*)::int FROM (SELECT 1 FROM inquiries i WHERE ${conditions} LIMIT ${cap}) capped) AS total,
        (SELECT json_agg(page) FROM page) AS rows`;
  const [result] = await db.$queryRaw<[{ total: number; rows: JsonRow[] | null }]>(sql);

  const counted = result?.total ?? 0;
  const total = Math.min(counted, INBOX_COUNT_CAP);
  const rows: InboxRow[] = (result?.rows ?? []).map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt),
    slaDueAt: date(r.slaDueAt),
    firstContactAt: date(r.firstContactAt),
    lastActivityAt: new Date(r.lastActivityAt),
    nextFollowUpAt: date(r.nextFollowUpAt),
  }));
  return { rows, total, totalCapped: counted > INBOX_COUNT_CAP, page, perPage, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}
