import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@client/components/ui/page-header';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { coverageColor, LanguageCoverage } from './language-coverage';
import { templateName } from './template-labels';

export function TemplatesPage() {
  return (
    <AdminOnly>
      <Templates />
    </AdminOnly>
  );
}

function Templates() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.templates.list.queryOptions());
  const rows = query.data ?? [];
  const missing = rows.filter((r) => r.missing.length > 0).length;
  const outdated = rows.reduce((n, r) => n + r.locales.filter((l) => l.outdated).length, 0);

  return (
    <>
      <PageHeader title={t('dashboard.pages.templates.title')} description={t('dashboard.pages.templates.description')} />
      {query.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : (
        <Stack gap="md">
          {missing > 0 || outdated > 0 ? (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />}>
              <Stack gap={4}>
                {missing > 0 ? <Text size="sm">{t('templates.missingSummary', { count: missing })}</Text> : null}
                {outdated > 0 ? <Text size="sm">{t('templates.outdatedSummary', { count: outdated })}</Text> : null}
              </Stack>
            </Alert>
          ) : (
            <Alert color="green" variant="light" icon={<IconCircleCheck size={20} aria-hidden />}>
              {t('templates.allTranslated')}
            </Alert>
          )}
          <Group gap="md" aria-hidden>
            {(['current', 'outdated', 'missing'] as const).map((state) => (
              <Group key={state} gap={6}>
                <Badge size="xs" circle color={coverageColor[state]} variant={state === 'current' ? 'outline' : 'filled'}>
                  {' '}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t(`templates.legend.${state}`)}
                </Text>
              </Group>
            ))}
          </Group>
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="md" horizontalSpacing="md" highlightOnHover aria-label={t('templates.listLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('templates.columns.message')}</Table.Th>
                    <Table.Th>{t('templates.columns.languages')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('templates.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const name = templateName(t, row.key);
                    return (
                      <Table.Tr key={row.key}>
                        <Table.Td>
                          <Anchor component={Link} to={`/dashboard/templates/${row.key}`} fw={600} underline="hover">
                            {name}
                          </Anchor>
                          <Group gap={6} mt={4}>
                            <Text size="xs" c="dimmed" ff="monospace" dir="ltr">
                              {row.key}
                            </Text>
                            <Text size="xs" c="dimmed">
                              · {t(`templates.audience.${row.audience}`)}
                            </Text>
                            {row.kind === 'ALERT' ? (
                              <Badge size="xs" variant="outline" color="gray" tt="none">
                                {t('templates.kind.ALERT')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <LanguageCoverage locales={row.locales} label={t('templates.coverage.label', { name })} />
                        </Table.Td>
                        <Table.Td ta="end">
                          <Button component={Link} to={`/dashboard/templates/${row.key}`} variant="light" size="xs" leftSection={<IconPencil size={14} aria-hidden />} aria-label={t('templates.editLabel', { name })}>
                            {t('templates.edit')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
    </>
  );
}
