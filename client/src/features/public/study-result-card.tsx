import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLanguage, IconMapPin, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '@client/components/ui/status-badge';
import type { StudySummary } from '@client/lib/public-api';
import { countryName, formatAgeRange, formatDistance, languageList } from '@client/features/study/study-format';
import classes from './study-result-card.module.css';

export function StudyResultCard({ study }: { study: StudySummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const site = study.nearestSite;
  const titleId = `study-${study.nctId}-title`;

  return (
    <Paper component="article" withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} className={classes.card} aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <StatusBadge kind="study" status={study.overallStatus} />
          <Badge variant="light" color="gray" tt="none" fw={600} c="dark.7">
            {formatAgeRange(study.minAgeMonths, study.maxAgeMonths, language, t)}
          </Badge>
        </Group>
        <Title order={3} fz={{ base: 'lg', sm: 'xl' }} id={titleId} lang="en" className={classes.title}>
          <Anchor component={Link} to={`/studies/${study.nctId}`} underline="hover" c="brand.8" fw={700} className={classes.link}>
            {study.title}
          </Anchor>
        </Title>
        {study.conditions.length > 0 ? (
          <Text size="sm" c="dimmed">
            <Text span fw={600} c="var(--mantine-color-text)">
              {t('studies.card.conditions')}
            </Text>{' '}
            <span lang="en">{study.conditions.join(', ')}</span>
          </Text>
        ) : null}
        <Stack gap={6}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <IconMapPin size={18} aria-hidden className={classes.icon} />
            <Text size="sm">
              {site ? (
                <>
                  <Text span fw={600}>
                    {t('studies.card.nearest')}
                  </Text>{' '}
                  <bdi>
                    {site.name}, {site.city}
                  </bdi>
                  , {countryName(site.country, language)}
                  {site.distanceKm !== null ? (
                    <Text span fw={700} c="brand.8">
                      {' · '}
                      {t('studies.card.distance', { distance: formatDistance(site.distanceKm, language) })}
                    </Text>
                  ) : null}
                </>
              ) : (
                t('studies.card.noSite')
              )}
            </Text>
          </Group>
          {study.recruitingSitesCount > 1 ? (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <IconUsers size={18} aria-hidden className={classes.icon} />
              <Text size="sm">{t('studies.card.centers', { count: study.recruitingSitesCount })}</Text>
            </Group>
          ) : null}
          {study.languages.length > 0 ? (
            <Group gap={8} wrap="nowrap" align="flex-start">
              <IconLanguage size={18} aria-hidden className={classes.icon} />
              <Text size="sm">
                <Text span fw={600}>
                  {t('studies.card.languages')}
                </Text>{' '}
                {languageList(study.languages, language)}
              </Text>
            </Group>
          ) : null}
        </Stack>
        <Text size="xs" c="dimmed">
          {study.nctId}
        </Text>
      </Stack>
    </Paper>
  );
}
