import { Anchor, Badge, Checkbox, Stack, Text } from '@mantine/core';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { InquiryStatusBadge } from '@client/components/inquiry-status-badge';
import { SlaBadge } from '@client/components/sla-badge';
import type { RouterOutputs } from '@client/lib/trpc';
import type { InboxColumn } from '@shared/schemas/inbox';
import { formatDate, formatDateTime, formatRelative, languageLabel } from './inbox-format';

export type InboxRow = RouterOutputs['inbox']['list']['rows'][number];

const helper = createColumnHelper<InboxRow>();

export const patientName = (row: InboxRow) => `${row.firstName} ${row.lastName}`;

function When({ value, language, relative }: { value: Date | string | null; language: string; relative?: boolean }) {
  if (!value) return <Text size="sm" c="dimmed">—</Text>;
  const iso = new Date(value).toISOString();
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(value, language)}>
      <time dateTime={iso}>{relative ? formatRelative(value, language) : formatDate(value, language)}</time>
    </Text>
  );
}

// TanStack's accessor columns differ in value type; the table takes them as one list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyColumn = ColumnDef<InboxRow, any>;

/** Column definitions; ids are the shared column names, which are also the sort fields. */
export function inboxColumns(t: TFunction, language: string): AnyColumn[] {
  const columns: Record<InboxColumn, AnyColumn> = {
    received: helper.accessor((r) => r.createdAt, {
      id: 'received',
      sortDescFirst: true,
      header: () => t('inbox.columns.received'),
      cell: (c) => <When value={c.getValue()} language={language} relative />,
    }),
    patient: helper.accessor((r) => `${r.lastName} ${r.firstName}`, {
      id: 'patient',
      header: () => t('inbox.columns.patient'),
      enableHiding: false,
      cell: ({ row }) => (
        <Stack gap={0} miw={140}>
          <Anchor component={Link} to={`/dashboard/inquiries/${row.original.id}`} fw={600} size="sm" data-row-link underline="hover">
            <bdi>{patientName(row.original)}</bdi>
          </Anchor>
          <Text size="xs" c="dimmed" dir="ltr" style={{ unicodeBidi: 'isolate', alignSelf: 'flex-start' }}>
            {row.original.reference}
          </Text>
        </Stack>
      ),
    }),
    study: helper.accessor((r) => r.studyTitle, {
      id: 'study',
      header: () => t('inbox.columns.study'),
      cell: ({ row }) => (
        <Text size="sm" lineClamp={2} miw={120} maw={240} title={row.original.studyTitle}>
          <bdi>{row.original.studyAcronym || row.original.studyTitle}</bdi>
        </Text>
      ),
    }),
    site: helper.accessor((r) => r.siteName ?? '', {
      id: 'site',
      header: () => t('inbox.columns.site'),
      cell: ({ row }) =>
        row.original.siteName ? (
          <Text size="sm" lineClamp={2} miw={120} maw={220} title={row.original.siteName}><bdi>{row.original.siteName}</bdi></Text>
        ) : (
          <Badge variant="outline" color="grape" tt="none">{t('inbox.centralQueue')}</Badge>
        ),
    }),
    language: helper.accessor((r) => r.otherLanguage ?? r.language, {
      id: 'language',
      header: () => t('inbox.columns.language'),
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          <Text size="sm">{languageLabel(row.original.otherLanguage ?? row.original.language, language)}</Text>
          {row.original.interpreterNeeded ? (
            <Badge size="xs" variant="light" color="orange" tt="none">{t('inbox.interpreter')}</Badge>
          ) : null}
        </Stack>
      ),
    }),
    status: helper.accessor((r) => r.status, {
      id: 'status',
      sortDescFirst: false,
      header: () => t('inbox.columns.status'),
      cell: ({ row }) => <InquiryStatusBadge status={row.original.status} size="sm" />,
    }),
    assignee: helper.accessor((r) => r.assigneeName ?? '', {
      id: 'assignee',
      header: () => t('inbox.columns.assignee'),
      cell: ({ row }) =>
        row.original.assigneeName ? <Text size="sm"><bdi>{row.original.assigneeName}</bdi></Text> : <Text size="sm" c="dimmed">{t('inbox.unassigned')}</Text>,
    }),
    sla: helper.accessor((r) => r.slaDueAt, {
      id: 'sla',
      sortDescFirst: false,
      header: () => t('inbox.columns.sla'),
      cell: ({ row }) => <SlaBadge state={row.original.slaState} dueAt={row.original.firstContactAt ? null : row.original.slaDueAt} size="sm" />,
    }),
    lastActivity: helper.accessor((r) => r.lastActivityAt, {
      id: 'lastActivity',
      sortDescFirst: true,
      header: () => t('inbox.columns.lastActivity'),
      cell: ({ row }) => <When value={row.original.lastActivityAt} language={language} relative />,
    }),
    nextFollowUp: helper.accessor((r) => r.nextFollowUpAt, {
      id: 'nextFollowUp',
      sortDescFirst: false,
      header: () => t('inbox.columns.nextFollowUp'),
      cell: ({ row }) => <When value={row.original.nextFollowUpAt} language={language} />,
    }),
  };
  const select: AnyColumn = helper.display({
    id: 'select',
    enableHiding: false,
    enableSorting: false,
    header: ({ table }) => (
      <Checkbox
        aria-label={t('inbox.selectAll')}
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={t('inbox.selectRow', { name: patientName(row.original) })}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  });
  return [select, ...Object.values(columns)];
}
