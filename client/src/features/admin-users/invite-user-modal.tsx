import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_LOCALES } from '@shared/schemas/users';
import { ROLES, type Role } from '@shared/permissions';
import { languages } from '@client/i18n/languages';
import { describeError } from '@client/lib/error-message';
import { notifySuccess } from '@client/lib/notify';
import { useTRPC } from '@client/lib/trpc';
import { siteOptions, type SiteOption } from './use-users-data';

export interface InviteUserModalProps {
  opened: boolean;
  onClose: () => void;
  onInvited: () => void;
  sites: SiteOption[] | undefined;
}

type Locale = (typeof ACCOUNT_LOCALES)[number];

export function InviteUserModal({ opened, onClose, onInvited, sites }: InviteUserModalProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('COORDINATOR');
  const [siteIds, setSiteIds] = useState<string[]>([]);
  const [locale, setLocale] = useState<Locale>(ACCOUNT_LOCALES.find((l) => l === i18n.language) ?? 'en');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invite = useMutation(trpc.users.invite.mutationOptions());

  const close = () => {
    setEmail('');
    setRole('COORDINATOR');
    setSiteIds([]);
    setErrors({});
    invite.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) problems.email = t('account.forgot.emailInvalid');
    if (role === 'COORDINATOR' && siteIds.length === 0) problems.siteIds = t('users.form.needSite');
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      await invite.mutateAsync({ email: email.trim(), role, siteIds, locale });
      notifySuccess(t('users.invited', { email: email.trim() }));
      onInvited();
      close();
    } catch (error) {
      setErrors(describeError(error).fieldErrors);
    }
  };

  const formError = invite.isError && Object.keys(describeError(invite.error).fieldErrors).length === 0 ? describeError(invite.error).message : null;

  return (
    <Modal opened={opened} onClose={close} title={t('users.inviteTitle')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('users.inviteHint')}
          </Text>
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput
            label={t('users.form.email')}
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
              setErrors(({ email: _email, ...rest }) => rest);
            }}
            error={errors.email}
            dir="ltr"
          />
          <Select
            label={t('users.form.role')}
            required
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
          />
          <MultiSelect
            label={t('users.form.sites')}
            description={role === 'ADMIN' ? t('users.form.adminSites') : t('users.form.coordinatorSites')}
            placeholder={siteIds.length ? undefined : t('users.form.sitesPlaceholder')}
            required={role === 'COORDINATOR'}
            searchable
            data={siteOptions(sites)}
            value={siteIds}
            onChange={(ids) => {
              setSiteIds(ids);
              setErrors(({ siteIds: _siteIds, ...rest }) => rest);
            }}
            error={errors.siteIds}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('users.form.language')}
            allowDeselect={false}
            data={languages.filter((l) => ACCOUNT_LOCALES.some((c) => c === l.code)).map((l) => ({ value: l.code, label: l.nativeName }))}
            value={locale}
            onChange={(v) => v && setLocale(v as Locale)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending} leftSection={<IconSend size={16} aria-hidden />}>
              {t('users.form.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
