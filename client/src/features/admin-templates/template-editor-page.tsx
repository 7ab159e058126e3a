import { Alert, Anchor, Badge, Button, Grid, Group, Indicator, Loader, Paper, Stack, Tabs, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { languageDirection } from '@client/i18n/languages';
import { errorMessage } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { usePageTitle } from '@client/lib/use-page-title';
import { TemplatePreview } from './template-preview';
import { languageName, templateName } from './template-labels';
import { TemplateVersions } from './template-versions';
import { useTemplateDraft, type TemplateContent } from './use-template-draft';
import { VariablesPanel } from './variables-panel';

const LOCALES = ['en', 'ar', 'es', 'fr'] as const;
type Field = keyof TemplateContent;
const mono = { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.5 } };

export function TemplateEditorPage() {
  return (
    <AdminOnly>
      <TemplateEditor />
    </AdminOnly>
  );
}

function TemplateEditor() {
  const { t, i18n } = useTranslation();
  const { key = '' } = useParams();
  // Not `lang`: that query parameter switches the interface language.
  const [params, setParams] = useSearchParams();
  const locale = (LOCALES as readonly string[]).includes(params.get('locale') ?? '') ? params.get('locale')! : 'en';
  const trpc = useTRPC();
  const editor = useTemplateDraft(key, locale);
  const data = editor.query.data;
  const name = templateName(t, key);
  usePageTitle(name);
  const BackIcon = languageDirection(i18n.language) === 'rtl' ? IconArrowRight : IconArrowLeft;
  const dir = languageDirection(locale);

  const refs = { subject: useRef<HTMLInputElement>(null), html: useRef<HTMLTextAreaElement>(null), text: useRef<HTMLTextAreaElement>(null) };
  const lastField = useRef<Field>('html');
  const update = (field: Field, value: string) => editor.setDraft((d) => (d ? { ...d, [field]: value } : d));
  const insert = (variable: string) => {
    const field = lastField.current;
    const el = refs[field].current;
    const token = `{{${variable}}}`;
    const value = editor.draft?.[field] ?? '';
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    update(field, value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const issues = editor.preview?.issues ?? [];
  const canSave = Boolean(editor.draft) && (editor.dirty || editor.isNew) && !editor.previewPending && issues.length === 0 && !editor.save.isPending;
  const save = () =>
    editor.draft &&
    editor.save.mutate(
      { key, locale, baseVersion: editor.baseVersion, ...editor.draft },
      {
        onSuccess: (r) => notifySuccess(r.saved ? t('templates.editor.saved', { version: r.template.version }) : t('templates.editor.noChanges')),
        onError: (e) => notifyError(e),
      },
    );
  const sendTest = () =>
    editor.draft &&
    editor.sendTest.mutate({ key, locale, ...editor.draft }, { onSuccess: (r) => notifySuccess(t('templates.editor.testSent', { email: r.to })), onError: (e) => notifyError(e) });

  const coverage = useQuery(trpc.templates.list.queryOptions()).data?.find((r) => r.key === key);
  const missing = new Set<string>(coverage?.missing ?? []);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/dashboard/templates" size="sm" underline="hover">
        <Group gap={6} component="span">
          <BackIcon size={16} aria-hidden />
          {t('templates.editor.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {name}
        </Title>
        <Group gap={8} mt={4}>
          <Text size="sm" c="dimmed" ff="monospace" dir="ltr">
            {key}
          </Text>
          {data ? (
            <Text size="sm" c="dimmed">
              · {t(`templates.audience.${data.audience}`)}
            </Text>
          ) : null}
          {data?.kind === 'ALERT' ? (
            <Badge size="sm" variant="outline" color="gray" tt="none">
              {t('templates.kind.ALERT')}
            </Badge>
          ) : null}
        </Group>
      </div>

      <Tabs value={locale} onChange={(v) => v && setParams((p) => (p.set('locale', v), p), { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('templates.editor.language')}>
          {LOCALES.map((l) => (
            <Tabs.Tab key={l} value={l} lang={l}>
              <Indicator disabled={!missing.has(l)} color="red" size={8} offset={-4}>
                {languageName(l)}
              </Indicator>
              {missing.has(l) ? <VisuallyHidden> ({t('templates.editor.missingDot')})</VisuallyHidden> : null}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      {editor.query.isError ? (
        <Alert color="red">{errorMessage(editor.query.error)}</Alert>
      ) : !data || !editor.draft ? (
        <Group gap="sm">
          <Loader size="sm" />
          <Text>{t('templates.editor.loading')}</Text>
        </Group>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              {editor.isNew ? (
                <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} aria-hidden />}>
                  {t('templates.editor.missingTranslation', { language: languageName(locale) })}
                </Alert>
              ) : data.current ? (
                <Text size="sm" c="dimmed">
                  {data.current.createdBy
                    ? t('templates.editor.inForce', { version: data.current.version, date: formatDateTime(data.current.createdAt, i18n.language), name: data.current.createdBy.name })
                    : t('templates.editor.inForceShipped', { version: data.current.version })}
                </Text>
              ) : null}
              <Paper withBorder radius="lg" p="md">
                <Stack gap="md">
                  <TextInput
                    ref={refs.subject}
                    label={t('templates.editor.subject')}
                    description={t('templates.editor.subjectHint')}
                    value={editor.draft.subject}
                    onChange={(e) => update('subject', e.currentTarget.value)}
                    onFocus={() => (lastField.current = 'subject')}
                    dir={dir}
                    lang={locale}
                  />
                  <Textarea
                    ref={refs.html}
                    label={t('templates.editor.html')}
                    description={t('templates.editor.htmlHint')}
                    value={editor.draft.html}
                    onChange={(e) => update('html', e.currentTarget.value)}
                    onFocus={() => (lastField.current = 'html')}
                    autosize
                    minRows={10}
                    maxRows={22}
                    dir="ltr"
                    spellCheck={false}
                    styles={mono}
                  />
                  <Textarea
                    ref={refs.text}
                    label={t('templates.editor.text')}
                    description={t('templates.editor.textHint')}
                    value={editor.draft.text}
                    onChange={(e) => update('text', e.currentTarget.value)}
                    onFocus={() => (lastField.current = 'text')}
                    autosize
                    minRows={8}
                    maxRows={20}
                    dir={dir}
                    lang={locale}
                    styles={mono}
                  />
                  <Group justify="space-between" wrap="wrap" gap="sm">
                    <Group gap="sm">
                      <Button onClick={save} disabled={!canSave} loading={editor.save.isPending}>
                        {t('templates.editor.save', { version: editor.baseVersion + 1 })}
                      </Button>
                      {editor.dirty ? (
                        <Button variant="subtle" color="gray" onClick={editor.reset}>
                          {t('templates.editor.discard')}
                        </Button>
                      ) : null}
                    </Group>
                    <Button variant="light" leftSection={<IconSend size={16} aria-hidden />} onClick={sendTest} loading={editor.sendTest.isPending} disabled={issues.length > 0}>
                      {t('templates.editor.sendTest')}
                    </Button>
                  </Group>
                  {editor.dirty ? (
                    <Text size="sm" c="orange.9" role="status">
                      {issues.length ? t('templates.editor.fixFirst') : t('templates.editor.unsaved')}
                    </Text>
                  ) : null}
                </Stack>
              </Paper>
              <VariablesPanel variables={data.variables} onInsert={insert} />
              <TemplateVersions
                templateKey={key}
                locale={locale}
                versions={data.versions}
                onLoad={(content, version) => {
                  editor.setDraft(content);
                  notifySuccess(t('templates.versions.loaded', { version }));
                }}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <div style={{ position: 'sticky', top: 76 }}>
              <TemplatePreview result={editor.preview} pending={editor.previewPending} locale={locale} />
            </div>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
