import { authClient } from '@client/lib/auth-client';

export type SignInResult = { ok: true } | { ok: false; status: number | undefined; code?: string };

export async function signInWithEmail(email: string, password: string): Promise<SignInResult> {
  try {
    const { error } = await authClient.signIn.email({ email, password });
    return error ? { ok: false, status: error.status, code: error.code } : { ok: true };
  } catch {
    return { ok: false, status: undefined };
  }
}

/**
 * Never says whether the email exists: unknown email and wrong password read the same. Only
 * someone who knows the password learns that the account was deactivated.
 */
export function signInErrorKey(status: number | undefined, code?: string) {
  if (code === 'ACCOUNT_DEACTIVATED') return 'signIn.errorDeactivated' as const;
  if (status === 429) return 'signIn.errorTooManyAttempts' as const;
  if (status === 400 || status === 401 || status === 403) return 'signIn.errorInvalid' as const;
  if (status === undefined) return 'errors.code.NETWORK' as const;
  return 'errors.generic' as const;
}
