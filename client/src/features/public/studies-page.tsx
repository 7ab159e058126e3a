import '@client/features/study/mantine-study.css';
import { Alert, Button, Container, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { IconAlertTriangle, IconMapQuestion, IconStethoscope } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { ANY_STATUS, hasSearch, parseFinderParams, toFinderParams } from './finder-params';
import { StudyResultCard } from './study-result-card';
import { StudySearchForm } from './study-search-form';
import { useStudySearch } from './use-study-search';

function ResultSkeletons() {
  return (
    <Stack gap="md" aria-hidden>
      {[0, 1, 2].map((index) => (
        <Paper key={index} withBorder radius="lg" p="lg">
          <Skeleton height={22} width={160} radius="xl" mb="md" />
          <Skeleton height={20} width="85%" mb="sm" />
          <Skeleton height={14} width="60%" mb="xs" />
          <Skeleton height={14} width="45%" />
        </Paper>
      ))}
    </Stack>
  );
}

export function StudiesPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const filters = parseFinderParams(searchParams);
  const [attempt, setAttempt] = useState(0);
  const state = useStudySearch(filters, attempt);
  const searched = hasSearch(filters);
  const anyStatusLink = `/studies?${toFinderParams({ ...filters, status: ANY_STATUS }).toString()}`;

  return (
    <Container size="lg" py={{ base: 'lg', sm: 40 }}>
      <PageHeader title={t('studies.title')} description={t('studies.description')} />
      <Stack gap="xl">
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
          {/* Keyed by the query so the fields follow back/forward navigation. */}
          <StudySearchForm key={searchParams.toString()} initialValues={filters} withStatus />
        </Paper>
        <section aria-labelledby="results-title">
          <Title order={2} id="results-title" fz="h3" mb="md" aria-live="polite">
            {state.status === 'done'
              ? t('studies.resultCount', { count: state.studies.length })
              : state.status === 'loading'
                ? t('studies.loading')
                : t('studies.resultsLabel')}
          </Title>
          {state.status === 'done' && state.placeNotFound ? (
            <Alert variant="light" color="yellow" icon={<IconMapQuestion size={20} aria-hidden />} mb="md" role="status">
              {t('studies.placeNotFound', { place: filters.place })}
            </Alert>
          ) : null}
          {state.status === 'loading' ? <ResultSkeletons /> : null}
          {state.status === 'error' ? (
            <EmptyState
              icon={<IconAlertTriangle size={32} />}
              headingLevel={3}
              title={t('studies.errorTitle')}
              description={t('studies.errorText')}
              action={<Button onClick={() => setAttempt((value) => value + 1)}>{t('common.tryAgain')}</Button>}
            />
          ) : null}
          {state.status === 'done' && state.studies.length === 0 ? (
            <EmptyState
              icon={<IconStethoscope size={32} />}
              headingLevel={3}
              title={searched ? t('studies.noResultsTitle') : t('studies.emptyTitle')}
              description={searched ? t('studies.noResultsText') : t('studies.emptyText')}
              action={
                filters.status !== ANY_STATUS ? (
                  <Button component={Link} to={anyStatusLink} variant="light">
                    {t('studies.tryAnyStatus')}
                  </Button>
                ) : undefined
              }
            />
          ) : null}
          {state.status === 'done' && state.studies.length > 0 ? (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {state.studies.map((study) => (
                <li key={study.nctId}>
                  <StudyResultCard study={study} />
                </li>
              ))}
            </Stack>
          ) : null}
        </section>
      </Stack>
    </Container>
  );
}
