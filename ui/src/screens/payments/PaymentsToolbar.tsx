// The Payments toolbar: the count for the current filters, Sync with its report, and Add by ID.
// Sync and add-by-id reset the cached windows so the table shows fresh rows.
import { useCallback, useState } from 'react';
import type { PaymentRow, SyncReport } from '../../bindings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSyncPayments } from '../../payments/paymentQueries';
import { AddByIdForm } from './AddByIdForm';
import { SyncReportToast } from './SyncReportToast';

export interface PaymentsToolbarProps {
  readonly total: number | undefined;
  readonly onAdded: (row: PaymentRow) => void;
}

export function formatCount(total: number): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? 'payment' : 'payments'}`;
}

export function PaymentsToolbar({ total, onAdded }: PaymentsToolbarProps) {
  const sync = useSyncPayments();
  const [report, setReport] = useState<SyncReport | null>(null);
  const dismiss = useCallback(() => {
    setReport(null);
  }, []);

  return (
    <div className="payments-toolbar">
      <span className="payments-count" data-testid="payments-count" data-count={total}>
        {total === undefined ? 'Counting…' : formatCount(total)}
      </span>
      <AddByIdForm onAdded={onAdded} />
      <button
        type="button"
        className="button button-primary"
        data-testid="payments-sync"
        disabled={sync.isPending}
        title="Ask Antom for the latest state of payments that are not final yet"
        onClick={() => {
          setReport(null);
          sync.mutate(undefined, { onSuccess: setReport });
        }}
      >
        {sync.isPending ? 'Syncing…' : 'Sync'}
      </button>
      {report !== null && <SyncReportToast report={report} onDismiss={dismiss} />}
      {sync.isError && (
        <div className="toast toast-error" data-testid="sync-error">
          <ErrorNotice error={sync.error} />
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              sync.reset();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
