// A payment's state as a coloured pill ("Authorised · awaiting capture", "Partially refunded · 5.00 USD").
// Colour follows the state's tone; the words carry the meaning.
import type { PaymentRow } from '../../bindings';
import { stateLabel, stateTone } from '../../payments/paymentStateLabel';

export function StatePill({ row, testId }: { readonly row: Pick<PaymentRow, 'state' | 'refunded'>; readonly testId?: string }) {
  return (
    <span className="state-pill" data-tone={stateTone(row.state)} data-state={row.state} data-testid={testId}>
      {stateLabel(row)}
    </span>
  );
}
