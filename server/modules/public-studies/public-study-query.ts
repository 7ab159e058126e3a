// Query parameters of the public study endpoints, parsed leniently but strictly typed.
import { z } from "zod";

const STATUSES = ["NOT_YET_RECRUITING", "RECRUITING", "ENROLLING_BY_INVITATION", "ACTIVE_NOT_RECRUITING", "SUSPENDED", "TERMINATED", "COMPLETED", "WITHDRAWN", "UNKNOWN"] as const;
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const pointQuerySchema = z
  .object({
    lat: z.preprocess(emptyToUndefined, z.coerce.number().min(-90).max(90).optional()),
    lon: z.preprocess(emptyToUndefined, z.coerce.number().min(-180).max(180).optional()),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), { error: "Give both lat and lon, or neither.", path: ["lat"] });

export const listStudiesQuerySchema = z
  .object({
    q: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
    condition: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
    age: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(130).optional()),
    status: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .transform((s) => s.split(",").map((x) => x.trim().toUpperCase()).filter(Boolean))
        .pipe(z.array(z.enum(STATUSES, { error: "Unknown status." })))
        .optional(),
    ),
    country: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z]{2}$/, { error: "Must be an ISO 3166-1 alpha-2 code." }).optional()),
  })
  .and(pointQuerySchema);

export type ListStudiesQuery = z.infer<typeof listStudiesQuerySchema>;

export function pointOf(q: { lat?: number; lon?: number }) {
  return q.lat !== undefined && q.lon !== undefined ? { lat: q.lat, lon: q.lon } : null;
}
