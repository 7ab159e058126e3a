// Inputs of the e-mail admin procedures (templates and outbox). Template keys and languages are
// checked against the server's catalogue; here only their shape.
import { z } from "zod";

export const EMAIL_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED", "BOUNCED"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const templateRefSchema = z.object({
  key: z.string().min(1).max(100),
  locale: z.string().regex(/^[a-z]{2}$/, { error: "Must be a two-letter language code." }),
});

export const templateContentSchema = z.object({
  subject: z.string().max(300, { error: "Must be at most 300 characters." }),
  html: z.string().max(100_000, { error: "Must be at most 100,000 characters." }),
  text: z.string().max(50_000, { error: "Must be at most 50,000 characters." }),
});

export const templateDraftSchema = templateRefSchema.extend(templateContentSchema.shape);

export const saveTemplateSchema = templateDraftSchema.extend({
  /** The version the editor started from; saving over a newer one is refused. 0: none yet. */
  baseVersion: z.number().int().min(0),
});

export const templateVersionSchema = templateRefSchema.extend({ version: z.number().int().min(1) });

export const outboxListSchema = z.object({
  page: z.number().int().min(1).default(1),
  perPage: z.number().int().min(1).max(100).default(25),
  status: z.enum(EMAIL_STATUSES).optional(),
});

export const outboxMessageSchema = z.object({ id: z.uuid() });
