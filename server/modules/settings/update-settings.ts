// Saves settings an admin changed: the new values over the stored ones, and one audit row per
// changed setting (its name, old and new value: numbers, never personal data), in one transaction.
import type { Prisma } from "../../generated/prisma/client";
import { SETTING_KEYS, updateSettingsSchema, type Settings, type UpdateSettingsInput } from "../../../shared/schemas/settings";
import type { Db } from "../../db/prisma";
import { AppError } from "../../lib/app-error";
import type { SessionUser } from "../../trpc/context";
import { recordAudit } from "../audit/record-audit";
import { SETTINGS_KEY, settingsFromStored } from "./settings";

export type UpdateSettingsResult = { settings: Settings; changed: Array<keyof Settings> };

export async function updateSettings(
  db: Db,
  user: SessionUser,
  input: UpdateSettingsInput,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<UpdateSettingsResult> {
  // The router validated already; checked again so a direct caller cannot store out-of-range values.
  const parsed = updateSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "settings"] ??= []).push(issue.message);
    throw new AppError("INVALID_INPUT", { fieldErrors });
  }
  return db.$transaction(async (tx) => {
    // Locks the row (or, before the first save, serialises on the insert) so two admins saving
    // at once each see the other's values and audit what they really changed.
    await tx.setting.upsert({ where: { key: SETTINGS_KEY }, create: { key: SETTINGS_KEY, value: {} }, update: {} });
    const [row] = await tx.$queryRaw<Array<{ value: unknown }>>`SELECT value FROM settings WHERE key = ${SETTINGS_KEY} FOR UPDATE`;
    const before = settingsFromStored(row?.value);
    const after: Settings = { ...before, ...parsed.data };
    const changed = SETTING_KEYS.filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return { settings: before, changed };
    await tx.setting.update({ where: { key: SETTINGS_KEY }, data: { value: after as unknown as Prisma.InputJsonValue, updatedById: user.id } });
    for (const key of changed) {
      await recordAudit(tx, {
        actor: user,
        action: "settings.update",
        entityType: "Setting",
        entityId: key,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { setting: key, from: before[key], to: after[key] },
      });
    }
    return { settings: after, changed };
  });
}
