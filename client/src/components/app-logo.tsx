import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './app-logo.module.css';

export interface AppLogoProps {
  /** Where the logo links to: the public home or the dashboard. */
  to: string;
  /** On phones show only the mark (the name stays readable to screen readers). */
  compactOnPhone?: boolean;
}

export function AppLogo({ to, compactOnPhone = false }: AppLogoProps) {
  const { t } = useTranslation();
  return (
    <Link to={to} className={classes.link}>
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
          <IconHeartHandshake size={20} stroke={1.8} />
        </ThemeIcon>
        <Text
          component="span"
          fw={700}
          fz="lg"
          c="var(--mantine-color-text)"
          lh={1}
          className={compactOnPhone ? classes.compactName : undefined}
        >
          {t('app.name')}
        </Text>
      </Group>
    </Link>
  );
}
