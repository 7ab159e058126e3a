import { Anchor, Badge, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconMail, IconNote, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '@client/components/ui/status-badge';
import type { StudyDetail } from '@client/lib/public-api';
import { languageDirection } from '@client/i18n/languages';
import { formatAgeRange, formatPhases } from './study-format';
import classes from './study-page.module.css';

export interface StudyHeroProps {
  study: StudyDetail;
  onGetInTouch: () => void;
  onShare: () => void;
  onNotes: () => void;
}

/** Title, status, ages, sex and phase (as on the seed page), and the page's main actions. */
export function StudyHero({ study, onGetInTouch, onShare, onNotes }: StudyHeroProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const BackIcon = languageDirection(language) === 'rtl' ? IconArrowRight : IconArrowLeft;
  const meta = [
    formatAgeRange(study.minAgeMonths, study.maxAgeMonths, language, t),
    t('study.sexLabel', { sex: t(`study.sex.${study.sex}`) }),
    formatPhases(study.phases, t),
  ];

  return (
    <div className={classes.hero}>
      <Container size="lg" py={{ base: 'lg', sm: 40 }}>
        <Stack gap="md">
          <Anchor component={Link} to="/studies" size="sm" fw={600} className={classes.back}>
            <BackIcon size={16} aria-hidden />
            {t('study.backToFinder')}
          </Anchor>
          <Group gap="xs" wrap="wrap">
            <StatusBadge kind="study" status={study.overallStatus} size="lg" />
            {meta.map((item) => (
              <Badge key={item} variant="outline" color="gray" size="lg" tt="none" fw={600} c="dark.7">
                {item}
              </Badge>
            ))}
          </Group>
          <Title order={1} id="study-title" lang="en" className={classes.title}>
            {study.title}
          </Title>
          {study.officialTitle && study.officialTitle !== study.title ? (
            <Text c="dimmed" lang="en" maw={820}>
              {study.officialTitle}
            </Text>
          ) : null}
          {language !== 'en' ? (
            <Text size="sm" c="dimmed">
              {t('study.englishOnly')}
            </Text>
          ) : null}
          <Group gap="sm" mt="xs">
            <Button size="md" leftSection={<IconMail size={18} aria-hidden />} onClick={onGetInTouch}>
              {t('study.getInTouch')}
            </Button>
            <Button size="md" variant="default" leftSection={<IconSend size={18} aria-hidden />} onClick={onShare}>
              {t('share.open')}
            </Button>
            <Button size="md" variant="default" leftSection={<IconNote size={18} aria-hidden />} onClick={onNotes}>
              {t('notes.open')}
            </Button>
          </Group>
        </Stack>
      </Container>
    </div>
  );
}
