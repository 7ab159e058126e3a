// Settings admins can change at run time, stored as JSON rows in `settings` over code defaults.
import type { Db, Tx } from "../../db/prisma";
import { settingsSchema, type Settings } from "../../../shared/schemas/settings";

// The schema (ranges, defaults) lives in shared/ so the settings page validates the same way.
export { settingsSchema, type Settings };

export const SETTINGS_KEY = "app";

export async function getSettings(db: Db | Tx): Promise<Settings> {
  const row = await db.setting.findUnique({ where: { key: SETTINGS_KEY } });
  return settingsFromStored(row?.value);
}

/** Stored values over defaults, key by key: one out-of-range value does not reset the others. */
export function settingsFromStored(value: unknown): Settings {
  const stored = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse(stored[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return settingsSchema.parse(out);
}

/** A secret kept in the database so every server process behind a load balancer shares it. */
export async function getOrCreateSecret(db: Db, key: string, create: () => string): Promise<string> {
  const settingKey = `secret:${key}`;
  await db.setting.createMany({ data: [{ key: settingKey, value: create() }], skipDuplicates: true });
  const row = await db.setting.findUniqueOrThrow({ where: { key: settingKey } });
  return row.value as string;
}
