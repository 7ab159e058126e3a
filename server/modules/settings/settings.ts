// Settings admins can change at run time, stored as JSON rows in `settings` over code defaults.
import { z } from "zod";
import type { Db } from "../../db/prisma";

export const settingsSchema = z.object({
  // Time to first contact, in working hours of the site.
  slaWorkingHours: z.number().min(1).max(24 * 14).default(8),
  // How much farther (km) a site speaking the patient's language may be than the nearest site.
  routingLanguageToleranceKm: z.number().min(0).max(2000).default(100),
  // Months after the last activity before a closed inquiry is anonymised.
  retentionMonths: z.number().int().min(1).max(120).default(24),
  // Contact attempts after which "Unreachable" is suggested.
  unreachableAfterAttempts: z.number().int().min(1).max(20).default(3),
});
export type Settings = z.infer<typeof settingsSchema>;

const SETTINGS_KEY = "app";

export async function getSettings(db: Db): Promise<Settings> {
  const row = await db.setting.findUnique({ where: { key: SETTINGS_KEY } });
  const stored = settingsSchema.partial().safeParse(row?.value ?? {});
  return settingsSchema.parse(stored.success ? stored.data : {});
}

/** A secret kept in the database so every server process behind a load balancer shares it. */
export async function getOrCreateSecret(db: Db, key: string, create: () => string): Promise<string> {
  const settingKey = `secret:${key}`;
  await db.setting.createMany({ data: [{ key: settingKey, value: create() }], skipDuplicates: true });
  const row = await db.setting.findUniqueOrThrow({ where: { key: settingKey } });
  return row.value as string;
}
