// When first contact with an inquiry is due: `targetWorkingMinutes` of the site's working time
// after it was received (see working-hours.ts for how hours, zones and DST are read). Called at
// intake and on re-route; the target comes from settings (slaWorkingHours · 60).
import { calendarOf } from "./working-hours";

export function computeSlaDueAt(site: { timeZone: string; workingHours: unknown }, receivedAt: Date, targetWorkingMinutes: number): Date {
  return calendarOf(site).addWorkingMinutes(receivedAt, targetWorkingMinutes);
}

/** Working minutes a site took between two instants (time to first contact in the reports). */
export function workingMinutesBetween(site: { timeZone: string; workingHours: unknown }, from: Date, to: Date): number {
  return calendarOf(site).countWorkingMinutes(from, to);
}
