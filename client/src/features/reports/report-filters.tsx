import { Group, Paper, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '@client/lib/trpc';
import { PERIOD_PRESETS, type Period, type PeriodPreset } from './period';

type Options = RouterOutputs['reports']['options'];

export interface ReportFiltersProps {
  period: Period;
  studyId: string | null;
  siteId: string | null;
  options: Options | undefined;
  onPreset(preset: PeriodPreset): void;
  onCustom(range: { from: string; to: string }): void;
  onStudy(id: string | null): void;
  onSite(id: string | null): void;
  rangeError: string | null;
}

export function ReportFilters({ period, studyId, siteId, options, onPreset, onCustom, onStudy, onSite, rangeError }: ReportFiltersProps) {
  const { t } = useTranslation();
  const width = { base: '100%', xs: 220 };
  return (
    <Paper withBorder radius="lg" p="md" component="form" role="search" aria-label={t('reports.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Select
          w={width}
          label={t('reports.period')}
          value={period.preset}
          allowDeselect={false}
          onChange={(v) => v && onPreset(v as PeriodPreset)}
          data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`reports.presets.${p}`) }))}
        />
        {period.preset === 'custom' ? (
          <>
            <TextInput w={width} type="date" label={t('reports.from')} value={period.from} max={period.to} onChange={(e) => e.currentTarget.value && onCustom({ from: e.currentTarget.value, to: period.to })} />
            <TextInput
              w={width}
              type="date"
              label={t('reports.to')}
              value={period.to}
              min={period.from}
              error={rangeError}
              onChange={(e) => e.currentTarget.value && onCustom({ from: period.from, to: e.currentTarget.value })}
            />
          </>
        ) : null}
        <Select
          w={{ base: '100%', xs: 280 }}
          label={t('reports.study')}
          placeholder={t('reports.allStudies')}
          value={studyId}
          onChange={onStudy}
          clearable
          searchable
          nothingFoundMessage={t('reports.nothingFound')}
          data={(options?.studies ?? []).map((s) => ({ value: s.id, label: `${s.nctId} · ${s.title}` }))}
          comboboxProps={{ width: 'target' }}
        />
        <Select
          w={{ base: '100%', xs: 260 }}
          label={t('reports.site')}
          placeholder={t('reports.allSites')}
          value={siteId}
          onChange={onSite}
          clearable
          searchable
          nothingFoundMessage={t('reports.nothingFound')}
          data={(options?.sites ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.city}, ${s.countryCode})` }))}
        />
      </Group>
    </Paper>
  );
}
