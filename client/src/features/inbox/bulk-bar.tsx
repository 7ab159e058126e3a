import { Button, Group, Paper, Text } from '@mantine/core';
import { IconMail, IconProgressCheck, IconUserShare, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface BulkBarProps {
  count: number;
  onStatus: () => void;
  onAssign: () => void;
  onEmail: () => void;
  onClear: () => void;
}

/** Actions on the selected rows; shown only while something is selected. */
export function BulkBar({ count, onStatus, onAssign, onEmail, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-blue-0)" role="region" aria-label={t('inbox.bulk.label')}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600} ps="xs" aria-live="polite">
          {t('inbox.bulk.selected', { count })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Button size="compact-sm" variant="white" leftSection={<IconProgressCheck size={16} aria-hidden />} onClick={onStatus}>
            {t('inbox.bulk.changeStatus')}
          </Button>
          <Button size="compact-sm" variant="white" leftSection={<IconUserShare size={16} aria-hidden />} onClick={onAssign}>
            {t('inbox.bulk.assign')}
          </Button>
          <Button size="compact-sm" variant="white" leftSection={<IconMail size={16} aria-hidden />} onClick={onEmail}>
            {t('inbox.bulk.email')}
          </Button>
          <Button size="compact-sm" variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
            {t('inbox.bulk.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
