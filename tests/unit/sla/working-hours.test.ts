import { describe, expect, it } from "vitest";
import { computeSlaDueAt, workingMinutesBetween } from "../../../server/modules/sla/sla-due-at";
import { WorkingCalendar, validateWorkingHours, type WorkingHours } from "../../../server/modules/sla/working-hours";

const MON_FRI = (from: string, to: string): WorkingHours => Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [[from, to]]]));
const EGYPT: WorkingHours = Object.fromEntries(["sun", "mon", "tue", "wed", "thu"].map((d) => [d, [["09:00", "15:00"]]]));
const utc = (iso: string) => new Date(iso);
const H = 60;

describe("computeSlaDueAt", () => {
  const paris = { timeZone: "Europe/Paris", workingHours: MON_FRI("09:00", "17:00") };

  it("carries the remainder over the weekend to Monday", () => {
    // Friday 16:00 in Paris (UTC+1): one hour left on Friday, seven on Monday.
    expect(computeSlaDueAt(paris, utc("2026-11-20T15:00:00Z"), 8 * H)).toEqual(utc("2026-11-23T15:00:00Z"));
  });

  it("starts counting at the next opening when received outside hours", () => {
    // Saturday: the eight hours are Monday 09:00-17:00; due at the close, not the next morning.
    expect(computeSlaDueAt(paris, utc("2026-11-21T10:00:00Z"), 8 * H)).toEqual(utc("2026-11-23T16:00:00Z"));
    // Monday 07:00 local: the same.
    expect(computeSlaDueAt(paris, utc("2026-11-23T06:00:00Z"), 8 * H)).toEqual(utc("2026-11-23T16:00:00Z"));
  });

  it("skips the lunch break of a split shift", () => {
    const split = { timeZone: "Europe/Paris", workingHours: MON_FRI("09:00", "12:30") };
    split.workingHours.mon = [["09:00", "12:30"], ["13:30", "17:30"]];
    // Monday 12:00 local: 30 minutes before lunch, then 30 after.
    expect(computeSlaDueAt(split, utc("2026-11-23T11:00:00Z"), 60)).toEqual(utc("2026-11-23T13:00:00Z"));
  });

  it("runs an overnight shift into the next day", () => {
    const night = { timeZone: "UTC", workingHours: { fri: [["22:00", "06:00"]] } satisfies WorkingHours };
    // Saturday 01:00 is inside Friday night's shift.
    expect(computeSlaDueAt(night, utc("2026-11-21T01:00:00Z"), 2 * H)).toEqual(utc("2026-11-21T03:00:00Z"));
    // Saturday 05:00: one hour left, then the next Friday night.
    expect(computeSlaDueAt(night, utc("2026-11-21T05:00:00Z"), 2 * H)).toEqual(utc("2026-11-27T23:00:00Z"));
  });

  it("reads 24:00 as the end of the day", () => {
    const late = { timeZone: "UTC", workingHours: { mon: [["20:00", "24:00"]] } satisfies WorkingHours };
    expect(computeSlaDueAt(late, utc("2026-11-23T21:00:00Z"), 3 * H)).toEqual(utc("2026-11-24T00:00:00Z"));
  });

  it("counts around the clock for a site without working hours, and reads an unknown zone as UTC", () => {
    const received = utc("2026-11-21T10:00:00Z");
    for (const workingHours of [{}, null, "garbage", { mon: "nope" }]) {
      expect(computeSlaDueAt({ timeZone: "Africa/Cairo", workingHours }, received, 8 * H)).toEqual(utc("2026-11-21T18:00:00Z"));
    }
    expect(computeSlaDueAt({ timeZone: "Mars/Olympus", workingHours: MON_FRI("09:00", "17:00") }, utc("2026-11-23T08:00:00Z"), 60)).toEqual(utc("2026-11-23T10:00:00Z"));
  });

  it("Africa/Cairo: Sunday to Thursday, across the end of summer time (29-30 Oct 2026)", () => {
    const cairo = { timeZone: "Africa/Cairo", workingHours: EGYPT };
    // Thursday 14:00 EEST (UTC+3): 1 h Thursday, 6 h Sunday (now UTC+2), 1 h Monday.
    expect(computeSlaDueAt(cairo, utc("2026-10-29T11:00:00Z"), 8 * H)).toEqual(utc("2026-11-02T08:00:00Z"));
    expect(workingMinutesBetween(cairo, utc("2026-10-29T11:00:00Z"), utc("2026-11-02T08:00:00Z"))).toBe(8 * H);
  });

  it("Africa/Cairo: across the start of summer time (midnight 24 Apr 2026 does not exist)", () => {
    const cairo = { timeZone: "Africa/Cairo", workingHours: EGYPT };
    // Thursday 14:00 EET (UTC+2): 1 h, then Sunday 09:00 EEST (06:00Z) for 6 h, Monday 09:00-10:00 EEST.
    expect(computeSlaDueAt(cairo, utc("2026-04-23T12:00:00Z"), 8 * H)).toEqual(utc("2026-04-27T07:00:00Z"));
  });

  it("America/New_York: a weekend with a clock change keeps local opening hours", () => {
    const ny = { timeZone: "America/New_York", workingHours: MON_FRI("08:30", "17:00") };
    // Spring: Friday 6 Mar 16:00 EST (21:00Z) → Monday 9 Mar 15:30 EDT (19:30Z).
    expect(computeSlaDueAt(ny, utc("2026-03-06T21:00:00Z"), 8 * H)).toEqual(utc("2026-03-09T19:30:00Z"));
    // Autumn: Friday 30 Oct 16:00 EDT (20:00Z) → Monday 2 Nov 15:30 EST (20:30Z).
    expect(computeSlaDueAt(ny, utc("2026-10-30T20:00:00Z"), 8 * H)).toEqual(utc("2026-11-02T20:30:00Z"));
  });

  it("Europe/Paris: a night shift across the clock change lasts 7 or 9 real hours", () => {
    const night = { timeZone: "Europe/Paris", workingHours: { sat: [["22:00", "06:00"]] } satisfies WorkingHours };
    // 28-29 March 2026: 22:00 CET (21:00Z) to 06:00 CEST (04:00Z).
    expect(workingMinutesBetween(night, utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z"))).toBe(7 * H);
    // 24-25 October 2026: 22:00 CEST (20:00Z) to 06:00 CET (05:00Z).
    expect(workingMinutesBetween(night, utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z"))).toBe(9 * H);
    expect(computeSlaDueAt(night, utc("2026-10-24T12:00:00Z"), 9 * H)).toEqual(utc("2026-10-25T05:00:00Z"));
  });

  it("Europe/Paris: a shift starting in the spring-forward gap starts when the clock jumps", () => {
    const early = { timeZone: "Europe/Paris", workingHours: { sun: [["02:30", "04:00"]] } satisfies WorkingHours };
    // 29 March 2026 02:30 does not exist: the shift runs 03:30-04:00 CEST (01:30Z-02:00Z).
    expect(workingMinutesBetween(early, utc("2026-03-29T00:00:00Z"), utc("2026-03-29T06:00:00Z"))).toBe(30);
  });
});

describe("workingMinutesBetween", () => {
  it("is zero for an empty or reversed period and counts only working time", () => {
    const site = { timeZone: "Europe/Paris", workingHours: MON_FRI("09:00", "17:00") };
    expect(workingMinutesBetween(site, utc("2026-11-23T10:00:00Z"), utc("2026-11-23T09:00:00Z"))).toBe(0);
    // Friday 16:00 → Monday 10:00 local: 1 h + 1 h.
    expect(workingMinutesBetween(site, utc("2026-11-20T15:00:00Z"), utc("2026-11-23T09:00:00Z"))).toBe(2 * H);
  });
});

describe("WorkingCalendar.isWorkingTime", () => {
  it("includes the opening minute and excludes the closing one", () => {
    const calendar = new WorkingCalendar(MON_FRI("09:00", "17:00"), "Europe/Paris");
    expect(calendar.isWorkingTime(utc("2026-11-23T08:00:00Z"))).toBe(true);
    expect(calendar.isWorkingTime(utc("2026-11-23T16:00:00Z"))).toBe(false);
    expect(calendar.isWorkingTime(utc("2026-11-22T10:00:00Z"))).toBe(false);
  });
});

describe("validateWorkingHours", () => {
  it("accepts the seed's shapes", () => {
    const hours = { mon: [["08:00", "15:00"], ["16:00", "18:00"]], fri: [["22:00", "06:00"]], sat: [["20:00", "24:00"]] };
    expect(validateWorkingHours(hours)).toEqual({ ok: true, value: hours });
    expect(validateWorkingHours({})).toEqual({ ok: true, value: {} });
  });

  it("names each problem by day and range", () => {
    const result = validateWorkingHours({ funday: [], mon: [["9:00", "17:00"]], tue: [["24:00", "02:00"]], wed: [["10:00", "10:00"]], thu: [["09:00", "13:00"], ["12:00", "17:00"]], fri: "all day" });
    expect(result).toEqual({
      ok: false,
      problems: [
        'unknown day "funday"',
        "mon[0]: start is not a time of day",
        "tue[0]: start is not a time of day",
        "wed[0]: start and end are the same",
        "thu: ranges overlap",
        "fri: must be a list of ranges",
      ],
    });
    expect(validateWorkingHours([])).toMatchObject({ ok: false });
  });
});
