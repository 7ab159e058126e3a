// Locale-aware formatting for the public study pages: numbers, units, names of languages and
// countries come from Intl, so they are right in every interface language without catalogue keys.
import type { TFunction } from 'i18next';

/**
 * The locale for Intl: Arabic keeps Latin digits, like the numbers the catalogues interpolate and
 * the ones people type, so a page never mixes two digit systems.
 */
export function intlLocale(language: string): string {
  return language === 'ar' ? 'ar-u-nu-latn' : language;
}

/** Wraps text from the registry (English names) so it keeps its own direction inside Arabic sentences. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function cached<T>(make: (language: string) => T): (language: string) => T {
  const cache = new Map<string, T>();
  return (language) => {
    let value = cache.get(language);
    if (!value) {
      value = make(intlLocale(language));
      cache.set(language, value);
    }
    return value;
  };
}

const languageNames = cached((language) => new Intl.DisplayNames([language, 'en'], { type: 'language', fallback: 'code' }));
const regionNames = cached((language) => new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' }));
const longDate = cached((language) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }));

export function languageName(code: string, language: string): string {
  try {
    return languageNames(language).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string, language: string): string {
  try {
    return regionNames(language).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Arabic, English": names in the page language, in the page's own list style. */
export function languageList(codes: readonly string[], language: string): string {
  const names = [...new Set(codes)].map((code) => languageName(code, language));
  try {
    return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

export function formatDistance(km: number, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
  return format.format(km);
}

/** A calendar date such as "22 July 2025" (dates of the registry are days, kept in UTC). */
export function formatDate(value: string, language: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return longDate(language).format(date);
}

type AgeUnit = 'year' | 'month';

function ageParts(months: number): { value: number; unit: AgeUnit } {
  return months >= 24 || (months >= 12 && months % 12 === 0)
    ? { value: Math.floor(months / 12), unit: 'year' }
    : { value: months, unit: 'month' };
}

function unitFormat(language: string, unit: AgeUnit) {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, unitDisplay: 'long' });
}

/** "1–10 years", "6 months – 21 years", "Up to 17 years", "18 years and older". */
export function formatAgeRange(minMonths: number | null, maxMonths: number | null, language: string, t: TFunction): string {
  const min = minMonths !== null && minMonths > 0 ? ageParts(minMonths) : null;
  const max = maxMonths !== null ? ageParts(maxMonths) : null;
  if (!min && !max) return t('study.age.any');
  if (!max) return t('study.age.andOlder', { age: unitFormat(language, min!.unit).format(min!.value) });
  if (!min) return t('study.age.upTo', { age: unitFormat(language, max.unit).format(max.value) });
  if (min.unit === max.unit) {
    const format = unitFormat(language, min.unit);
    return min.value === max.value ? format.format(min.value) : format.formatRange(min.value, max.value);
  }
  return t('study.age.range', {
    min: unitFormat(language, min.unit).format(min.value),
    max: unitFormat(language, max.unit).format(max.value),
  });
}

const phaseNumbers: Record<string, string> = { EARLY_PHASE1: 'early1', PHASE1: '1', PHASE2: '2', PHASE3: '3', PHASE4: '4' };

/** "Phase N/A", "Phase 1/2", "Early phase 1". */
export function formatPhases(phases: readonly string[], t: TFunction): string {
  const known = phases.filter((phase) => phase in phaseNumbers);
  if (known.length === 0) return t('study.phase.notApplicable');
  if (known.length === 1 && known[0] === 'EARLY_PHASE1') return t('study.phase.early');
  const numbers = known.map((phase) => (phase === 'EARLY_PHASE1' ? '1' : phaseNumbers[phase]!));
  return t('study.phase.numbered', { phases: [...new Set(numbers)].join('/') });
}
