import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@client/features/dashboard/use-current-user';
import { describeError } from '@client/lib/error-message';
import { useTRPC } from '@client/lib/trpc';
import { reportBulk } from './bulk-result';
import type { BulkModalProps } from './bulk-status-modal';

const NOBODY = '__nobody__';

/** Only people who belong to every selected inquiry's site can take them all. */
export function BulkAssignModal({ opened, onClose, rows, onDone }: BulkModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const siteIds = [...new Set(rows.map((r) => r.siteId).filter((id): id is string => id !== null))];
  const people = useQuery({ ...trpc.inbox.assignees.queryOptions({ siteIds }), enabled: opened && siteIds.length > 0 });
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) {
      setChoice(null);
      setError(null);
    }
  }, [opened]);
  const eligible = (people.data ?? []).filter((p) => siteIds.every((id) => p.siteIds.includes(id)));
  const data = [
    ...eligible.map((p) => ({ value: p.id, label: p.id === me?.id ? t('inbox.bulk.meNamed', { name: p.name }) : p.name })),
    { value: NOBODY, label: t('inbox.bulk.nobody') },
  ];
  const centralRows = rows.filter((r) => r.siteId === null).length;
  const mutation = useMutation(
    trpc.inbox.bulkAssign.mutationOptions({
      onSuccess: (result) => {
        reportBulk(t, result);
        onDone(result);
      },
      onError: (e) => setError(describeError(e).message),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setError(t('inbox.bulk.choosePerson'));
    mutation.mutate({ ids: rows.map((r) => r.id), assigneeId: choice === NOBODY ? null : choice });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.bulk.assignTitle', { count: rows.length })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select
            label={t('inbox.bulk.assignee')}
            description={siteIds.length > 1 ? t('inbox.bulk.assigneeManySites') : undefined}
            data={data}
            value={choice}
            onChange={setChoice}
            searchable
            required
            data-autofocus
            nothingFoundMessage={t('inbox.bulk.noAssignee')}
            comboboxProps={{ withinPortal: true }}
          />
          {eligible.length === 0 && people.isSuccess ? <Text size="sm" c="dimmed">{t('inbox.bulk.noAssignee')}</Text> : null}
          {centralRows > 0 ? <Text size="sm" c="orange.9">{t('inbox.bulk.centralNotAssignable', { count: centralRows })}</Text> : null}
          {error ? <Text size="sm" c="red.8" role="alert">{error}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('inbox.bulk.apply')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
