import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconMailForward, IconMailOff, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@client/components/ui/empty-state';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { notifyError, notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { ConfirmModal } from './confirm-modal';
import type { InvitationRow } from './use-users-data';

export function InvitationsTable({ invitations, onChanged }: { invitations: InvitationRow[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [revoking, setRevoking] = useState<InvitationRow | null>(null);
  const resend = useMutation(
    trpc.users.resendInvitation.mutationOptions({
      onSuccess: (_data, vars) => {
        notifySuccess(t('users.invitations.resent', { email: invitations.find((i) => i.id === vars.id)?.email ?? '' }));
        onChanged();
      },
      onError: (error) => notifyError(error),
    }),
  );
  const revoke = useMutation(
    trpc.users.revokeInvitation.mutationOptions({
      onSuccess: () => {
        notifySuccess(t('users.invitations.revoked', { email: revoking?.email ?? '' }));
        setRevoking(null);
        onChanged();
      },
      onError: (error) => notifyError(error),
    }),
  );

  if (invitations.length === 0) {
    return <EmptyState icon={<IconSend size={32} />} title={t('users.invitations.empty')} description={t('users.invitations.emptyText')} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="sm" horizontalSpacing="md" aria-label={t('users.invitations.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.invitations.email')}</Table.Th>
                <Table.Th>{t('users.columns.role')}</Table.Th>
                <Table.Th>{t('users.columns.sites')}</Table.Th>
                <Table.Th>{t('users.invitations.invitedBy')}</Table.Th>
                <Table.Th>{t('users.invitations.expires')}</Table.Th>
                <Table.Th>{t('users.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      <bdi>{inv.email}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`roles.${inv.role}`)}</Text>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Stack gap={2}>
                      {inv.sites.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('users.allSites')}
                        </Text>
                      ) : (
                        inv.sites.map((s) => (
                          <Text key={s.siteId} size="sm">
                            {s.name}
                          </Text>
                        ))
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <bdi>{inv.invitedBy ?? '—'}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {inv.expired ? (
                      <Badge color="orange" variant="light">
                        {t('users.invitations.expired')}
                      </Badge>
                    ) : (
                      <Text size="sm">{formatDateTime(inv.expiresAt, i18n.language)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconMailForward size={14} aria-hidden />}
                        loading={resend.isPending && resend.variables?.id === inv.id}
                        onClick={() => resend.mutate({ id: inv.id })}
                        aria-label={t('users.invitations.resendLabel', { email: inv.email })}
                      >
                        {t('users.invitations.resend')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconMailOff size={14} aria-hidden />}
                        onClick={() => setRevoking(inv)}
                        aria-label={t('users.invitations.revokeLabel', { email: inv.email })}
                      >
                        {t('users.invitations.revoke')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {revoking ? (
        <ConfirmModal
          title={t('users.invitations.revokeTitle', { email: revoking.email })}
          text={t('users.invitations.revokeText')}
          confirmLabel={t('users.invitations.revoke')}
          loading={revoke.isPending}
          onConfirm={() => revoke.mutate({ id: revoking.id })}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </>
  );
}
