import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface NotifyCtaProps {
  nctId: string;
  /** Inside the confirmation the offer sits on its own panel; on the page it is a band. */
  compact?: boolean;
  /** Open the sign-up in a new tab (from the embedded form, which lives in a partner's frame). */
  external?: boolean;
}

/** "Would you like to be notified about other trials? Sign up for Patient Notification Services." */
export function NotifyCta({ nctId, compact = false, external = false }: NotifyCtaProps) {
  const { t } = useTranslation();
  const to = `/notifications/subscribe?nctId=${encodeURIComponent(nctId)}`;
  return (
    <Paper withBorder={!compact} radius="lg" p={compact ? 'md' : { base: 'md', sm: 'lg' }} bg="var(--mantine-color-brand-0)">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={40} radius="xl" variant="white" aria-hidden>
          <IconBellRinging size={22} />
        </ThemeIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600}>{t('notify.question')}</Text>
          <Text size="sm" mb="sm">
            {t('notify.text')}
          </Text>
          <Button
            component={Link}
            to={to}
            target={external ? '_blank' : undefined}
            rel={external ? 'noopener' : undefined}
            variant="filled"
          >
            {t('notify.signUp')}
          </Button>
        </div>
      </Group>
    </Paper>
  );
}
