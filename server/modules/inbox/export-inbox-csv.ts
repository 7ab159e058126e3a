// CSV export of the inbox's current filter. Rows come from a database cursor a batch at a time and
// go out as they are read, so memory stays flat whatever the row count; a slow reader slows the
// fetching (`write` may return a promise that resolves when the socket drains).
import { stringify } from "csv-stringify/sync";
import { Prisma } from "../../generated/prisma/client";
import { inboxExportSchema, type InboxFilters, type InboxSort } from "../../../shared/schemas/inbox";
import type { Db } from "../../db/prisma";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { inboxFromSql, inboxOrderSql, inboxWhereSql, slaStateSql } from "./inbox-sql";

export const CSV_HEADER = [
  "Reference", "Received", "First name", "Last name", "Email", "Phone", "Study", "NCT ID", "Site",
  "Language", "Other language", "Interpreter needed", "Status", "Assignee", "SLA state", "SLA due",
  "First contact", "Last activity", "Next follow-up",
];

const BATCH = 500;
/** A file of a million rows takes minutes over a slow link; past this the export is cut off. */
const MAX_EXPORT_MS = 15 * 60 * 1000;

/** Spreadsheets run cells starting with these as formulas; an apostrophe makes them text. */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type CsvRow = Record<string, string | boolean | Date | null>;

function cells(r: CsvRow): string[] {
  return [
    r.reference, r.createdAt, r.firstName, r.lastName, r.email, r.phone, r.studyTitle, r.nctId, r.siteName,
    r.language, r.otherLanguage, r.interpreterNeeded ? "yes" : "no", r.status, r.assigneeName, r.slaState,
    r.slaDueAt, r.firstContactAt, r.lastActivityAt, r.nextFollowUpAt,
  ].map((v) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : neutralizeFormula(String(v))));
}

export type ExportOptions = { sort?: InboxSort; now?: Date; meta?: { ip?: string | null; userAgent?: string | null } };

/** How many rows the export will hold (exact, for the progress bar). */
export async function countInboxExport(db: Db, user: SessionUser, filters: InboxFilters, now: Date = new Date()): Promise<number> {
  if (user.role !== "ADMIN" && user.siteIds.length === 0) return 0;
  const [row] = await db.$queryRaw<[{ n: number }]>(Prisma.sql`SELECT count(*)::int AS n FROM inquiries i ${inboxWhereSql(user, filters, now)}`);
  return row?.n ?? 0;
}

export async function streamInboxCsv(
  db: Db,
  user: SessionUser,
  rawFilters: InboxFilters,
  write: (chunk: string) => void | Promise<void>,
  opts: ExportOptions = {},
): Promise<{ rows: number }> {
  const { filters, sort } = inboxExportSchema.parse({ filters: rawFilters, sort: opts.sort });
  const now = opts.now ?? new Date();
  // The BOM lets spreadsheet programs read UTF-8 (Arabic names) correctly.
  await write(`\uFEFF${stringify([CSV_HEADER])}`);
  if (user.role !== "ADMIN" && user.siteIds.length === 0) return { rows: 0 };

  let rows = 0;
  let completed = false;
  try {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SET TRANSACTION READ ONLY`;
        await tx.$executeRaw(Prisma.sql`DECLARE inbox_export NO SCROLL CURSOR FOR
          SELECT i.reference, i.created_at AS "createdAt", i.first_name AS "firstName", i.last_name AS "lastName",
            i.email, i.phone, s.title AS "studyTitle", s.nct_id AS "nctId", st.name AS "siteName", i.language,
            i.other_language AS "otherLanguage", i.interpreter_needed AS "interpreterNeeded", i.status::text AS status,
            u.name AS "assigneeName", ${slaStateSql(now)} AS "slaState", i.sla_due_at AS "slaDueAt",
            i.first_contact_at AS "firstContactAt", i.last_activity_at AS "lastActivityAt", i.next_follow_up_at AS "nextFollowUpAt"
          ${inboxFromSql}
          ${inboxWhereSql(user, filters, now)}
          ${inboxOrderSql(sort)}`);
        for (;;) {
          const batch = await tx.$queryRaw<CsvRow[]>(Prisma.sql`FETCH ${Prisma.raw(String(BATCH))} FROM inbox_export`);
          if (batch.length > 0) await write(stringify(batch.map(cells)));
          rows += batch.length;
          if (batch.length < BATCH) break;
        }
      },
      { maxWait: 10_000, timeout: MAX_EXPORT_MS },
    );
    completed = true;
  } finally {
    // Who took which rows out, even when the download was interrupted; never the search term.
    await recordAudit(db, {
      actor: user,
      action: "inquiry.export",
      entityType: "Inquiry",
      ip: opts.meta?.ip,
      userAgent: opts.meta?.userAgent,
      metadata: { rows, completed, filters: Object.keys(filters).filter((k) => k !== "q"), searched: Boolean(filters.q), sort },
    });
  }
  return { rows };
}
