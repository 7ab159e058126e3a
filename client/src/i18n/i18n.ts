import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import { defaultLanguage, findLanguage, languageDirection } from './languages';

type Catalogue = Record<string, unknown>;

// English ships in the entry chunk as the fallback; other catalogues load on demand.
const catalogueLoaders = import.meta.glob<Catalogue>(['./locales/*.json', '!./locales/en.json'], {
  import: 'default',
});

const storageKey = 'trialconnect.language';

export const i18n = i18next.createInstance();

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function rememberLanguage(code: string): void {
  try {
    window.localStorage.setItem(storageKey, code);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): the choice then lasts for the page.
  }
}

/** `?lang=` wins (and is remembered), then the stored choice, then the browser, then English. */
export function detectLanguage(search: string = window.location.search): string {
  const fromQuery = findLanguage(new URLSearchParams(search).get('lang'));
  if (fromQuery) {
    rememberLanguage(fromQuery.code);
    return fromQuery.code;
  }
  const stored = findLanguage(readStoredLanguage());
  if (stored) return stored.code;
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const candidate of browserLanguages) {
    const match = findLanguage(candidate);
    if (match) return match.code;
  }
  return defaultLanguage;
}

async function ensureCatalogue(code: string): Promise<void> {
  if (i18n.hasResourceBundle(code, 'translation')) return;
  const load = catalogueLoaders[`./locales/${code}.json`];
  if (!load) return;
  i18n.addResourceBundle(code, 'translation', await load(), true, true);
}

function applyDocumentLanguage(code: string): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = languageDirection(code);
}

export async function initI18n(): Promise<void> {
  const language = detectLanguage();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: false,
    interpolation: { escapeValue: false },
  });
  i18n.on('languageChanged', applyDocumentLanguage);
  await changeLanguage(language, { remember: false });
  applyDocumentLanguage(i18n.language);
}

export async function changeLanguage(code: string, options: { remember?: boolean } = {}): Promise<void> {
  const language = findLanguage(code);
  if (!language) return;
  try {
    await ensureCatalogue(language.code);
  } catch {
    // A failed download keeps the current language rather than showing missing keys.
    return;
  }
  if (options.remember !== false) rememberLanguage(language.code);
  if (i18n.language !== language.code) await i18n.changeLanguage(language.code);
}
