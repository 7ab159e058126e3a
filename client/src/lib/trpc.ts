import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { inferRouterOutputs } from '@trpc/server';
import superjson from 'superjson';
import type { AppRouter } from '@server/trpc/router';
import { i18n } from '@client/i18n/i18n';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type CurrentUser = NonNullable<RouterOutputs['auth']['me']>;

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Client errors (4xx) will not change on retry; network and server errors might.
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    if (status !== undefined && status < 500) return false;
  }
  return failureCount < 2;
}

/**
 * A session that expires mid-use makes procedures fail with UNAUTHORIZED. Asking `auth.me` again
 * then returns null, and the dashboard layout sends the user to sign in (and back afterwards).
 */
function onApiError(error: unknown): void {
  if (error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED') {
    void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      // Subscriptions (live updates) are server-sent events on their own long-lived request.
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url: '/trpc', transformer: superjson }),
      false: httpBatchLink({
        url: '/trpc',
        transformer: superjson,
        // Lets the server phrase user messages in the interface language, not the browser's.
        headers: () => ({ 'accept-language': i18n.language }),
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    }),
  ],
});

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Query options usable outside React (route loaders), sharing the app's QueryClient. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
