import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmark, IconChevronDown, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { BUILT_IN_VIEWS, BUILT_IN_VIEW_FILTERS, type InboxColumn, type InboxFilters, type InboxSort } from '@shared/schemas/inbox';

export type ViewChoice = { view: string | null; filters: InboxFilters; sort: InboxSort; columns?: InboxColumn[] };

export interface InboxViewsProps {
  active: string | null;
  filters: InboxFilters;
  sort: InboxSort;
  columns: InboxColumn[];
  onApply: (choice: ViewChoice) => void;
}

const DEFAULT_SORT: InboxSort = { field: 'received', dir: 'desc' };

/** Built-in views, the user's own saved views, and saving the current one. */
export function InboxViews({ active, filters, sort, columns, onApply }: InboxViewsProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.inbox.views.queryOptions());
  const custom = views.data?.views ?? [];
  const activeCustom = custom.find((v) => v.id === active);
  const [saveOpened, saveModal] = useDisclosure(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.inbox.views.queryKey() });

  const save = useMutation(
    trpc.inbox.saveView.mutationOptions({
      onSuccess: (view) => {
        void refresh();
        saveModal.close();
        notifySuccess(t('inbox.views.saved', { name: view.name }));
        onApply({ view: view.id, filters: view.filters, sort: view.sort, columns: view.columns });
      },
      onError: (error) => setNameError(describeError(error).fieldErrors.name ?? describeError(error).message),
    }),
  );
  const remove = useMutation(
    trpc.inbox.deleteView.mutationOptions({
      onSuccess: () => {
        void refresh();
        notifySuccess(t('inbox.views.deleted'));
        onApply({ view: null, filters: {}, sort: DEFAULT_SORT });
      },
      onError: (error) => notifyError(error),
    }),
  );

  const openSave = () => {
    setName(activeCustom?.name ?? '');
    setNameError(null);
    saveModal.open();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { q: _searchTerm, ...kept } = filters;
    const same = activeCustom && activeCustom.name === name.trim();
    save.mutate({ id: same ? activeCustom.id : undefined, name, filters: kept, sort, columns });
  };

  return (
    <>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('inbox.views.label')}>
        <Button size="compact-sm" radius="xl" variant={active === null && Object.keys(filters).length === 0 ? 'filled' : 'default'} aria-pressed={active === null && Object.keys(filters).length === 0} onClick={() => onApply({ view: null, filters: {}, sort: DEFAULT_SORT })}>
          {t('inbox.views.all')}
        </Button>
        {BUILT_IN_VIEWS.map((v) => (
          <Button key={v} size="compact-sm" radius="xl" variant={active === v ? 'filled' : 'default'} aria-pressed={active === v} onClick={() => onApply({ view: v, filters: BUILT_IN_VIEW_FILTERS[v], sort: v === 'overdue' ? { field: 'sla', dir: 'asc' } : DEFAULT_SORT })}>
            {t(`inbox.views.${v}`)}
          </Button>
        ))}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button size="compact-sm" radius="xl" variant={activeCustom ? 'filled' : 'default'} leftSection={<IconBookmark size={14} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
              {activeCustom ? activeCustom.name : t('inbox.views.mine')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {custom.length === 0 ? <Menu.Label>{t('inbox.views.none')}</Menu.Label> : null}
            {custom.map((v) => (
              <Menu.Item key={v.id} onClick={() => onApply({ view: v.id, filters: v.filters, sort: v.sort, columns: v.columns })} fw={v.id === active ? 700 : undefined}>
                <bdi>{v.name}</bdi>
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={openSave}>
              {t('inbox.views.saveCurrent')}
            </Menu.Item>
            {activeCustom ? (
              <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => remove.mutate({ id: activeCustom.id })}>
                {t('inbox.views.delete', { name: activeCustom.name })}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Modal opened={saveOpened} onClose={saveModal.close} title={t('inbox.views.saveTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">{t('inbox.views.saveHint')}</Text>
            <TextInput label={t('inbox.views.nameLabel')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={nameError} required maxLength={60} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={saveModal.close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={save.isPending}>{t('inbox.views.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
