import { Button, Checkbox, Drawer, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@client/lib/trpc';
import { INQUIRY_STATUSES } from '@shared/inquiry-status';
import { SLA_STATES } from '@shared/sla-state';
import type { InboxFilters } from '@shared/schemas/inbox';
import { languageLabel } from './inbox-format';

export interface FiltersDrawerProps {
  opened: boolean;
  onClose: () => void;
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
}

type DateKey = 'receivedFrom' | 'receivedTo' | 'lastActivityFrom' | 'lastActivityTo' | 'nextFollowUpFrom' | 'nextFollowUpTo';
const DATE_GROUPS = [
  { label: 'received', from: 'receivedFrom', to: 'receivedTo' },
  { label: 'lastActivity', from: 'lastActivityFrom', to: 'lastActivityTo' },
  { label: 'nextFollowUp', from: 'nextFollowUpFrom', to: 'nextFollowUpTo' },
] as const satisfies readonly { label: string; from: DateKey; to: DateKey }[];

/** Drops empty values so the URL and the server see only what is really filtered. */
function set<K extends keyof InboxFilters>(filters: InboxFilters, key: K, value: InboxFilters[K] | undefined): InboxFilters {
  const next = { ...filters };
  const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[key];
  else next[key] = value;
  return next;
}

export function FiltersDrawer({ opened, onClose, filters, onChange }: FiltersDrawerProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const options = useQuery({ ...trpc.inbox.options.queryOptions(), staleTime: 5 * 60_000 });
  const people = useQuery({ ...trpc.inbox.assignees.queryOptions({}), staleTime: 5 * 60_000 });
  const rtl = i18n.dir() === 'rtl';
  const change = <K extends keyof InboxFilters>(key: K, value: InboxFilters[K] | undefined) => onChange(set(filters, key, value));

  const assigneeData = [
    { value: 'me', label: t('inbox.me') },
    { value: 'unassigned', label: t('inbox.unassigned') },
    ...(people.data ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position={rtl ? 'left' : 'right'}
      title={t('inbox.filters.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      <Stack gap="md">
        <MultiSelect
          label={t('inbox.columns.status')}
          placeholder={filters.statuses?.length ? undefined : t('inbox.filters.any')}
          data={INQUIRY_STATUSES.map((s) => ({ value: s, label: t(`status.inquiry.${s}`) }))}
          value={filters.statuses ?? []}
          onChange={(v) => change('statuses', v as InboxFilters['statuses'])}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <MultiSelect
          label={t('inbox.columns.sla')}
          placeholder={filters.slaStates?.length ? undefined : t('inbox.filters.any')}
          data={SLA_STATES.map((s) => ({ value: s, label: t(`inbox.sla.${s}`) }))}
          value={filters.slaStates ?? []}
          onChange={(v) => change('slaStates', v as InboxFilters['slaStates'])}
          clearable
        />
        <Select
          label={t('inbox.columns.assignee')}
          placeholder={t('inbox.filters.anyone')}
          data={assigneeData}
          value={filters.assignee ?? null}
          onChange={(v) => change('assignee', v ?? undefined)}
          clearable
          searchable
        />
        <MultiSelect
          label={t('inbox.columns.study')}
          placeholder={filters.studyIds?.length ? undefined : t('inbox.filters.any')}
          data={(options.data?.studies ?? []).map((s) => ({ value: s.id, label: s.acronym ? `${s.acronym} · ${s.title}` : s.title }))}
          value={filters.studyIds ?? []}
          onChange={(v) => change('studyIds', v)}
          searchable
          clearable
        />
        <MultiSelect
          label={t('inbox.columns.site')}
          placeholder={filters.siteIds?.length ? undefined : t('inbox.filters.any')}
          data={(options.data?.sites ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.city})` }))}
          value={filters.siteIds ?? []}
          onChange={(v) => change('siteIds', v)}
          searchable
          clearable
        />
        {options.data?.centralQueue ? (
          <Checkbox
            label={t('inbox.filters.centralQueue')}
            description={t('inbox.filters.centralQueueHint')}
            checked={Boolean(filters.centralQueue)}
            onChange={(e) => change('centralQueue', e.currentTarget.checked)}
          />
        ) : null}
        <MultiSelect
          label={t('inbox.columns.language')}
          placeholder={filters.languages?.length ? undefined : t('inbox.filters.any')}
          data={(options.data?.languages ?? []).map((code) => ({ value: code, label: languageLabel(code, i18n.language) }))}
          value={filters.languages ?? []}
          onChange={(v) => change('languages', v)}
          searchable
          clearable
        />
        <Checkbox label={t('inbox.filters.interpreterOnly')} checked={filters.interpreterNeeded === true} onChange={(e) => change('interpreterNeeded', e.currentTarget.checked || undefined)} />
        <Checkbox label={t('inbox.filters.overdueOnly')} description={t('inbox.filters.overdueHint')} checked={Boolean(filters.overdue)} onChange={(e) => change('overdue', e.currentTarget.checked)} />
        {DATE_GROUPS.map((g) => (
          <fieldset key={g.label} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Text component="legend" size="sm" fw={500} mb={4}>
              {t(`inbox.columns.${g.label}`)}
            </Text>
            <SimpleGrid cols={2} spacing="sm">
              <TextInput type="date" label={t('inbox.filters.from')} size="sm" value={filters[g.from] ?? ''} max={filters[g.to]} onChange={(e) => change(g.from, e.currentTarget.value || undefined)} />
              <TextInput type="date" label={t('inbox.filters.to')} size="sm" value={filters[g.to] ?? ''} min={filters[g.from]} onChange={(e) => change(g.to, e.currentTarget.value || undefined)} />
            </SimpleGrid>
          </fieldset>
        ))}
        <Group justify="space-between" mt="sm">
          <Button variant="subtle" onClick={() => onChange(filters.q ? { q: filters.q } : {})}>
            {t('inbox.filters.clear')}
          </Button>
          <Button onClick={onClose}>{t('inbox.filters.done')}</Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
