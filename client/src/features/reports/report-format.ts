import type { TFunction } from 'i18next';

/** Working minutes as hours with one decimal, the unit the SLA target is set in. */
export const toHours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

export function languageLabel(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Long site names cut for chart axes (the table view has them in full). */
export const shortLabel = (name: string, max = 24) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

export function siteLabel(t: TFunction, name: string | null): string {
  return name ?? t('reports.centralQueue');
}
