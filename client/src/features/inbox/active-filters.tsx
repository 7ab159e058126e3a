import { Badge, Button, CloseButton, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@client/lib/trpc';
import type { InboxFilters } from '@shared/schemas/inbox';
import { formatDate, languageLabel } from './inbox-format';

type Chip = { key: string; label: string; without: InboxFilters };

type Names = { studies: Map<string, string>; sites: Map<string, string>; people: Map<string, string> };

function without(filters: InboxFilters, ...keys: (keyof InboxFilters)[]): InboxFilters {
  const next = { ...filters };
  for (const key of keys) delete next[key];
  return next;
}

/** One removable chip per filter in force (the search box shows the search term itself). */
export function describeFilters(filters: InboxFilters, t: TFunction, language: string, names: Names): Chip[] {
  const chips: Chip[] = [];
  const list = (key: keyof InboxFilters, title: string, values: string[]) =>
    chips.push({ key, label: `${title}: ${values.join(', ')}`, without: without(filters, key) });
  if (filters.statuses?.length) list('statuses', t('inbox.columns.status'), filters.statuses.map((s) => t(`status.inquiry.${s}`)));
  if (filters.slaStates?.length) list('slaStates', t('inbox.columns.sla'), filters.slaStates.map((s) => t(`inbox.sla.${s}`)));
  if (filters.assignee) {
    const who = filters.assignee === 'me' ? t('inbox.me') : filters.assignee === 'unassigned' ? t('inbox.unassigned') : names.people.get(filters.assignee) ?? '…';
    list('assignee', t('inbox.columns.assignee'), [who]);
  }
  if (filters.studyIds?.length) list('studyIds', t('inbox.columns.study'), filters.studyIds.map((id) => names.studies.get(id) ?? '…'));
  if (filters.siteIds?.length) list('siteIds', t('inbox.columns.site'), filters.siteIds.map((id) => names.sites.get(id) ?? '…'));
  if (filters.centralQueue) chips.push({ key: 'centralQueue', label: t('inbox.centralQueue'), without: without(filters, 'centralQueue') });
  if (filters.languages?.length) list('languages', t('inbox.columns.language'), filters.languages.map((l) => languageLabel(l, language)));
  if (filters.interpreterNeeded) chips.push({ key: 'interpreterNeeded', label: t('inbox.filters.interpreterOnly'), without: without(filters, 'interpreterNeeded') });
  if (filters.overdue) chips.push({ key: 'overdue', label: t('inbox.filters.overdueOnly'), without: without(filters, 'overdue') });
  const ranges = [
    ['received', 'receivedFrom', 'receivedTo'],
    ['lastActivity', 'lastActivityFrom', 'lastActivityTo'],
    ['nextFollowUp', 'nextFollowUpFrom', 'nextFollowUpTo'],
  ] as const;
  for (const [label, from, to] of ranges) {
    if (!filters[from] && !filters[to]) continue;
    const text = [filters[from] ? `${t('inbox.filters.from')} ${formatDate(`${filters[from]}T12:00:00`, language)}` : '', filters[to] ? `${t('inbox.filters.to')} ${formatDate(`${filters[to]}T12:00:00`, language)}` : '']
      .filter(Boolean)
      .join(' ');
    chips.push({ key: label, label: `${t(`inbox.columns.${label}`)}: ${text}`, without: without(filters, from, to) });
  }
  return chips;
}

export function ActiveFilters({ filters, onChange }: { filters: InboxFilters; onChange: (filters: InboxFilters) => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const options = useQuery({ ...trpc.inbox.options.queryOptions(), staleTime: 5 * 60_000 });
  const people = useQuery({ ...trpc.inbox.assignees.queryOptions({}), staleTime: 5 * 60_000 });
  const names: Names = {
    studies: new Map((options.data?.studies ?? []).map((s) => [s.id, s.acronym || s.title])),
    sites: new Map((options.data?.sites ?? []).map((s) => [s.id, s.name])),
    people: new Map((people.data ?? []).map((p) => [p.id, p.name])),
  };
  const chips = describeFilters(filters, t, i18n.language, names);
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" aria-label={t('inbox.filters.active')} role="group">
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          size="lg"
          variant="light"
          color="gray"
          tt="none"
          fw={500}
          maw="100%"
          pe={4}
          rightSection={
            <CloseButton size="xs" onClick={() => onChange(chip.without)} aria-label={t('inbox.filters.remove', { label: chip.label })} />
          }
        >
          {chip.label}
        </Badge>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={() => onChange(filters.q ? { q: filters.q } : {})}>
        {t('inbox.filters.clear')}
      </Button>
    </Group>
  );
}
