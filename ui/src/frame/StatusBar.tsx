// The bottom status bar: keychain reachability, data directory and app version from `app_info`.
// Read-only summary; details and error hints live on the Settings screen.
import { useAppInfo } from '../ipc/appInfo';
import { toIpcFailure } from '../ipc/IpcFailure';
import { LocalSandboxIndicator } from './LocalSandboxIndicator';

export function StatusBar() {
  const appInfo = useAppInfo();

  return (
    <footer className="status-bar" data-testid="status-bar" aria-label="Status">
      {appInfo.isPending && <span className="status-item">Loading app info…</span>}
      {appInfo.isError && (
        <span className="status-item" data-state="error">
          <span className="status-dot" data-state="unreachable" aria-hidden="true" />
          App info unavailable ({toIpcFailure(appInfo.error).code})
        </span>
      )}
      {appInfo.isSuccess && (
        <>
          <span className="status-item" title={appInfo.data.keychain.message}>
            <span
              className="status-dot"
              data-state={appInfo.data.keychain.reachable ? 'reachable' : 'unreachable'}
              aria-hidden="true"
            />
            {appInfo.data.keychain.reachable
              ? `Keychain: ${appInfo.data.keychain.backend}`
              : 'Keychain unreachable'}
          </span>
          <LocalSandboxIndicator />
          <span className="status-item status-path" title={appInfo.data.dataDir}>
            {appInfo.data.dataDir}
          </span>
          <span className="status-item status-version">v{appInfo.data.version}</span>
        </>
      )}
    </footer>
  );
}
