/** Date and time in the interface language, e.g. "22 Nov 2026, 14:05". */
export function formatDateTime(value: Date | string | null | undefined, language: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
