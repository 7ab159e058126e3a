import '@client/styles/mantine-public.css';
import '@client/features/study/mantine-study.css';
import '@client/features/public/public-contrast.css';
import { Anchor, Box, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { setPartnerKey } from '@client/lib/public-api';
import type { PublicInquiryCreated } from '@shared/schemas/public-inquiry';
import { usePageTitle } from '@client/lib/use-page-title';
import { useStudy } from '@client/features/study/use-study';
import type { StudyOrigin } from '@client/features/study/study-origin';
import { InquiryConfirmation } from './inquiry-confirmation';
import { InquiryForm } from './inquiry-form';

/** Tells the embedding page (client/embed/embed.js) how tall the form is, so the frame never scrolls. */
function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const send = () =>
      window.parent.postMessage({ type: 'trialconnect:height', height: document.documentElement.scrollHeight }, '*');
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, []);
}

/** The partner's key (`?partner=`, put there by embed.js) goes with the inquiry; the server checks it. */
function usePartnerKey() {
  const [params] = useSearchParams();
  const key = params.get('partner');
  useEffect(() => {
    setPartnerKey(key);
    return () => setPartnerKey(null);
  }, [key]);
}

/** `/embed/studies/:nctId`: only the get-in-touch form, for partner sites (source EMBED). */
export function EmbedPage() {
  const { t } = useTranslation();
  const { nctId = '' } = useParams();
  usePartnerKey();
  // Partners' visitors start without a remembered place: nothing from our own pages leaks into a frame.
  const [origin, setOrigin] = useState<StudyOrigin | null>(null);
  const state = useStudy(nctId, origin, 0);
  const [sent, setSent] = useState<{ created: PublicInquiryCreated; placeNotFound: boolean } | null>(null);
  usePageTitle(t('inquiry.title'));
  useReportHeight();

  return (
    <Box component="main" id="main-content" p={{ base: 'sm', sm: 'md' }} maw={640} mx="auto">
      {state.status === 'loading' ? <Loader aria-label={t('common.loading')} /> : null}
      {state.status === 'not-found' || state.status === 'error' ? (
        <Stack gap="xs">
          <Title order={1} fz="h3">
            {state.status === 'not-found' ? t('study.notFoundTitle') : t('study.errorTitle')}
          </Title>
          <Text>{state.status === 'not-found' ? t('study.notFoundText') : t('study.errorText')}</Text>
        </Stack>
      ) : null}
      {state.status === 'done' ? (
        <Stack gap="md">
          <div>
            <Title order={1} fz="h3">
              {t('inquiry.title')}
            </Title>
            <Text size="sm" c="dimmed" lang="en">
              {state.study.title} ({state.study.nctId})
            </Text>
          </div>
          {sent ? (
            <InquiryConfirmation nctId={nctId} created={sent.created} placeNotFound={sent.placeNotFound} external />
          ) : state.study.sites.some((site) => site.acceptingInquiries) ? (
            <>
              <Text>{t('inquiry.subtitle')}</Text>
              <InquiryForm
                study={state.study}
                origin={origin}
                onOriginChange={setOrigin}
                onSent={(created, placeNotFound) => setSent({ created, placeNotFound })}
                source="EMBED"
              />
            </>
          ) : (
            <Text>{t('inquiry.notAccepting')}</Text>
          )}
          <Text size="xs" c="dimmed">
            {t('embed.poweredBy')}{' '}
            <Anchor href={`/studies/${nctId}`} target="_blank" rel="noopener" size="xs">
              {t('app.name')}
            </Anchor>
          </Text>
        </Stack>
      ) : null}
    </Box>
  );
}
