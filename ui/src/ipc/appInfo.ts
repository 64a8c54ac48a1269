// Query hook for the `app_info` command (version, data dir, platform, keychain reachability).
// Read-only; it never changes settings. Errors arrive as IpcFailure (see call.ts).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from './call';

export const appInfoQuery = queryOptions({
  queryKey: ['app_info'] as const,
  queryFn: () => call('app_info', {}),
});

export function useAppInfo() {
  return useQuery(appInfoQuery);
}
