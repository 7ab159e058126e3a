import { Alert, Badge, Button, Loader, Stack, Tabs } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@client/components/ui/page-header';
import { AdminOnly } from '@client/features/dashboard/admin-only';
import { useCurrentUser } from '@client/features/dashboard/use-current-user';
import { errorMessage } from '@client/lib/error-message';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { ConfirmModal } from './confirm-modal';
import { EditAccessModal } from './edit-access-modal';
import { InvitationsTable } from './invitations-table';
import { InviteUserModal } from './invite-user-modal';
import { useUsersData, type UserRow } from './use-users-data';
import { UsersTable } from './users-table';

export function UsersPage() {
  return (
    <AdminOnly>
      <Users />
    </AdminOnly>
  );
}

function Users() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const { users, invitations, sites, refresh } = useUsersData();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'invitations' ? 'invitations' : 'people';
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [deactivating, setDeactivating] = useState<UserRow | null>(null);
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: (_r, vars) => {
        const name = users.data?.find((u) => u.id === vars.userId)?.name ?? '';
        notifySuccess(vars.active ? t('users.reactivated', { name }) : t('users.deactivated', { name }));
        setDeactivating(null);
        void refresh();
      },
      onError: (error) => notifyError(error),
    }),
  );

  const onSetActive = (user: UserRow, active: boolean) => {
    if (active) setActive.mutate({ userId: user.id, active });
    else setDeactivating(user);
  };

  const pending = invitations.data?.length ?? 0;

  return (
    <>
      <PageHeader
        title={t('dashboard.pages.users.title')}
        description={t('dashboard.pages.users.description')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setInviting(true)}>
            {t('users.invite')}
          </Button>
        }
      />
      <Stack gap="md">
        <Tabs
          value={tab}
          onChange={(value) => setParams(value === 'invitations' ? { tab: 'invitations' } : {})}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="people" rightSection={<Badge variant="light" color="gray" size="sm">{users.data?.length ?? 0}</Badge>}>
              {t('users.tabs.people')}
            </Tabs.Tab>
            <Tabs.Tab value="invitations" rightSection={<Badge variant="light" color={pending ? 'blue' : 'gray'} size="sm">{pending}</Badge>}>
              {t('users.tabs.invitations')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="people" pt="md">
            {users.isPending ? (
              <Loader aria-label={t('common.loading')} />
            ) : users.isError ? (
              <Alert color="red">{errorMessage(users.error)}</Alert>
            ) : (
              <UsersTable users={users.data} currentUserId={me?.id} onEdit={setEditing} onSetActive={onSetActive} />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="invitations" pt="md">
            {invitations.isPending ? (
              <Loader aria-label={t('common.loading')} />
            ) : invitations.isError ? (
              <Alert color="red">{errorMessage(invitations.error)}</Alert>
            ) : (
              <InvitationsTable invitations={invitations.data} onChanged={() => void refresh()} />
            )}
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <InviteUserModal opened={inviting} onClose={() => setInviting(false)} onInvited={() => void refresh()} sites={sites.data} />
      {editing ? (
        <EditAccessModal
          key={editing.id}
          user={editing}
          isSelf={editing.id === me?.id}
          sites={sites.data}
          onClose={() => setEditing(null)}
          onSaved={() => void refresh()}
        />
      ) : null}
      {deactivating ? (
        <ConfirmModal
          title={t('users.deactivateTitle', { name: deactivating.name })}
          text={t('users.deactivateText', { name: deactivating.name })}
          confirmLabel={t('users.deactivate')}
          loading={setActive.isPending}
          onConfirm={() => setActive.mutate({ userId: deactivating.id, active: false })}
          onClose={() => setDeactivating(null)}
        />
      ) : null}
    </>
  );
}
