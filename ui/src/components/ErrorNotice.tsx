// Shows a failed IPC call: a per-code title and "what to do" hint, the backend's message, and Retry.
// Switches on the error code only; it never parses message text.
import { toIpcFailure } from '../ipc/IpcFailure';
import { AlertIcon } from '../icons/glyphs';
import { ERROR_HINTS } from './errorHints';
import './ErrorNotice.css';

export interface ErrorNoticeProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const failure = toIpcFailure(error);
  const { title, hint } = ERROR_HINTS[failure.code];
  return (
    <div className="error-notice" role="alert" data-testid="error-notice" data-code={failure.code}>
      <AlertIcon className="error-notice-icon" size={18} />
      <div className="error-notice-content">
        <p className="error-notice-title">{title}</p>
        <p className="error-notice-hint" data-testid="error-hint">
          {hint}
        </p>
        <p className="error-notice-detail">
          <span className="error-notice-code">{failure.code}</span>
          <span>{failure.message}</span>
        </p>
        {onRetry !== undefined && (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            Retry
          </button>
        )}
      </div>
    </div>
  );
}
