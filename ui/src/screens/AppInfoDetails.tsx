// The body of Settings once `app_info` has answered: version, storage, platform and keychain.
// Display only; the exact version and path strings are rendered untouched (e2e tests read them).
import type { AppInfo } from '../bindings';

export function AppInfoDetails({ info, onRecheck }: { readonly info: AppInfo; readonly onRecheck: () => void }) {
  const keychainState = info.keychain.reachable ? 'reachable' : 'unreachable';
  return (
    <>
      <section className="settings-section" aria-labelledby="settings-application">
        <h2 id="settings-application">Application</h2>
        <dl className="settings-list">
          <dt>Version</dt>
          <dd>
            <span className="mono" data-testid="app-version">
              {info.version}
            </span>
          </dd>
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
        </dl>
      </section>

      <section className="settings-section" aria-labelledby="settings-storage">
        <h2 id="settings-storage">Storage</h2>
        <dl className="settings-list">
          <dt>Data directory</dt>
          <dd>
            <span className="mono selectable" data-testid="data-dir">
              {info.dataDir}
            </span>
            {info.dataDirFromEnv && (
              <span className="settings-note" data-testid="data-dir-from-env">
                from ANTOM_CONSOLE_DATA_DIR
              </span>
            )}
          </dd>
        </dl>
      </section>

      <section className="settings-section" aria-labelledby="settings-keychain">
        <div className="settings-section-header">
          <h2 id="settings-keychain">OS keychain</h2>
          <button type="button" className="button button-secondary button-small" onClick={onRecheck}>
            Check again
          </button>
        </div>
        <dl className="settings-list">
          <dt>Backend</dt>
          <dd>{info.keychain.backend}</dd>
          <dt>Status</dt>
          <dd>
            <span className="keychain-status" data-testid="keychain-status" data-state={keychainState}>
              <span className="status-dot" data-state={keychainState} aria-hidden="true" />
              {info.keychain.reachable ? 'Reachable' : 'Unreachable'}
            </span>
            {info.keychain.message.length > 0 && (
              <span className="settings-note" data-testid="keychain-message">
                {info.keychain.message}
              </span>
            )}
          </dd>
        </dl>
        {!info.keychain.reachable && (
          <p className="settings-warning">
            Profiles need the keychain to store private keys. Install or unlock a Secret Service provider
            (such as gnome-keyring) in your session, then check again.
          </p>
        )}
      </section>
    </>
  );
}
