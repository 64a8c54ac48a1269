// The detail pane for one payment: summary, what can still be captured or refunded, and its timeline.
// Read-only; Esc or the close button hides it. Money operations arrive in a later issue.
import type { PaymentDetail } from '../../bindings';
import { CopyButton } from '../../components/CopyButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatTimestamp } from '../../payments/dateTime';
import { usePaymentDetail, usePaymentWatch } from '../../payments/paymentQueries';
import { PaymentEventItem } from './PaymentEventItem';
import { StatePill } from './StatePill';
import './paymentDetail.css';

export interface PaymentDetailPaneProps {
  readonly profileId: string;
  readonly paymentId: string;
  readonly timeZone: string;
  readonly onClose: () => void;
}

export function PaymentDetailPane({ profileId, paymentId, timeZone, onClose }: PaymentDetailPaneProps) {
  const detail = usePaymentDetail(profileId, paymentId);
  const watch = usePaymentWatch(profileId, paymentId, detail.data?.payment.state);

  return (
    <aside className="payment-detail" data-testid="payment-detail" aria-label={`Payment ${paymentId}`}>
      <div className="payment-detail-header">
        <h2 className="payment-detail-title mono selectable">{paymentId}</h2>
        <CopyButton value={paymentId} what="payment request ID" />
        <button type="button" className="button button-secondary button-small payment-detail-close" onClick={onClose} aria-label="Close detail (Esc)">
          Close
        </button>
      </div>
      {detail.isPending && (
        <p className="payment-detail-loading" role="status">
          Loading payment…
        </p>
      )}
      {detail.isError && (
        <ErrorNotice
          error={detail.error}
          onRetry={() => {
            void detail.refetch();
          }}
        />
      )}
      {watch.isFetching && (
        <p className="payment-detail-watch" role="status" data-testid="payment-watch">
          No final result yet: re-inquiring Antom every 2 s until there is one.
        </p>
      )}
      {watch.isError && <ErrorNotice error={watch.error} />}
      {detail.isSuccess && <PaymentDetailBody detail={detail.data} timeZone={timeZone} />}
    </aside>
  );
}

function money(value: { formatted: string; currency: string }): string {
  return `${value.formatted} ${value.currency}`;
}

function PaymentDetailBody({ detail, timeZone }: { readonly detail: PaymentDetail; readonly timeZone: string }) {
  const { payment } = detail;
  const when = (iso: string | null) => (iso === null ? '—' : formatTimestamp(iso, timeZone));
  return (
    <>
      <StatePill row={payment} testId="payment-detail-state" />
      <dl className="payment-detail-facts">
        <dt>Amount</dt>
        <dd className="amount">{money(payment.amount)}</dd>
        <dt>Captured</dt>
        <dd className="amount">{money(payment.captured)}</dd>
        <dt>Refunded</dt>
        <dd className="amount">{money(payment.refunded)}</dd>
        <dt>Capturable</dt>
        <dd className="amount" data-testid="payment-detail-capturable">
          {money(detail.capturable)}
        </dd>
        <dt>Refundable</dt>
        <dd className="amount" data-testid="payment-detail-refundable">
          {money(detail.refundable)}
        </dd>
        <dt>Payment ID</dt>
        <dd>
          {payment.paymentId === null ? (
            '—'
          ) : (
            <>
              <span className="mono selectable">{payment.paymentId}</span>
              <CopyButton value={payment.paymentId} what="payment ID" />
            </>
          )}
        </dd>
        <dt>Order reference</dt>
        <dd className="selectable">{payment.referenceOrderId ?? '—'}</dd>
        <dt>Method</dt>
        <dd>{payment.paymentMethod ?? '—'}</dd>
        <dt>Buyer reference</dt>
        <dd className="selectable">{payment.buyerReference ?? '—'}</dd>
        <dt>Created</dt>
        <dd>{when(payment.createdAt)}</dd>
        <dt>Paid</dt>
        <dd>{when(payment.paidAt)}</dd>
        <dt>Updated</dt>
        <dd>{when(payment.updatedAt)}</dd>
        <dt>Auth expires</dt>
        <dd data-testid="payment-detail-auth-expiry">{when(detail.authExpiresAt)}</dd>
      </dl>
      <h3 className="payment-detail-section">Timeline ({timeZone})</h3>
      {detail.events.length === 0 ? (
        <p className="payment-detail-empty">No events recorded for this payment yet.</p>
      ) : (
        <ol className="payment-events">
          {detail.events.map((event) => (
            <PaymentEventItem key={event.id} event={event} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </>
  );
}
