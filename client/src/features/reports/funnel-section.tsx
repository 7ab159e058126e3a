import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES } from '@shared/schemas/reports';
import type { RouterOutputs } from '@client/lib/trpc';
import { ReportSection } from './report-section';
import { siteLabel } from './report-format';
import { useChartLayout } from './use-chart-layout';

type Rows = RouterOutputs['reports']['funnel'];

export function FunnelSection({ rows, fileStem }: { rows: Rows; fileStem: string }) {
  const { t } = useTranslation();
  const layout = useChartLayout();
  const stageLabel = (s: (typeof FUNNEL_STAGES)[number]) => t(`reports.stages.${s}`);
  const totals = FUNNEL_STAGES.map((stage) => ({ stage: stageLabel(stage), count: rows.reduce((n, r) => n + r[stage], 0) }));
  return (
    <ReportSection
      title={t('reports.funnel.title')}
      description={t('reports.funnel.description')}
      fileName={`funnel-${fileStem}.csv`}
      empty={rows.length === 0}
      chart={
        <BarChart
          h={280}
          data={totals}
          dataKey="stage"
          orientation="vertical"
          series={[{ name: 'count', label: t('reports.inquiries'), color: 'teal.7' }]}
          withBarValueLabel
          gridAxis="x"
          xAxisProps={layout.xAxisProps}
          yAxisProps={{ ...layout.yAxisProps, width: Math.min(layout.yAxisProps.width, 110) }}
        />
      }
      table={{
        columns: [t('reports.study'), t('reports.nctId'), t('reports.site'), ...FUNNEL_STAGES.map(stageLabel)],
        rows: rows.map((r) => [r.studyTitle, r.nctId, siteLabel(t, r.siteName), ...FUNNEL_STAGES.map((s) => r[s])]),
        numeric: FUNNEL_STAGES.map((_, i) => i + 3),
        wide: [0, 2],
      }}
    />
  );
}
