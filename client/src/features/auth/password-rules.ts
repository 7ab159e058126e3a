import { PASSWORD_MAX, PASSWORD_MIN } from '@shared/schemas/users';

export type PasswordProblems = { password?: string; confirm?: string };

/** The same bounds the server applies (better-auth and the invitation schema). */
export function checkNewPassword(
  password: string,
  confirm: string,
  t: (key: 'account.password.tooShort' | 'account.password.tooLong' | 'account.password.mismatch', vars?: Record<string, number>) => string,
): PasswordProblems {
  const problems: PasswordProblems = {};
  if (password.length < PASSWORD_MIN) problems.password = t('account.password.tooShort', { min: PASSWORD_MIN });
  else if (password.length > PASSWORD_MAX) problems.password = t('account.password.tooLong', { max: PASSWORD_MAX });
  if (!problems.password && password !== confirm) problems.confirm = t('account.password.mismatch');
  return problems;
}
