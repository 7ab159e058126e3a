import '@mantine/charts/styles.layer.css';
import { Alert, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@client/components/ui/page-header';
import { useCurrentUser } from '@client/features/dashboard/use-current-user';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { BreakdownSections } from './breakdown-sections';
import { FunnelSection } from './funnel-section';
import { periodFromParams, periodInput, type PeriodPreset } from './period';
import { ReportFilters } from './report-filters';
import { toHours } from './report-format';
import { ResponseSections } from './response-sections';

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const studyId = params.get('study');
  const siteId = params.get('site');
  const rangeError = period.from > period.to ? t('reports.rangeError') : null;
  const input = { ...periodInput(period), studyId: studyId ?? undefined, siteId: siteId ?? undefined };
  const enabled = !rangeError;
  const opts = { enabled, placeholderData: keepPreviousData } as const;

  const options = useQuery(trpc.reports.options.queryOptions());
  const funnel = useQuery({ ...trpc.reports.funnel.queryOptions(input), ...opts });
  const response = useQuery({ ...trpc.reports.responseTimes.queryOptions(input), ...opts });
  const breakdown = useQuery({ ...trpc.reports.breakdown.queryOptions(input), ...opts });

  const update = (change: (p: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  };
  const onPreset = (preset: PeriodPreset) =>
    update((p) => {
      if (preset === 'custom') {
        p.set('from', period.from);
        p.set('to', period.to);
        p.delete('period');
      } else {
        p.set('period', preset);
        p.delete('from');
        p.delete('to');
      }
    });
  const setParam = (name: string) => (value: string | null) => update((p) => (value ? p.set(name, value) : p.delete(name)));

  const fileStem = `${period.from}_${period.to}`;
  const error = [funnel, response, breakdown].find((q) => q.isError)?.error;
  const loading = [funnel, response, breakdown].some((q) => q.isPending && q.fetchStatus !== 'idle');
  const overall = response.data?.overall;
  const numbers = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const stats = overall
    ? [
        { label: t('reports.received'), value: numbers.format(overall.received) },
        { label: t('reports.contacted'), value: numbers.format(overall.contacted) },
        { label: t('reports.firstContact.median'), value: overall.medianWorkingMinutes === null ? '—' : t('reports.hoursValue', { value: numbers.format(toHours(overall.medianWorkingMinutes)!) }) },
        { label: t('reports.sla.breaches'), value: numbers.format(overall.metLate + overall.breachedOpen) },
      ]
    : [];

  return (
    <>
      <PageHeader title={t('dashboard.pages.reports.title')} description={user?.role === 'ADMIN' ? t('reports.descriptionAdmin') : t('reports.descriptionCoordinator')} />
      <Stack gap="lg">
        <ReportFilters
          period={period}
          studyId={studyId}
          siteId={siteId}
          options={options.data}
          onPreset={onPreset}
          onCustom={(range) => update((p) => (p.set('from', range.from), p.set('to', range.to), p.delete('period')))}
          onStudy={setParam('study')}
          onSite={setParam('site')}
          rangeError={rangeError}
        />
        {error ? <Alert color="red">{errorMessage(error)}</Alert> : null}
        {loading ? (
          <Stack align="center" py="xl" role="status" aria-live="polite">
            <Loader aria-hidden />
            <Text c="dimmed">{t('common.loading')}</Text>
          </Stack>
        ) : null}
        {stats.length ? (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="dl" m={0} aria-label={t('reports.summaryLabel')}>
            {stats.map((s) => (
              <Paper key={s.label} withBorder radius="lg" p="md">
                <Text component="dt" size="sm" c="dimmed">
                  {s.label}
                </Text>
                <Text component="dd" m={0} fw={700} fz="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {s.value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        ) : null}
        {funnel.data ? <FunnelSection rows={funnel.data} fileStem={fileStem} /> : null}
        {response.data ? <ResponseSections data={response.data} fileStem={fileStem} /> : null}
        {breakdown.data ? <BreakdownSections data={breakdown.data} fileStem={fileStem} /> : null}
      </Stack>
    </>
  );
}
