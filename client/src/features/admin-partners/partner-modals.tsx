import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseOrigins } from './parse-origins';

function useOriginsField(initial: string[]) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const check = () => {
    const parsed = parseOrigins(text);
    const message = parsed.error
      ? parsed.error.key === 'invalidOrigin'
        ? t('partners.invalidOrigin', { line: parsed.error.line })
        : t('partners.tooManyOrigins', { max: parsed.error.max })
      : null;
    setError(message);
    return message ? null : parsed.origins;
  };
  const field = (
    <Textarea
      label={t('partners.origins')}
      description={t('partners.originsHint')}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      error={error}
      autosize
      minRows={3}
      maxRows={10}
      dir="ltr"
      spellCheck={false}
      autoCapitalize="off"
      placeholder="https://www.example.org"
    />
  );
  return { field, check, setError };
}

export function CreatePartnerModal({ loading, serverErrors, onCreate, onClose }: {
  loading: boolean;
  serverErrors: Record<string, string>;
  onCreate: (input: { name: string; allowedOrigins: string[] }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const origins = useOriginsField([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = origins.check();
    setNameError(name.trim() ? null : t('partners.nameRequired'));
    if (!name.trim() || !list) return;
    onCreate({ name: name.trim(), allowedOrigins: list });
  };
  return (
    <Modal opened onClose={onClose} title={t('partners.addTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label={t('partners.name')} description={t('partners.nameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError ?? serverErrors.name} maxLength={100} required data-autofocus />
          {origins.field}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('partners.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EditOriginsModal({ name, current, loading, onSave, onClose }: {
  name: string;
  current: string[];
  loading: boolean;
  onSave: (origins: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const origins = useOriginsField(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = origins.check();
    if (list) onSave(list);
  };
  return (
    <Modal opened onClose={onClose} title={t('partners.editTitle', { name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {origins.field}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('partners.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
