// Fetches the keyset pages that cover the rows on screen, walking cursors forward from a near
// known page, or jumping by offset to a far one. One page per call; other rows stay on the backend.
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PaymentFilter, PaymentPage, PaymentRow, PaymentSort } from '../bindings';
import { call } from '../ipc/call';
import { cursorTrailFor, END } from './cursorTrail';
import { paymentKeys } from './paymentKeys';

export const PAGE_SIZE = 200;
const EMPTY_PAGE: PaymentPage = { rows: [], nextCursor: null };

export interface PageQueryScope {
  readonly profileId: string;
  readonly filter: PaymentFilter;
  readonly sort: PaymentSort;
}

function trailKey(scope: PageQueryScope): string {
  return JSON.stringify([scope.profileId, scope.filter, scope.sort]);
}

function pageQuery(queryClient: QueryClient, scope: PageQueryScope, pageIndex: number) {
  return {
    queryKey: paymentKeys.page(scope.profileId, scope.filter, scope.sort, pageIndex),
    queryFn: () => loadPage(queryClient, scope, pageIndex),
    // Pages far from the screen are dropped quickly; their cursors stay in the trail.
    gcTime: 30_000,
  };
}

/** A page further than this past the nearest known cursor is fetched by offset, not by walking. */
export const WALK_LIMIT = 2;

async function loadPage(queryClient: QueryClient, scope: PageQueryScope, pageIndex: number): Promise<PaymentPage> {
  const trail = cursorTrailFor(queryClient, trailKey(scope));
  const nearest = trail.nearestKnown(pageIndex);
  if (trail.startOf(pageIndex) === undefined && pageIndex - nearest > WALK_LIMIT && trail.startOf(nearest) !== END) {
    // A jump (a dragged scrollbar, End): one request that skips the rows before the page.
    const page = await call('payments_page', {
      filter: scope.filter,
      sort: scope.sort,
      limit: PAGE_SIZE,
      cursor: null,
      offset: pageIndex * PAGE_SIZE,
    });
    trail.recordNext(pageIndex, page.nextCursor);
    return page;
  }
  // Walk forward from the nearest page whose start we know (each step is one small page).
  for (let index = nearest; trail.startOf(pageIndex) === undefined; index += 1) {
    const start = trail.startOf(index);
    if (start === END) return EMPTY_PAGE;
    const page = await queryClient.query(pageQuery(queryClient, scope, index));
    trail.recordNext(index, page.nextCursor);
  }
  const cursor = trail.startOf(pageIndex);
  if (cursor === END || cursor === undefined) return EMPTY_PAGE;
  const page = await call('payments_page', { filter: scope.filter, sort: scope.sort, limit: PAGE_SIZE, cursor, offset: null });
  trail.recordNext(pageIndex, page.nextCursor);
  return page;
}

export interface PaymentWindow {
  /** The row at `index`, or undefined while its page loads. */
  readonly rowAt: (index: number) => PaymentRow | undefined;
  readonly error: unknown;
}

/** Keeps the pages covering rows [first, last] loaded (plus the cache of recently seen ones). */
export function usePaymentWindow(scope: PageQueryScope | null, first: number, last: number): PaymentWindow {
  const queryClient = useQueryClient();
  const pageIndexes = useMemo(() => {
    if (scope === null || last < first) return [];
    const indexes: number[] = [];
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) {
      indexes.push(page);
    }
    return indexes;
  }, [scope, first, last]);

  const results = useQueries({
    queries: scope === null ? [] : pageIndexes.map((index) => pageQuery(queryClient, scope, index)),
  });

  const pages = new Map<number, PaymentRow[]>();
  let error: unknown = null;
  results.forEach((result, position) => {
    const pageIndex = pageIndexes[position];
    if (pageIndex !== undefined && result.data !== undefined) pages.set(pageIndex, result.data.rows);
    if (result.isError) error = result.error;
  });
  const rowAt = (index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { rowAt, error };
}
