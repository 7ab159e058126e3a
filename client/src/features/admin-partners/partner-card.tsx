import { ActionIcon, Badge, Button, Code, CopyButton, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconKey, IconPencil, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PartnerView } from '@shared/schemas/partners';

export type PartnerRow = Omit<PartnerView, 'createdAt'> & { createdAt: Date | string };
export type PartnerAction = 'editOrigins' | 'rotate' | 'deactivate';

/** What the partner pastes into their page (docs/embed.md). */
export function embedSnippet(publicKey: string, origin: string = window.location.origin): string {
  return `<div data-trialconnect-study="NCT00000000" data-partner="${publicKey}" data-lang="en"></div>\n<script src="${origin}/embed.js" async></script>`;
}

function Copy({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('partners.copied') : label} withArrow>
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={label}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

export function PartnerCard({ partner, onAction }: { partner: PartnerRow; onAction: (action: PartnerAction) => void }) {
  const { t, i18n } = useTranslation();
  const snippet = embedSnippet(partner.publicKey);
  const added = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(partner.createdAt));
  return (
    <Paper component="article" withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} aria-labelledby={`partner-${partner.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minInlineSize: 0 }}>
            <Title order={2} size="h4" id={`partner-${partner.id}`} style={{ overflowWrap: 'anywhere' }}>
              {partner.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('partners.inquiries', { count: partner.inquiries })} · {t('partners.since', { date: added })}
            </Text>
          </div>
          <Badge color={partner.active ? 'green' : 'gray'} variant="dot" tt="none" fw={600}>
            {partner.active ? t('partners.active') : t('partners.inactive')}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {t('partners.key')}
          </Text>
          <Code dir="ltr" style={{ overflowWrap: 'anywhere' }}>
            {partner.publicKey}
          </Code>
          <Copy value={partner.publicKey} label={t('partners.copyKey')} />
        </Group>
        <div>
          <Text size="sm" fw={500}>
            {t('partners.origins')}
          </Text>
          {partner.allowedOrigins.length ? (
            <Group gap={6} mt={4}>
              {partner.allowedOrigins.map((o) => (
                <Badge key={o} variant="outline" color="gray" tt="none" dir="ltr" style={{ maxInlineSize: '100%' }}>
                  {o}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('partners.originsNone')}
            </Text>
          )}
        </div>
        {partner.active ? (
          <div>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>
                {t('partners.snippet')}
              </Text>
              <Copy value={snippet} label={t('partners.copySnippet')} />
            </Group>
            <Code block dir="ltr" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {snippet}
            </Code>
            <Text size="xs" c="dimmed" mt={4}>
              {t('partners.snippetHint')}
            </Text>
          </div>
        ) : null}
        {partner.active ? (
          <Group gap="xs" role="group" aria-label={t('partners.actionsFor', { name: partner.name })}>
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onAction('editOrigins')}>
              {t('partners.editOrigins')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconKey size={14} aria-hidden />} onClick={() => onAction('rotate')}>
              {t('partners.rotate')}
            </Button>
            <Button size="xs" variant="default" color="red" leftSection={<IconPlayerStop size={14} aria-hidden />} onClick={() => onAction('deactivate')}>
              {t('partners.deactivate')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
