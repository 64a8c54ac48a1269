// Builds the TanStack Query client that holds IPC state for the whole UI.
// No per-screen policy here; screens tune their own queries.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // IPC is local: a failure is an answer, not network flakiness. The UI offers "Retry".
        retry: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
