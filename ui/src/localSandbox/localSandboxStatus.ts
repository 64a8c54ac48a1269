// The embedded local sandbox's status, polled while it starts or seeds demo data.
// When it becomes ready, profiles and payments are refetched so the demo data shows up.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LocalSandboxPhase, LocalSandboxStatus } from '../bindings';
import { call } from '../ipc/call';
import { resetPaymentQueries } from '../payments/paymentKeys';
import { profilesQuery } from '../profiles/profileQueries';

const BUSY: readonly LocalSandboxPhase[] = ['starting', 'seeding'];

export const localSandboxQuery = queryOptions({
  queryKey: ['local_sandbox_status'] as const,
  queryFn: () => call('local_sandbox_status', {}),
  refetchInterval: (query) => {
    const phase = query.state.data?.phase;
    return phase === undefined || BUSY.includes(phase) ? 500 : false;
  },
});

export function useLocalSandboxStatus(): LocalSandboxStatus | undefined {
  const queryClient = useQueryClient();
  const status = useQuery(localSandboxQuery).data;
  const previous = useRef<LocalSandboxPhase | undefined>(undefined);
  const phase = status?.phase;
  useEffect(() => {
    const before = previous.current;
    previous.current = phase;
    if (phase !== before && (phase === 'ready' || phase === 'seeding' || phase === 'failed')) {
      void queryClient.invalidateQueries({ queryKey: profilesQuery.queryKey });
    }
    if (phase === 'ready' && before !== undefined && before !== 'ready') {
      void resetPaymentQueries(queryClient);
    }
  }, [phase, queryClient]);
  return status;
}

export function describeLocalSandbox(status: LocalSandboxStatus): string {
  switch (status.phase) {
    case 'off':
      return '';
    case 'starting':
      return 'Local sandbox: starting…';
    case 'seeding':
      return `Local sandbox: creating demo data ${String(status.done)}/${String(status.total)}`;
    case 'ready':
      return `Local sandbox (simulator) at ${status.baseUrl ?? 'loopback'}`;
    case 'failed':
      return `Local sandbox failed: ${status.message}`;
  }
}
