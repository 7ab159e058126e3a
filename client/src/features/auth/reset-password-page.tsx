import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { authClient } from '@client/lib/auth-client';
import { AuthCard } from './auth-card';
import { NewPasswordFields } from './new-password-fields';
import { checkNewPassword, type PasswordProblems } from './password-rules';

type State = 'form' | 'done' | 'invalid';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>(token && !params.get('error') ? 'form' : 'invalid');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<PasswordProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkNewPassword(password, confirm, t);
    setErrors(problems);
    setFormError(null);
    if (problems.password || problems.confirm) return;
    setSubmitting(true);
    try {
      const { error } = await authClient.resetPassword({ newPassword: password, token });
      if (!error) setState('done');
      else if (error.status === 400) setState('invalid');
      else setFormError(error.status === 429 ? t('errors.code.TOO_MANY_REQUESTS') : t('errors.generic'));
    } catch {
      setFormError(t('errors.code.NETWORK'));
    } finally {
      setSubmitting(false);
    }
  };

  if (state === 'done') {
    return (
      <AuthCard title={t('account.reset.doneTitle')}>
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('account.reset.doneText')}
          </Alert>
          <Button component={Link} to="/sign-in" size="md" fullWidth>
            {t('account.reset.signIn')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  if (state === 'invalid') {
    return (
      <AuthCard title={t('account.reset.invalidTitle')}>
        <Stack gap="md">
          <Text>{t('account.reset.invalidText')}</Text>
          <Button component={Link} to="/forgot-password" size="md" fullWidth>
            {t('account.reset.requestNew')}
          </Button>
          <Text size="sm" ta="center">
            <Anchor component={Link} to="/sign-in">
              {t('account.forgot.back')}
            </Anchor>
          </Text>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('account.reset.title')} subtitle={t('account.reset.text')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {formError ? (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
              {formError}
            </Alert>
          ) : null}
          <NewPasswordFields password={password} confirm={confirm} onPassword={setPassword} onConfirm={setConfirm} errors={errors} />
          <Button type="submit" size="md" fullWidth loading={submitting} leftSection={<IconKey size={18} aria-hidden />}>
            {t('account.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
