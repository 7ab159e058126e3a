import { Alert, Anchor, Button, Container, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconClockX, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@client/components/ui/empty-state';
import { PageHeader } from '@client/components/ui/page-header';
import { getSharedNotes, PublicApiError, type SealedNotes } from '@client/lib/public-api';
import { formatDate } from '@client/features/study/study-format';
import { canEncrypt, openNotes, WrongPasscodeError } from './note-crypto';
import { parseSharedPayload, type SharedNotesPayload } from './notes-store';
import classes from './private-notes.module.css';

type Loaded = SealedNotes & { expiresAt: string; nctId: string | null };
type State = { status: 'loading' } | { status: 'gone' } | { status: 'error' } | { status: 'locked'; sealed: Loaded };

function OpenedNotes({ payload, expiresAt }: { payload: SharedNotesPayload; expiresAt: string }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="md">
      <Title order={2} fz="h3" ref={headingRef} tabIndex={-1}>
        {t('notes.shared.openedTitle', { count: payload.notes.length })}
      </Title>
      {payload.title ? (
        <Text>
          {t('notes.shared.aboutStudy')}{' '}
          {/^NCT\d{8}$/.test(payload.nctId) ? (
            <Anchor component={Link} to={`/studies/${payload.nctId}`} lang="en">
              {payload.title}
            </Anchor>
          ) : (
            <span lang="en">{payload.title}</span>
          )}
        </Text>
      ) : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {payload.notes.map((note, index) => (
          <Paper component="li" key={index} withBorder radius="md" p="md">
            <Stack gap="xs">
              {note.quote ? (
                <blockquote className={classes.quote} lang="en">
                  {note.quote}
                </blockquote>
              ) : null}
              {note.comment ? <Text className={classes.comment}>{note.comment}</Text> : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Text size="sm" c="dimmed">
        {t('notes.shared.expires', { date: formatDate(expiresAt, i18n.language) })}
      </Text>
    </Stack>
  );
}

/** `/notes/:slug`: fetches the ciphertext, asks for the passcode and decrypts in this browser. */
export function SharedNotesPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState<SharedNotesPayload | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getSharedNotes(slug, controller.signal)
      .then((sealed) => setState({ status: 'locked', sealed }))
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: caught instanceof PublicApiError && caught.status === 404 ? 'gone' : 'error' });
      });
    return () => controller.abort();
  }, [slug]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.status !== 'locked' || opening) return;
    if (!passcode) {
      setError(t('notes.shared.passcodeRequired'));
      return;
    }
    setOpening(true);
    setError(null);
    try {
      const payload = parseSharedPayload(await openNotes(state.sealed, passcode));
      if (!payload) throw new Error('unreadable');
      setOpened(payload);
    } catch (caught) {
      setError(caught instanceof WrongPasscodeError ? t('notes.shared.wrongPasscode') : t('notes.shared.unreadable'));
      document.getElementById('shared-passcode')?.focus();
    } finally {
      setOpening(false);
    }
  };

  return (
    <Container size="sm" py={{ base: 'lg', sm: 40 }}>
      <PageHeader title={t('notes.shared.title')} description={t('notes.shared.description')} />
      {state.status === 'loading' ? <Loader aria-label={t('common.loading')} /> : null}
      {state.status === 'gone' ? (
        <EmptyState icon={<IconClockX size={32} />} title={t('notes.shared.goneTitle')} description={t('notes.shared.goneText')} />
      ) : null}
      {state.status === 'error' ? (
        <Alert color="red" variant="light" role="alert">
          {t('notes.shared.loadFailed')}
        </Alert>
      ) : null}
      {state.status === 'locked' && opened ? <OpenedNotes payload={opened} expiresAt={state.sealed.expiresAt} /> : null}
      {state.status === 'locked' && !opened ? (
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
          {canEncrypt() ? (
            <form onSubmit={onSubmit} noValidate>
              <Stack gap="md">
                <PasswordInput
                  id="shared-passcode"
                  size="md"
                  label={t('notes.share.passcode')}
                  value={passcode}
                  onChange={(event) => setPasscode(event.currentTarget.value)}
                  error={error ?? undefined}
                  autoComplete="off"
                  leftSection={<IconLock size={18} aria-hidden />}
                  visibilityToggleButtonProps={{ 'aria-label': t('notes.share.showPasscode') }}
                  data-autofocus
                />
                <Button type="submit" size="md" loading={opening} leftSection={<IconLockOpen size={18} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
                  {t('notes.shared.open')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('notes.shared.privacy')}
                </Text>
              </Stack>
            </form>
          ) : (
            <Alert color="yellow" variant="light">
              {t('notes.share.unsupported')}
            </Alert>
          )}
        </Paper>
      ) : null}
    </Container>
  );
}
