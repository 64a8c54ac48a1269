// Query keys for everything cached about payments, scoped by profile, and the reset after changes.
// Keys and cache resets only; fetching lives in paymentQueries.ts and pageWindow.ts.
import type { QueryClient } from '@tanstack/react-query';
import type { PaymentFilter, PaymentSort } from '../bindings';
import { forgetCursorTrails } from './cursorTrail';

export const paymentKeys = {
  all: ['payments'] as const,
  profile: (profileId: string) => ['payments', profileId] as const,
  count: (profileId: string, filter: PaymentFilter) => ['payments', profileId, 'count', filter] as const,
  page: (profileId: string, filter: PaymentFilter, sort: PaymentSort, pageIndex: number) =>
    ['payments', profileId, 'page', filter, sort, pageIndex] as const,
  detail: (profileId: string, id: string) => ['payments', profileId, 'detail', id] as const,
};

/** After a sync, an add-by-id or a profile switch: forget cursors and refetch what is on screen. */
export async function resetPaymentQueries(queryClient: QueryClient): Promise<void> {
  forgetCursorTrails(queryClient);
  await queryClient.invalidateQueries({ queryKey: paymentKeys.all });
}
