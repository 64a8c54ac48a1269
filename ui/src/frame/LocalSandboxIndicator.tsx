// Status-bar item for the embedded local sandbox: starting, seeding progress, ready, failed.
// Hidden when the sandbox is off (the user works with their own profiles only).
import { describeLocalSandbox, useLocalSandboxStatus } from '../localSandbox/localSandboxStatus';

export function LocalSandboxIndicator() {
  const status = useLocalSandboxStatus();
  if (status === undefined || status.phase === 'off') return null;
  return (
    <span
      className="status-item status-sandbox"
      data-testid="local-sandbox-status"
      data-phase={status.phase}
      title={status.message}
    >
      <span
        className="status-dot"
        data-state={status.phase === 'failed' ? 'unreachable' : 'simulator'}
        aria-hidden="true"
      />
      {describeLocalSandbox(status)}
      {status.phase === 'seeding' && status.total > 0 && (
        <progress className="status-progress" value={status.done} max={status.total} />
      )}
    </span>
  );
}
