import { describe, expect, it } from "vitest";
import { slaStateOf } from "../../../shared/sla-state";

const due = new Date("2026-11-23T10:00:00Z");
const at = (iso: string) => new Date(iso);

describe("slaStateOf", () => {
  it("follows an uncontacted inquiry from on track to due soon to breached", () => {
    const facts = { status: "NEW" as const, slaDueAt: due, firstContactAt: null };
    expect(slaStateOf(facts, at("2026-11-23T07:00:00Z"))).toBe("ON_TRACK");
    expect(slaStateOf(facts, at("2026-11-23T08:30:00Z"))).toBe("DUE_SOON");
    expect(slaStateOf(facts, at("2026-11-23T10:00:01Z"))).toBe("BREACHED");
  });
  it("judges a contacted inquiry by when the first contact happened, whatever the time now", () => {
    expect(slaStateOf({ status: "CONTACTED", slaDueAt: due, firstContactAt: at("2026-11-23T09:59:00Z") }, at("2026-12-01T00:00:00Z"))).toBe("MET");
    expect(slaStateOf({ status: "CONTACTED", slaDueAt: due, firstContactAt: at("2026-11-23T10:01:00Z") }, at("2026-12-01T00:00:00Z"))).toBe("MET_LATE");
  });
  it("has no SLA without a due time or once closed without contact", () => {
    expect(slaStateOf({ status: "NEW", slaDueAt: null, firstContactAt: null }, due)).toBe("NONE");
    expect(slaStateOf({ status: "SPAM", slaDueAt: due, firstContactAt: null }, at("2026-11-24T00:00:00Z"))).toBe("NONE");
  });
});
