import { Alert, Button, Grid, Group, Loader, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconMail, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmailFrame } from '@client/features/admin-outbox/email-frame';
import { languageName, templateName } from '@client/features/admin-templates/template-labels';
import { languageDirection } from '@client/i18n/languages';
import { describeError } from '@client/lib/error-message';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { FOLLOW_UP_TEMPLATE_KEYS, TEMPLATE_INPUTS, type FollowUpTemplateKey } from '@shared/schemas/inquiry-actions';
import { useEmailDraft } from './use-email-draft';
import { inquiryErrorMessage, isolate, label, useInquiryUpdater, type InquiryDetail } from './use-inquiry';

/** Writes a templated e-mail to the family in their language, previewed as sent. */
export function EmailComposerButton({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 48em)');
  if (inquiry.anonymizedAt) return null;
  return (
    <>
      <Button leftSection={<IconMail size={16} aria-hidden />} variant="default" onClick={open}>
        {t('inquiryPage.email.open')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('inquiryPage.email.title')} size="90rem" fullScreen={phone}>
        {opened ? <Composer inquiry={inquiry} onSent={close} /> : null}
      </Modal>
    </>
  );
}

function Composer({ inquiry, onSent }: { inquiry: InquiryDetail; onSent: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useInquiryUpdater(inquiry.id);
  const draft = useEmailDraft(inquiry.id);
  const preview = draft.preview;
  const send = useMutation(
    trpc.inquiries.sendEmail.mutationOptions({
      onSuccess: async (result) => {
        // A repeated click answers with the message already queued: say it once.
        if (result.created) notifySuccess(t('inquiryPage.email.sent'));
        draft.startOver();
        onSent();
        await update();
      },
    }),
  );
  const fieldErrors = send.error ? describeError(send.error).fieldErrors : {};
  const missing = preview?.missing ?? [];
  const locale = preview?.locale ?? 'en';

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate(draft.sendInput());
          }}
        >
          <Stack gap="md">
            <Select
              label={t('inquiryPage.email.template')}
              data={FOLLOW_UP_TEMPLATE_KEYS.map((key) => ({ value: key, label: templateName(t, key) }))}
              value={draft.templateKey}
              onChange={(v) => v && draft.setTemplateKey(v as FollowUpTemplateKey)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            {preview ? (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('inquiryPage.email.to', { address: isolate(preview.to), language: languageName(locale) })}
              </Text>
            ) : null}
            {TEMPLATE_INPUTS[draft.templateKey].map((name) => (
              <TextInput
                key={name}
                label={label(t, `inquiryPage.email.inputs.${name}`, name)}
                required
                value={draft.inputs[name] ?? ''}
                onChange={(e) => draft.setInput(name, e.currentTarget.value)}
                dir={languageDirection(locale)}
                maxLength={300}
                error={fieldErrors[`inputs.${name}`] ? t('inquiryPage.email.inputMissing') : undefined}
              />
            ))}
            <TextInput
              label={t('inquiryPage.email.subject')}
              value={draft.subject}
              onChange={(e) => draft.setSubject(e.currentTarget.value)}
              dir={languageDirection(locale)}
              maxLength={200}
              required
            />
            <Textarea
              label={t('inquiryPage.email.text')}
              description={t('inquiryPage.email.textHint')}
              value={draft.text}
              onChange={(e) => draft.setText(e.currentTarget.value)}
              dir={languageDirection(locale)}
              autosize
              minRows={8}
              maxRows={18}
              maxLength={10000}
              required
            />
            {draft.edited ? (
              <Group justify="space-between" gap="xs">
                <Text size="xs" c="dimmed">
                  {t('inquiryPage.email.editedHint')}
                </Text>
                <Button size="xs" variant="subtle" onClick={draft.resetToTemplate}>
                  {t('inquiryPage.email.reset')}
                </Button>
              </Group>
            ) : null}
            {send.isError ? (
              <Alert color="red" variant="light" role="alert">
                {inquiryErrorMessage(t, send.error)}
              </Alert>
            ) : null}
            <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={send.isPending} disabled={!preview || missing.length > 0 || !draft.subject.trim() || !draft.text.trim()}>
              {t('inquiryPage.email.send')}
            </Button>
            {missing.length > 0 ? (
              <Text size="xs" c="dimmed">
                {t('inquiryPage.email.fillIn')}
              </Text>
            ) : null}
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{t('inquiryPage.email.preview')}</Text>
            {draft.previewPending ? <Loader size={14} aria-label={t('inquiryPage.email.updating')} /> : null}
          </Group>
          {draft.previewError ? <Alert color="red">{inquiryErrorMessage(t, draft.previewError)}</Alert> : null}
          {preview ? (
            <>
              <Text size="sm" dir={languageDirection(locale)} style={{ unicodeBidi: 'isolate' }} data-testid="email-preview-subject">
                <Text span c="dimmed" size="sm">
                  {t('inquiryPage.email.subject')}:
                </Text>{' '}
                <Text span fw={600} size="sm">
                  {preview.message.subject}
                </Text>
              </Text>
              <EmailFrame html={preview.message.html} title={t('inquiryPage.email.frameTitle')} height={560} />
            </>
          ) : (
            <Loader />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
