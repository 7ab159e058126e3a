import { Paper, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { flexRender, type Header, type Table as TanstackTable } from '@tanstack/react-table';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from './inbox-columns';
import classes from './inbox-table.module.css';

export interface InboxTableProps {
  table: TanstackTable<InboxRow>;
  activeIndex: number;
  onActivate: (index: number) => void;
  busy: boolean;
  containerRef: RefObject<HTMLDivElement | null>;
}

// Badges and dates read badly when wrapped or cut.
const NOWRAP = new Set(['status', 'sla', 'received', 'lastActivity', 'nextFollowUp']);

function SortHeader({ header }: { header: Header<InboxRow, unknown> }) {
  const { t } = useTranslation();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) return <>{label}</>;
  const sorted = header.column.getIsSorted();
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton onClick={header.column.getToggleSortingHandler()} className={classes.sortButton}>
      <span>{label}</span>
      <Icon size={14} aria-hidden style={{ opacity: sorted ? 1 : 0.45, flexShrink: 0 }} />
      <VisuallyHidden>{sorted ? t(`inbox.sorted.${sorted}`) : t('inbox.sortable')}</VisuallyHidden>
    </UnstyledButton>
  );
}

/** The inbox grid. The active row (keyboard triage) is marked for sighted users and by focus. */
export function InboxTable({ table, activeIndex, onActivate, busy, containerRef }: InboxTableProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }} ref={containerRef}>
      <Table.ScrollContainer minWidth={1180} type="native" className={classes.scroller}>
        <Table verticalSpacing="xs" horizontalSpacing="sm" highlightOnHover aria-label={t('inbox.tableLabel')} aria-busy={busy} className={classes.table}>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <Table.Th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={header.column.id === 'select' ? classes.selectCell : undefined}
                    >
                      <SortHeader header={header} />
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row, index) => (
              <Table.Tr
                key={row.id}
                data-active={index === activeIndex || undefined}
                data-selected={row.getIsSelected() || undefined}
                className={classes.row}
                onFocusCapture={() => onActivate(index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} className={cell.column.id === 'select' ? classes.selectCell : NOWRAP.has(cell.column.id) ? classes.nowrap : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
