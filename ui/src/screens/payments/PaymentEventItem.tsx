// One event in a payment's timeline: where the fact came from, its summary and time, and the raw JSON.
// The JSON is shown exactly as stored, collapsed until asked for.
import type { EventSource, PaymentEvent } from '../../bindings';
import { CopyButton } from '../../components/CopyButton';
import { formatTimestamp } from '../../payments/dateTime';

const SOURCE_LABELS: Record<EventSource, string> = {
  sessionCreated: 'Session created',
  inquiry: 'Inquiry',
  notification: 'Notification',
  operation: 'Operation',
  reportRow: 'Report row',
};

export function PaymentEventItem({ event, timeZone }: { readonly event: PaymentEvent; readonly timeZone: string }) {
  return (
    <li className="payment-event" data-testid="payment-event" data-source={event.source}>
      <div className="payment-event-head">
        <span className="payment-event-source" data-source={event.source}>
          {SOURCE_LABELS[event.source]}
        </span>
        <time className="payment-event-time" dateTime={event.recordedAt}>
          {formatTimestamp(event.recordedAt, timeZone)}
        </time>
      </div>
      <p className="payment-event-summary selectable">{event.summary}</p>
      <details className="payment-event-raw">
        <summary>Raw JSON</summary>
        <div className="payment-event-raw-actions">
          <CopyButton value={event.rawJson} what="raw JSON" />
        </div>
        <pre className="selectable">{event.rawJson}</pre>
      </details>
    </li>
  );
}
