// The public "get in touch" form and JSON API body (PRODUCT.md, stable interface). Used by the
// server to validate and by the client form, so both give the same answers. Strings are
// validated but never rewritten: what is accepted is stored exactly as sent.
import { z } from "zod";

/** Control characters (other than tab/newline in free text) and unpaired surrogates cannot be stored faithfully. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function plainText(field: { max: number; required?: boolean }) {
  const base = z
    .string({ error: "Must be text." })
    .max(field.max, { error: `Must be at most ${field.max} characters.` })
    .refine((v) => !CONTROL.test(v), { error: "Must not contain control characters." })
    .refine((v) => !LONE_SURROGATE.test(v), { error: "Contains characters that cannot be stored." });
  return field.required === false ? base : base.refine((v) => v.trim().length > 0, { error: "Required." });
}

/** BCP 47 language tag, e.g. "en", "ar", "pt-BR". */
export const languageTag = z
  .string({ error: "Must be a language code." })
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/, { error: "Must be a language code such as en, ar or pt-BR." });

export const INQUIRY_SOURCES = ["WEB_FORM", "EMBED", "API", "OTHER"] as const;

export const locationInputSchema = z
  .object({
    postalCode: plainText({ max: 20, required: false }).optional(),
    city: plainText({ max: 100, required: false }).optional(),
    // ISO 3166-1 alpha-2 code or an English country name.
    country: plainText({ max: 60, required: false }).optional(),
    lat: z.number({ error: "Must be a number." }).min(-90).max(90).optional(),
    lon: z.number({ error: "Must be a number." }).min(-180).max(180).optional(),
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), { error: "Give both lat and lon, or neither.", path: ["lat"] });

export const publicInquiryInputSchema = z
  .object({
    firstName: plainText({ max: 100 }),
    lastName: plainText({ max: 100 }),
    email: z
      .string({ error: "Required." })
      .max(254, { error: "Must be at most 254 characters." })
      .pipe(z.email({ error: "Enter a valid e-mail address." })),
    phone: plainText({ max: 40 }),
    // The language of the page the form was sent from.
    language: languageTag,
    // Another language the family prefers to be contacted in.
    otherLanguage: languageTag.nullish(),
    location: locationInputSchema.nullish(),
    siteId: z.uuid({ error: "Unknown study center." }).nullish(),
    consent: z.literal(true, { error: "Consent is needed so the research team may contact you." }),
    source: z.enum(INQUIRY_SOURCES).optional(),
    // Abuse checks from the web form: a field people never see, and when the form was shown.
    website: z.string().max(200).optional(),
    formShownAt: z.number().int().nonnegative().optional(),
  })
  .strict();

export type PublicInquiryInput = z.infer<typeof publicInquiryInputSchema>;

/** The 201 answer. */
export type PublicInquiryCreated = {
  id: string;
  site: { id: string; name: string; city: string; country: string; distanceKm: number | null } | null;
  language: string;
};
