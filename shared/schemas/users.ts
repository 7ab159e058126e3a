// Inputs of the user administration and invitation procedures, shared with the client forms.
import { z } from "zod";
import { ROLES } from "../permissions";

/** Same bounds as better-auth's emailAndPassword.minPasswordLength / maxPasswordLength. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

/** Languages an invitation e-mail can be written in (the e-mail template languages). */
export const ACCOUNT_LOCALES = ["en", "ar", "es", "fr"] as const;

const roleSchema = z.enum(ROLES);
const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email({ error: "Enter a valid e-mail address." }));

export const inviteUserSchema = z
  .object({
    email: emailSchema,
    role: roleSchema,
    siteIds: z.array(z.uuid()).max(500),
    locale: z.enum(ACCOUNT_LOCALES).default("en"),
  })
  .refine((v) => v.role === "ADMIN" || v.siteIds.length > 0, {
    path: ["siteIds"],
    error: "A coordinator needs at least one site.",
  });

export const invitationIdSchema = z.object({ id: z.uuid() });

/** The secret from the e-mailed link (base64url of 32 random bytes). */
export const invitationTokenSchema = z.object({ token: z.string().min(16).max(200) });

export const acceptInvitationSchema = invitationTokenSchema.extend({
  name: z.string().trim().min(1, { error: "Enter your name." }).max(120, { error: "Use at most 120 characters." }),
  password: passwordSchema,
  locale: z.enum(ACCOUNT_LOCALES).optional(),
});

export const userIdSchema = z.object({ userId: z.uuid() });

export const updateUserAccessSchema = z
  .object({
    userId: z.uuid(),
    role: roleSchema,
    /** The complete list of memberships after the change; `notify`: receives the site's alerts. */
    sites: z.array(z.object({ siteId: z.uuid(), notify: z.boolean() })).max(500),
  })
  .refine((v) => new Set(v.sites.map((s) => s.siteId)).size === v.sites.length, { path: ["sites"], error: "A site is listed twice." })
  .refine((v) => v.role === "ADMIN" || v.sites.length > 0, { path: ["sites"], error: "A coordinator needs at least one site." });

export const setUserActiveSchema = z.object({ userId: z.uuid(), active: z.boolean() });

export type InviteUserInput = z.infer<typeof inviteUserSchema>;
export type UpdateUserAccessInput = z.infer<typeof updateUserAccessSchema>;
