import { redirect, type LoaderFunctionArgs } from 'react-router';
import { queryClient, trpc } from '@client/lib/trpc';

export function signInRedirectPath(url: URL): string {
  return `/sign-in?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`;
}

/** Route loader for /dashboard: signed-out visitors go to the sign-in page and come back after. */
export async function requireUserLoader({ request }: LoaderFunctionArgs) {
  const user = await queryClient.fetchQuery(trpc.auth.me.queryOptions());
  if (!user) throw redirect(signInRedirectPath(new URL(request.url)));
  return null;
}
