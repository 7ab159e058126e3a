import { Alert, Anchor, Badge, Group, Pagination, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconInbox, IconInfoCircle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { templateName, languageName } from '@client/features/admin-templates/template-labels';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { EmailStatusBadge, emailStatuses, isEmailStatus } from './email-status-badge';
import { formatDateTime } from './format-date';

const PER_PAGE = 25;

export function OutboxPage() {
  return (
    <AdminOnly>
      <Outbox />
    </AdminOnly>
  );
}

function Outbox() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isEmailStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const query = useQuery({ ...trpc.outbox.list.queryOptions({ page, perPage: PER_PAGE, status }), placeholderData: keepPreviousData });
  const data = query.data;
  const all = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;
  const pages = data ? Math.max(1, Math.ceil(data.total / PER_PAGE)) : 1;

  const go = (next: { status?: string; page?: number }) => {
    const p = new URLSearchParams(params);
    if ('status' in next) {
      if (next.status && next.status !== 'ALL') p.set('status', next.status);
      else p.delete('status');
      p.delete('page');
    }
    if (next.page) {
      if (next.page > 1) p.set('page', String(next.page));
      else p.delete('page');
    }
    setParams(p);
  };

  return (
    <>
      <PageHeader title={t('dashboard.pages.outbox.title')} description={t('outbox.description')} />
      <Stack gap="md">
        {data ? (
          <Alert variant="light" color={data.mode === 'outbox' ? 'yellow' : 'blue'} icon={<IconInfoCircle size={20} aria-hidden />}>
            {t(`outbox.mode.${data.mode}`)}
          </Alert>
        ) : null}
        <Tabs value={status ?? 'ALL'} onChange={(value) => go({ status: value ?? 'ALL' })} keepMounted={false}>
          <Tabs.List aria-label={t('outbox.filterLabel')}>
            <Tabs.Tab value="ALL" rightSection={<Badge variant="light" color="gray" size="sm">{all}</Badge>}>
              {t('outbox.all')}
            </Tabs.Tab>
            {emailStatuses.map((s) => (
              <Tabs.Tab key={s} value={s} rightSection={<Badge variant="light" color={s === 'FAILED' && data?.counts[s] ? 'red' : 'gray'} size="sm">{data?.counts[s] ?? 0}</Badge>}>
                {t(`outbox.status.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {query.isError ? (
          <Alert color="red">{errorMessage(query.error)}</Alert>
        ) : data && data.items.length === 0 ? (
          <EmptyState icon={<IconInbox size={32} />} title={status ? t('outbox.emptyFiltered') : t('outbox.empty')} />
        ) : (
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={t('outbox.tableLabel')} aria-busy={query.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('outbox.columns.created')}</Table.Th>
                    <Table.Th>{t('outbox.columns.subject')}</Table.Th>
                    <Table.Th>{t('outbox.columns.to')}</Table.Th>
                    <Table.Th>{t('outbox.columns.template')}</Table.Th>
                    <Table.Th>{t('outbox.columns.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data?.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{formatDateTime(m.createdAt, i18n.language)}</Text>
                      </Table.Td>
                      <Table.Td maw={360}>
                        <Anchor component={Link} to={`/dashboard/outbox/${m.id}`} fw={600} size="sm" underline="hover" aria-label={t('outbox.openLabel', { subject: m.subject })} lineClamp={2}>
                          <bdi>{m.subject}</bdi>
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" dir="ltr" style={{ unicodeBidi: 'isolate' }}>{m.toAddress}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{templateName(t, m.templateKey)}</Text>
                        <Text size="xs" c="dimmed">
                          {languageName(m.locale)}
                          {m.kind === 'ALERT' ? ` · ${t('templates.kind.ALERT')}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <EmailStatusBadge status={m.status} />
                          <Text size="xs" c="dimmed">
                            {m.status === 'SENT' && m.transport ? t(`outbox.transport.${m.transport as 'smtp' | 'outbox'}`) : t('outbox.attemptsShort', { count: m.attempts })}
                          </Text>
                          {m.lastError && m.status !== 'SENT' ? (
                            <Text size="xs" c="red.9" ff="monospace" maw={220}>
                              {m.lastError}
                            </Text>
                          ) : null}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {data && data.total > PER_PAGE ? (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('outbox.range', { from: (page - 1) * PER_PAGE + 1, to: Math.min(page * PER_PAGE, data.total), total: data.total })}
            </Text>
            <Pagination total={pages} value={page} onChange={(p) => go({ page: p })} getControlProps={() => ({})} aria-label={t('outbox.pagination')} />
          </Group>
        ) : null}
      </Stack>
    </>
  );
}
