import type { TFunction } from 'i18next';
import { languages } from '@client/i18n/languages';

/** The human name of a template key such as "inquiry.site-alert"; the key itself if unknown. */
export function templateName(t: TFunction, key: string): string {
  const path = `templates.names.${key}`;
  const name = (t as unknown as (k: string, o: object) => string)(path, { defaultValue: key });
  return name;
}

/** "العربية", "English"…: a template language in its own name. */
export function languageName(code: string): string {
  return languages.find((l) => l.code === code)?.nativeName ?? code;
}

export function variableDescription(t: TFunction, name: string, fallback: string): string {
  return (t as unknown as (k: string, o: object) => string)(`templates.variables.${name}`, { defaultValue: fallback });
}
