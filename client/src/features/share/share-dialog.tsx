import './mantine-dialog.css';
import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicApiError, shareStudy } from '@client/lib/public-api';
import { SENDER_FIRST_NAME, SENDER_FIRST_NAME_MAX } from '@shared/schemas/share-study';

export interface ShareDialogProps {
  opened: boolean;
  onClose: () => void;
  nctId: string;
  studyTitle: string;
}

const looksLikeEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Result = 'sent' | 'rate-limited' | 'failed' | null;

/** "Send this to a friend": a fixed, translated message; the visitor types the friend's address and, if they like, their first name. */
export function ShareDialog({ opened, onClose, nctId, studyTitle }: ShareDialogProps) {
  const { t, i18n } = useTranslation();
  const [friendEmail, setFriendEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<Result>(null);

  const close = () => {
    onClose();
    if (result === 'sent') {
      setFriendEmail('');
      setResult(null);
    }
  };

  // The preview shows the name only once it would be accepted, as the e-mail would.
  const name = firstName.trim();
  const nameAccepted = name === '' || SENDER_FIRST_NAME.test(name.normalize('NFC'));
  const previewName = name !== '' && nameAccepted ? name : t('share.someone');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const emailWrong = !looksLikeEmail.test(friendEmail.trim());
    const nameWrong = !nameAccepted;
    setError(emailWrong ? t('share.errors.email') : null);
    setNameError(nameWrong ? t('share.errors.firstName') : null);
    if (emailWrong || nameWrong) {
      document.getElementById(emailWrong ? 'share-friend-email' : 'share-first-name')?.focus();
      return;
    }
    setSending(true);
    setResult(null);
    try {
      await shareStudy(nctId, { friendEmail: friendEmail.trim(), language: i18n.language, ...(name ? { senderFirstName: name } : {}) });
      setResult('sent');
    } catch (caught) {
      if (caught instanceof PublicApiError && caught.status === 422) {
        const onName = caught.errors.some((e) => e.path === 'senderFirstName');
        if (onName) setNameError(t('share.errors.firstName'));
        else setError(t('share.errors.email'));
        document.getElementById(onName ? 'share-first-name' : 'share-friend-email')?.focus();
      } else {
        setResult(caught instanceof PublicApiError && caught.status === 429 ? 'rate-limited' : 'failed');
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Title order={2} fz="h4">{t('share.title')}</Title>}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      {result === 'sent' ? (
        <Stack gap="md" role="status">
          <Group gap="sm" wrap="nowrap">
            <IconCircleCheck size={28} color="var(--mantine-color-green-8)" aria-hidden />
            <Text fw={600}>{t('share.sent')}</Text>
          </Group>
          <Button onClick={close} style={{ alignSelf: 'flex-start' }} data-autofocus>
            {t('common.close')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('share.intro')}</Text>
            <TextInput
              id="share-friend-email"
              label={t('share.friendEmail')}
              required
              type="email"
              dir="ltr"
              value={friendEmail}
              onChange={(event) => setFriendEmail(event.currentTarget.value)}
              error={error ?? undefined}
              autoComplete="off"
              data-autofocus
            />
            <TextInput
              id="share-first-name"
              label={t('share.firstName')}
              description={t('share.firstNameHint')}
              value={firstName}
              onChange={(event) => {
                setFirstName(event.currentTarget.value);
                setNameError(null);
              }}
              error={nameError ?? undefined}
              maxLength={SENDER_FIRST_NAME_MAX}
              autoComplete="given-name"
            />
            <div>
              <Text size="sm" fw={600} mb={4} id="share-preview-label">
                {t('share.previewLabel')}
              </Text>
              <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)" aria-labelledby="share-preview-label" role="group">
                <Stack gap={6}>
                  <Text size="sm">{t('share.previewGreeting')}</Text>
                  <Text size="sm">{t('share.previewIntro', { app: t('app.name'), name: previewName })}</Text>
                  <Text size="sm" fw={700} lang="en">
                    {studyTitle}
                  </Text>
                  <Text size="sm" c="brand.8" td="underline">
                    {t('share.previewLink')}
                  </Text>
                </Stack>
              </Paper>
            </div>
            {result === 'rate-limited' || result === 'failed' ? (
              <Alert color={result === 'rate-limited' ? 'yellow' : 'red'} variant="light" role="alert">
                {result === 'rate-limited' ? t('share.rateLimited') : t('share.failed')}
              </Alert>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('share.privacy')}
            </Text>
            <Group gap="sm">
              <Button type="submit" loading={sending} leftSection={<IconSend size={16} aria-hidden />}>
                {t('share.send')}
              </Button>
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
