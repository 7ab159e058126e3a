// The inbox's filters, sort and paging: one schema for the tRPC list, the CSV export's query
// string, saved views and the page's URL, so all four always mean the same thing.
import { z } from "zod";
import { INQUIRY_STATUSES } from "../inquiry-status";
import { SLA_STATES } from "../sla-state";
import { FOLLOW_UP_TEMPLATE_KEYS, reasonRequiredFor } from "./inquiry-actions";

export const INBOX_COLUMNS = [
  "received",
  "patient",
  "study",
  "site",
  "language",
  "status",
  "assignee",
  "sla",
  "lastActivity",
  "nextFollowUp",
] as const;
export type InboxColumn = (typeof INBOX_COLUMNS)[number];

/** Shown until the user chooses; the patient column cannot be hidden. */
export const DEFAULT_INBOX_COLUMNS: readonly InboxColumn[] = INBOX_COLUMNS;

export const INBOX_SORT_FIELDS = [
  "received",
  "patient",
  "study",
  "site",
  "language",
  "status",
  "assignee",
  "sla",
  "lastActivity",
  "nextFollowUp",
] as const;
export type InboxSortField = (typeof INBOX_SORT_FIELDS)[number];

export const PER_PAGE_OPTIONS = [25, 50, 100] as const;
/** Totals are counted up to this; beyond it the inbox says "10,000+" and stops paging. */
export const INBOX_COUNT_CAP = 10_000;

const dateOnly = z.iso.date({ error: "Use a date like 2026-11-22." });
const languageCode = z.string().regex(/^[a-z]{2,3}$/, { error: "Must be a language code." });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const inboxFiltersSchema = z.object({
  /** Free text over name, e-mail, phone, reference and team notes. */
  q: z.string().trim().max(100, { error: "Must be at most 100 characters." }).optional(),
  statuses: z.array(z.enum(INQUIRY_STATUSES)).max(INQUIRY_STATUSES.length).optional(),
  studyIds: z.array(z.uuid()).max(50).optional(),
  siteIds: z.array(z.uuid()).max(200).optional(),
  /** Include the studies' central queues (inquiries with no site); only admins see those. */
  centralQueue: z.boolean().optional(),
  /** The family's preferred language: the other language they asked for, else the page's. */
  languages: z.array(languageCode).max(20).optional(),
  /** "me", "unassigned", or a user id. */
  assignee: z.union([z.enum(["me", "unassigned"]), z.uuid()]).optional(),
  slaStates: z.array(z.enum(SLA_STATES)).max(SLA_STATES.length).optional(),
  /** First contact overdue, or the next follow-up date has passed (open inquiries only). */
  overdue: z.boolean().optional(),
  interpreterNeeded: z.boolean().optional(),
  receivedFrom: dateOnly.optional(),
  receivedTo: dateOnly.optional(),
  lastActivityFrom: dateOnly.optional(),
  lastActivityTo: dateOnly.optional(),
  nextFollowUpFrom: dateOnly.optional(),
  nextFollowUpTo: dateOnly.optional(),
  /** IANA time zone in which the dates above are days; the browser's. */
  timeZone: z.string().max(64).refine(isTimeZone, { error: "Unknown time zone." }).optional(),
});
export type InboxFilters = z.infer<typeof inboxFiltersSchema>;

export const inboxSortSchema = z.object({
  field: z.enum(INBOX_SORT_FIELDS).default("received"),
  dir: z.enum(["asc", "desc"]).default("desc"),
});
export type InboxSort = z.infer<typeof inboxSortSchema>;

export const inboxListSchema = z
  .object({
    filters: inboxFiltersSchema.default({}),
    sort: inboxSortSchema.default({ field: "received", dir: "desc" }),
    page: z.number().int().min(1).default(1),
    perPage: z.number().int().min(1).max(100).default(25),
  })
  .refine((v) => (v.page - 1) * v.perPage < INBOX_COUNT_CAP, {
    error: "Narrow the filters to see further pages.",
    path: ["page"],
  });
export type InboxListInput = z.input<typeof inboxListSchema>;

export const inboxExportSchema = z.object({ filters: inboxFiltersSchema.default({}), sort: inboxSortSchema.default({ field: "received", dir: "desc" }) });

// Saved views: the user's own, by name; the built-in ones are defined below, not stored.
export const savedViewStateSchema = z.object({
  filters: inboxFiltersSchema,
  columns: z.array(z.enum(INBOX_COLUMNS)).max(INBOX_COLUMNS.length),
  sort: inboxSortSchema,
});

export const saveViewSchema = savedViewStateSchema.extend({
  /** Present: update that view (it must be the caller's). */
  id: z.uuid().optional(),
  name: z.string().trim().min(1, { error: "Name the view." }).max(60, { error: "Must be at most 60 characters." }),
});
export type SaveViewInput = z.input<typeof saveViewSchema>;

export const viewIdSchema = z.object({ id: z.uuid() });
export const setColumnsSchema = z.object({ columns: z.array(z.enum(INBOX_COLUMNS)).min(1).max(INBOX_COLUMNS.length) });

export const BUILT_IN_VIEWS = ["myNew", "unassigned", "overdue", "needsInterpreter"] as const;
export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];

const OPEN_STATUSES = ["NEW", "ATTEMPTING_CONTACT", "CONTACTED", "PRE_SCREENING", "ELIGIBLE", "SCHEDULED", "UNREACHABLE"] as const;

export const BUILT_IN_VIEW_FILTERS: Record<BuiltInView, InboxFilters> = {
  myNew: { assignee: "me", statuses: ["NEW"] },
  unassigned: { assignee: "unassigned", statuses: [...OPEN_STATUSES] },
  overdue: { overdue: true },
  needsInterpreter: { interpreterNeeded: true, statuses: [...OPEN_STATUSES] },
};

// ---------------------------------------------------------------------------------------------
// Query-string form (page URL and CSV export): lists are comma-separated, booleans "1".
// ---------------------------------------------------------------------------------------------

const LIST_KEYS = ["statuses", "studyIds", "siteIds", "languages", "slaStates"] as const;
const BOOLEAN_KEYS = ["centralQueue", "overdue", "interpreterNeeded"] as const;
const TEXT_KEYS = [
  "q",
  "assignee",
  "receivedFrom",
  "receivedTo",
  "lastActivityFrom",
  "lastActivityTo",
  "nextFollowUpFrom",
  "nextFollowUpTo",
  "timeZone",
] as const;

export function filtersToSearchParams(filters: InboxFilters, params = new URLSearchParams()): URLSearchParams {
  for (const key of LIST_KEYS) {
    const list = filters[key];
    if (list && list.length > 0) params.set(key, list.join(","));
  }
  for (const key of BOOLEAN_KEYS) if (filters[key]) params.set(key, "1");
  for (const key of TEXT_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** Raw values, to be checked with inboxFiltersSchema (the server) or safeParse (the page). */
export function filtersFromSearchParams(params: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value.split(",").filter(Boolean);
  }
  for (const key of BOOLEAN_KEYS) {
    const value = params.get(key);
    if (value === "1" || value === "true") raw[key] = true;
  }
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  return raw;
}

export function sortToSearchParams(sort: InboxSort, params = new URLSearchParams()): URLSearchParams {
  if (sort.field !== "received" || sort.dir !== "desc") params.set("sort", `${sort.field}.${sort.dir}`);
  return params;
}

export function sortFromSearchParams(params: URLSearchParams): InboxSort {
  const [field, dir] = (params.get("sort") ?? "").split(".");
  const parsed = inboxSortSchema.safeParse({ field: field || undefined, dir: dir || undefined });
  return parsed.success ? parsed.data : { field: "received", dir: "desc" };
}

// ---------------------------------------------------------------------------------------------
// Bulk actions on selected rows: each row goes through the inquiry page's own use case.
// ---------------------------------------------------------------------------------------------

export const MAX_BULK = 100;
const bulkIds = z
  .array(z.uuid())
  .min(1, { error: "Select at least one inquiry." })
  .max(MAX_BULK, { error: `Select at most ${MAX_BULK} inquiries at a time.` });

export const bulkStatusSchema = z
  .object({ ids: bulkIds, to: z.enum(INQUIRY_STATUSES), reason: z.string().trim().max(1000, { error: "Must be at most 1,000 characters." }).optional() })
  .superRefine((value, ctx) => {
    if (reasonRequiredFor(value.to) && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for this status." });
  });
export type BulkStatusInput = z.input<typeof bulkStatusSchema>;

export const bulkAssignSchema = z.object({ ids: bulkIds, assigneeId: z.uuid().nullable() });
export type BulkAssignInput = z.input<typeof bulkAssignSchema>;

export const bulkEmailDraftSchema = z.object({
  ids: bulkIds,
  templateKey: z.enum(FOLLOW_UP_TEMPLATE_KEYS),
  inputs: z.record(z.string(), z.string().max(300, { error: "Must be at most 300 characters." })).default({}),
});
export type BulkEmailDraftInput = z.input<typeof bulkEmailDraftSchema>;

export const bulkEmailSchema = bulkEmailDraftSchema.extend({
  /** One per bulk send; with the inquiry's id it makes each family's message once. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "Invalid request key." }),
});
export type BulkEmailInput = z.input<typeof bulkEmailSchema>;
