import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '@client/lib/trpc';

export type UserRow = RouterOutputs['users']['list'][number];
export type InvitationRow = RouterOutputs['users']['invitations'][number];
export type SiteOption = RouterOutputs['sites']['listMine'][number];

export function useUsersData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.users.list.queryOptions());
  const invitations = useQuery(trpc.users.invitations.queryOptions());
  const sites = useQuery(trpc.sites.listMine.queryOptions());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.users.invitations.queryKey() }),
    ]);
  return { users, invitations, sites, refresh };
}

export function siteOptions(sites: SiteOption[] | undefined) {
  return (sites ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.city}` }));
}
