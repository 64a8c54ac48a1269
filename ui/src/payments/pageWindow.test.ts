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
import { PAGE_SIZE, usePaymentWindow } from './pageWindow';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

const TOTAL = PAGE_SIZE * 3 + 10;

/** A fake keyset backend: the cursor is "after:<index>". */
function fakePage(request: PaymentPageRequest) {
  const start = request.cursor === null ? 0 : Number(request.cursor.slice('after:'.length)) + 1;
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

  it('walks the keyset cursors forward to reach a far window, one page per call', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const scope = { profileId: 'prof-1', filter: toPaymentFilter(EMPTY_FILTER_DRAFT), sort: 'createdDesc' as const };
    const first = PAGE_SIZE * 3 + 2;
    const { result } = renderHook(() => usePaymentWindow(scope, first, first + 5), { wrapper });

    expect(result.current.rowAt(first)).toBeUndefined();
    await waitFor(() => {
      expect(result.current.rowAt(first)?.paymentRequestId).toBe(`PRQ-${first}`);
    });
    expect(result.current.rowAt(first + 5)?.paymentRequestId).toBe(`PRQ-${first + 5}`);
    expect(requests.map((r) => r.cursor)).toEqual([
      null,
      `after:${PAGE_SIZE - 1}`,
      `after:${2 * PAGE_SIZE - 1}`,
      `after:${3 * PAGE_SIZE - 1}`,
    ]);
    expect(requests.every((r) => r.limit === PAGE_SIZE && r.sort === 'createdDesc')).toBe(true);
  });
});
