// The empty state for a profile with no cached payments: why (Antom has no list API) and how to get some.
// Offers Add by ID inline; never shows sample rows.
import type { PaymentRow } from '../../bindings';
import { EmptyState } from '../../components/EmptyState';
import { CardIcon } from '../../icons/glyphs';
import { AddByIdForm } from './AddByIdForm';

export function NoPaymentsYet({ onAdded }: { readonly onAdded: (row: PaymentRow) => void }) {
  return (
    <div className="payments-empty" data-testid="payments-empty">
      <EmptyState icon={CardIcon} title="No payments cached for this profile yet">
        <p>
          Antom has no API that lists a merchant&apos;s payments, so this console only knows the payments it
          has seen: checkout sessions created here, notifications Antom sent to this console, payments you
          add by ID, and rows from imported settlement or transaction reports.
        </p>
        <AddByIdForm onAdded={onAdded} />
      </EmptyState>
    </div>
  );
}
