import type en from './locales/en.json';

// Feature catalogues (locales/en/<feature>.json) are added to this type one line each.
type Catalogues = typeof en & typeof import('./locales/en/inbox.json') & typeof import('./locales/en/account.json') & typeof import('./locales/en/users.json') & typeof import('./locales/en/audit.json') & typeof import('./locales/en/reports.json') & typeof import('./locales/en/settings.json') & typeof import('./locales/en/live.json') & typeof import('./locales/en/inquiry-page.json') & typeof import('./locales/en/partners.json') & typeof import('./locales/en/studies-admin.json') & typeof import('./locales/en/sites-admin.json');

// One flat object type: an intersection of many catalogues makes i18next's key types too deep.
type Resources = { [K in keyof Catalogues]: Catalogues[K] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
