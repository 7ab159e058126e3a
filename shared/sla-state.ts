// The SLA state of an inquiry: time to first contact against its due time (inquiries.sla_due_at,
// computed at intake in the site's working hours and time zone). Shared so that the inbox's SQL
// filter, the badges and the reports agree on the words.
import { CLOSED_STATUSES, type InquiryStatus } from "./inquiry-status";

export const SLA_STATES = ["ON_TRACK", "DUE_SOON", "BREACHED", "MET", "MET_LATE", "NONE"] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** An inquiry not yet contacted is "due soon" this long before its due time (reminders go then). */
export const SLA_DUE_SOON_MS = 2 * 60 * 60 * 1000;

export type SlaFacts = { status: InquiryStatus; slaDueAt: Date | null; firstContactAt: Date | null };

export function slaStateOf(facts: SlaFacts, now: Date, dueSoonMs: number = SLA_DUE_SOON_MS): SlaState {
  if (!facts.slaDueAt) return "NONE";
  if (facts.firstContactAt) return facts.firstContactAt <= facts.slaDueAt ? "MET" : "MET_LATE";
  // Closed without contact (spam, duplicate, declined by message...) no longer counts.
  if (CLOSED_STATUSES.includes(facts.status)) return "NONE";
  if (now > facts.slaDueAt) return "BREACHED";
  if (facts.slaDueAt.getTime() - now.getTime() <= dueSoonMs) return "DUE_SOON";
  return "ON_TRACK";
}
