// A user's own inbox views (filters, columns, sort) and their column choice. Views belong to one
// user: another user's view looks like one that does not exist.
import { Prisma } from "../../generated/prisma/client";
import {
  inboxFiltersSchema,
  inboxSortSchema,
  INBOX_COLUMNS,
  type InboxColumn,
  type InboxFilters,
  type InboxSort,
  type SaveViewInput,
  saveViewSchema,
} from "../../../shared/schemas/inbox";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";

export type SavedInboxView = { id: string; name: string; filters: InboxFilters; columns: InboxColumn[]; sort: InboxSort };

const MAX_VIEWS = 50;
const isColumn = (c: unknown): c is InboxColumn => (INBOX_COLUMNS as readonly unknown[]).includes(c);

// Stored views may predate today's schema: keep what still parses rather than failing the page.
function toView(row: { id: string; name: string; filters: unknown; columns: string[]; sort: unknown }): SavedInboxView {
  const filters = inboxFiltersSchema.safeParse(row.filters);
  const sort = inboxSortSchema.safeParse(row.sort);
  return {
    id: row.id,
    name: row.name,
    filters: filters.success ? filters.data : {},
    columns: row.columns.filter(isColumn),
    sort: sort.success ? sort.data : { field: "received", dir: "desc" },
  };
}

export async function listSavedViews(db: Db, user: SessionUser) {
  const [views, prefs] = await Promise.all([
    db.savedView.findMany({ where: { userId: user.id }, orderBy: { name: "asc" }, select: { id: true, name: true, filters: true, columns: true, sort: true } }),
    db.$queryRaw<[{ columns: unknown }?]>`SELECT preferences->'inbox'->'columns' AS columns FROM users WHERE id = ${user.id}::uuid`,
  ]);
  const stored = prefs[0]?.columns;
  const columns = Array.isArray(stored) ? stored.filter(isColumn) : null;
  return { views: views.map(toView), columns: columns && columns.length > 0 ? columns : null };
}

function nameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function saveView(db: Db, user: SessionUser, rawInput: SaveViewInput): Promise<SavedInboxView> {
  const input = saveViewSchema.parse(rawInput);
  const data = {
    name: input.name,
    filters: input.filters as Prisma.InputJsonValue,
    columns: input.columns,
    sort: input.sort as Prisma.InputJsonValue,
  };
  const select = { id: true, name: true, filters: true, columns: true, sort: true } as const;
  try {
    if (input.id) {
      const updated = await db.savedView.updateMany({ where: { id: input.id, userId: user.id }, data });
      if (updated.count === 0) throw new AppError("NOT_FOUND", { userMessage: "This view does not exist." });
      return toView(await db.savedView.findUniqueOrThrow({ where: { id: input.id }, select }));
    }
    const count = await db.savedView.count({ where: { userId: user.id } });
    if (count >= MAX_VIEWS) throw new AppError("CONFLICT", { userMessage: `You can keep up to ${MAX_VIEWS} views. Delete one first.` });
    return toView(await db.savedView.create({ data: { ...data, userId: user.id }, select }));
  } catch (error) {
    if (nameTaken(error)) {
      const message = "You already have a view with this name.";
      throw new AppError("CONFLICT", { userMessage: message, fieldErrors: { name: [message] } });
    }
    throw error;
  }
}

export async function deleteView(db: Db, user: SessionUser, id: string): Promise<{ id: string }> {
  const deleted = await db.savedView.deleteMany({ where: { id, userId: user.id } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", { userMessage: "This view does not exist." });
  return { id };
}

/** Kept in users.preferences.inbox.columns, leaving the other preferences as they are. */
export async function setInboxColumns(db: Db, user: SessionUser, columns: InboxColumn[]): Promise<{ columns: InboxColumn[] }> {
  const unique = [...new Set(columns)];
  await db.$executeRaw`UPDATE users
    SET preferences = coalesce(preferences, '{}'::jsonb)
      || jsonb_build_object('inbox', coalesce(preferences->'inbox', '{}'::jsonb) || jsonb_build_object('columns', ${JSON.stringify(unique)}::jsonb))
    WHERE id = ${user.id}::uuid`;
  return { columns: unique };
}
