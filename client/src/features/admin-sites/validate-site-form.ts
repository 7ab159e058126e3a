import { SITE_WEEKDAYS, siteFieldsSchema } from '@shared/schemas/sites';
import { inputFromForm, type SiteFormValues, type TimeRangeValue } from './site-form-state';

const minutes = (v: string) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));

function overlaps(ranges: TimeRangeValue[]): boolean {
  const shifts = ranges
    .map(({ start, end }) => {
      const a = minutes(start);
      let b = minutes(end);
      if (b <= a) b += 24 * 60; // overnight shift, as the server reads it
      return [a, b] as const;
    })
    .sort((x, y) => x[0] - y[0]);
  return shifts.some((s, i) => i > 0 && s[0] < shifts[i - 1]![1]);
}

/**
 * The fields that need attention, as translation keys under sitesAdmin.errors (the shared
 * schema's own messages are English only). Working hours are keyed per day: "workingHours.mon".
 */
export function validateSiteForm(form: SiteFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = siteFieldsSchema.safeParse(inputFromForm(form));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, day] = issue.path.map(String);
      if (!field) continue;
      if (field === 'workingHours') errors[`workingHours.${day ?? 'mon'}`] ??= 'time';
      else errors[field] ??= field;
    }
  }
  for (const day of SITE_WEEKDAYS) {
    const ranges = form.workingHours[day];
    if (errors[`workingHours.${day}`]) continue;
    if (ranges.some((r) => r.start === r.end)) errors[`workingHours.${day}`] = 'sameTimes';
    else if (overlaps(ranges)) errors[`workingHours.${day}`] = 'overlap';
  }
  return errors;
}
