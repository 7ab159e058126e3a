// Inputs of the inquiry page's procedures (and of the inbox's bulk actions, which call the same
// use cases). Shared so the client validates exactly what the server does.
import { z } from "zod";
import { INQUIRY_STATUSES, type InquiryStatus } from "../inquiry-status";

/** Closing an inquiry this way needs a reason, so the next person knows why. */
export const REASON_REQUIRED_STATUSES: readonly InquiryStatus[] = ["DECLINED", "NOT_ELIGIBLE", "UNREACHABLE", "DUPLICATE", "SPAM"];

export function reasonRequiredFor(status: InquiryStatus): boolean {
  return REASON_REQUIRED_STATUSES.includes(status);
}

export const CALL_OUTCOMES = ["REACHED", "NO_ANSWER", "VOICEMAIL", "WRONG_NUMBER"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const NOTE_VISIBILITIES = ["TEAM", "PRIVATE"] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** The templates a coordinator may send to a family from the inquiry page. */
export const FOLLOW_UP_TEMPLATE_KEYS = ["followup.tried-to-reach", "followup.prescreen-booked", "followup.not-eligible"] as const;
export type FollowUpTemplateKey = (typeof FOLLOW_UP_TEMPLATE_KEYS)[number];

/** Values the coordinator types in for a template (the rest come from the inquiry and its site). */
export const TEMPLATE_INPUTS: Record<FollowUpTemplateKey, readonly string[]> = {
  "followup.tried-to-reach": [],
  "followup.prescreen-booked": ["APPOINTMENT_TIME", "APPOINTMENT_PLACE"],
  "followup.not-eligible": [],
};

const id = z.uuid();
const reasonText = z.string().trim().max(1000, { error: "Must be at most 1,000 characters." });

export const inquiryIdSchema = z.object({ id });

export const changeStatusSchema = z
  .object({ id, to: z.enum(INQUIRY_STATUSES), reason: reasonText.optional() })
  .superRefine((value, ctx) => {
    if (reasonRequiredFor(value.to) && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for this status." });
    }
  });
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

export const assignSchema = z.object({ id, assigneeId: id.nullable() });
export type AssignInput = z.infer<typeof assignSchema>;

export const addNoteSchema = z.object({
  id,
  body: z.string().trim().min(1, { error: "Write the note first." }).max(5000, { error: "Must be at most 5,000 characters." }),
  visibility: z.enum(NOTE_VISIBILITIES).default("TEAM"),
});
export type AddNoteInput = z.input<typeof addNoteSchema>;

export const logCallSchema = z.object({
  id,
  outcome: z.enum(CALL_OUTCOMES),
  note: z.string().trim().max(2000, { error: "Must be at most 2,000 characters." }).optional(),
  /** A reached call may move the inquiry to Contacted (when that transition is allowed). */
  markContacted: z.boolean().default(false),
});
export type LogCallInput = z.input<typeof logCallSchema>;

export const setFollowUpSchema = z.object({ id, at: z.date().nullable() });
export type SetFollowUpInput = z.infer<typeof setFollowUpSchema>;

export const rerouteSchema = z.object({
  id,
  siteId: id,
  reason: z.string().trim().min(3, { error: "Say why the inquiry moves." }).max(1000, { error: "Must be at most 1,000 characters." }),
});
export type RerouteInput = z.infer<typeof rerouteSchema>;

export const emailDraftSchema = z.object({
  id,
  templateKey: z.enum(FOLLOW_UP_TEMPLATE_KEYS),
  /** Values typed by the coordinator (see TEMPLATE_INPUTS); others are ignored. */
  inputs: z.record(z.string(), z.string().max(300, { error: "Must be at most 300 characters." })).default({}),
  /** The coordinator's own subject and text for this send; absent: the template's. */
  subject: z.string().trim().min(1, { error: "Write a subject." }).max(200, { error: "Must be at most 200 characters." }).optional(),
  text: z.string().trim().min(1, { error: "Write the message." }).max(10_000, { error: "Must be at most 10,000 characters." }).optional(),
});
export type EmailDraftInput = z.input<typeof emailDraftSchema>;

export const sendEmailSchema = emailDraftSchema.extend({
  /** Made by the client once per message being written: a double click sends one e-mail. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "Invalid request key." }),
});
export type SendEmailInput = z.input<typeof sendEmailSchema>;
