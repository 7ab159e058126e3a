import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inquiryErrorMessage } from './use-inquiry';

/** The end of an inquiry dialog's form: the failure, if any, then Cancel and the submit button. */
export function DialogFooter({ error, pending, onCancel, submitLabel }: { error: unknown; pending: boolean; onCancel: () => void; submitLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {inquiryErrorMessage(t, error)}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
