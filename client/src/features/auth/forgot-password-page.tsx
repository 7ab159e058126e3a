import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconMailCheck, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { authClient } from '@client/lib/auth-client';
import { AuthCard } from './auth-card';

type Outcome = { sentTo: string } | { error: 'tooMany' | 'generic' } | null;

async function requestReset(email: string): Promise<number | undefined> {
  try {
    const { error } = await authClient.requestPasswordReset({ email });
    return error ? error.status : 200;
  } catch {
    return undefined;
  }
}

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = email.trim();
    if (!/^\S+@\S+\.\S+$/.test(value)) {
      setEmailError(t('account.forgot.emailInvalid'));
      return;
    }
    setEmailError(null);
    setSubmitting(true);
    const status = await requestReset(value);
    setSubmitting(false);
    // The server answers the same for every address; only a limit or an outage differs.
    if (status === 200) setOutcome({ sentTo: value });
    else setOutcome({ error: status === 429 ? 'tooMany' : 'generic' });
  };

  const back = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/sign-in">
        {t('account.forgot.back')}
      </Anchor>
    </Text>
  );

  if (outcome && 'sentTo' in outcome) {
    return (
      <AuthCard title={t('account.forgot.sentTitle')}>
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
            {t('account.forgot.sentText', { email: outcome.sentTo })}
          </Alert>
          <Button variant="default" onClick={() => setOutcome(null)}>
            {t('account.forgot.another')}
          </Button>
          {back}
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('account.forgot.title')} subtitle={t('account.forgot.text')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {outcome && 'error' in outcome ? (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
              {outcome.error === 'tooMany' ? t('account.forgot.tooMany') : t('errors.generic')}
            </Alert>
          ) : null}
          <TextInput
            label={t('account.forgot.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError}
          />
          <Button type="submit" size="md" fullWidth loading={submitting} leftSection={<IconSend size={18} aria-hidden />}>
            {t('account.forgot.submit')}
          </Button>
          {back}
        </Stack>
      </form>
    </AuthCard>
  );
}
