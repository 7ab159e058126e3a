import { Group, NativeSelect, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconLanguage, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StudySite } from '@client/lib/public-api';
import { formatDistance, isolate, languageList } from '@client/features/study/study-format';

export interface SiteSelectProps {
  id: string;
  sites: StudySite[];
  value: string;
  onChange: (siteId: string) => void;
  /** The center the form will suggest when the visitor has not chosen one. */
  suggested: StudySite | null;
  error?: string;
}

function siteLabel(site: StudySite, language: string): string {
  const distance = site.distanceKm !== null ? ` · ${formatDistance(site.distanceKm, language)}` : '';
  return `${isolate(`${site.name}, ${site.city}`)}${distance}`;
}

/** The study centers accepting inquiries; the chosen one's languages and contact are shown below. */
export function SiteSelect({ id, sites, value, onChange, suggested, error }: SiteSelectProps) {
  const { t, i18n } = useTranslation();
  const accepting = sites.filter((site) => site.acceptingInquiries);
  const shown = accepting.find((site) => site.id === value) ?? (value === '' ? suggested : null);
  if (accepting.length === 0) return null;

  return (
    <Stack gap="xs">
      <NativeSelect
        id={id}
        size="md"
        label={t('inquiry.siteLabel')}
        description={suggested ? t('inquiry.siteSuggested') : t('inquiry.siteAuto')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      >
        {suggested ? null : <option value="">{t('inquiry.siteAutoOption')}</option>}
        {accepting.map((site) => (
          <option key={site.id} value={site.id}>
            {siteLabel(site, i18n.language)}
          </option>
        ))}
      </NativeSelect>
      {shown ? (
        <Paper radius="md" p="sm" bg="var(--mantine-color-gray-0)" aria-live="polite">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon size={38} radius="xl" variant="light" aria-hidden>
              <IconUserCircle size={22} />
            </ThemeIcon>
            <Stack gap={2}>
              <Text size="sm" fw={700}>
                {shown.name}
              </Text>
              {shown.primaryContactName ? (
                <Text size="sm">
                  {t('study.centers.primaryContact')}: <bdi>{shown.primaryContactName}</bdi>
                </Text>
              ) : null}
              {shown.languages.length > 0 ? (
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconLanguage size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                  <Text size="sm">
                    {t('study.centers.languages')} {languageList(shown.languages, i18n.language)}
                  </Text>
                </Group>
              ) : null}
            </Stack>
          </Group>
        </Paper>
      ) : null}
    </Stack>
  );
}
