import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLanguage, IconMapPin, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudySite } from '@client/lib/public-api';
import { countryName, formatDistance, languageList } from './study-format';
import { Section } from './study-sections';

export interface StudyCentersProps {
  sites: StudySite[];
  hasOrigin: boolean;
  onContact: (siteId: string) => void;
}

const shownAtFirst = 4;

function Center({ site, onContact }: { site: StudySite; onContact: (siteId: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} style={{ flex: '1 1 14rem' }}>
            {site.name}
          </Text>
          {site.distanceKm !== null ? (
            <Badge variant="light" color="brand" tt="none" size="lg" c="brand.9">
              {t('studies.card.distance', { distance: formatDistance(site.distanceKm, language) })}
            </Badge>
          ) : null}
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconMapPin size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
          <Text size="sm">
            <bdi>{[site.city, site.state].filter(Boolean).join(', ')}</bdi>, {countryName(site.countryCode, language)}
          </Text>
        </Group>
        {site.languages.length > 0 ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconLanguage size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
            <Text size="sm">
              {t('study.centers.languages')} {languageList(site.languages, language)}
            </Text>
          </Group>
        ) : null}
        {site.primaryContactName ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconUserCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
            <Text size="sm">
              {t('study.centers.primaryContact')}: <bdi>{site.primaryContactName}</bdi>
            </Text>
          </Group>
        ) : null}
        {site.acceptingInquiries ? (
          <Button
            variant="light"
            size="sm"
            mt={4}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onContact(site.id)}
            aria-label={t('study.centers.contactNamed', { name: site.name })}
          >
            {t('study.centers.contact')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('study.centers.notAccepting')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** "The nearest study centers": distance, languages, primary contact; nearest first once located. */
export function StudyCenters({ sites, hasOrigin, onContact }: StudyCentersProps) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  if (sites.length === 0) return null;
  const shown = showAll ? sites : sites.slice(0, shownAtFirst);
  return (
    <Section id="centers" title={hasOrigin ? t('study.centers.titleNearest') : t('study.centers.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {hasOrigin ? t('study.centers.sortedByDistance') : t('study.centers.giveLocation')}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((site) => (
          <Center key={site.id} site={site} onContact={onContact} />
        ))}
      </Stack>
      {sites.length > shownAtFirst ? (
        <Button variant="subtle" mt="sm" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
          {showAll ? t('study.centers.showFewer') : t('study.centers.showAll', { count: sites.length })}
        </Button>
      ) : null}
    </Section>
  );
}
