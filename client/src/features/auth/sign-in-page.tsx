import { Alert, Anchor, Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconLogin2 } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '@client/lib/use-page-title';
import { safeNextPath } from '@client/lib/safe-next-path';
import { queryClient, trpc } from '@client/lib/trpc';
import { signInErrorKey, signInWithEmail } from './sign-in';

interface FieldErrors {
  email?: string;
  password?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) errors.email = t('signIn.emailInvalid');
    if (!password) errors.password = t('signIn.passwordRequired');
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;

    setSubmitting(true);
    const result = await signInWithEmail(email.trim(), password);
    setSubmitting(false);
    if (!result.ok) {
      setFormError(t(signInErrorKey(result.status, result.code)));
      return;
    }
    // The user changed: drop the cached "signed out" answer before the dashboard asks again.
    queryClient.removeQueries({ queryKey: trpc.auth.me.queryKey() });
    void navigate(safeNextPath(searchParams.get('next')), { replace: true });
  };

  return (
    <Container size={460} py={{ base: 'lg', sm: 56 }}>
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
        <Stack gap={4} mb="lg">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('signIn.title')}
          </Title>
          <Text c="dimmed">{t('signIn.subtitle')}</Text>
        </Stack>
        <form onSubmit={onSubmit} noValidate aria-describedby={formError ? 'sign-in-error' : undefined}>
          <Stack gap="md">
            {formError ? (
              <Alert id="sign-in-error" role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
                {formError}
              </Alert>
            ) : null}
            <TextInput
              label={t('signIn.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldErrors.email}
            />
            <PasswordInput
              label={t('signIn.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldErrors.password}
            />
            <Group justify="flex-end">
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t('signIn.forgotPassword')}
              </Anchor>
            </Group>
            <Button type="submit" size="md" fullWidth loading={submitting} leftSection={<IconLogin2 size={18} aria-hidden />}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text ta="center" size="sm" mt="lg" c="dimmed">
        {t('signIn.patientNote')}{' '}
        <Anchor component={Link} to="/studies" fw={600}>
          {t('nav.findStudy')}
        </Anchor>
      </Text>
    </Container>
  );
}
