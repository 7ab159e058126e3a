import { Button, Group, SegmentedControl, Stack, Textarea, VisuallyHidden, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import type { NoteVisibility } from '@shared/schemas/inquiry-actions';
import { notifyInquiryError, useInquiryUpdater } from './use-inquiry';

/** A team note, or a private one that only its author will ever see. */
export function NoteForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useInquiryUpdater(id);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('TEAM');
  const visibilityLabel = useId();
  const add = useMutation(
    trpc.inquiries.addNote.mutationOptions({
      onSuccess: async () => {
        notifySuccess(t('inquiryPage.notes.added'));
        setBody('');
        await update();
      },
      onError: (error) => notifyInquiryError(t, error),
    }),
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate({ id, body: body.trim(), visibility });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Textarea label={t('inquiryPage.notes.label')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} maxLength={5000} />
        <Group justify="space-between" gap="sm" wrap="wrap">
          <div>
            <VisuallyHidden id={visibilityLabel}>{t('inquiryPage.notes.visibility')}</VisuallyHidden>
            <SegmentedControl
              size="xs"
              aria-labelledby={visibilityLabel}
              value={visibility}
              onChange={(v) => setVisibility(v as NoteVisibility)}
              data={[
                { value: 'TEAM', label: t('inquiryPage.notes.team') },
                { value: 'PRIVATE', label: t('inquiryPage.notes.private') },
              ]}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {visibility === 'TEAM' ? t('inquiryPage.notes.teamHint') : t('inquiryPage.notes.privateHint')}
            </Text>
          </div>
          <Button type="submit" variant="light" loading={add.isPending} disabled={!body.trim()}>
            {t('inquiryPage.notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
