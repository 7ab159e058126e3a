import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAYS, WorkingCalendar, type WorkingHours } from "../../../server/modules/sla/working-hours";

const ZONES = ["Europe/Paris", "America/New_York", "Africa/Cairo", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];

const time = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`);
// Any ranges: daytime, split, overnight (end before start), overlapping; some days off.
const range = fc.tuple(time, fc.oneof(time, fc.constant("24:00"))).filter(([a, b]) => a !== b);
const hours: fc.Arbitrary<WorkingHours> = fc
  .tuple(...WEEKDAYS.map(() => fc.option(fc.array(range, { minLength: 1, maxLength: 3 }), { nil: undefined })))
  .map((days) => Object.fromEntries(WEEKDAYS.flatMap((d, i) => (days[i] ? [[d, days[i]]] : []))))
  .filter((h) => Object.keys(h).length > 0);
// Around the 2026 clock changes of all the zones above, and elsewhere.
const instant = fc.oneof(
  fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
  fc.constantFrom("2026-03-08", "2026-03-29", "2026-04-05", "2026-04-24", "2026-10-04", "2026-10-25", "2026-10-29", "2026-11-01").chain((d) =>
    fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }).map((offset) => new Date(new Date(`${d}T00:00:00Z`).getTime() + offset)),
  ),
);
const minutes = fc.integer({ min: 1, max: 5 * 24 * 60 });
const calendar = fc.tuple(hours, fc.constantFrom(...ZONES)).map(([h, zone]) => new WorkingCalendar(h, zone));

describe("working hours (properties)", () => {
  it("the due time is inside working hours: the minute before it is working time", () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, from, m) => {
        const due = cal.addWorkingMinutes(from, m);
        expect(due.getTime()).toBeGreaterThan(from.getTime());
        expect(cal.isWorkingTime(new Date(due.getTime() - 1))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("adding minutes then counting them gives the same number", () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, from, m) => {
        expect(cal.countWorkingMinutes(from, cal.addWorkingMinutes(from, m))).toBeCloseTo(m, 9);
      }),
      { numRuns: 300 },
    );
  });

  it("is monotonic in the time received", () => {
    fc.assert(
      fc.property(calendar, instant, instant, minutes, (cal, a, b, m) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingMinutes(early, m).getTime()).toBeLessThanOrEqual(cal.addWorkingMinutes(late, m).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("counting is additive over consecutive periods and never exceeds elapsed time", () => {
    fc.assert(
      fc.property(calendar, instant, fc.array(fc.integer({ min: 0, max: 30 * 86_400_000 }), { minLength: 3, maxLength: 3 }), (cal, base, offsets) => {
        const [a, b, c] = offsets.sort((x, y) => x - y).map((o) => new Date(base.getTime() + o)) as [Date, Date, Date];
        const whole = cal.countWorkingMinutes(a, c);
        expect(cal.countWorkingMinutes(a, b) + cal.countWorkingMinutes(b, c)).toBeCloseTo(whole, 6);
        expect(whole).toBeLessThanOrEqual((c.getTime() - a.getTime()) / 60_000 + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
