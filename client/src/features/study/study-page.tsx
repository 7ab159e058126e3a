import './mantine-study.css';
import { Button, Container, Grid, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconMapQuestion } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicInquiryCreated } from '@shared/schemas/public-inquiry';
import { EmptyState } from '@client/components/ui/empty-state';
import { usePageTitle } from '@client/lib/use-page-title';
import { InquiryConfirmation } from '@client/features/inquiry-form/inquiry-confirmation';
import { InquiryForm } from '@client/features/inquiry-form/inquiry-form';
import { SelectionNoteButton } from '@client/features/private-notes/selection-note-button';
import { NotifyCta } from './notify-cta';
import { PrivateNotesCard } from './private-notes-card';
import { StudyCenters } from './study-centers';
import { StudyFaqs } from './study-faqs';
import { StudyHero } from './study-hero';
import { readOrigin, rememberOrigin, type StudyOrigin } from './study-origin';
import { StudySections } from './study-sections';
import { useStudy } from './use-study';
import classes from './study-page.module.css';

// Dialogs load when first opened, so the study page's first download stays small.
const ShareDialog = lazy(() => import('@client/features/share/share-dialog').then((m) => ({ default: m.ShareDialog })));
const NotesPanel = lazy(() => import('@client/features/private-notes/notes-panel').then((m) => ({ default: m.NotesPanel })));

function StudySkeleton() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="xl" aria-busy="true">
      <Title order={1} className={classes.srOnly}>
        {t('common.loading')}
      </Title>
      <Stack gap="md" aria-hidden>
        <Skeleton height={24} width={220} radius="xl" />
        <Skeleton height={36} width="80%" />
        <Skeleton height={16} width="50%" />
        <Skeleton height={200} mt="lg" />
      </Stack>
    </Container>
  );
}

interface Sent {
  created: PublicInquiryCreated;
  placeNotFound: boolean;
}

export function StudyPage() {
  const { t } = useTranslation();
  const { nctId = '' } = useParams();
  const [origin, setOrigin] = useState<StudyOrigin | null>(readOrigin);
  const [attempt, setAttempt] = useState(0);
  const state = useStudy(nctId, origin, attempt);
  const [sent, setSent] = useState<Sent | null>(null);
  const [requestedSite, setRequestedSite] = useState<{ id: string; at: number } | null>(null);
  const [shareOpen, setShareOpen] = useState<boolean | null>(null);
  const [notesOpen, setNotesOpen] = useState<boolean | null>(null);
  const [draftQuote, setDraftQuote] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  usePageTitle(state.status === 'done' ? state.study.title : state.status === 'loading' ? undefined : t('study.notFoundTitle'));

  const changeOrigin = useCallback((next: StudyOrigin | null) => {
    setOrigin(next);
    rememberOrigin(next);
  }, []);

  const goToForm = () => {
    document.getElementById('get-in-touch')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    document.getElementById(sent ? 'inquiry-confirmation-title' : 'inquiry-firstName')?.focus({ preventScroll: true });
  };

  if (state.status === 'loading') return <StudySkeleton />;
  if (state.status === 'not-found' || state.status === 'error') {
    const missing = state.status === 'not-found';
    return (
      <Container size="md" py={{ base: 'lg', sm: 48 }}>
        <EmptyState
          icon={missing ? <IconMapQuestion size={32} /> : <IconAlertTriangle size={32} />}
          headingLevel={1}
          title={missing ? t('study.notFoundTitle') : t('study.errorTitle')}
          description={missing ? t('study.notFoundText') : t('study.errorText')}
          action={
            missing ? (
              <Button component={Link} to="/studies">
                {t('study.backToFinder')}
              </Button>
            ) : (
              <Button onClick={() => setAttempt((value) => value + 1)}>{t('common.tryAgain')}</Button>
            )
          }
        />
      </Container>
    );
  }

  const { study } = state;
  const accepting = study.sites.some((site) => site.acceptingInquiries);

  return (
    <>
      <StudyHero
        study={study}
        onGetInTouch={goToForm}
        onShare={() => setShareOpen(true)}
        onNotes={() => setNotesOpen(true)}
      />
      <Container size="lg" py={{ base: 'lg', sm: 'xl' }}>
        <Grid gap={{ base: 'lg', md: 40 }}>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <article ref={articleRef} aria-labelledby="study-title">
              <StudySections study={study} />
              <StudyCenters
                sites={study.sites}
                hasOrigin={origin !== null}
                onContact={(id) => {
                  setRequestedSite({ id, at: Date.now() });
                  goToForm();
                }}
              />
            </article>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <Paper
                component="section"
                id="get-in-touch"
                aria-labelledby="get-in-touch-title"
                withBorder
                shadow="sm"
                radius="lg"
                p={{ base: 'md', sm: 'lg' }}
                className={classes.formCard}
              >
                <Title order={2} id="get-in-touch-title" fz="h3" mb={4}>
                  {t('inquiry.title')}
                </Title>
                <Text c="dimmed" mb="md">
                  {t('inquiry.subtitle')}
                </Text>
                {sent ? (
                  <InquiryConfirmation nctId={study.nctId} created={sent.created} placeNotFound={sent.placeNotFound} headingLevel={3} />
                ) : accepting ? (
                  <InquiryForm
                    study={study}
                    origin={origin}
                    onOriginChange={changeOrigin}
                    onSent={(created, placeNotFound) => setSent({ created, placeNotFound })}
                    requestedSite={requestedSite}
                  />
                ) : (
                  <Text>{t('inquiry.notAccepting')}</Text>
                )}
              </Paper>
              <PrivateNotesCard nctId={study.nctId} onOpen={() => setNotesOpen(true)} />
            </Stack>
          </Grid.Col>
        </Grid>
        <StudyFaqs faqs={study.faqs} />
        <NotifyCta nctId={study.nctId} />
      </Container>
      <SelectionNoteButton
        containerRef={articleRef}
        onAddNote={(quote) => {
          setDraftQuote(quote);
          setNotesOpen(true);
        }}
      />
      <Suspense fallback={null}>
        {shareOpen !== null ? (
          <ShareDialog opened={shareOpen} onClose={() => setShareOpen(false)} nctId={study.nctId} studyTitle={study.title} />
        ) : null}
        {notesOpen !== null ? (
          <NotesPanel
            opened={notesOpen}
            onClose={() => {
              setNotesOpen(false);
              setDraftQuote(null);
            }}
            nctId={study.nctId}
            studyTitle={study.title}
            draftQuote={draftQuote}
            onDraftDone={() => setDraftQuote(null)}
          />
        ) : null}
      </Suspense>
    </>
  );
}
