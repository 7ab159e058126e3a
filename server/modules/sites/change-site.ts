// Admins create and edit sites. The change and its audit row (ids and field names only) are
// written in one transaction. Changing working hours or the time zone applies to new inquiries:
// due times already computed are not rewritten (the UI says so).
import type { Prisma } from "../../generated/prisma/client";
import type { SiteAdminView, SiteFields, UpdateSiteInput } from "../../../shared/schemas/sites";
import type { Db, Tx } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { validateWorkingHours, type WorkingHours } from "../sla/working-hours";

export type RequestMeta = { ip?: string | null; userAgent?: string | null };

export const siteAdminSelect = {
  id: true, name: true, organization: true, addressLine: true, city: true, state: true, postalCode: true, countryCode: true,
  latitude: true, longitude: true, timeZone: true, languages: true, alertEmails: true, phone: true, email: true,
  weeklyCap: true, workingHours: true, active: true, acceptingInquiries: true, updatedAt: true,
} as const;

const FIELDS = Object.keys(siteAdminSelect).filter((k) => k !== "id" && k !== "updatedAt") as Array<keyof SiteFields>;

function checkedHours(input: SiteFields): WorkingHours {
  const check = validateWorkingHours(input.workingHours);
  if (!check.ok) throw new AppError("INVALID_INPUT", { userMessage: "The working hours need your attention.", fieldErrors: { workingHours: check.problems } });
  // Days without ranges are dropped so "closed" is stored one way.
  return Object.fromEntries(Object.entries(check.value).filter(([, ranges]) => ranges.length > 0));
}

function toData(input: SiteFields, workingHours: WorkingHours) {
  const { workingHours: _ignored, ...rest } = input;
  return { ...rest, workingHours: workingHours as Prisma.InputJsonValue };
}

export async function getSiteAdmin(db: Db | Tx, id: string): Promise<SiteAdminView> {
  const site = await db.site.findUnique({ where: { id }, select: siteAdminSelect });
  if (!site) throw new AppError("NOT_FOUND", { userMessage: "Site not found." });
  return { ...site, workingHours: (site.workingHours ?? {}) as SiteFields["workingHours"] };
}

export async function createSite(db: Db, user: SessionUser, input: SiteFields, meta: RequestMeta = {}): Promise<SiteAdminView> {
  const workingHours = checkedHours(input);
  return db.$transaction(async (tx) => {
    const { id } = await tx.site.create({ data: toData(input, workingHours), select: { id: true } });
    await recordAudit(tx, { actor: user, action: "site.create", entityType: "Site", entityId: id, siteId: id, ip: meta.ip, userAgent: meta.userAgent });
    return getSiteAdmin(tx, id);
  });
}

export async function updateSite(db: Db, user: SessionUser, input: UpdateSiteInput, meta: RequestMeta = {}): Promise<SiteAdminView> {
  const { id, ...fields } = input;
  const workingHours = checkedHours(fields);
  return db.$transaction(async (tx) => {
    // Locks the row so two admins saving at once do not interleave their changes.
    const found = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sites WHERE id = ${id}::uuid FOR UPDATE`;
    if (found.length === 0) throw new AppError("NOT_FOUND", { userMessage: "Site not found." });
    const before = await getSiteAdmin(tx, id);
    const data = toData(fields, workingHours);
    const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify((data as Record<string, unknown>)[f]));
    if (changed.length === 0) return before;
    await tx.site.update({ where: { id }, data });
    await recordAudit(tx, { actor: user, action: "site.update", entityType: "Site", entityId: id, siteId: id, ip: meta.ip, userAgent: meta.userAgent, metadata: { fields: changed } });
    return getSiteAdmin(tx, id);
  });
}
