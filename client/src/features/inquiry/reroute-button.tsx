import { Button, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { DialogFooter } from './dialog-footer';
import { useInquiryUpdater, type InquiryDetail } from './use-inquiry';

/** Moves the inquiry to another site of the study (admins, or coordinators of both sites). */
export function RerouteButton({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useInquiryUpdater(inquiry.id);
  const [opened, { open, close }] = useDisclosure(false);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const reroute = useMutation(
    trpc.inquiries.reroute.mutationOptions({
      onSuccess: async (fresh) => {
        notifySuccess(t('inquiryPage.reroute.done', { site: fresh.site?.name ?? '' }));
        close();
        setSiteId(null);
        setReason('');
        setTouched(false);
        await update(fresh);
      },
    }),
  );
  if (inquiry.rerouteTargets.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('inquiryPage.reroute.notAllowed')}
      </Text>
    );
  }
  const reasonMissing = reason.trim().length < 3;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!siteId || reasonMissing) return;
    reroute.mutate({ id: inquiry.id, siteId, reason: reason.trim() });
  };
  return (
    <>
      <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={open} style={{ alignSelf: 'flex-start' }}>
        {t('inquiryPage.reroute.open')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('inquiryPage.reroute.title')} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('inquiryPage.reroute.explain')}</Text>
            <Select
              label={t('inquiryPage.reroute.site')}
              required
              data={inquiry.rerouteTargets.map((s) => ({ value: s.id, label: `${s.name} · ${s.city}` }))}
              value={siteId}
              onChange={setSiteId}
              error={touched && !siteId ? t('inquiryPage.reroute.siteMissing') : undefined}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('inquiryPage.reroute.reason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={touched && reasonMissing ? t('inquiryPage.reroute.reasonMissing') : undefined}
              autosize
              minRows={2}
              maxLength={1000}
            />
            <DialogFooter error={reroute.isError ? reroute.error : null} pending={reroute.isPending} onCancel={close} submitLabel={t('inquiryPage.reroute.save')} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
