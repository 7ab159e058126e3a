import { describe, expect, it } from "vitest";
import { allowedNextStatuses, canTransition, CLOSED_STATUSES, INQUIRY_STATUSES } from "../../../shared/inquiry-status";

describe("inquiry status transitions", () => {
  it("follows the recruitment funnel from New to Enrolled", () => {
    const path = ["NEW", "ATTEMPTING_CONTACT", "CONTACTED", "PRE_SCREENING", "ELIGIBLE", "SCHEDULED", "ENROLLED"] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it("refuses skipping steps or going backwards", () => {
    expect(canTransition("NEW", "ENROLLED")).toBe(false);
    expect(canTransition("NEW", "SCHEDULED")).toBe(false);
    expect(canTransition("SCHEDULED", "CONTACTED")).toBe(false);
    expect(canTransition("ENROLLED", "NEW")).toBe(false);
  });

  it("closed statuses lead nowhere except that spam and duplicates can be reopened", () => {
    for (const s of CLOSED_STATUSES) {
      const next = allowedNextStatuses(s);
      if (s === "SPAM" || s === "DUPLICATE") expect(next).toEqual(["NEW"]);
      else expect(next).toEqual([]);
    }
  });

  it("every transition target is a known status and never the same status", () => {
    for (const from of INQUIRY_STATUSES) {
      for (const to of allowedNextStatuses(from)) {
        expect(INQUIRY_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
  });
});
