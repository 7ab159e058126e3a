import { Alert, Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from './inbox-format';
import type { ExportProgress } from './use-csv-export';

/** The export's progress while it runs, then its outcome; announced politely to screen readers. */
export function ExportStatus({ progress, onCancel, onDismiss }: { progress: ExportProgress; onCancel: () => void; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  if (progress.status === 'idle') return null;
  const n = (v: number) => formatCount(v, i18n.language);
  const percent = progress.total ? Math.min(100, Math.round((progress.rows / progress.total) * 100)) : 0;
  const color = progress.status === 'failed' ? 'red' : progress.status === 'done' ? 'green' : 'blue';
  return (
    <Alert variant="light" color={color} radius="md" role="status" aria-live="polite" p="sm">
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500}>
            {progress.status === 'running'
              ? progress.total !== null
                ? t('inbox.export.progress', { done: n(progress.rows), total: n(progress.total) })
                : t('inbox.export.starting')
              : progress.status === 'done'
                ? t('inbox.export.done', { count: progress.rows, formatted: n(progress.rows) })
                : progress.status === 'cancelled'
                  ? t('inbox.export.cancelled')
                  : t('inbox.export.failed')}
          </Text>
          {progress.status === 'running' ? (
            <Progress value={percent} size="sm" animated={progress.total === null} aria-label={t('inbox.export.progressLabel')} />
          ) : null}
        </Stack>
        {progress.status === 'running' ? (
          <Button size="compact-sm" variant="default" onClick={onCancel}>
            {t('inbox.export.cancel')}
          </Button>
        ) : (
          <CloseButton onClick={onDismiss} aria-label={t('common.close')} />
        )}
      </Group>
    </Alert>
  );
}
