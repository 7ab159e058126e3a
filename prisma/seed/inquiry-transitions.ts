// Realistic status paths and delays for demo inquiries. Every path is checked against the
// transitions coordinators may make (shared/inquiry-status.ts).
import type { InquiryStatus } from "../../server/generated/prisma/enums";
import { canTransition } from "../../shared/inquiry-status";
import type { Rng } from "./random";

type Mix = ReadonlyArray<readonly [InquiryStatus, number]>;

// Funnel by age of the inquiry: recent ones are mostly new or being called, older ones closed.
const MIX_BY_AGE: ReadonlyArray<readonly [maxAgeDays: number, mix: Mix]> = [
  [1, [["NEW", 70], ["ATTEMPTING_CONTACT", 15], ["CONTACTED", 7], ["SPAM", 4], ["DUPLICATE", 4]]],
  [3, [["NEW", 30], ["ATTEMPTING_CONTACT", 30], ["CONTACTED", 20], ["PRE_SCREENING", 8], ["DECLINED", 3], ["SPAM", 4], ["DUPLICATE", 5]]],
  [10, [["NEW", 8], ["ATTEMPTING_CONTACT", 22], ["CONTACTED", 20], ["PRE_SCREENING", 20], ["UNREACHABLE", 6], ["DECLINED", 6],
    ["NOT_ELIGIBLE", 6], ["ELIGIBLE", 4], ["SPAM", 4], ["DUPLICATE", 4]]],
  [30, [["NEW", 2], ["ATTEMPTING_CONTACT", 6], ["CONTACTED", 8], ["PRE_SCREENING", 16], ["ELIGIBLE", 12], ["NOT_ELIGIBLE", 14],
    ["SCHEDULED", 10], ["UNREACHABLE", 8], ["DECLINED", 10], ["ENROLLED", 6], ["SPAM", 4], ["DUPLICATE", 4]]],
  [Infinity, [["ATTEMPTING_CONTACT", 2], ["CONTACTED", 3], ["PRE_SCREENING", 5], ["ELIGIBLE", 5], ["NOT_ELIGIBLE", 26],
    ["SCHEDULED", 5], ["ENROLLED", 13], ["DECLINED", 18], ["UNREACHABLE", 15], ["SPAM", 4], ["DUPLICATE", 4]]],
];

export function pickTargetStatus(rng: Rng, ageDays: number, exclude: readonly InquiryStatus[] = []): InquiryStatus {
  const mix = MIX_BY_AGE.find(([max]) => ageDays < max)![1].filter(([s]) => !exclude.includes(s));
  return rng.weighted(mix);
}

/** A valid chain of statuses from NEW to the target (NEW first). */
export function buildStatusPath(rng: Rng, target: InquiryStatus): InquiryStatus[] {
  const reach = (): InquiryStatus[] => (rng.chance(0.65) ? ["NEW", "ATTEMPTING_CONTACT", "CONTACTED"] : ["NEW", "CONTACTED"]);
  let path: InquiryStatus[];
  switch (target) {
    case "NEW":
      path = ["NEW"];
      break;
    case "SPAM":
    case "DUPLICATE":
      path = ["NEW", target];
      break;
    case "ATTEMPTING_CONTACT":
      path = rng.chance(0.15) ? ["NEW", "ATTEMPTING_CONTACT", "UNREACHABLE", "ATTEMPTING_CONTACT"] : ["NEW", "ATTEMPTING_CONTACT"];
      break;
    case "UNREACHABLE":
      path = ["NEW", "ATTEMPTING_CONTACT", "UNREACHABLE"];
      break;
    case "CONTACTED":
      path = reach();
      break;
    case "PRE_SCREENING":
      path = [...reach(), "PRE_SCREENING"];
      break;
    case "ELIGIBLE":
    case "NOT_ELIGIBLE":
      path = [...reach(), "PRE_SCREENING", target];
      break;
    case "SCHEDULED":
      path = [...reach(), "PRE_SCREENING", "ELIGIBLE", "SCHEDULED"];
      break;
    case "ENROLLED":
      path = [...reach(), "PRE_SCREENING", "ELIGIBLE", "SCHEDULED", "ENROLLED"];
      break;
    case "DECLINED": {
      const full: InquiryStatus[] = [...reach(), "PRE_SCREENING", "ELIGIBLE", "SCHEDULED"];
      const cut = rng.weighted([[1, 1], [2, 2], [3, 4], [4, 3], [5, 1], [full.length, 1]] as const);
      path = [...full.slice(0, Math.min(cut, full.length)), "DECLINED"];
      break;
    }
  }
  for (let i = 1; i < path.length; i++) {
    if (!canTransition(path[i - 1]!, path[i]!)) throw new Error(`invalid demo path ${path.join(" -> ")}`);
  }
  return path;
}

/** Typical delay, in hours, before entering a status (given the previous one). */
export function stepHours(rng: Rng, from: InquiryStatus, to: InquiryStatus): number {
  switch (to) {
    case "ATTEMPTING_CONTACT":
      return from === "UNREACHABLE" ? rng.float(48, 240) : rng.float(0.5, 30);
    case "CONTACTED":
      return from === "NEW" ? rng.float(1, 26) : rng.float(4, 96);
    case "PRE_SCREENING":
      return rng.float(24, 120);
    case "ELIGIBLE":
    case "NOT_ELIGIBLE":
      return rng.float(72, 336);
    case "SCHEDULED":
      return rng.float(24, 168);
    case "ENROLLED":
      return rng.float(120, 504);
    case "UNREACHABLE":
      return rng.float(72, 240);
    case "DECLINED":
      return rng.float(2, 120);
    case "SPAM":
      return rng.float(0.2, 24);
    case "DUPLICATE":
      return rng.float(0.5, 30);
    default:
      return 1;
  }
}

const REASONS: Partial<Record<InquiryStatus, readonly string[]>> = {
  DECLINED: ["Family decided not to take part", "Too far to travel for the study visits", "Prefers to stay with current treatment", "Child already started another treatment"],
  NOT_ELIGIBLE: ["Age outside the study range", "Does not meet the inclusion criteria after pre-screening", "Exclusion criterion: previous treatment", "Diagnosis not confirmed"],
  UNREACHABLE: ["No answer after several calls and an e-mail", "Phone number not in service; no reply to e-mail"],
  ENROLLED: ["Consent signed; enrolled at the screening visit"],
  SCHEDULED: ["Screening visit booked"],
  SPAM: ["Junk submission"],
};

export function transitionReason(rng: Rng, to: InquiryStatus): string | null {
  const options = REASONS[to];
  return options ? rng.pick(options) : null;
}
