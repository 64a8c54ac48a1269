// The Payments table's columns: header text, sort key (if sortable) and how a cell renders a row.
// Column widths live in payments.css (one grid template shared by header and rows).
import type { ReactNode } from 'react';
import type { PaymentRow, PaymentSort } from '../../bindings';
import { formatTimestamp } from '../../payments/dateTime';
import { StatePill } from './StatePill';

export type SortColumn = 'created' | 'amount';

export interface PaymentColumn {
  readonly id: string;
  readonly label: string;
  readonly sortBy?: SortColumn;
  readonly numeric?: boolean;
  readonly cell: (row: PaymentRow, timeZone: string) => ReactNode;
}

const dash = (value: string | null) => value ?? '—';

export const PAYMENT_COLUMNS: readonly PaymentColumn[] = [
  { id: 'created', label: 'Created', sortBy: 'created', cell: (row, zone) => formatTimestamp(row.createdAt, zone) },
  { id: 'requestId', label: 'Payment request ID', cell: (row) => row.paymentRequestId },
  { id: 'paymentId', label: 'Payment ID', cell: (row) => dash(row.paymentId) },
  { id: 'order', label: 'Order reference', cell: (row) => dash(row.referenceOrderId) },
  { id: 'method', label: 'Method', cell: (row) => dash(row.paymentMethod) },
  {
    id: 'amount',
    label: 'Amount',
    sortBy: 'amount',
    numeric: true,
    cell: (row) => (
      <>
        {row.amount.formatted} <span className="amount-currency">{row.amount.currency}</span>
      </>
    ),
  },
  { id: 'state', label: 'Status', cell: (row) => <StatePill row={row} /> },
  { id: 'buyer', label: 'Buyer reference', cell: (row) => dash(row.buyerReference) },
];

/** Clicking a header: first click sorts descending, a second click flips the direction. */
export function nextSort(current: PaymentSort, column: SortColumn): PaymentSort {
  if (column === 'created') return current === 'createdDesc' ? 'createdAsc' : 'createdDesc';
  return current === 'amountDesc' ? 'amountAsc' : 'amountDesc';
}

export function ariaSortOf(current: PaymentSort, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (current === `${column}Desc`) return 'descending';
  if (current === `${column}Asc`) return 'ascending';
  return 'none';
}
