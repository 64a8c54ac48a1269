import { invoke } from '@tauri-apps/api/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentDetail, PaymentFilter, PaymentPageRequest, PaymentRow } from '../../bindings';
import { paymentRowFixture, profileFixture, profileListFixture } from '../../test/fixtures';
import { routeCommands } from '../../test/ipcMock';
import { renderWithQueries } from '../../test/render';
import { PaymentsScreen } from '../PaymentsScreen';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

// jsdom lays nothing out; give the table's scroll box a size so the virtualizer renders rows.
const sizes = { offsetHeight: 600, offsetWidth: 1400, clientHeight: 600, clientWidth: 1400 };
const originals = Object.fromEntries(
  Object.keys(sizes).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
);
beforeAll(() => {
  for (const [key, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of Object.entries(originals)) {
    if (descriptor !== undefined) Object.defineProperty(HTMLElement.prototype, key, descriptor);
  }
});

const PROFILE = profileFixture({ id: 'prof-sg', name: 'Acme SG', timeZone: 'Asia/Singapore' });
const ROWS: PaymentRow[] = [
  paymentRowFixture({ paymentRequestId: 'PRQ-AUTH', state: 'authorized', createdAt: '2025-03-04T16:30:00Z' }),
  paymentRowFixture({
    paymentRequestId: 'PRQ-PART',
    state: 'partiallyRefunded',
    amount: { minor: 1000, currency: 'JPY', formatted: '1000' },
    refunded: { minor: 250, currency: 'JPY', formatted: '250' },
  }),
  paymentRowFixture({ paymentRequestId: 'PRQ-FAIL', state: 'failed', paymentId: null }),
];

function detailOf(row: PaymentRow): PaymentDetail {
  return {
    payment: row,
    capturable: { minor: 1250, currency: 'USD', formatted: '12.50' },
    refundable: { minor: 0, currency: 'USD', formatted: '0.00' },
    authExpiresAt: '2025-03-11T16:30:00Z',
    events: [
      { id: 1, source: 'sessionCreated', summary: 'createPaymentSession: S', recordedAt: '2025-03-04T16:30:00Z', rawJson: '{"result":{"resultStatus":"S"}}' },
      { id: 2, source: 'notification', summary: 'NOTIFY_PAYMENT SUCCESS', recordedAt: '2025-03-04T16:31:00Z', rawJson: '{"notifyType":"PAYMENT_RESULT"}' },
    ],
  };
}

describe('Payments screen', () => {
  let pageRequests: PaymentPageRequest[];
  let countFilters: PaymentFilter[];

  beforeEach(() => {
    invokeMock.mockReset();
    pageRequests = [];
    countFilters = [];
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([PROFILE], PROFILE.id),
      payments_count: (filter) => {
        countFilters.push(filter);
        return { total: filter.search === null ? ROWS.length : 1 };
      },
      payments_page: (request) => {
        pageRequests.push(request);
        const rows = request.filter.search === null ? ROWS : ROWS.slice(2);
        return { rows, nextCursor: null };
      },
      payment_detail: ({ id }) => detailOf(ROWS.find((r) => r.paymentRequestId === id) ?? ROWS[0] ?? paymentRowFixture()),
      payments_sync: () => ({ inquired: 3, changed: 1, failed: 1, errors: ['PRQ-FAIL: network failure'] }),
    });
  });

  it('renders the count and the rows of a page, with state pills and the profile time zone', async () => {
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);

    await waitFor(() => {
      expect(screen.getByTestId('payments-count').textContent).toBe('3 payments');
    });
    const rows = await screen.findAllByTestId('payment-row');
    expect(rows.map((r) => [r.getAttribute('data-payment-request-id'), r.getAttribute('data-state')])).toEqual([
      ['PRQ-AUTH', 'authorized'],
      ['PRQ-PART', 'partiallyRefunded'],
      ['PRQ-FAIL', 'failed'],
    ]);
    const [auth, part, fail] = rows as [HTMLElement, HTMLElement, HTMLElement];
    // 16:30 UTC is 00:30 the next day in Singapore.
    expect(within(auth).getByText('2025-03-05 00:30:00')).toBeTruthy();
    expect(within(auth).getByText('Authorised · awaiting capture')).toBeTruthy();
    expect(within(part).getByText('Partially refunded · 250 JPY')).toBeTruthy();
    expect(part.textContent).toContain('1000 JPY');
    expect(fail.textContent).toContain('Failed');

    expect(pageRequests[0]).toStrictEqual({
      filter: { states: [], methods: [], currency: null, minMinor: null, maxMinor: null, createdFrom: null, createdTo: null, search: null },
      sort: 'createdDesc',
      limit: 200,
      cursor: null,
      offset: null,
    });
  });

  it('opens the detail pane on row click with summary and events, and Esc closes it', async () => {
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);

    const rows = await screen.findAllByTestId('payment-row');
    fireEvent.click(rows[0] as HTMLElement);

    const pane = await screen.findByTestId('payment-detail');
    const state = await within(pane).findByTestId('payment-detail-state');
    expect(state.getAttribute('data-state')).toBe('authorized');
    expect(state.textContent).toBe('Authorised · awaiting capture');
    expect(within(pane).getByTestId('payment-detail-capturable').textContent).toBe('12.50 USD');
    expect(within(pane).getByTestId('payment-detail-auth-expiry').textContent).toBe('2025-03-12 00:30:00');
    const events = within(pane).getAllByTestId('payment-event');
    expect(events.map((e) => e.getAttribute('data-source'))).toEqual(['sessionCreated', 'notification']);
    expect(events[1]?.textContent).toContain('NOTIFY_PAYMENT SUCCESS');
    expect(events[1]?.querySelector('pre')?.textContent).toBe('{"notifyType":"PAYMENT_RESULT"}');
    expect(invokeMock).toHaveBeenCalledWith('payment_detail', { args: { id: 'PRQ-AUTH' } });

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('payment-detail')).toBeNull();
  });

  it('watches an open payment without a final result and refetches once it is final', async () => {
    const processing = paymentRowFixture({ paymentRequestId: 'PRQ-PROC', state: 'processing' });
    let current = processing;
    let settle: (row: PaymentRow) => void = () => undefined;
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([PROFILE], PROFILE.id),
      payments_count: () => ({ total: 1 }),
      payments_page: () => ({ rows: [current], nextCursor: null }),
      payment_detail: () => detailOf(current),
      payment_watch: () =>
        new Promise<PaymentRow>((resolve) => {
          settle = resolve;
        }),
    });
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);
    fireEvent.click((await screen.findAllByTestId('payment-row'))[0] as HTMLElement);

    const pane = await screen.findByTestId('payment-detail');
    expect((await within(pane).findByTestId('payment-watch')).textContent).toContain('every 2 s');
    expect(invokeMock).toHaveBeenCalledWith('payment_watch', { args: { id: 'PRQ-PROC' } });

    const countsBefore = invokeMock.mock.calls.filter(([cmd]) => cmd === 'payments_count').length;
    current = { ...processing, state: 'paid' };
    settle(current);
    await waitFor(() => {
      expect(within(pane).queryByTestId('payment-watch')).toBeNull();
    });
    await waitFor(() => {
      const countsAfter = invokeMock.mock.calls.filter(([cmd]) => cmd === 'payments_count').length;
      expect(countsAfter).toBeGreaterThan(countsBefore);
    });
    await waitFor(() => {
      expect(within(pane).getByTestId('payment-detail-state').getAttribute('data-state')).toBe('paid');
    });
    expect(invokeMock.mock.calls.filter(([cmd]) => cmd === 'payment_watch')).toHaveLength(1);
  });

  it('does not watch a payment whose result is final', async () => {
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);
    fireEvent.click((await screen.findAllByTestId('payment-row'))[0] as HTMLElement);
    await within(await screen.findByTestId('payment-detail')).findByTestId('payment-detail-state');
    expect(invokeMock.mock.calls.some(([cmd]) => cmd === 'payment_watch')).toBe(false);
  });

  it('moves the focused row with the arrow keys and opens it with Enter', async () => {
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);
    await screen.findAllByTestId('payment-row');
    const table = screen.getByTestId('payments-table');

    fireEvent.keyDown(table, { key: 'ArrowDown' });
    fireEvent.keyDown(table, { key: 'ArrowDown' });
    fireEvent.keyDown(table, { key: 'ArrowUp' });
    fireEvent.keyDown(table, { key: 'Enter' });

    const pane = await screen.findByTestId('payment-detail');
    expect(await within(pane).findByText('Partially refunded · 250 JPY')).toBeTruthy();
  });

  it('debounces the search box into the filter and "/" focuses it', async () => {
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);
    await screen.findAllByTestId('payment-row');
    const search = screen.getByTestId('payments-search');

    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search);

    fireEvent.change(search, { target: { value: 'PRQ-F' } });
    expect(countFilters.some((f) => f.search !== null)).toBe(false);
    await waitFor(() => {
      expect(screen.getByTestId('payments-count').textContent).toBe('1 payment');
    });
    expect(countFilters.at(-1)?.search).toBe('PRQ-F');
    await waitFor(() => {
      expect(screen.getAllByTestId('payment-row').map((r) => r.getAttribute('data-payment-request-id'))).toEqual(['PRQ-FAIL']);
    });
  });

  it('sends the chosen states and sort, and shows the sync report', async () => {
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);
    await screen.findAllByTestId('payment-row');

    fireEvent.click(within(screen.getByTestId('payments-filter-state')).getByLabelText('Authorised'));
    fireEvent.click(screen.getByTestId('payments-sort-amount'));
    await waitFor(() => {
      expect(pageRequests.at(-1)).toMatchObject({ sort: 'amountDesc', filter: { states: ['authorized'] } });
    });

    fireEvent.click(screen.getByTestId('payments-sync'));
    const report = await screen.findByTestId('sync-report');
    expect(report.textContent).toContain('3 inquired, 1 changed, 1 failed');
    expect(report.textContent).toContain('PRQ-FAIL: network failure');
  });

  it('explains where payments come from when the profile has none', async () => {
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([PROFILE], PROFILE.id),
      payments_count: () => ({ total: 0 }),
    });
    renderWithQueries(<PaymentsScreen onNavigate={vi.fn()} />);

    const empty = await screen.findByTestId('payments-empty');
    await waitFor(() => {
      expect(screen.getByTestId('payments-count').textContent).toBe('0 payments');
    });
    expect(empty.textContent).toMatch(/no API that lists/);
    expect(within(empty).getByTestId('payment-add-id')).toBeTruthy();
  });
});
