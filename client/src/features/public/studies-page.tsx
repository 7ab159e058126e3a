import { Container, Paper, Stack } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { StudySearchForm } from './study-search-form';

export function StudiesPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const initialValues = {
    q: searchParams.get('q') ?? '',
    age: searchParams.get('age') ?? '',
    status: searchParams.get('status') ?? '',
  };
  const hasSearch = Boolean(initialValues.q || initialValues.age || initialValues.status);

  return (
    <Container size="lg" py={{ base: 'lg', sm: 40 }}>
      <PageHeader title={t('studies.title')} description={t('studies.description')} />
      <Stack gap="xl">
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
          {/* Keyed by the query so the fields follow back/forward navigation. */}
          <StudySearchForm key={searchParams.toString()} initialValues={initialValues} withStatus />
        </Paper>
        <section aria-live="polite" aria-label={t('studies.resultsLabel')}>
          <EmptyState
            icon={<IconStethoscope size={32} />}
            title={hasSearch ? t('studies.noResultsTitle') : t('studies.emptyTitle')}
            description={hasSearch ? t('studies.noResultsText') : t('studies.emptyText')}
          />
        </section>
      </Stack>
    </Container>
  );
}
