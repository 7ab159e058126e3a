import { Alert, Anchor, Button, Code, DataList, Group, Loader, Paper, SegmentedControl, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { languageName, templateName } from '@client/features/admin-templates/template-labels';
import { languageDirection } from '@client/i18n/languages';
import { errorMessage } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { usePageTitle } from '@client/lib/use-page-title';
import { EmailFrame } from './email-frame';
import { EmailStatusBadge } from './email-status-badge';
import { formatDateTime } from './format-date';

export function OutboxMessagePage() {
  return (
    <AdminOnly>
      <OutboxMessage />
    </AdminOnly>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** A failed delivery can be tried again; a message never sent for incomplete content cannot. */
function RetryButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(
    trpc.outbox.retry.mutationOptions({
      onSuccess: async () => {
        notifySuccess(t('outbox.message.retried'));
        await queryClient.invalidateQueries({ queryKey: trpc.outbox.get.queryKey({ id }) });
      },
      onError: (error) => notifyError(error),
    }),
  );
  return (
    <Group gap="sm" mt="md" wrap="wrap">
      <Button leftSection={<IconRefresh size={16} aria-hidden />} loading={retry.isPending} onClick={() => retry.mutate({ id })}>
        {t('outbox.message.retry')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('outbox.message.retryHint')}
      </Text>
    </Group>
  );
}

function OutboxMessage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const query = useQuery(trpc.outbox.get.queryOptions({ id }));
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop');
  const m = query.data;
  usePageTitle(m?.subject ?? t('dashboard.pages.outbox.title'));
  const BackIcon = languageDirection(i18n.language) === 'rtl' ? IconArrowRight : IconArrowLeft;
  const none = t('outbox.message.none');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/dashboard/outbox" size="sm" underline="hover">
        <Group gap={6} component="span">
          <BackIcon size={16} aria-hidden />
          {t('outbox.message.back')}
        </Group>
      </Anchor>
      {query.isPending ? (
        <Group gap="sm">
          <Loader size="sm" />
          <Text>{t('outbox.message.loading')}</Text>
        </Group>
      ) : query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : m ? (
        <>
          <Stack gap={6}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} dir={languageDirection(m.locale)} style={{ unicodeBidi: 'plaintext' }}>
              {m.subject}
            </Title>
            <Group gap="sm">
              <EmailStatusBadge status={m.status} />
              <Text size="sm" c="dimmed">
                {templateName(t, m.templateKey)} · {languageName(m.locale)} ·{' '}
                {m.templateVersion ? t('outbox.message.version', { version: m.templateVersion }) : t('outbox.message.draft')}
              </Text>
            </Group>
          </Stack>
          <Paper withBorder radius="lg" p="md">
            <Title order={2} size="h4" mb="sm">
              {t('outbox.message.details')}
            </Title>
            <DataList orientation="horizontal" labelWidth={180}>
              <Row label={t('outbox.message.created')} value={formatDateTime(m.createdAt, i18n.language)} />
              <Row label={t('outbox.message.attempts')} value={String(m.attempts)} />
              <Row label={t('outbox.message.sentAt')} value={m.sentAt ? formatDateTime(m.sentAt, i18n.language) : none} />
              <Row label={t('outbox.message.transport')} value={m.transport ? t(`outbox.transport.${m.transport as 'smtp' | 'outbox'}`) : none} />
              {m.nextAttemptAt && m.status === 'QUEUED' ? <Row label={t('outbox.message.nextAttemptAt')} value={formatDateTime(m.nextAttemptAt, i18n.language)} /> : null}
              <Row label={t('outbox.message.lastError')} value={m.lastError ? <Code>{m.lastError}</Code> : none} />
            </DataList>
            {m.status === 'FAILED' && !m.lastError?.startsWith('not sent:') ? <RetryButton id={m.id} /> : null}
          </Paper>
          <Paper withBorder radius="lg" p="md">
            <Title order={2} size="h4" mb="sm">
              {t('outbox.message.headers')}
            </Title>
            <Table.ScrollContainer minWidth={480}>
              <Table verticalSpacing={4} fz="sm">
                <Table.Tbody>
                  {m.headers.map(([name, value]) => (
                    <Table.Tr key={name}>
                      <Table.Th w={200} fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {name}
                      </Table.Th>
                      <Table.Td dir="auto" style={{ fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' }}>
                        {value}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Tabs defaultValue="html" keepMounted={false}>
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <Tabs.List>
                <Tabs.Tab value="html">{t('outbox.message.html')}</Tabs.Tab>
                <Tabs.Tab value="text">{t('outbox.message.text')}</Tabs.Tab>
              </Tabs.List>
              <SegmentedControl
                size="xs"
                aria-label={t('templates.preview.width')}
                value={width}
                onChange={(v) => setWidth(v as 'desktop' | 'phone')}
                data={[
                  { value: 'desktop', label: t('templates.preview.desktop') },
                  { value: 'phone', label: t('templates.preview.phone') },
                ]}
              />
            </Group>
            <Tabs.Panel value="html">
              <EmailFrame html={m.html} title={t('outbox.message.frameTitle')} width={width === 'phone' ? 390 : '100%'} height={760} />
            </Tabs.Panel>
            <Tabs.Panel value="text">
              <Paper withBorder radius="md" p="md" bg="gray.0">
                <Text component="pre" dir={languageDirection(m.locale)} ff="monospace" size="sm" style={{ whiteSpace: 'pre-wrap', margin: 0, unicodeBidi: 'plaintext' }}>
                  {m.text}
                </Text>
              </Paper>
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </Stack>
  );
}
