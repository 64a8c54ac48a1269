// The toast shown after "Sync": how many payments were inquired, changed and failed, and why.
// Stays until dismissed when something failed; otherwise fades out after a few seconds.
import { useEffect } from 'react';
import type { SyncReport } from '../../bindings';

export function SyncReportToast({ report, onDismiss }: { readonly report: SyncReport; readonly onDismiss: () => void }) {
  const failed = report.failed > 0;

  useEffect(() => {
    if (failed) return undefined;
    const timer = window.setTimeout(onDismiss, 6000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [failed, onDismiss]);

  return (
    <div className="toast" role="status" data-testid="sync-report" data-failed={failed ? 'true' : 'false'}>
      <p className="toast-title">
        Sync finished: {report.inquired} inquired, {report.changed} changed, {report.failed} failed
      </p>
      {report.errors.length > 0 && (
        <ul className="toast-errors selectable">
          {report.errors.slice(0, 5).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {report.errors.length > 5 && <li>…and {report.errors.length - 5} more</li>}
        </ul>
      )}
      <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
