import { Alert, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconMapQuestion } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicInquiryCreated } from '@shared/schemas/public-inquiry';
import { NotifyCta } from '@client/features/study/notify-cta';
import { isolate } from '@client/features/study/study-format';

export interface InquiryConfirmationProps {
  nctId: string;
  created: PublicInquiryCreated;
  /** A place was typed, and the server could not locate it. */
  placeNotFound: boolean;
  headingLevel?: 2 | 3;
  external?: boolean;
}

/** The seed's confirmation, with the name of the site the inquiry went to. Takes focus when shown. */
export function InquiryConfirmation({ nctId, created, placeNotFound, headingLevel = 2, external }: InquiryConfirmationProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <Stack gap="md">
      <ThemeIcon size={48} radius="xl" color="green" variant="light" aria-hidden>
        <IconCircleCheck size={30} />
      </ThemeIcon>
      <Title order={headingLevel} fz="h3" ref={headingRef} tabIndex={-1} id="inquiry-confirmation-title" style={{ outlineOffset: 4 }}>
        {t('inquiry.confirmation.title')}
      </Title>
      <Text>
        {created.site
          ? t('inquiry.confirmation.text', { siteName: isolate(created.site.name) })
          : t('inquiry.confirmation.textNoSite')}
      </Text>
      {placeNotFound ? (
        <Alert variant="light" color="yellow" icon={<IconMapQuestion size={20} aria-hidden />}>
          {t('inquiry.confirmation.placeNotFound')}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('inquiry.confirmation.next')}
      </Text>
      <NotifyCta nctId={nctId} compact external={external} />
    </Stack>
  );
}
