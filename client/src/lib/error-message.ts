import { TRPCClientError } from '@trpc/client';
import { i18n } from '@client/i18n/i18n';

/** What the server's error formatter puts in `shape.data` (all optional: older or foreign errors lack some). */
export interface AppErrorData {
  code?: string;
  httpStatus?: number;
  appCode?: string;
  userMessage?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
}

export interface ErrorDetails {
  /** A sentence safe to show to the user, in the interface language where we have a translation. */
  message: string;
  /** tRPC code such as `UNAUTHORIZED`, or `NETWORK` when the request never got an answer. */
  code: string | undefined;
  appCode: string | undefined;
  httpStatus: number | undefined;
  /** First message per field path (`email`, `location.postalCode`), for form inputs. */
  fieldErrors: Record<string, string>;
}

const translate = (key: string): string | undefined =>
  i18n.exists(key) ? (i18n.t as (key: string) => string)(key) : undefined;

export function getErrorData(error: unknown): AppErrorData | undefined {
  if (error instanceof TRPCClientError && error.data && typeof error.data === 'object') {
    return error.data as AppErrorData;
  }
  return undefined;
}

function isNetworkError(error: unknown): boolean {
  if (error instanceof TRPCClientError) return !error.data && error.cause instanceof TypeError;
  return error instanceof TypeError;
}

function firstMessages(errors: Record<string, string[] | undefined> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const first = messages?.find((message) => message.trim() !== '');
    if (first) result[path] = first;
  }
  return result;
}

export function describeError(error: unknown): ErrorDetails {
  const data = getErrorData(error);
  const code = isNetworkError(error) ? 'NETWORK' : data?.code;
  const fieldErrors = { ...firstMessages(data?.zodError?.fieldErrors), ...firstMessages(data?.fieldErrors) };
  const formError = data?.zodError?.formErrors?.[0];
  // A client translation of the app code wins, so catalogues can phrase server errors in every language.
  const message =
    (data?.appCode ? translate(`errors.app.${data.appCode}`) : undefined) ??
    data?.userMessage ??
    formError ??
    (code ? translate(`errors.code.${code}`) : undefined) ??
    i18n.t('errors.generic');
  return { message, code, appCode: data?.appCode, httpStatus: data?.httpStatus, fieldErrors };
}

export function errorMessage(error: unknown): string {
  return describeError(error).message;
}
