import { Alert, Button, Group, Modal, MultiSelect, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@shared/permissions';
import { describeError } from '@client/lib/error-message';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { siteOptions, type SiteOption, type UserRow } from './use-users-data';

export interface EditAccessModalProps {
  user: UserRow;
  isSelf: boolean;
  sites: SiteOption[] | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** Mounted per user (keyed), so its state starts from that user's access. */
export function EditAccessModal({ user, isSelf, sites, onClose, onSaved }: EditAccessModalProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [role, setRole] = useState<Role>(user.role);
  const [siteIds, setSiteIds] = useState(user.sites.map((s) => s.siteId));
  const [notify, setNotify] = useState<Record<string, boolean>>(Object.fromEntries(user.sites.map((s) => [s.siteId, s.notify])));
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.users.updateAccess.mutationOptions());
  const nameOf = new Map((sites ?? []).map((s) => [s.id, s.name]));
  for (const s of user.sites) if (!nameOf.has(s.siteId)) nameOf.set(s.siteId, s.name);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (role === 'COORDINATOR' && siteIds.length === 0) {
      setError(t('users.form.needSite'));
      return;
    }
    setError(null);
    try {
      const result = await save.mutateAsync({ userId: user.id, role, sites: siteIds.map((siteId) => ({ siteId, notify: notify[siteId] ?? true })) });
      if (!result.changed) notifySuccess(t('users.unchanged'));
      else notifySuccess(result.sessionsRevoked > 0 ? t('users.saved', { name: user.name }) : t('users.savedAlertsOnly'));
      onSaved();
      onClose();
    } catch (e) {
      setError(describeError(e).message);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.name })} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          ) : null}
          <Select
            label={t('users.form.role')}
            allowDeselect={false}
            disabled={isSelf}
            description={isSelf ? t('users.selfHint') : undefined}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
          />
          <MultiSelect
            label={t('users.form.sites')}
            description={role === 'ADMIN' ? t('users.form.adminSites') : t('users.form.coordinatorSites')}
            searchable
            data={siteOptions(sites)}
            value={siteIds}
            onChange={setSiteIds}
            comboboxProps={{ withinPortal: true }}
          />
          {siteIds.length > 0 ? (
            <Paper withBorder radius="md" p="sm">
              <Stack gap="xs">
                <Text size="sm" fw={500}>
                  {t('users.form.receivesAlerts')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('users.form.alertsHint')}
                </Text>
                {siteIds.map((id) => (
                  <Switch
                    key={id}
                    label={nameOf.get(id) ?? id}
                    checked={notify[id] ?? true}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setNotify((n) => ({ ...n, [id]: checked }));
                    }}
                  />
                ))}
              </Stack>
            </Paper>
          ) : null}
          {!isSelf ? (
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
              {t('users.form.signOutNote', { name: user.name })}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('users.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
