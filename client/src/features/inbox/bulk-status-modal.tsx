import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { allowedNextStatuses, INQUIRY_STATUSES, type InquiryStatus } from '@shared/inquiry-status';
import { reasonRequiredFor } from '@shared/schemas/inquiry-actions';
import { reportBulk, type BulkResult } from './bulk-result';
import type { InboxRow } from './inbox-columns';

export interface BulkModalProps {
  opened: boolean;
  onClose: () => void;
  rows: InboxRow[];
  onDone: (result: BulkResult) => void;
}

/** Statuses at least one selected row may move to, with how many of them can. */
function targets(rows: InboxRow[]) {
  const counts = new Map<InquiryStatus, number>();
  for (const row of rows) for (const s of allowedNextStatuses(row.status)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return INQUIRY_STATUSES.filter((s) => counts.has(s)).map((s) => ({ status: s, count: counts.get(s)! }));
}

export function BulkStatusModal({ opened, onClose, rows, onDone }: BulkModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [to, setTo] = useState<InquiryStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) {
      setTo(null);
      setReason('');
      setError(null);
    }
  }, [opened]);
  const options = targets(rows);
  const mutation = useMutation(
    trpc.inbox.bulkStatus.mutationOptions({
      onSuccess: (result) => {
        reportBulk(t, result);
        onDone(result);
      },
      onError: (e) => setError(describeError(e).message),
    }),
  );
  const needsReason = to !== null && reasonRequiredFor(to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) return setError(t('inbox.bulk.chooseStatus'));
    if (needsReason && !reason.trim()) return setError(t('inbox.bulk.reasonRequired'));
    mutation.mutate({ ids: rows.map((r) => r.id), to, reason: reason.trim() || undefined });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.bulk.statusTitle', { count: rows.length })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {options.length === 0 ? (
            <Text size="sm">{t('inbox.bulk.noStatus')}</Text>
          ) : (
            <Select
              label={t('inbox.bulk.newStatus')}
              data={options.map((o) => ({
                value: o.status,
                label: o.count === rows.length ? t(`status.inquiry.${o.status}`) : t('inbox.bulk.statusForSome', { status: t(`status.inquiry.${o.status}`), count: o.count, total: rows.length }),
              }))}
              value={to}
              onChange={(v) => setTo(v as InquiryStatus | null)}
              required
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {needsReason ? (
            <Textarea label={t('inbox.bulk.reason')} description={t('inbox.bulk.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={1000} />
          ) : null}
          {error ? <Text size="sm" c="red.8" role="alert">{error}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending} disabled={options.length === 0}>{t('inbox.bulk.apply')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
