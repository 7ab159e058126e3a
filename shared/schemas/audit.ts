// Inputs of the audit log procedures (admins only).
import { z } from "zod";

const filterText = z.string().trim().max(200).optional();

export const auditListSchema = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    perPage: z.number().int().min(1).max(100).default(25),
    actorId: z.uuid().optional(),
    action: filterText,
    entityType: filterText,
    entityId: filterText,
    siteId: z.uuid().optional(),
    /** Inclusive bounds on the entry's time. */
    from: z.date().optional(),
    to: z.date().optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], error: "The end is before the start." });

export const auditEntryIdSchema = z.object({ id: z.uuid() });

export type AuditListInput = z.infer<typeof auditListSchema>;
