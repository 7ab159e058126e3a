import { Badge, Button, Group, Loader, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { languageDirection } from '@client/i18n/languages';
import { useTRPC } from '@client/lib/trpc';
import type { TemplateContent } from './use-template-draft';

export interface VersionSummary {
  version: number;
  createdAt: Date;
  createdBy: string | null;
}

/** Every version of this template in this language; any can be read, and loaded as a new draft. */
export function TemplateVersions(props: { templateKey: string; locale: string; versions: VersionSummary[]; onLoad: (content: TemplateContent, version: number) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Paper withBorder radius="lg" p="md">
      <Title order={2} size="h5">
        {t('templates.versions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('templates.versions.hint')}
      </Text>
      {props.versions.length === 0 ? (
        <Text size="sm">{t('templates.versions.none')}</Text>
      ) : (
        <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {props.versions.map((v, i) => (
            <Group key={v.version} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t('templates.versions.version', { version: v.version })}
                  </Text>
                  {i === 0 ? (
                    <Badge size="xs" variant="outline" color="#1e6b30" tt="none">
                      {t('templates.versions.inForce')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {v.createdBy
                    ? t('templates.versions.by', { date: formatDateTime(v.createdAt, i18n.language), name: v.createdBy })
                    : t('templates.versions.shipped', { date: formatDateTime(v.createdAt, i18n.language) })}
                </Text>
              </div>
              <Button size="xs" variant="subtle" onClick={() => setOpen(v.version)} aria-label={t('templates.versions.viewLabel', { version: v.version })}>
                {t('templates.versions.view')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={open !== null} onClose={() => setOpen(null)} size="xl" title={open !== null ? t('templates.versions.version', { version: open }) : ''}>
        {open !== null ? (
          <VersionContent
            templateKey={props.templateKey}
            locale={props.locale}
            version={open}
            onLoad={(content) => {
              props.onLoad(content, open);
              setOpen(null);
            }}
          />
        ) : null}
      </Modal>
    </Paper>
  );
}

function VersionContent({ templateKey, locale, version, onLoad }: { templateKey: string; locale: string; version: number; onLoad: (c: TemplateContent) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.templates.version.queryOptions({ key: templateKey, locale, version }));
  if (!query.data) return <Loader />;
  const v = query.data;
  const dir = languageDirection(locale);
  return (
    <Stack gap="sm">
      <TextInput label={t('templates.editor.subject')} value={v.subject} readOnly dir={dir} />
      <Textarea label={t('templates.editor.html')} value={v.html} readOnly autosize minRows={6} maxRows={14} dir="ltr" styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }} />
      <Textarea label={t('templates.editor.text')} value={v.text} readOnly autosize minRows={4} maxRows={12} dir={dir} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }} />
      <Group justify="flex-end">
        <Button onClick={() => onLoad({ subject: v.subject, html: v.html, text: v.text })}>{t('templates.versions.load')}</Button>
      </Group>
    </Stack>
  );
}
