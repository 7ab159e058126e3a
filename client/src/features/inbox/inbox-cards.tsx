import { Anchor, Badge, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { Table as TanstackTable } from '@tanstack/react-table';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InquiryStatusBadge } from '@client/components/inquiry-status-badge';
import { SlaBadge } from '@client/components/sla-badge';
import { INBOX_SORT_FIELDS, type InboxSort } from '@shared/schemas/inbox';
import { patientName, type InboxRow } from './inbox-columns';
import { formatDateTime, formatRelative, languageLabel } from './inbox-format';
import classes from './inbox-table.module.css';

export interface InboxCardsProps {
  table: TanstackTable<InboxRow>;
  sort: InboxSort;
  onSort: (sort: InboxSort) => void;
  activeIndex: number;
  onActivate: (index: number) => void;
  containerRef: RefObject<HTMLDivElement | null>;
}

/** The inbox on a phone: one card per inquiry, the same selection, links and keyboard triage. */
export function InboxCards({ table, sort, onSort, activeIndex, onActivate, containerRef }: InboxCardsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = INBOX_SORT_FIELDS.flatMap((field) =>
    (['asc', 'desc'] as const).map((dir) => ({ value: `${field}.${dir}`, label: `${t(`inbox.columns.${field}`)} · ${t(`inbox.sort.${dir}`)}` })),
  );
  return (
    <Stack gap="sm" ref={containerRef}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Checkbox
          label={t('inbox.selectAll')}
          checked={table.getIsAllPageRowsSelected()}
          indeterminate={table.getIsSomePageRowsSelected()}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
          size="sm"
        />
        <Select
          aria-label={t('inbox.sort.label')}
          data={options}
          value={`${sort.field}.${sort.dir}`}
          onChange={(v) => {
            const [field, dir] = (v ?? '').split('.') as [InboxSort['field'], InboxSort['dir']];
            if (field && dir) onSort({ field, dir });
          }}
          allowDeselect={false}
          size="xs"
          w={210}
        />
      </Group>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('inbox.tableLabel')}>
        {table.getRowModel().rows.map((row, index) => {
          const r = row.original;
          return (
            <Paper
              component="li"
              key={row.id}
              withBorder
              radius="md"
              p="sm"
              data-row
              data-active={index === activeIndex || undefined}
              data-selected={row.getIsSelected() || undefined}
              className={classes.card}
              onFocusCapture={() => onActivate(index)}
            >
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <Checkbox mt={2} aria-label={t('inbox.selectRow', { name: patientName(r) })} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
                <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Anchor component={Link} to={`/dashboard/inquiries/${r.id}`} fw={600} size="sm" data-row-link underline="hover">
                      <bdi>{patientName(r)}</bdi>
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(r.createdAt, lang)}>
                      {formatRelative(r.createdAt, lang)}
                    </Text>
                  </Group>
                  <Group gap={6}>
                    <InquiryStatusBadge status={r.status} size="sm" />
                    <SlaBadge state={r.slaState} size="sm" />
                    {r.interpreterNeeded ? <Badge size="sm" variant="light" color="orange" tt="none">{t('inbox.interpreter')}</Badge> : null}
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    <bdi>{r.studyAcronym || r.studyTitle}</bdi> · <bdi>{r.siteName ?? t('inbox.centralQueue')}</bdi> · {languageLabel(r.otherLanguage ?? r.language, lang)}
                  </Text>
                  <Text size="xs">
                    {t('inbox.columns.assignee')}: {r.assigneeName ? <bdi>{r.assigneeName}</bdi> : t('inbox.unassigned')}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
