import { Button, Center, Code, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { usePageTitle } from '@client/lib/use-page-title';

/** Last-resort error screen: kept in the entry chunk so it works even when a chunk fails to load. */
export function RootErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  usePageTitle(t('errors.pageTitle'));
  const isChunkError = error instanceof TypeError && /dynamically imported module|fetch/i.test(error.message);
  return (
    <Center mih="100vh" p="md" component="main" id="main-content">
      <Stack align="center" gap="md" maw={520} ta="center">
        <IconAlertTriangle size={48} color="var(--mantine-color-orange-8)" aria-hidden />
        <Title order={1}>{t('errors.pageTitle')}</Title>
        <Text c="dimmed">{isChunkError ? t('errors.reloadNeeded') : t('errors.pageDescription')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
        {import.meta.env.DEV && error instanceof Error ? <Code block>{error.message}</Code> : null}
      </Stack>
    </Center>
  );
}
