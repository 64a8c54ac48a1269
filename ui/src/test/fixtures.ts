// Test values shaped like the backend's answers (app_info, profiles, payment rows).
// Test-only; never imported by the app.
import type { AppInfo, PaymentRow, ProfileList, ProfileSummary } from '../bindings';

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

export function profileFixture(overrides: Partial<ProfileSummary> = {}): ProfileSummary {
  return {
    id: 'prof-sbx',
    name: 'Acme sandbox',
    environment: 'sandbox',
    gateway: { kind: 'asia' },
    clientIdHint: 'SANDBOX_5Y…0001',
    timeZone: 'UTC',
    settlementCurrency: 'USD',
    merchantKeyFingerprint: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
    antomKeyFingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    isLocalSimulator: false,
    ...overrides,
  };
}

export function profileListFixture(profiles: ProfileSummary[], activeId: string | null): ProfileList {
  return { profiles, activeId };
}

export function paymentRowFixture(overrides: Partial<PaymentRow> = {}): PaymentRow {
  return {
    paymentRequestId: 'PRQ-0001',
    paymentId: '2025010112345678',
    referenceOrderId: 'ORDER-1',
    paymentMethod: 'CARD',
    amount: { minor: 1250, currency: 'USD', formatted: '12.50' },
    state: 'paid',
    captured: { minor: 1250, currency: 'USD', formatted: '12.50' },
    refunded: { minor: 0, currency: 'USD', formatted: '0.00' },
    buyerReference: 'buyer-7',
    createdAt: '2025-03-04T05:06:07Z',
    updatedAt: '2025-03-04T05:06:07Z',
    paidAt: '2025-03-04T05:06:09Z',
    ...overrides,
  };
}
