import { Alert, Anchor, Code, Group, Pagination, Paper, Stack, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { ActorLabel } from './actor-label';
import { AuditFilterForm } from './audit-filter-form';
import { FILTER_KEYS, hasFilters, readFilters, toListInput, type FilterValues } from './audit-filters';

const PER_PAGE = 25;

export function AuditLogPage() {
  return (
    <AdminOnly>
      <AuditLog />
    </AdminOnly>
  );
}

function AuditLog() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const query = useQuery({ ...trpc.audit.list.queryOptions(toListInput(filters, page, PER_PAGE)), placeholderData: keepPreviousData });
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PER_PAGE)) : 1;

  const apply = (next: FilterValues) => {
    const p = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) p.set(key, next[key]);
    setParams(p);
  };
  const goPage = (n: number) => {
    const p = new URLSearchParams(params);
    if (n > 1) p.set('page', String(n));
    else p.delete('page');
    setParams(p);
  };

  return (
    <>
      <PageHeader title={t('dashboard.pages.auditLog.title')} description={t('audit.description')} />
      <Stack gap="md">
        <AuditFilterForm key={params.toString()} values={filters} onApply={apply} />
        {query.isError ? (
          <Alert color="red">{errorMessage(query.error)}</Alert>
        ) : data && data.items.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={32} />}
            title={hasFilters(filters) ? t('audit.emptyFiltered') : t('audit.empty')}
            description={hasFilters(filters) ? t('audit.emptyFilteredText') : undefined}
          />
        ) : (
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={t('audit.tableLabel')} aria-busy={query.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.columns.time')}</Table.Th>
                    <Table.Th>{t('audit.columns.action')}</Table.Th>
                    <Table.Th>{t('audit.columns.actor')}</Table.Th>
                    <Table.Th>{t('audit.columns.entity')}</Table.Th>
                    <Table.Th>{t('audit.columns.site')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data?.items.map((e) => {
                    const time = formatDateTime(e.createdAt, i18n.language);
                    return (
                      <Table.Tr key={e.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{time}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/dashboard/audit-log/${e.id}`}
                            size="sm"
                            fw={600}
                            ff="monospace"
                            dir="ltr"
                            aria-label={t('audit.openLabel', { action: e.action, time })}
                          >
                            {e.action}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <ActorLabel actorType={e.actorType} actor={e.actor} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.entityType}</Text>
                          {e.entityId ? (
                            <Code fz="xs" dir="ltr">
                              {e.entityId}
                            </Code>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.site?.name ?? '—'}</Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {data && data.total > PER_PAGE ? (
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed">
              {t('audit.range', { from: (page - 1) * PER_PAGE + 1, to: Math.min(page * PER_PAGE, data.total), total: data.total })}
            </Text>
            <Pagination total={pages} value={page} onChange={goPage} siblings={0} aria-label={t('audit.pagination')} />
          </Group>
        ) : null}
      </Stack>
    </>
  );
}
