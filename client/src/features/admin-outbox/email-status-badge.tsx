import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Same values as the EmailStatus enum of the database.
export const emailStatuses = ['QUEUED', 'SENDING', 'SENT', 'FAILED', 'BOUNCED'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

const colors: Record<EmailStatus, MantineColor> = {
  QUEUED: 'blue',
  SENDING: 'yellow',
  SENT: 'green',
  FAILED: 'red',
  BOUNCED: 'orange',
};

/** The label carries the meaning; the dot's colour only repeats it. */
export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={colors[status]} tt="none" fw={600}>
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}

export function isEmailStatus(value: string | null): value is EmailStatus {
  return value !== null && (emailStatuses as readonly string[]).includes(value);
}
