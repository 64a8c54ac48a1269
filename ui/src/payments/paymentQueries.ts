// Query and mutation hooks for the payments cache: count, detail, sync and add-by-id.
// Windows of rows come from pageWindow.ts; everything is scoped to the active profile's id.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PaymentFilter } from '../bindings';
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
