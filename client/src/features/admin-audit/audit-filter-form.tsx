import { Badge, Button, Collapse, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilter, IconFilterOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@client/lib/trpc';
import { FILTER_KEYS, hasFilters, type FilterValues } from './audit-filters';

export interface AuditFilterFormProps {
  values: FilterValues;
  onApply: (values: FilterValues) => void;
}

/** Mounted with a key of the current filters, so its fields follow the address. */
export function AuditFilterForm({ values, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actors = useQuery(trpc.audit.actors.queryOptions());
  const sites = useQuery(trpc.sites.listMine.queryOptions());
  const [draft, setDraft] = useState<FilterValues>(values);
  // On a phone the form would fill the screen before the first entry: folded until asked for.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [unfolded, setUnfolded] = useState(false);
  const active = FILTER_KEYS.filter((k) => values[k] !== '').length;
  const set = (key: keyof FilterValues) => (value: string | null) => setDraft((d) => ({ ...d, [key]: value ?? '' }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => onApply(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as FilterValues);

  return (
    <>
      {!wide ? (
        <Group>
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            rightSection={active ? <Badge size="sm" circle>{active}</Badge> : null}
            aria-expanded={unfolded}
            aria-controls="audit-filters"
            onClick={() => setUnfolded((o) => !o)}
          >
            {t('audit.filters.label')}
          </Button>
        </Group>
      ) : null}
      <Collapse expanded={wide || unfolded}>
        <Paper id="audit-filters" withBorder radius="lg" p="md" component="form" onSubmit={onSubmit} aria-label={t('audit.filters.label')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select
              label={t('audit.filters.actor')}
              placeholder={t('audit.filters.anyone')}
              searchable
              clearable
              data={(actors.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
              value={draft.actorId || null}
              onChange={set('actorId')}
            />
            <TextInput
              label={t('audit.filters.action')}
              description={t('audit.filters.actionHint')}
              value={draft.action}
              onChange={(e) => set('action')(e.currentTarget.value)}
              dir="ltr"
            />
            <TextInput label={t('audit.filters.entityType')} value={draft.entityType} onChange={(e) => set('entityType')(e.currentTarget.value)} dir="ltr" />
            <TextInput label={t('audit.filters.entityId')} value={draft.entityId} onChange={(e) => set('entityId')(e.currentTarget.value)} dir="ltr" />
            <Select
              label={t('audit.filters.site')}
              placeholder={t('audit.filters.anySite')}
              searchable
              clearable
              data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={draft.siteId || null}
              onChange={set('siteId')}
            />
            <TextInput type="date" label={t('audit.filters.from')} value={draft.from} onChange={(e) => set('from')(e.currentTarget.value)} />
            <TextInput type="date" label={t('audit.filters.to')} value={draft.to} onChange={(e) => set('to')(e.currentTarget.value)} />
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
                {t('audit.filters.apply')}
              </Button>
              {hasFilters(values) ? (
                <Button variant="default" onClick={clear} leftSection={<IconFilterOff size={16} aria-hidden />}>
                  {t('audit.filters.clear')}
                </Button>
              ) : null}
            </Group>
          </SimpleGrid>
        </Paper>
      </Collapse>
    </>
  );
}
