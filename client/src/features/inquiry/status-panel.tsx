import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InquiryStatusBadge } from '@client/components/inquiry-status-badge';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import type { InquiryStatus } from '@shared/inquiry-status';
import { reasonRequiredFor } from '@shared/schemas/inquiry-actions';
import { CallLogButton } from './call-log-button';
import { inquiryErrorMessage, useInquiryUpdater, type InquiryDetail } from './use-inquiry';

/** The status and the allowed next steps; reasons required where a lead closes. */
export function StatusPanel({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useInquiryUpdater(inquiry.id);
  const [to, setTo] = useState<InquiryStatus | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const change = useMutation(
    trpc.inquiries.changeStatus.mutationOptions({
      onSuccess: async (fresh) => {
        notifySuccess(t('inquiryPage.status.changed', { status: t(`status.inquiry.${fresh.status}`) }));
        setTo(null);
        setReason('');
        setTouched(false);
        await update(fresh);
      },
    }),
  );
  const needsReason = to !== null && reasonRequiredFor(to);
  const reasonMissing = needsReason && reason.trim() === '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!to || reasonMissing) return;
    change.mutate({ id: inquiry.id, to, reason: reason.trim() || undefined });
  };
  const closed = inquiry.allowedNext.length === 0;

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="status-heading">
      <Group justify="space-between" align="center" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="status-heading">
          {t('inquiryPage.status.title')}
        </Title>
        <InquiryStatusBadge status={inquiry.status} size="lg" />
      </Group>
      {inquiry.suggestUnreachable ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} mb="md" title={t('inquiryPage.status.unreachableTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('inquiryPage.status.unreachableText', { count: inquiry.contactAttempts })}</Text>
            <Button size="xs" variant="white" color="yellow.9" onClick={() => setTo('UNREACHABLE')}>
              {t('inquiryPage.status.markUnreachable')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" mb="sm">
        {t('inquiryPage.status.attempts', { count: inquiry.contactAttempts })}
      </Text>
      {closed ? (
        <Text size="sm">{t('inquiryPage.status.closed')}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Select
              label={t('inquiryPage.status.next')}
              placeholder={t('inquiryPage.status.choose')}
              data={inquiry.allowedNext.map((s) => ({ value: s, label: t(`status.inquiry.${s}`) }))}
              value={to}
              onChange={(v) => setTo(v as InquiryStatus | null)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Textarea
              label={t('inquiryPage.status.reason')}
              description={needsReason ? t('inquiryPage.status.reasonRequired') : t('inquiryPage.status.reasonOptional')}
              required={needsReason}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={touched && reasonMissing ? t('inquiryPage.status.reasonMissing') : undefined}
              autosize
              minRows={2}
              maxLength={1000}
            />
            {change.isError ? (
              <Alert color="red" variant="light" role="alert">
                {inquiryErrorMessage(t, change.error)}
              </Alert>
            ) : null}
            <Group gap="sm" wrap="wrap">
              <Button type="submit" loading={change.isPending} disabled={!to}>
                {t('inquiryPage.status.save')}
              </Button>
              <CallLogButton inquiry={inquiry} />
            </Group>
          </Stack>
        </form>
      )}
      {closed ? (
        <Group mt="sm">
          <CallLogButton inquiry={inquiry} />
        </Group>
      ) : null}
    </Paper>
  );
}
