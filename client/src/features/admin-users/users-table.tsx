import { ActionIcon, Badge, Group, Menu, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import type { UserRow } from './use-users-data';

export interface UsersTableProps {
  users: UserRow[];
  currentUserId: string | undefined;
  onEdit: (user: UserRow) => void;
  onSetActive: (user: UserRow, active: boolean) => void;
}

function SitesCell({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  if (user.sites.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {user.role === 'ADMIN' ? t('users.allSites') : t('users.noSites')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {user.role === 'ADMIN' ? (
        <Text size="xs" c="dimmed">
          {t('users.allSites')}
        </Text>
      ) : null}
      {user.sites.map((s) => (
        <Text key={s.siteId} size="sm">
          {s.name}
          {s.notify ? null : (
            <Text span size="xs" c="dimmed">
              {` · ${t('users.alertsOff')}`}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

export function UsersTable({ users, currentUserId, onEdit, onSetActive }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={820}>
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={t('users.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.columns.name')}</Table.Th>
              <Table.Th>{t('users.columns.role')}</Table.Th>
              <Table.Th>{t('users.columns.sites')}</Table.Th>
              <Table.Th>{t('users.columns.lastSignIn')}</Table.Th>
              <Table.Th>{t('users.columns.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => {
              const isSelf = u.id === currentUserId;
              return (
                <Table.Tr key={u.id} c={u.active ? undefined : 'dimmed'}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        <bdi>{u.name}</bdi>
                      </Text>
                      {isSelf ? (
                        <Badge size="xs" variant="light">
                          {t('users.you')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      <bdi>{u.email}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`roles.${u.role}`)}</Text>
                  </Table.Td>
                  <Table.Td maw={280}>
                    <SitesCell user={u} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{u.lastSignInAt ? formatDateTime(u.lastSignInAt, i18n.language) : t('users.never')}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color={u.active ? 'green' : 'gray'} style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                      {u.active ? t('users.active') : t('users.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="end">
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: u.name })}>
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(u)}>
                          {t('users.editAccess')}
                        </Menu.Item>
                        {u.active ? (
                          <Menu.Item color="red" disabled={isSelf} leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => onSetActive(u, false)}>
                            {t('users.deactivate')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => onSetActive(u, true)}>
                            {t('users.reactivate')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
