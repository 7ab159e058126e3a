// Working time of a site: its weekly hours ({"mon":[["09:00","17:00"]], ...}) in its IANA time
// zone. Pure (no database): used for the SLA due time at intake, the reports' time to first
// contact, and validation of what admins type.
//
// Rules, so every caller agrees:
// - A range ["22:00","06:00"] (end before start) is an overnight shift ending the next day;
//   "24:00" as an end means midnight at the end of that day. Several ranges per day (split shifts)
//   are fine; overlapping ranges count once.
// - Durations are real elapsed time: a night shift across a DST change is 7 or 9 hours, not 8.
//   A time in a DST gap moves forward by the clock change (02:30 that does not exist → 03:30).
// - A site with no working hours at all (empty, {} or unreadable) works around the clock, so an
//   SLA is still counted (in plain hours) rather than never falling due.
// - An unknown time zone is read as UTC.
import { DateTime } from "luxon";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type TimeRange = [string, string];
export type WorkingHours = Partial<Record<Weekday, TimeRange[]>>;

/** Minutes from midnight; an end may be 1440 ("24:00"). */
type Shift = { start: number; end: number };
/** Index 0 = Monday, as luxon's weekday - 1. */
export type WeeklySchedule = { days: Shift[][]; alwaysOpen: boolean };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const MAX_RANGES_PER_DAY = 6;

function minutesOf(value: string): number {
  const [h, m] = value.split(":");
  return Number(h) * 60 + Number(m);
}

export type WorkingHoursCheck = { ok: true; value: WorkingHours } | { ok: false; problems: string[] };

/**
 * What an admin typed, checked: known day names, "HH:MM" times ("24:00" only as an end), no
 * empty ranges, no overlaps within a day. Problems name the day and range, never echo input.
 */
export function validateWorkingHours(input: unknown): WorkingHoursCheck {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { ok: false, problems: ["working hours must be an object of days"] };
  const problems: string[] = [];
  const value: WorkingHours = {};
  for (const [day, ranges] of Object.entries(input as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      problems.push(`unknown day "${day.slice(0, 12)}"`);
      continue;
    }
    if (!Array.isArray(ranges)) {
      problems.push(`${day}: must be a list of ranges`);
      continue;
    }
    if (ranges.length > MAX_RANGES_PER_DAY) problems.push(`${day}: at most ${MAX_RANGES_PER_DAY} ranges`);
    const good: TimeRange[] = [];
    ranges.forEach((range: unknown, i) => {
      const label = `${day}[${i}]`;
      if (!Array.isArray(range) || range.length !== 2 || typeof range[0] !== "string" || typeof range[1] !== "string") {
        problems.push(`${label}: must be ["HH:MM","HH:MM"]`);
      } else if (!TIME.test(range[0]) || range[0] === "24:00") {
        problems.push(`${label}: start is not a time of day`);
      } else if (!TIME.test(range[1])) {
        problems.push(`${label}: end is not a time of day`);
      } else if (range[0] === range[1]) {
        problems.push(`${label}: start and end are the same`);
      } else {
        good.push([range[0], range[1]]);
      }
    });
    const sorted = good.map(toShift).sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start < sorted[i - 1]!.end) problems.push(`${day}: ranges overlap`);
    }
    value[day as Weekday] = good;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

function toShift([from, to]: TimeRange): Shift {
  const start = minutesOf(from);
  let end = minutesOf(to);
  if (end <= start) end += 24 * 60; // overnight: ends the next day
  return { start, end };
}

/** The schedule to compute with. Lenient: unreadable ranges are skipped, nothing throws. */
export function scheduleOf(input: unknown): WeeklySchedule {
  const days: Shift[][] = WEEKDAYS.map(() => []);
  if (input && typeof input === "object" && !Array.isArray(input)) {
    WEEKDAYS.forEach((day, i) => {
      const ranges = (input as Record<string, unknown>)[day];
      if (!Array.isArray(ranges)) return;
      for (const range of ranges as unknown[]) {
        if (!Array.isArray(range) || typeof range[0] !== "string" || typeof range[1] !== "string") continue;
        if (!TIME.test(range[0]) || range[0] === "24:00" || !TIME.test(range[1]) || range[0] === range[1]) continue;
        days[i]!.push(toShift([range[0], range[1]]));
      }
      days[i]!.sort((a, b) => a.start - b.start);
    });
  }
  return { days, alwaysOpen: days.every((d) => d.length === 0) };
}

function validZone(timeZone: string): string {
  return DateTime.now().setZone(timeZone).isValid ? timeZone : "UTC";
}

const DAY_MS = 24 * 60 * 60 * 1000;
// A schedule with one hour a week still reaches a 14-day target within these many days.
const MAX_DAYS = 366 * 30;

/**
 * A site's working time as instants. Days are walked as plain day numbers (days since
 * 1970-01-01 on the local calendar); luxon converts a date's shifts to instants once, cached,
 * so a report over thousands of inquiries of one site converts each date once.
 */
export class WorkingCalendar {
  readonly timeZone: string;
  private readonly schedule: WeeklySchedule;
  private readonly cache = new Map<number, Array<[number, number]>>();

  constructor(workingHours: unknown, timeZone: string) {
    this.schedule = scheduleOf(workingHours);
    this.timeZone = validZone(timeZone);
  }

  get alwaysOpen(): boolean {
    return this.schedule.alwaysOpen;
  }

  /** The local calendar date holding `instant`, as a day number. */
  private localDay(instant: number): number {
    const local = DateTime.fromMillis(instant, { zone: this.timeZone });
    return Math.floor(Date.UTC(local.year, local.month - 1, local.day) / DAY_MS);
  }

  /** Working intervals [start, end) in epoch ms of the shifts starting on this local date. */
  private shiftsOn(day: number): Array<[number, number]> {
    const cached = this.cache.get(day);
    if (cached) return cached;
    // 1970-01-01 was a Thursday (index 3 from Monday).
    const shifts = this.schedule.days[(((day + 3) % 7) + 7) % 7]!;
    const out = shifts.map(({ start, end }): [number, number] => [this.at(day, start), this.at(day, end)]).filter(([a, b]) => b > a);
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(day, out);
    return out;
  }

  /** The instant of `minutes` after local midnight of `day`; minutes may reach into the next day. */
  private at(day: number, minutes: number): number {
    const date = new Date((day + Math.floor(minutes / 1440)) * DAY_MS);
    const m = minutes % 1440;
    return DateTime.fromObject(
      { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: Math.floor(m / 60), minute: m % 60 },
      { zone: this.timeZone },
    ).toMillis();
  }

  /** The instant when `minutes` of working time have passed after `from`. */
  addWorkingMinutes(from: Date, minutes: number): Date {
    const start = from.getTime();
    let remaining = Math.max(0, minutes) * 60_000;
    if (this.alwaysOpen || remaining === 0) return new Date(start + remaining);
    let cursor = start;
    // From the day before: an overnight shift that started then may still be running.
    const first = this.localDay(start) - 1;
    for (let day = first; day < first + MAX_DAYS; day++) {
      for (const [a, b] of this.shiftsOn(day)) {
        const begin = Math.max(a, cursor);
        if (b <= begin) continue;
        if (remaining <= b - begin) return new Date(begin + remaining);
        remaining -= b - begin;
        cursor = b;
      }
    }
    throw new Error("working hours: no working time found");
  }

  /** Working minutes between two instants (0 when `to` is not after `from`). */
  countWorkingMinutes(from: Date, to: Date): number {
    const start = from.getTime();
    const end = to.getTime();
    if (end <= start) return 0;
    if (this.alwaysOpen) return (end - start) / 60_000;
    let total = 0;
    let cursor = start;
    const last = this.localDay(end);
    for (let day = this.localDay(start) - 1; day <= last; day++) {
      for (const [a, b] of this.shiftsOn(day)) {
        const begin = Math.max(a, cursor);
        const finish = Math.min(b, end);
        if (finish > begin) {
          total += finish - begin;
          cursor = finish;
        }
      }
    }
    return total / 60_000;
  }

  /** Whether `instant` falls in working time (start included, end excluded). */
  isWorkingTime(instant: Date): boolean {
    if (this.alwaysOpen) return true;
    const t = instant.getTime();
    const day = this.localDay(t);
    return [day - 1, day].some((d) => this.shiftsOn(d).some(([a, b]) => t >= a && t < b));
  }
}

const calendars = new Map<string, WorkingCalendar>();

/** A calendar per site definition, reused between calls (sites change rarely). */
export function calendarOf(site: { timeZone: string; workingHours: unknown }): WorkingCalendar {
  const key = `${site.timeZone}|${JSON.stringify(site.workingHours ?? null)}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size > 500) calendars.clear();
    calendar = new WorkingCalendar(site.workingHours, site.timeZone);
    calendars.set(key, calendar);
  }
  return calendar;
}
