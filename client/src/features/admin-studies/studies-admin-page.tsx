import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconExternalLink, IconFileImport, IconFlask, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { StatusBadge } from '@client/components/ui/status-badge';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { ImportCtgovModal } from './import-ctgov-modal';

export function StudiesAdminPage() {
  return (
    <AdminOnly>
      <StudiesAdmin />
    </AdminOnly>
  );
}

function StudiesAdmin() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [importing, setImporting] = useState(false);
  const query = useQuery({ ...trpc.studies.adminList.queryOptions({ search: debounced || undefined }), placeholderData: keepPreviousData });
  const rows = query.data;

  return (
    <>
      <PageHeader
        title={t('dashboard.pages.studies.title')}
        description={t('studiesAdmin.description')}
        actions={
          <Button leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)}>
            {t('studiesAdmin.import.open')}
          </Button>
        }
      />
      <Stack gap="md">
        <TextInput
          label={t('studiesAdmin.searchLabel')}
          placeholder={t('studiesAdmin.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
          type="search"
        />
        {query.isError ? (
          <Alert color="red">{errorMessage(query.error)}</Alert>
        ) : !rows ? (
          <Group justify="center" py="xl" role="status">
            <Loader aria-hidden />
            <Text c="dimmed">{t('common.loading')}</Text>
          </Group>
        ) : rows.length === 0 ? (
          <EmptyState icon={<IconFlask size={32} />} title={debounced ? t('studiesAdmin.noMatch') : t('studiesAdmin.empty')} description={debounced ? undefined : t('studiesAdmin.emptyText')} />
        ) : (
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={t('studiesAdmin.tableLabel')} aria-busy={query.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('studiesAdmin.columns.study')}</Table.Th>
                    <Table.Th>{t('studiesAdmin.columns.status')}</Table.Th>
                    <Table.Th ta="end">{t('studiesAdmin.columns.sites')}</Table.Th>
                    <Table.Th ta="end">{t('studiesAdmin.columns.inquiries30d')}</Table.Th>
                    <Table.Th>{t('studiesAdmin.columns.public')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td maw={420}>
                        <Anchor component={Link} to={`/dashboard/studies/${s.id}`} fw={600} size="sm" underline="hover" lineClamp={2}>
                          <bdi>{s.acronym ? `${s.acronym}: ${s.title}` : s.title}</bdi>
                        </Anchor>
                        <Text size="xs" c="dimmed" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                          {s.nctId}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge kind="study" status={s.overallStatus} size="sm" />
                      </Table.Td>
                      <Table.Td ta="end">{s.sites}</Table.Td>
                      <Table.Td ta="end">{s.inquiries30d}</Table.Td>
                      <Table.Td>
                        {s.published ? (
                          <Anchor href={`/studies/${s.nctId}`} target="_blank" size="sm" aria-label={t('studiesAdmin.viewPublicOf', { nctId: s.nctId })}>
                            <Group gap={4} wrap="nowrap" component="span">
                              {t('studiesAdmin.published')}
                              <IconExternalLink size={14} aria-hidden />
                            </Group>
                          </Anchor>
                        ) : (
                          <Badge variant="light" color="gray" tt="none">
                            {t('studiesAdmin.hidden')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>
      {importing ? <ImportCtgovModal onClose={() => setImporting(false)} /> : null}
    </>
  );
}
