import type en from './locales/en.json';

// Feature catalogues (locales/en/<feature>.json) are added to this type one line each.
type Resources = typeof en;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
