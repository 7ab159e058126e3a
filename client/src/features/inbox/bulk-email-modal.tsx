import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailFrame } from '@client/features/admin-outbox/email-frame';
import { templateName } from '@client/features/admin-templates/template-labels';
import { describeError } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { FOLLOW_UP_TEMPLATE_KEYS, TEMPLATE_INPUTS, type FollowUpTemplateKey } from '@shared/schemas/inquiry-actions';
import { reportBulk } from './bulk-result';
import type { BulkModalProps } from './bulk-status-modal';

const newKey = () => `bulk-${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;

/** A templated follow-up to every selected family, each in their own language; preview of the first. */
export function BulkEmailModal({ opened, onClose, rows, onDone }: BulkModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [templateKey, setTemplateKey] = useState<FollowUpTemplateKey>(FOLLOW_UP_TEMPLATE_KEYS[0]);
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  // One key per message being written: a second click or a retry sends nothing twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const preview = useMutation(trpc.inbox.bulkEmailPreview.mutationOptions({ onError: (e) => setError(describeError(e).message) }));
  const send = useMutation(
    trpc.inbox.bulkEmail.mutationOptions({
      onSuccess: (result) => {
        reportBulk(t, result);
        onDone(result);
      },
      onError: (e) => setError(describeError(e).message),
    }),
  );
  const ids = rows.map((r) => r.id);
  const draft = { ids, templateKey, inputs };
  const { mutate: runPreview, reset: resetPreview } = preview;

  useEffect(() => {
    if (!opened) return;
    setError(null);
    setIdempotencyKey(newKey());
    resetPreview();
  }, [opened, resetPreview]);

  const missing = TEMPLATE_INPUTS[templateKey].filter((name) => !(inputs[name] ?? '').trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) return setError(t('inbox.bulk.fillInputs'));
    send.mutate({ ...draft, idempotencyKey });
  };
  const p = preview.data;

  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.bulk.emailTitle', { count: rows.length })} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select
            label={t('inbox.bulk.template')}
            data={FOLLOW_UP_TEMPLATE_KEYS.map((k) => ({ value: k, label: templateName(t, k) }))}
            value={templateKey}
            onChange={(v) => {
              if (!v) return;
              setTemplateKey(v as FollowUpTemplateKey);
              setIdempotencyKey(newKey());
              resetPreview();
            }}
            allowDeselect={false}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          {TEMPLATE_INPUTS[templateKey].map((name) => (
            <TextInput
              key={name}
              label={t(`inbox.bulk.inputs.${name as 'APPOINTMENT_TIME' | 'APPOINTMENT_PLACE'}`)}
              value={inputs[name] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setInputs((prev) => ({ ...prev, [name]: value }));
              }}
              required
              maxLength={300}
            />
          ))}
          <Text size="sm" c="dimmed">{t('inbox.bulk.eachLanguage', { count: rows.length })}</Text>
          <Group>
            <Button variant="default" onClick={() => runPreview(draft)} loading={preview.isPending}>
              {t('inbox.bulk.preview')}
            </Button>
          </Group>
          {p ? (
            <Stack gap={6}>
              <Text size="sm">
                {t('inbox.bulk.previewFor')} <Text span fw={600} dir="ltr" style={{ unicodeBidi: 'isolate' }}>{p.to}</Text>
              </Text>
              <Text size="sm" fw={600} dir={p.rtl ? 'rtl' : 'ltr'}>
                <bdi>{p.message.subject}</bdi>
              </Text>
              <EmailFrame html={p.message.html} title={t('inbox.bulk.previewFrame')} height={360} />
            </Stack>
          ) : null}
          {error ? <Text size="sm" c="red.8" role="alert">{error}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={send.isPending}>{t('inbox.bulk.send', { count: rows.length })}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
