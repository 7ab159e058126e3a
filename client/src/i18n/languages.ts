export type TextDirection = 'ltr' | 'rtl';

export interface LanguageInfo {
  /** BCP 47 primary language subtag; also the catalogue file name in ./locales. */
  code: string;
  /** Name of the language written in that language, shown in the switcher. */
  nativeName: string;
  dir: TextDirection;
}

// Adding a language: add locales/<code>.json, locales/<code>/*.json and one line here.
export const languages: readonly LanguageInfo[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
];

export const defaultLanguage = 'en';

export function findLanguage(code: string | null | undefined): LanguageInfo | undefined {
  if (!code) return undefined;
  const primary = code.trim().toLowerCase().split(/[-_]/)[0];
  return languages.find((language) => language.code === primary);
}

export function languageDirection(code: string): TextDirection {
  return findLanguage(code)?.dir ?? 'ltr';
}
