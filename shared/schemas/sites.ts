// Admin editing of sites (PRODUCT.md "Administration"). The server also checks working hours with
// validateWorkingHours (overlaps, "24:00" only as an end) and reports problems per field.
import { z } from "zod";

export const SITE_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type SiteWeekday = (typeof SITE_WEEKDAYS)[number];
export type SiteWorkingHours = Partial<Record<SiteWeekday, Array<[string, string]>>>;

const supportedZones = new Set<string>(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);

/** IANA names the runtime knows; "UTC" and older aliases (e.g. Asia/Calcutta) are accepted too. */
export function isKnownTimeZone(value: string): boolean {
  if (supportedZones.has(value) || value === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/");
  } catch {
    return false;
  }
}

const max = (n: number) => ({ error: `Must be at most ${n} characters.` });
const optionalText = (n: number) =>
  z
    .string()
    .trim()
    .max(n, max(n))
    .nullish()
    .transform((v) => (v ? v : null));

const coordinate = (limit: number) =>
  z
    .number({ error: "Must be a number." })
    .min(-limit, { error: `Must be between -${limit} and ${limit}.` })
    .max(limit, { error: `Must be between -${limit} and ${limit}.` })
    .nullable();

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const timeRange = z.tuple([z.string().regex(TIME, { error: "Use HH:MM." }), z.string().regex(TIME, { error: "Use HH:MM." })]);

export const siteFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: "Required." }).max(200, max(200)),
  organization: optionalText(200),
  addressLine: optionalText(300),
  city: z.string().trim().min(1, { error: "Required." }).max(120, max(120)),
  state: optionalText(120),
  postalCode: optionalText(20),
  countryCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: "Use a two-letter country code (ISO 3166-1), e.g. EG." })
    .transform((v) => v.toUpperCase()),
  latitude: coordinate(90),
  longitude: coordinate(180),
  timeZone: z.string().trim().refine(isKnownTimeZone, { error: "Unknown time zone; pick one from the list." }),
  languages: z
    .array(z.string().trim().regex(/^[A-Za-z]{2}$/, { error: "Use two-letter language codes, e.g. ar." }).transform((v) => v.toLowerCase()))
    .min(1, { error: "Add at least one language." })
    .max(20, { error: "At most 20 languages." })
    .transform((list) => [...new Set(list)]),
  alertEmails: z
    .array(z.string().trim().pipe(z.email({ error: "Each alert address must be an e-mail address." })).transform((v) => v.toLowerCase()))
    .max(20, { error: "At most 20 addresses." })
    .transform((list) => [...new Set(list)]),
  phone: optionalText(40).refine((v) => v === null || /^\+?[\d\s().-]{5,40}$/.test(v), { error: "Must be a phone number." }),
  email: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine((v) => v === null || z.email().safeParse(v).success, { error: "Must be an e-mail address." }),
  weeklyCap: z.number({ error: "Must be a whole number." }).int({ error: "Must be a whole number." }).min(0, { error: "Must be 0 or more." }).max(100_000, { error: "Must be at most 100000." }).nullable(),
  workingHours: z.partialRecord(z.enum(SITE_WEEKDAYS), z.array(timeRange).max(6, { error: "At most 6 ranges a day." })),
  active: z.boolean(),
  acceptingInquiries: z.boolean(),
});
export type SiteFieldsInput = z.input<typeof siteFieldsSchema>;
export type SiteFields = z.output<typeof siteFieldsSchema>;

export const createSiteSchema = siteFieldsSchema;
export const updateSiteSchema = siteFieldsSchema.extend({ id: z.uuid() });
export type UpdateSiteInput = z.output<typeof updateSiteSchema>;
export const siteIdSchema = z.object({ id: z.uuid() });
export const adminListSitesSchema = z.object({ search: z.string().trim().max(100).optional() }).default({});

export type SiteAdminRow = {
  id: string;
  name: string;
  city: string;
  countryCode: string;
  timeZone: string;
  languages: string[];
  weeklyCap: number | null;
  active: boolean;
  acceptingInquiries: boolean;
  studies: number;
  coordinators: number;
  openInquiries: number;
};

export type SiteAdminView = SiteFields & { id: string; updatedAt: Date };
