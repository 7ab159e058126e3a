// Turns the shared schema's issues (client side) and the server's 422 `errors[]` into messages in
// the page language. Both carry the same English messages, so one mapping serves both.
import type { TFunction } from 'i18next';

export const inquiryFields = ['firstName', 'lastName', 'email', 'phone', 'otherLanguage', 'place', 'country', 'siteId', 'consent'] as const;
export type InquiryField = (typeof inquiryFields)[number];
export type FieldErrors = Partial<Record<InquiryField, string>>;

/** The body's path ("location.postalCode") as the form field that holds it. */
export function fieldForPath(path: string): InquiryField | null {
  if (path === 'location.country') return 'country';
  if (path === 'location' || path.startsWith('location.')) return 'place';
  const first = path.split('.')[0] as InquiryField;
  return (inquiryFields as readonly string[]).includes(first) ? first : null;
}

export function translateFieldError(field: InquiryField, message: string, value: string | boolean, t: TFunction): string {
  const blank = typeof value === 'string' && value.trim() === '';
  const tooLong = /at most (\d+) characters/i.exec(message);
  switch (field) {
    case 'firstName':
    case 'lastName':
    case 'email':
    case 'phone':
      if (blank || message === 'Required.') return t(`inquiry.errors.${field}Required`);
      if (tooLong) return t('inquiry.errors.tooLong', { max: Number(tooLong[1]) });
      if (/control characters|cannot be stored/i.test(message)) return t('inquiry.errors.badCharacters');
      return t(`inquiry.errors.${field}Invalid`);
    case 'consent':
      return t('inquiry.errors.consentRequired');
    case 'siteId':
      return t('inquiry.errors.siteInvalid');
    case 'otherLanguage':
      return t('inquiry.errors.languageInvalid');
    case 'place':
    case 'country':
      if (tooLong) return t('inquiry.errors.tooLong', { max: Number(tooLong[1]) });
      return t('inquiry.errors.placeInvalid');
  }
}

export interface PathMessage {
  path: string;
  message: string;
}

/** The first error per field, translated; errors that belong to no field are returned apart. */
export function collectFieldErrors(
  issues: readonly PathMessage[],
  values: Record<InquiryField, string | boolean>,
  t: TFunction,
): { fields: FieldErrors; other: PathMessage[] } {
  const fields: FieldErrors = {};
  const other: PathMessage[] = [];
  for (const issue of issues) {
    const field = fieldForPath(issue.path);
    if (!field) other.push(issue);
    else fields[field] ??= translateFieldError(field, issue.message, values[field], t);
  }
  return { fields, other };
}
