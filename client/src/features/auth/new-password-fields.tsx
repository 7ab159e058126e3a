import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '@shared/schemas/users';
import type { PasswordProblems } from './password-rules';

export interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: PasswordProblems;
}

/** A new password and its confirmation, with the rule shown before anyone gets it wrong. */
export function NewPasswordFields({ password, confirm, onPassword, onConfirm, errors }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PasswordInput
        label={t('account.password.new')}
        description={t('account.password.rules', { min: PASSWORD_MIN })}
        name="new-password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPassword(event.currentTarget.value)}
        error={errors.password}
      />
      <PasswordInput
        label={t('account.password.confirm')}
        name="confirm-password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => onConfirm(event.currentTarget.value)}
        error={errors.confirm}
      />
    </Stack>
  );
}
