import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@client/lib/trpc';
import { ReportSection } from './report-section';
import { shortLabel, siteLabel, toHours } from './report-format';
import { useChartLayout } from './use-chart-layout';

type Response = RouterOutputs['reports']['responseTimes'];

export function ResponseSections({ data, fileStem }: { data: Response; fileStem: string }) {
  const { t, i18n } = useTranslation();
  const layout = useChartLayout();
  const label = (name: string | null) => shortLabel(siteLabel(t, name), layout.labelMax);
  const hours = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const contacted = data.sites.filter((s) => s.medianWorkingMinutes !== null);
  const withSla = data.sites.filter((s) => s.met + s.metLate + s.breachedOpen + s.pending > 0);
  const sla = [
    { name: 'met', label: t('reports.sla.met'), color: 'teal.7' },
    { name: 'metLate', label: t('reports.sla.metLate'), color: 'orange.6' },
    { name: 'breachedOpen', label: t('reports.sla.breachedOpen'), color: 'red.7' },
    { name: 'pending', label: t('reports.sla.pending'), color: 'gray.5' },
  ] as const;
  return (
    <>
      <ReportSection
        title={t('reports.firstContact.title')}
        description={t('reports.firstContact.description')}
        fileName={`time-to-first-contact-${fileStem}.csv`}
        empty={contacted.length === 0}
        chart={
          <BarChart
            h={Math.max(160, contacted.length * 44 + 60)}
            data={contacted.map((s) => ({ site: label(s.siteName), hours: toHours(s.medianWorkingMinutes) }))}
            dataKey="site"
            orientation="vertical"
            series={[{ name: 'hours', label: t('reports.firstContact.median'), color: 'blue.7' }]}
            valueFormatter={(v) => t('reports.hoursValue', { value: hours.format(v) })}
            withBarValueLabel
            xAxisProps={layout.xAxisProps}
            yAxisProps={layout.yAxisProps}
            gridAxis="x"
          />
        }
        table={{
          columns: [t('reports.site'), t('reports.received'), t('reports.contacted'), t('reports.firstContact.medianHours')],
          rows: data.sites.map((s) => [siteLabel(t, s.siteName), s.received, s.contacted, toHours(s.medianWorkingMinutes)]),
          numeric: [1, 2, 3],
          wide: [0],
        }}
      />
      <ReportSection
        title={t('reports.sla.title')}
        description={t('reports.sla.description')}
        fileName={`sla-${fileStem}.csv`}
        empty={withSla.length === 0}
        chart={
          <BarChart
            h={Math.max(180, withSla.length * 44 + 90)}
            data={withSla.map((s) => ({ site: label(s.siteName), met: s.met, metLate: s.metLate, breachedOpen: s.breachedOpen, pending: s.pending }))}
            dataKey="site"
            type="stacked"
            orientation="vertical"
            series={sla.map((s) => ({ ...s }))}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            xAxisProps={layout.xAxisProps}
            yAxisProps={layout.yAxisProps}
            gridAxis="x"
          />
        }
        table={{
          columns: [t('reports.site'), t('reports.received'), ...sla.map((s) => s.label), t('reports.sla.breaches')],
          rows: data.sites.map((s) => [siteLabel(t, s.siteName), s.received, s.met, s.metLate, s.breachedOpen, s.pending, s.metLate + s.breachedOpen]),
          numeric: [1, 2, 3, 4, 5, 6],
          wide: [0],
        }}
      />
    </>
  );
}
