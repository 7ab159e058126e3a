import { Alert, Group, List, Loader, Paper, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailFrame } from '@client/features/admin-outbox/email-frame';
import { languageDirection } from '@client/i18n/languages';
import { issuePlace, issueText, type TemplateIssue } from './issue-text';
import type { PreviewResult } from './use-template-draft';

export function IssuesList({ issues }: { issues: TemplateIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('templates.issues.title', { count: issues.length })}>
      <List size="sm" spacing={4}>
        {issues.map((issue, i) => (
          <List.Item key={`${issue.field}-${issue.code}-${issue.line}-${issue.column}-${i}`}>
            <Text span fw={600} size="sm">
              {issuePlace(t, issue)}:
            </Text>{' '}
            {issueText(t, issue)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** What the server renders from the draft with example data: the message exactly as it is sent. */
export function TemplatePreview({ result, pending, locale }: { result: PreviewResult | null; pending: boolean; locale: string }) {
  const { t } = useTranslation();
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop');
  const rendered = result?.rendered ?? null;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            {t('templates.preview.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('templates.preview.hint')}
          </Text>
        </div>
        <Group gap="xs">
          {pending ? (
            <Group gap={6} aria-live="polite">
              <Loader size={14} />
              <Text size="xs" c="dimmed">
                {t('templates.preview.updating')}
              </Text>
            </Group>
          ) : null}
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
      </Group>
      {result ? <IssuesList issues={result.issues} /> : null}
      {rendered ? (
        <>
          <Paper withBorder radius="md" px="md" py="xs">
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('templates.preview.subject')}
              </Text>{' '}
              <Text span fw={600} size="sm" dir={languageDirection(locale)} style={{ unicodeBidi: 'isolate' }}>
                {rendered.subject}
              </Text>
            </Text>
          </Paper>
          <Tabs defaultValue="html" keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="html">{t('templates.preview.html')}</Tabs.Tab>
              <Tabs.Tab value="text">{t('templates.preview.text')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="html">
              <EmailFrame html={rendered.html} title={t('templates.preview.frameTitle')} width={width === 'phone' ? 390 : '100%'} height={700} />
            </Tabs.Panel>
            <Tabs.Panel value="text">
              <Paper withBorder radius="md" p="md" bg="gray.0">
                <Text component="pre" dir={languageDirection(locale)} ff="monospace" size="sm" style={{ whiteSpace: 'pre-wrap', margin: 0, unicodeBidi: 'plaintext' }}>
                  {rendered.text}
                </Text>
              </Paper>
            </Tabs.Panel>
          </Tabs>
        </>
      ) : result ? (
        <Paper withBorder radius="md" p="lg">
          <Text c="dimmed">{t('templates.preview.unavailable')}</Text>
        </Paper>
      ) : (
        <Loader />
      )}
    </Stack>
  );
}
