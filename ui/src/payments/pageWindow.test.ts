import { QueryClient } from '@tanstack/react-query';
import { invoke } from '@tauri-apps/api/core';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentPageRequest } from '../bindings';
import { paymentRowFixture } from '../test/fixtures';
import { routeCommands } from '../test/ipcMock';
import { EMPTY_FILTER_DRAFT, toPaymentFilter } from './filterDraft';
import { PAGE_SIZE, usePaymentWindow, WALK_LIMIT } from './pageWindow';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

const TOTAL = PAGE_SIZE * 50 + 10;

/** A fake keyset backend: the cursor is "after:<index>"; an offset skips that many rows. */
function fakePage(request: PaymentPageRequest) {
  const start =
    request.cursor === null ? (request.offset ?? 0) : Number(request.cursor.slice('after:'.length)) + 1;
  const end = Math.min(TOTAL, start + request.limit);
  const rows = [];
  for (let index = start; index < end; index += 1) {
    rows.push(paymentRowFixture({ paymentRequestId: `PRQ-${index}` }));
  }
  return { rows, nextCursor: end < TOTAL ? `after:${end - 1}` : null };
}

describe('usePaymentWindow', () => {
  const requests: PaymentPageRequest[] = [];
  beforeEach(() => {
    invokeMock.mockReset();
    requests.length = 0;
    routeCommands(invokeMock, {
      payments_page: (request) => {
        requests.push(request);
        return fakePage(request);
      },
    });
  });

  function setup() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const scope = { profileId: 'prof-1', filter: toPaymentFilter(EMPTY_FILTER_DRAFT), sort: 'createdDesc' as const };
    return { wrapper, scope };
  }

  it('walks the keyset cursors forward to reach a near window, one page per call', async () => {
    const { wrapper, scope } = setup();
    const first = PAGE_SIZE * WALK_LIMIT + 2;
    const { result } = renderHook(() => usePaymentWindow(scope, first, first + 5), { wrapper });

    expect(result.current.rowAt(first)).toBeUndefined();
    await waitFor(() => {
      expect(result.current.rowAt(first)?.paymentRequestId).toBe(`PRQ-${first}`);
    });
    expect(result.current.rowAt(first + 5)?.paymentRequestId).toBe(`PRQ-${first + 5}`);
    const walked: (string | null)[] = [null];
    for (let page = 1; page <= WALK_LIMIT; page += 1) walked.push(`after:${page * PAGE_SIZE - 1}`);
    expect(requests.map((r) => r.cursor)).toEqual(walked);
    expect(requests.every((r) => r.limit === PAGE_SIZE && r.sort === 'createdDesc' && r.offset === null)).toBe(true);
  });

  it('jumps to a far window with one offset request, then carries on by cursor', async () => {
    const { wrapper, scope } = setup();
    const first = PAGE_SIZE * 40 + 7;
    const { result, rerender } = renderHook(({ from }) => usePaymentWindow(scope, from, from + 5), {
      wrapper,
      initialProps: { from: first },
    });
    await waitFor(() => {
      expect(result.current.rowAt(first)?.paymentRequestId).toBe(`PRQ-${first}`);
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ cursor: null, offset: PAGE_SIZE * 40 });

    const next = PAGE_SIZE * 41 + 1;
    rerender({ from: next });
    await waitFor(() => {
      expect(result.current.rowAt(next)?.paymentRequestId).toBe(`PRQ-${next}`);
    });
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ cursor: `after:${PAGE_SIZE * 41 - 1}`, offset: null });
  });
});
