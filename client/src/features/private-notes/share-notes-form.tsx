import { Alert, Button, CopyButton, Group, PasswordInput, Radio, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconLink, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createSharedNotes, PublicApiError } from '@client/lib/public-api';
import { formatDate } from '@client/features/study/study-format';
import { canEncrypt, MIN_PASSCODE_LENGTH, sealNotes } from './note-crypto';
import type { PrivateNote, SharedNotesPayload } from './notes-store';
import classes from './private-notes.module.css';

export interface ShareNotesFormProps {
  nctId: string;
  studyTitle: string;
  notes: PrivateNote[];
}

const expiryChoices = ['1', '7', '30'] as const;
// The server keeps at most 90,000 base64 characters of ciphertext (about 67 KB of notes).
const MAX_PLAINTEXT_BYTES = 60_000;

/** Encrypts the notes here, with the passcode the visitor chooses, and posts only ciphertext. */
export function ShareNotesForm({ nctId, studyTitle, notes }: ShareNotesFormProps) {
  const { t, i18n } = useTranslation();
  const [passcode, setPasscode] = useState('');
  const [expiry, setExpiry] = useState<string>('7');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);

  if (!canEncrypt()) {
    return (
      <Alert color="yellow" variant="light">
        {t('notes.share.unsupported')}
      </Alert>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (passcode.length < MIN_PASSCODE_LENGTH) {
      setError(t('notes.share.passcodeTooShort', { min: MIN_PASSCODE_LENGTH }));
      document.getElementById('notes-passcode')?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const payload: SharedNotesPayload = { v: 1, nctId, title: studyTitle, notes: notes.map(({ quote, comment }) => ({ quote, comment })) };
      const plaintext = JSON.stringify(payload);
      if (new TextEncoder().encode(plaintext).length > MAX_PLAINTEXT_BYTES) {
        setError(t('notes.share.tooLarge'));
        return;
      }
      const sealed = await sealNotes(plaintext, passcode);
      const created = await createSharedNotes({ ...sealed, expiresInDays: Number(expiry), nctId });
      setLink({ url: new URL(`/notes/${created.slug}`, window.location.origin).toString(), expiresAt: created.expiresAt });
      setPasscode('');
    } catch (caught) {
      setError(
        caught instanceof PublicApiError && caught.status === 429
          ? t('notes.share.rateLimited')
          : caught instanceof PublicApiError && caught.isNetwork
            ? t('errors.code.NETWORK')
            : t('notes.share.failed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        {t('notes.share.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('notes.share.explain')}
      </Text>
      {link ? (
        <Alert color="green" variant="light" icon={<IconLink size={18} aria-hidden />} title={t('notes.share.ready')} role="status">
          <Text className={classes.link} data-testid="shared-notes-link">
            {link.url}
          </Text>
          <Text size="sm" mt={4}>
            {t('notes.share.expires', { date: formatDate(link.expiresAt, i18n.language) })}
          </Text>
          <Group gap="sm" mt="sm">
            <CopyButton value={link.url}>
              {({ copied, copy }) => (
                <Button size="sm" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                  {copied ? t('notes.share.copied') : t('notes.share.copy')}
                </Button>
              )}
            </CopyButton>
            <Button size="sm" variant="default" onClick={() => setLink(null)}>
              {t('notes.share.another')}
            </Button>
          </Group>
          <Text size="sm" mt="sm">
            {t('notes.share.sendPasscodeSeparately')}
          </Text>
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <PasswordInput
              id="notes-passcode"
              label={t('notes.share.passcode')}
              description={t('notes.share.passcodeHint', { min: MIN_PASSCODE_LENGTH })}
              value={passcode}
              onChange={(event) => setPasscode(event.currentTarget.value)}
              error={error && passcode.length < MIN_PASSCODE_LENGTH ? error : undefined}
              autoComplete="new-password"
              leftSection={<IconLock size={16} aria-hidden />}
              visibilityToggleButtonProps={{ 'aria-label': t('notes.share.showPasscode') }}
            />
            <Radio.Group label={t('notes.share.expiry')} value={expiry} onChange={setExpiry}>
              <Group gap="md" mt={6}>
                {expiryChoices.map((days) => (
                  <Radio key={days} value={days} label={t('notes.share.days', { count: Number(days) })} />
                ))}
              </Group>
            </Radio.Group>
            {error && passcode.length >= MIN_PASSCODE_LENGTH ? (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            ) : null}
            <Button type="submit" loading={busy} leftSection={<IconLink size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
              {t('notes.share.create')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
