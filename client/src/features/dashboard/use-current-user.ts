import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@client/lib/trpc';

/** The signed-in user; the dashboard loader has already fetched it, so this reads the cache. */
export function useCurrentUser() {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.auth.me.queryOptions());
  return data ?? null;
}
