import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconWorldWww } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way to partner websites from the Settings page. */
export function PartnersLink() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} mt="lg" maw={720}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
          <IconWorldWww size={20} />
        </ThemeIcon>
        <div>
          <Anchor component={Link} to="/dashboard/partners" fw={600}>
            {t('partners.settingsLink')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('partners.settingsLinkText')}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}
