// Query and mutation hooks over the profile commands (list, create, activate, remove, test).
// Changing the active profile resets every payments query; nothing here renders.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { NewProfile, ProfileList, ProfileSummary } from '../bindings';
import { call } from '../ipc/call';
import { resetPaymentQueries } from '../payments/paymentKeys';

export const profilesQuery = queryOptions({
  queryKey: ['profiles'] as const,
  queryFn: () => call('profiles_list', {}),
});

export function useProfiles() {
  return useQuery(profilesQuery);
}

export function activeProfileOf(list: ProfileList | undefined): ProfileSummary | null {
  if (list?.activeId == null) return null;
  return list.profiles.find((profile) => profile.id === list.activeId) ?? null;
}

async function afterProfilesChanged(queryClient: QueryClient, activeBefore: string | null | undefined) {
  await queryClient.invalidateQueries({ queryKey: profilesQuery.queryKey });
  const activeAfter = queryClient.getQueryData(profilesQuery.queryKey)?.activeId;
  if (activeAfter !== activeBefore) await resetPaymentQueries(queryClient);
}

function currentActiveId(queryClient: QueryClient): string | null | undefined {
  return queryClient.getQueryData(profilesQuery.queryKey)?.activeId;
}

export function useActivateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('profile_activate', { id }),
    onSuccess: async (activated) => {
      queryClient.setQueryData(profilesQuery.queryKey, (list) =>
        list === undefined ? list : { ...list, activeId: activated.id },
      );
      await resetPaymentQueries(queryClient);
      await queryClient.invalidateQueries({ queryKey: profilesQuery.queryKey });
    },
  });
}

/**
 * Saves a new profile and makes it active when no profile is. Used with gcTime 0 by the form so
 * the submitted keys never stay in the mutation cache.
 */
export function createProfile(queryClient: QueryClient) {
  return async (profile: NewProfile): Promise<ProfileSummary> => {
    const before = currentActiveId(queryClient);
    const created = await call('profile_create', profile);
    // The backend may already have activated the first profile; if not, do it here.
    const fresh = await call('profiles_list', {});
    if (fresh.activeId === null) await call('profile_activate', { id: created.id });
    await afterProfilesChanged(queryClient, before);
    return created;
  };
}

export function useRemoveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('profile_remove', { id }),
    onSuccess: async (list) => {
      const before = currentActiveId(queryClient);
      queryClient.setQueryData(profilesQuery.queryKey, list);
      if (list.activeId !== before) await resetPaymentQueries(queryClient);
    },
  });
}

export function useTestConnection() {
  return useMutation({
    mutationFn: (id: string) => call('profile_test_connection', { id }),
  });
}
