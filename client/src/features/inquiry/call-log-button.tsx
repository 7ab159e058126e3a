import { Button, Checkbox, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPhoneCall } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { CALL_OUTCOMES, type CallOutcome } from '@shared/schemas/inquiry-actions';
import { DialogFooter } from './dialog-footer';
import { useInquiryUpdater, type InquiryDetail } from './use-inquiry';

/** Logs a phone call: its outcome, an optional note, and (when reached) the move to Contacted. */
export function CallLogButton({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useInquiryUpdater(inquiry.id);
  const [opened, { open, close }] = useDisclosure(false);
  const [outcome, setOutcome] = useState<CallOutcome>('NO_ANSWER');
  const [note, setNote] = useState('');
  const canContact = inquiry.allowedNext.includes('CONTACTED');
  const [markContacted, setMarkContacted] = useState(true);
  const log = useMutation(
    trpc.inquiries.logCall.mutationOptions({
      onSuccess: async (result) => {
        notifySuccess(t('inquiryPage.call.logged'));
        close();
        setNote('');
        await update(result.inquiry);
      },
    }),
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    log.mutate({ id: inquiry.id, outcome, note: note.trim() || undefined, markContacted: outcome === 'REACHED' && canContact && markContacted });
  };
  return (
    <>
      <Button variant="default" leftSection={<IconPhoneCall size={16} aria-hidden />} onClick={open}>
        {t('inquiryPage.call.open')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('inquiryPage.call.title')} centered>
        <form onSubmit={submit}>
          <Stack gap="md">
            <Radio.Group label={t('inquiryPage.call.outcome')} value={outcome} onChange={(v) => setOutcome(v as CallOutcome)}>
              <Stack gap="xs" mt="xs">
                {CALL_OUTCOMES.map((o) => (
                  <Radio key={o} value={o} label={t(`inquiryPage.call.outcomes.${o}`)} />
                ))}
              </Stack>
            </Radio.Group>
            {outcome === 'REACHED' && canContact ? (
              <Checkbox
                label={t('inquiryPage.call.markContacted')}
                checked={markContacted}
                onChange={(e) => setMarkContacted(e.currentTarget.checked)}
              />
            ) : null}
            <Textarea label={t('inquiryPage.call.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
            <DialogFooter error={log.isError ? log.error : null} pending={log.isPending} onCancel={close} submitLabel={t('inquiryPage.call.save')} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
