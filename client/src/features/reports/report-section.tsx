import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv, type CsvCell } from './csv';

export type ReportTable = {
  columns: string[];
  rows: CsvCell[][];
  /** Columns holding numbers, aligned to the end. */
  numeric?: number[];
  /** Columns of long names, kept wide enough to read. */
  wide?: number[];
};

export interface ReportSectionProps {
  title: string;
  description: string;
  /** The chart; `null` when there is nothing to chart (the empty text shows instead). */
  chart: ReactNode;
  table: ReportTable;
  fileName: string;
  empty: boolean;
}

/**
 * One report: a chart with its data as a table (the accessible alternative, one click away and
 * announced to screen readers), and the table as CSV.
 */
export function ReportSection({ title, description, chart, table, fileName, empty }: ReportSectionProps) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  const numbers = new Intl.NumberFormat(i18n.language);
  const show = (value: CsvCell, numeric: boolean) => (numeric && typeof value === 'number' ? numbers.format(value) : (value ?? '—'));

  return (
    <Paper component="section" withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }} aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Title order={2} size="h3" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
          <Group gap="xs" wrap="wrap">
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v as 'chart' | 'table')}
              aria-label={t('reports.viewLabel', { title })}
              data={[
                { value: 'chart', label: t('reports.viewChart') },
                { value: 'table', label: t('reports.viewTable') },
              ]}
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              disabled={empty}
              onClick={() => downloadCsv(fileName, toCsv(table.columns, table.rows))}
            >
              {t('reports.downloadCsv')}
              <VisuallyHidden>{` — ${title}`}</VisuallyHidden>
            </Button>
          </Group>
        </Group>
        {empty ? (
          <Text c="dimmed" size="sm" py="lg" ta="center">
            {t('reports.empty')}
          </Text>
        ) : view === 'chart' ? (
          <div role="img" aria-label={t('reports.chartLabel', { title })}>
            {chart}
          </div>
        ) : (
          // Focusable so keyboard users can scroll a wide table on a phone.
          <Table.ScrollContainer minWidth={Math.max(320, table.columns.length * 110 + (table.wide?.length ?? 0) * 120)} type="native" tabIndex={0} role="region" aria-label={t('reports.tableLabel', { title })}>
            <Table striped verticalSpacing="xs" horizontalSpacing="sm" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((c, i) => (
                    <Table.Th key={c} ta={table.numeric?.includes(i) ? 'end' : 'start'} scope="col">
                      {c}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row, r) => (
                  <Table.Tr key={r}>
                    {row.map((value, i) => {
                      const numeric = table.numeric?.includes(i) ?? false;
                      return (
                        <Table.Td key={i} ta={numeric ? 'end' : 'start'} style={numeric ? { fontVariantNumeric: 'tabular-nums' } : table.wide?.includes(i) ? { minWidth: '14rem' } : undefined}>
                          {show(value, numeric)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
