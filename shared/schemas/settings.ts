// Settings admins change at run time (SLA, reminders, routing, retention): their ranges and
// defaults, shared so the settings page validates exactly as the server does.
import { z } from "zod";

export const SETTINGS_LIMITS = {
  slaWorkingHours: { min: 1, max: 24 * 14 },
  slaReminderLeadMinutes: { min: 5, max: 24 * 60 },
  routingLanguageToleranceKm: { min: 0, max: 2000 },
  retentionMonths: { min: 1, max: 120 },
  unreachableAfterAttempts: { min: 1, max: 20 },
} as const;

const L = SETTINGS_LIMITS;

// The fields without defaults: a partial save must not fill the keys it leaves out.
const fields = {
  // Time to first contact, in working hours of the site (8: one working day of a 9-to-5 site).
  slaWorkingHours: z.number().min(L.slaWorkingHours.min).max(L.slaWorkingHours.max),
  // Coordinators are reminded this long before an inquiry's first contact falls due.
  slaReminderLeadMinutes: z.number().int().min(L.slaReminderLeadMinutes.min).max(L.slaReminderLeadMinutes.max),
  // How much farther (km) a site speaking the patient's language may be than the nearest site.
  routingLanguageToleranceKm: z.number().min(L.routingLanguageToleranceKm.min).max(L.routingLanguageToleranceKm.max),
  // Months after the last activity before a closed inquiry is anonymised.
  retentionMonths: z.number().int().min(L.retentionMonths.min).max(L.retentionMonths.max),
  // Contact attempts after which "Unreachable" is suggested.
  unreachableAfterAttempts: z.number().int().min(L.unreachableAfterAttempts.min).max(L.unreachableAfterAttempts.max),
};

export const SETTINGS_DEFAULTS = {
  slaWorkingHours: 8,
  slaReminderLeadMinutes: 120,
  routingLanguageToleranceKm: 100,
  retentionMonths: 24,
  unreachableAfterAttempts: 3,
} as const;

export const settingsSchema = z.object({
  slaWorkingHours: fields.slaWorkingHours.default(SETTINGS_DEFAULTS.slaWorkingHours),
  slaReminderLeadMinutes: fields.slaReminderLeadMinutes.default(SETTINGS_DEFAULTS.slaReminderLeadMinutes),
  routingLanguageToleranceKm: fields.routingLanguageToleranceKm.default(SETTINGS_DEFAULTS.routingLanguageToleranceKm),
  retentionMonths: fields.retentionMonths.default(SETTINGS_DEFAULTS.retentionMonths),
  unreachableAfterAttempts: fields.unreachableAfterAttempts.default(SETTINGS_DEFAULTS.unreachableAfterAttempts),
});
export type Settings = z.infer<typeof settingsSchema>;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as Array<keyof Settings>;

/** A save from the settings page: any subset of the settings, each within its range. */
export const updateSettingsSchema = z.object(fields).partial().strict();
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
