import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@client/lib/trpc';
import { ReportSection } from './report-section';
import { languageLabel, shortLabel } from './report-format';
import { useChartLayout } from './use-chart-layout';

type Breakdown = RouterOutputs['reports']['breakdown'];
type Row = { label: string; count: number };

function CountSection({ title, description, rows, keyLabel, fileName }: { title: string; description: string; rows: Row[]; keyLabel: string; fileName: string }) {
  const { t } = useTranslation();
  const layout = useChartLayout();
  return (
    <ReportSection
      title={title}
      description={description}
      fileName={fileName}
      empty={rows.length === 0}
      chart={
        <BarChart
          h={Math.max(160, rows.length * 36 + 50)}
          data={rows.map((r) => ({ ...r, label: shortLabel(r.label, layout.labelMax) }))}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', label: t('reports.inquiries'), color: 'violet.7' }]}
          withBarValueLabel
          xAxisProps={layout.xAxisProps}
          yAxisProps={{ ...layout.yAxisProps, width: Math.min(layout.yAxisProps.width, 120) }}
          gridAxis="x"
        />
      }
      table={{ columns: [keyLabel, t('reports.inquiries')], rows: rows.map((r) => [r.label, r.count]), numeric: [1] }}
    />
  );
}

export function BreakdownSections({ data, fileStem }: { data: Breakdown; fileStem: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <CountSection
        title={t('reports.languages.title')}
        description={t('reports.languages.description')}
        keyLabel={t('reports.languages.column')}
        fileName={`languages-${fileStem}.csv`}
        rows={data.languages.map((l) => ({ label: languageLabel(l.key, i18n.language), count: l.count }))}
      />
      <CountSection
        title={t('reports.sources.title')}
        description={t('reports.sources.description')}
        keyLabel={t('reports.sources.column')}
        fileName={`sources-${fileStem}.csv`}
        rows={data.sources.map((s) => ({ label: t(`reports.sources.${s.key as 'WEB_FORM'}`, { defaultValue: s.key }), count: s.count }))}
      />
    </>
  );
}
