import { Alert, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileTypeJs } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CTGOV_IMPORT_CHARS } from '@shared/schemas/studies';
import { errorMessage } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';

/** Reads a ClinicalTrials.gov API v2 file in the browser and sends its text to the server. */
export function ImportCtgovModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const run = useMutation(
    trpc.studies.importCtgov.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.studies.pathKey() }),
    }),
  );

  const submit = async () => {
    if (!file) return setLocalError(t('studiesAdmin.import.chooseFirst'));
    if (file.size > MAX_CTGOV_IMPORT_CHARS) return setLocalError(t('studiesAdmin.import.tooLarge'));
    setLocalError(null);
    run.mutate({ json: await file.text() });
  };
  const r = run.data;

  return (
    <Modal opened onClose={onClose} title={t('studiesAdmin.import.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('studiesAdmin.import.intro')}</Text>
        <FileInput
          label={t('studiesAdmin.import.fileLabel')}
          description={t('studiesAdmin.import.fileHelp')}
          placeholder={t('studiesAdmin.import.filePlaceholder')}
          accept="application/json,.json"
          leftSection={<IconFileTypeJs size={18} aria-hidden />}
          value={file}
          onChange={(f) => {
            setFile(f);
            setLocalError(null);
            run.reset();
          }}
          error={localError}
          clearable
        />
        {run.isError ? (
          <Alert color="red" title={t('studiesAdmin.import.failed')} role="alert">
            {errorMessage(run.error)}
          </Alert>
        ) : null}
        {r ? (
          <Alert color="green" icon={<IconCircleCheck size={20} aria-hidden />} title={t('studiesAdmin.import.done', { count: r.nctIds.length })} role="status">
            <List size="sm" spacing={2}>
              <List.Item>{t('studiesAdmin.import.studies', { created: r.created, updated: r.updated, unchanged: r.unchanged })}</List.Item>
              <List.Item>{t('studiesAdmin.import.sites', { created: r.sitesCreated, matched: r.sitesMatched, links: r.links })}</List.Item>
              {r.locationsSkipped > 0 ? <List.Item>{t('studiesAdmin.import.skipped', { count: r.locationsSkipped })}</List.Item> : null}
            </List>
            <Text size="xs" c="dimmed" mt="xs" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
              {r.nctIds.slice(0, 20).join(', ')}
              {r.nctIds.length > 20 ? ' …' : ''}
            </Text>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => void submit()} loading={run.isPending} disabled={!file || Boolean(r)}>
            {t('studiesAdmin.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
