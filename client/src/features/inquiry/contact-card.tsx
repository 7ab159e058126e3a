import { Alert, Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLanguage, IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languageDirection } from '@client/i18n/languages';
import { languageLabel, type InquiryDetail } from './use-inquiry';

/** How to reach the family, and in which language: the first thing a coordinator needs. */
export function ContactCard({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const preferred = inquiry.otherLanguage ?? inquiry.language;
  const anonymized = inquiry.anonymizedAt !== null;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="contact-heading">
      <Title order={2} size="h4" id="contact-heading" mb="sm">
        {t('inquiryPage.contact.title')}
      </Title>
      {anonymized ? (
        <Text c="dimmed">{t('inquiryPage.contact.anonymized')}</Text>
      ) : (
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap">
            <Button
              component="a"
              href={`tel:${inquiry.phone}`}
              leftSection={<IconPhone size={18} aria-hidden />}
              variant="light"
              size="md"
              aria-label={t('inquiryPage.contact.call', { phone: inquiry.phone })}
            >
              <span dir="ltr">{inquiry.phone}</span>
            </Button>
            <Button
              component="a"
              href={`mailto:${inquiry.email}`}
              leftSection={<IconMail size={18} aria-hidden />}
              variant="light"
              size="md"
              aria-label={t('inquiryPage.contact.email', { email: inquiry.email })}
              // Long addresses wrap rather than lose their start on a phone.
              h="auto"
              mih={42}
              py={8}
              styles={{ root: { maxWidth: '100%' }, label: { whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'start' } }}
            >
              <span dir="ltr">{inquiry.email}</span>
            </Button>
          </Group>
        </Stack>
      )}
      <Group gap="sm" mt="md" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
          <IconLanguage size={20} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {t('inquiryPage.contact.preferredLanguage')}
          </Text>
          <Text fw={700} fz="lg" data-testid="preferred-language">
            {languageLabel(preferred, i18n.language)}
            {languageLabel(preferred, i18n.language) !== languageLabel(preferred, preferred) ? (
              <>
                {' '}
                <Text span c="dimmed" fw={400} fz="md" lang={preferred} dir={languageDirection(preferred)}>
                  ({languageLabel(preferred, preferred)})
                </Text>
              </>
            ) : null}
          </Text>
          {inquiry.otherLanguage && inquiry.otherLanguage !== inquiry.language ? (
            <Text size="sm" c="dimmed">
              {t('inquiryPage.contact.formLanguage', { language: languageLabel(inquiry.language, i18n.language) })}
            </Text>
          ) : null}
        </div>
      </Group>
      {inquiry.interpreterNeeded ? (
        <Alert mt="md" color="orange" variant="light" title={t('inquiryPage.contact.interpreterTitle')}>
          {t('inquiryPage.contact.interpreterText', { site: inquiry.site?.name ?? '' })}
        </Alert>
      ) : inquiry.site ? (
        <Badge mt="sm" variant="dot" color="teal" tt="none">
          {t('inquiryPage.contact.siteSpeaks')}
        </Badge>
      ) : null}
    </Paper>
  );
}
