import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the first route's code loads; the loader appears only if that takes a moment. */
export function RouteFallback() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" style={{ animation: 'tc-fade-in 0.2s 0.4s both' }}>
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
