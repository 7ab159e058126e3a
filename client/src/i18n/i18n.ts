import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCore from './locales/en.json';
import { defaultLanguage, findLanguage, languageDirection } from './languages';

type Catalogue = Record<string, unknown>;

// A language's catalogue is locales/<code>.json plus one file per dashboard feature in
// locales/<code>/<feature>.json (top-level keys merged), so features never edit the same file.
const englishFeatures = import.meta.glob<Catalogue>('./locales/en/*.json', { import: 'default', eager: true });
const en: Catalogue = Object.assign({}, enCore, ...Object.values(englishFeatures));

// English ships in the entry chunk as the fallback; other catalogues load on demand.
const catalogueLoaders = import.meta.glob<Catalogue>(['./locales/*.json', './locales/*/*.json', '!./locales/en.json', '!./locales/en/*.json'], {
  import: 'default',
});

async function loadCatalogue(code: string): Promise<Catalogue | undefined> {
  const parts = Object.entries(catalogueLoaders).filter(
    ([path]) => path === `./locales/${code}.json` || path.startsWith(`./locales/${code}/`),
  );
  if (parts.length === 0) return undefined;
  // The core catalogue first, as for English: a feature file may extend one of its top-level keys.
  parts.sort(([a], [b]) => Number(b === `./locales/${code}.json`) - Number(a === `./locales/${code}.json`));
  const loaded = await Promise.all(parts.map(([, load]) => load()));
  return Object.assign({}, ...loaded);
}

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
  const catalogue = await loadCatalogue(code);
  if (!catalogue) return;
  i18n.addResourceBundle(code, 'translation', catalogue, true, true);
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
