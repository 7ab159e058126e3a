// Follow-up statuses of an inquiry and the transitions coordinators may make (PRODUCT.md).
export const INQUIRY_STATUSES = [
  "NEW",
  "ATTEMPTING_CONTACT",
  "CONTACTED",
  "PRE_SCREENING",
  "ELIGIBLE",
  "NOT_ELIGIBLE",
  "SCHEDULED",
  "ENROLLED",
  "DECLINED",
  "UNREACHABLE",
  "DUPLICATE",
  "SPAM",
] as const;

export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

const ALLOWED: Record<InquiryStatus, readonly InquiryStatus[]> = {
  NEW: ["ATTEMPTING_CONTACT", "CONTACTED", "DECLINED", "DUPLICATE", "SPAM"],
  ATTEMPTING_CONTACT: ["CONTACTED", "UNREACHABLE", "DECLINED", "DUPLICATE", "SPAM"],
  CONTACTED: ["PRE_SCREENING", "DECLINED"],
  PRE_SCREENING: ["ELIGIBLE", "NOT_ELIGIBLE", "DECLINED"],
  ELIGIBLE: ["SCHEDULED", "DECLINED"],
  NOT_ELIGIBLE: [],
  SCHEDULED: ["ENROLLED", "DECLINED"],
  ENROLLED: [],
  DECLINED: [],
  UNREACHABLE: ["ATTEMPTING_CONTACT", "CONTACTED"],
  DUPLICATE: ["NEW"],
  SPAM: ["NEW"],
};

export function allowedNextStatuses(from: InquiryStatus): readonly InquiryStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: InquiryStatus, to: InquiryStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Statuses that end the follow-up: no SLA, no reminders. */
export const CLOSED_STATUSES: readonly InquiryStatus[] = ["NOT_ELIGIBLE", "ENROLLED", "DECLINED", "DUPLICATE", "SPAM"];

/** Reaching one of these for the first time records the time of first contact. */
export const CONTACTED_STATUSES: readonly InquiryStatus[] = [
  "CONTACTED", "PRE_SCREENING", "ELIGIBLE", "NOT_ELIGIBLE", "SCHEDULED", "ENROLLED",
];
