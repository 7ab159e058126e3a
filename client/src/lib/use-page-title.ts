import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "Page · TrialConnect" (WCAG 2.4.2: every page has a descriptive title). */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useDocumentTitle(title ? `${title} · ${t('app.name')}` : t('app.name'));
}
