// Query and mutation hooks for the payments cache: count, detail, sync and add-by-id.
// Windows of rows come from pageWindow.ts; everything is scoped to the active profile's id.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PaymentFilter, PaymentState } from '../bindings';
import { call } from '../ipc/call';
import { paymentKeys, resetPaymentQueries } from './paymentKeys';

export function usePaymentCount(profileId: string | null, filter: PaymentFilter) {
  return useQuery({
    queryKey: paymentKeys.count(profileId ?? '', filter),
    queryFn: () => call('payments_count', filter),
    enabled: profileId !== null,
    placeholderData: keepPreviousData,
  });
}

export function usePaymentDetail(profileId: string | null, id: string | null) {
  return useQuery({
    queryKey: paymentKeys.detail(profileId ?? '', id ?? ''),
    queryFn: () => call('payment_detail', { id: id ?? '' }),
    enabled: profileId !== null && id !== null,
  });
}

export function useSyncPayments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('payments_sync', {}),
    onSuccess: () => resetPaymentQueries(queryClient),
  });
}

export function useAddPaymentById() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('payment_add_by_id', { id: id.trim() }),
    onSuccess: () => resetPaymentQueries(queryClient),
  });
}

/** States whose final result is still to come: the open detail pane watches these. */
const AWAITING: readonly PaymentState[] = ['initiated', 'processing', 'pending'];

export function awaitsResult(state: PaymentState): boolean {
  return AWAITING.includes(state);
}

/**
 * Watches an open payment that has no final result yet: Rust re-inquires it every 2 s (Antom's
 * guidance) and answers once it is final; then everything on screen about payments refetches.
 */
export function usePaymentWatch(profileId: string, id: string, state: PaymentState | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    // Outside the ['payments'] root on purpose: the reset below must not restart the watch itself.
    queryKey: ['payment-watch', profileId, id] as const,
    queryFn: async () => {
      const row = await call('payment_watch', { id });
      await resetPaymentQueries(queryClient);
      return row;
    },
    enabled: state !== undefined && awaitsResult(state),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}
