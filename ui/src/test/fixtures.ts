// Test values shaped like the backend's `app_info` answer.
// Test-only; never imported by the app.
import type { AppInfo } from '../bindings';

export function appInfoFixture(overrides: Partial<AppInfo> = {}): AppInfo {
  return {
    version: '0.1.0-test.7',
    dataDir: '/home/tester/.local/share/antom-console',
    dataDirFromEnv: false,
    platform: 'linux',
    keychain: { reachable: true, backend: 'secret-service', message: 'Default collection unlocked' },
    ...overrides,
  };
}
