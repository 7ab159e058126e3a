import { Alert, Anchor, Badge, Button, Code, DataList, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconExternalLink } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { languageDirection } from '@client/i18n/languages';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { usePageTitle } from '@client/lib/use-page-title';
import { ActorLabel } from './actor-label';

export function AuditEntryPage() {
  return (
    <AdminOnly>
      <AuditEntry />
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

function AuditEntry() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const query = useQuery(trpc.audit.get.queryOptions({ id }));
  const e = query.data;
  usePageTitle(e ? `${t('audit.detail.title')}: ${e.action}` : t('audit.detail.title'));
  const BackIcon = languageDirection(i18n.language) === 'rtl' ? IconArrowRight : IconArrowLeft;
  const none = t('audit.detail.none');
  const metadata = e && e.metadata && typeof e.metadata === 'object' && Object.keys(e.metadata).length > 0 ? JSON.stringify(e.metadata, null, 2) : null;
  // Label beside value needs room; on a phone the label goes above.
  const wide = useMediaQuery('(min-width: 36em)');
  const isInquiry = e?.entityType.toLowerCase() === 'inquiry' && !!e.entityId;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/dashboard/audit-log" size="sm" underline="hover">
        <Group gap={6} component="span">
          <BackIcon size={16} aria-hidden />
          {t('audit.detail.back')}
        </Group>
      </Anchor>
      {query.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : e ? (
        <>
          <Stack gap={4}>
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
              {t('audit.detail.title')}
            </Title>
            <Text ff="monospace" fw={600}>
              <bdi>{e.action}</bdi>
            </Text>
          </Stack>
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
            <DataList orientation={wide ? 'horizontal' : 'vertical'} labelWidth={160}>
              <Row label={t('audit.detail.when')} value={formatDateTime(e.createdAt, i18n.language)} />
              <Row
                label={t('audit.detail.actor')}
                value={
                  <Stack gap={2} align="flex-start">
                    <ActorLabel actorType={e.actorType} actor={e.actor} />
                    {e.actor ? (
                      <Group gap="xs">
                        <Badge size="xs" variant="light">
                          {t(`roles.${e.actor.role}`)}
                        </Badge>
                        {!e.actor.active ? (
                          <Badge size="xs" color="gray" variant="light">
                            {t('audit.detail.inactive')}
                          </Badge>
                        ) : null}
                        <Anchor component={Link} to={`/dashboard/audit-log?actorId=${e.actor.id}`} size="xs">
                          {t('audit.detail.showActor')}
                        </Anchor>
                      </Group>
                    ) : null}
                  </Stack>
                }
              />
              <Row label={t('audit.detail.entity')} value={e.entityType} />
              <Row
                label={t('audit.detail.entityId')}
                value={
                  e.entityId ? (
                    <Stack gap={4} align="flex-start">
                      <Code dir="ltr">{e.entityId}</Code>
                      <Anchor
                        component={Link}
                        to={`/dashboard/audit-log?entityType=${encodeURIComponent(e.entityType)}&entityId=${encodeURIComponent(e.entityId)}`}
                        size="xs"
                      >
                        {t('audit.detail.showEntity', { type: e.entityType })}
                      </Anchor>
                    </Stack>
                  ) : (
                    none
                  )
                }
              />
              <Row label={t('audit.detail.site')} value={e.site ? (e.site.name ?? <Code dir="ltr">{e.site.id}</Code>) : none} />
              <Row label={t('audit.detail.ip')} value={e.ip ? <Code dir="ltr">{e.ip}</Code> : none} />
              <Row label={t('audit.detail.userAgent')} value={e.userAgent ? <Text size="sm" style={{ overflowWrap: 'anywhere' }}><bdi>{e.userAgent}</bdi></Text> : none} />
            </DataList>
            {isInquiry ? (
              <Button component={Link} to={`/dashboard/inquiries/${e.entityId}`} mt="md" variant="light" rightSection={<IconExternalLink size={16} aria-hidden />}>
                {t('audit.detail.openInquiry')}
              </Button>
            ) : null}
          </Paper>
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
            <Title order={2} size="h4" mb="sm">
              {t('audit.detail.metadata')}
            </Title>
            {metadata ? (
              <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {metadata}
              </Code>
            ) : (
              <Text size="sm" c="dimmed">
                {t('audit.detail.noMetadata')}
              </Text>
            )}
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}
