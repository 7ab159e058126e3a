import { Alert, Anchor, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconUserCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ACCOUNT_LOCALES } from '@shared/schemas/users';
import { formatDateTime } from '@client/features/admin-outbox/format-date';
import { DataProviders } from '@client/features/shell/data-providers';
import { describeError } from '@client/lib/error-message';
import { queryClient, useTRPC } from '@client/lib/trpc';
import { AuthCard } from './auth-card';
import { NewPasswordFields } from './new-password-fields';
import { checkNewPassword, type PasswordProblems } from './password-rules';
import { signInWithEmail } from './sign-in';

function accountLocale(language: string) {
  return ACCOUNT_LOCALES.find((code) => code === language);
}

type Refusal = 'unknown' | 'expired' | 'used' | 'revoked';

function Refused({ state }: { state: Refusal }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t(`account.invitation.states.${state}.title`)}>
      <Stack gap="md">
        <Text>{t(`account.invitation.states.${state}.text`)}</Text>
        <Group gap="md" wrap="wrap">
          <Button component={Link} to="/sign-in">
            {t('account.invitation.signIn')}
          </Button>
          {state === 'used' ? (
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signIn.forgotPassword')}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </AuthCard>
  );
}

/** Public pages have no data providers of their own; this one talks to the API. */
export function InvitationPage() {
  return (
    <DataProviders>
      <Invitation />
    </DataProviders>
  );
}

function Invitation() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const invitation = useQuery({ ...trpc.invitations.get.queryOptions({ token }), retry: false, staleTime: 0 });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<PasswordProblems & { name?: string }>({});
  const accept = useMutation(trpc.invitations.accept.mutationOptions());

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = { ...checkNewPassword(password, confirm, t), ...(name.trim() ? {} : { name: t('account.invitation.nameRequired') }) };
    setErrors(problems);
    if (problems.name || problems.password || problems.confirm) return;
    try {
      const { email } = await accept.mutateAsync({ token, name: name.trim(), password, locale: accountLocale(i18n.language) });
      // Straight into the dashboard; if signing in fails (a limit), the sign-in page is next.
      const signedIn = await signInWithEmail(email, password);
      queryClient.removeQueries({ queryKey: trpc.auth.me.queryKey() });
      void navigate(signedIn.ok ? '/dashboard' : '/sign-in', { replace: true });
    } catch (error) {
      const details = describeError(error);
      if (details.fieldErrors.name || details.fieldErrors.password) {
        setErrors({ name: details.fieldErrors.name, password: details.fieldErrors.password });
      } else {
        // The invitation changed meanwhile (used, withdrawn, expired): show why.
        await invitation.refetch();
      }
    }
  };

  if (invitation.isPending) {
    return (
      <AuthCard title={t('account.invitation.title')}>
        <Loader aria-label={t('common.loading')} />
      </AuthCard>
    );
  }
  if (invitation.isError) {
    return (
      <AuthCard title={t('account.invitation.title')}>
        <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
          {describeError(invitation.error).message}
        </Alert>
      </AuthCard>
    );
  }
  const data = invitation.data;
  if (data.state !== 'valid') return <Refused state={data.state} />;

  return (
    <AuthCard
      title={t('account.invitation.title')}
      subtitle={<Trans i18nKey="account.invitation.intro" values={{ role: t(`roles.${data.role}`) }} components={{ strong: <strong /> }} />}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {accept.isError && !describeError(accept.error).fieldErrors.password ? (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
              {describeError(accept.error).message}
            </Alert>
          ) : null}
          <TextInput label={t('account.invitation.email')} value={data.email} readOnly name="email" autoComplete="username" dir="ltr" />
          {data.siteNames.length > 0 ? (
            <div>
              <Text size="sm" fw={500}>
                {t('account.invitation.sites')}
              </Text>
              <Text size="sm" c="dimmed">
                {data.siteNames.join(' · ')}
              </Text>
            </div>
          ) : null}
          <TextInput
            label={t('account.invitation.name')}
            description={t('account.invitation.nameHint')}
            name="name"
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            maxLength={120}
          />
          <NewPasswordFields password={password} confirm={confirm} onPassword={setPassword} onConfirm={setConfirm} errors={errors} />
          <Button type="submit" size="md" fullWidth loading={accept.isPending} leftSection={<IconUserCheck size={18} aria-hidden />}>
            {t('account.invitation.submit')}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            {t('account.invitation.expires', { date: formatDateTime(data.expiresAt, i18n.language) })}
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
