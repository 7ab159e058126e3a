// Inputs and row shapes of the reports. A period is [from, to): inquiries received in it.
import { z } from "zod";

export const REPORT_MAX_DAYS = 731;

export const reportFilterSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    studyId: z.uuid().optional(),
    siteId: z.uuid().optional(),
  })
  .refine((f) => f.to.getTime() > f.from.getTime(), { error: "The end of the period must be after its start.", path: ["to"] })
  .refine((f) => f.to.getTime() - f.from.getTime() <= REPORT_MAX_DAYS * 86_400_000, { error: "A period can be at most two years.", path: ["to"] });
export type ReportFilter = z.infer<typeof reportFilterSchema>;

/** Funnel stages, each "reached at least this stage" (from the inquiry's status history). */
export const FUNNEL_STAGES = ["received", "contacted", "preScreened", "eligible", "scheduled", "enrolled"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type FunnelRow = { studyId: string; studyTitle: string; nctId: string; siteId: string | null; siteName: string | null } & Record<FunnelStage, number>;

/** Per site: time to first contact in the site's working hours and the SLA outcome. */
export type ResponseRow = {
  siteId: string | null;
  siteName: string | null;
  received: number;
  contacted: number;
  /** Median working minutes from receipt to first contact; null when none was contacted. */
  medianWorkingMinutes: number | null;
  met: number;
  metLate: number;
  /** Still not contacted and past the due time. */
  breachedOpen: number;
  /** Not contacted yet and not due yet. */
  pending: number;
};

export type CountRow = { key: string; count: number };
