// How each PaymentState reads and which colour family its pill uses.
// Wording only; the state itself is decided by the backend.
import type { PaymentRow, PaymentState } from '../bindings';

export type StateTone = 'neutral' | 'progress' | 'attention' | 'success' | 'refund' | 'danger';

export const PAYMENT_STATES: readonly PaymentState[] = [
  'initiated',
  'processing',
  'pending',
  'authorized',
  'captured',
  'paid',
  'partiallyRefunded',
  'refunded',
  'failed',
  'cancelled',
];

const STATE_INFO: Record<PaymentState, { readonly label: string; readonly tone: StateTone }> = {
  initiated: { label: 'Initiated', tone: 'neutral' },
  processing: { label: 'Processing', tone: 'progress' },
  pending: { label: 'Pending', tone: 'progress' },
  authorized: { label: 'Authorised', tone: 'attention' },
  captured: { label: 'Captured', tone: 'success' },
  paid: { label: 'Paid', tone: 'success' },
  partiallyRefunded: { label: 'Partially refunded', tone: 'refund' },
  refunded: { label: 'Refunded', tone: 'refund' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

export function stateName(state: PaymentState): string {
  return STATE_INFO[state].label;
}

export function stateTone(state: PaymentState): StateTone {
  return STATE_INFO[state].tone;
}

/** The pill text for a row, with what the state means for the operator. */
export function stateLabel(row: Pick<PaymentRow, 'state' | 'refunded'>): string {
  switch (row.state) {
    case 'authorized':
      return 'Authorised · awaiting capture';
    case 'partiallyRefunded':
      return `Partially refunded · ${row.refunded.formatted} ${row.refunded.currency}`;
    default:
      return STATE_INFO[row.state].label;
  }
}
