// A date and time as a staff member reads it in a reminder: their language, the site's zone.
export function formatForRecipient(date: Date, locale: string, timeZone: string): string {
  let formatted: string;
  try {
    formatted = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
  } catch {
    // An unknown zone or locale in the data: UTC in English rather than no reminder.
    formatted = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date);
    timeZone = "UTC";
  }
  return `${formatted} (${timeZone})`;
}
