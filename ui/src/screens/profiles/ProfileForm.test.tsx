import { invoke } from '@tauri-apps/api/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewProfile } from '../../bindings';
import { profileFixture, profileListFixture } from '../../test/fixtures';
import { rejectWith, routeCommands } from '../../test/ipcMock';
import { renderWithQueries } from '../../test/render';
import { ProfilesScreen } from '../ProfilesScreen';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
const PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';

function valueOf(testId: string): string {
  const field = screen.getByTestId(testId);
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value;
  throw new Error(`${testId} is not a text field`);
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

async function openForm() {
  renderWithQueries(<ProfilesScreen />);
  fireEvent.click(await screen.findByTestId('profile-add-button'));
}

function fillForm() {
  type('profile-name', '  Local demo ');
  fireEvent.click(screen.getByTestId('profile-env-sandbox'));
  fireEvent.change(screen.getByTestId('profile-gateway'), { target: { value: 'custom' } });
  type('profile-gateway-url', 'http://127.0.0.1:18080');
  type('profile-client-id', 'SANDBOX_5YBZ1A2B3C0001');
  type('profile-private-key', PRIVATE_KEY);
  type('profile-antom-public-key', PUBLIC_KEY);
  type('profile-time-zone', 'Asia/Singapore');
  type('profile-settlement-currency', 'sgd');
}

describe('Add-profile form', () => {
  let created: NewProfile[];
  let activeId: string | null;

  beforeEach(() => {
    invokeMock.mockReset();
    created = [];
    activeId = null;
    routeCommands(invokeMock, {
      profiles_list: () =>
        profileListFixture(
          created.map((p, i) => profileFixture({ id: `prof-${i}`, name: p.name })),
          activeId,
        ),
      profile_create: (profile) => {
        created.push(profile);
        return profileFixture({ id: `prof-${created.length - 1}`, name: profile.name });
      },
      profile_activate: ({ id }) => {
        activeId = id;
        return profileFixture({ id });
      },
    });
  });

  it('submits exactly the NewProfile typed in, activates it as the first profile and clears the keys', async () => {
    await openForm();
    fillForm();
    fireEvent.click(screen.getByTestId('profile-save'));

    await waitFor(() => {
      expect(created).toHaveLength(1);
    });
    expect(created[0]).toStrictEqual({
      name: 'Local demo',
      environment: 'sandbox',
      gateway: { kind: 'custom', url: 'http://127.0.0.1:18080' },
      clientId: 'SANDBOX_5YBZ1A2B3C0001',
      merchantPrivateKey: PRIVATE_KEY,
      antomPublicKey: PUBLIC_KEY,
      timeZone: 'Asia/Singapore',
      settlementCurrency: 'SGD',
    });
    await waitFor(() => {
      expect(invokeMock).toHaveBeenCalledWith('profile_activate', { args: { id: 'prof-0' } });
    });
    expect(await screen.findByText('Saved “Local demo”. Its keys are in the OS keychain.')).toBeTruthy();
    expect(screen.queryByTestId('profile-private-key')).toBeNull();

    // Opening the form again starts empty: keys are never re-populated.
    fireEvent.click(screen.getByTestId('profile-add-button'));
    expect(valueOf('profile-private-key')).toBe('');
    expect(valueOf('profile-antom-public-key')).toBe('');
    expect(valueOf('profile-name')).toBe('');
  });

  it('sends a region gateway without a URL and production as chosen', async () => {
    await openForm();
    type('profile-name', 'Live');
    fireEvent.click(screen.getByTestId('profile-env-production'));
    fireEvent.change(screen.getByTestId('profile-gateway'), { target: { value: 'northAmerica' } });
    type('profile-client-id', 'SANDBOX_123');
    expect(screen.getByTestId('profile-form-hints').textContent).toMatch(/starts with SANDBOX_ but the environment is Production/);
    expect(screen.queryByTestId('profile-gateway-url')).toBeNull();
    fireEvent.click(screen.getByTestId('profile-save'));

    await waitFor(() => {
      expect(created).toHaveLength(1);
    });
    expect(created[0]).toMatchObject({ environment: 'production', gateway: { kind: 'northAmerica' }, settlementCurrency: null });
  });

  it('shows a Validation error by code next to the form and keeps the typed values', async () => {
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([], null),
      profile_create: () => rejectWith({ code: 'Validation', message: 'merchant private key: not a PKCS#8 or PKCS#1 RSA key' }),
    });
    await openForm();
    fillForm();
    fireEvent.click(screen.getByTestId('profile-save'));

    const error = await screen.findByTestId('profile-form-error');
    expect(error.getAttribute('data-code')).toBe('Validation');
    expect(error.textContent).toContain('merchant private key: not a PKCS#8 or PKCS#1 RSA key');
    expect(valueOf('profile-private-key')).toBe(PRIVATE_KEY);
  });

  it('shows the keychain instructions for a Keychain error', async () => {
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([], null),
      profile_create: () => rejectWith({ code: 'Keychain', message: 'secret service: collection is locked' }),
    });
    await openForm();
    fillForm();
    fireEvent.click(screen.getByTestId('profile-save'));

    const error = await screen.findByTestId('profile-form-error');
    expect(error.getAttribute('data-code')).toBe('Keychain');
    expect(error.textContent).toMatch(/Secret Service provider/);
    expect(error.textContent).toContain('secret service: collection is locked');
  });

  it('names the clash for a Conflict error (e.g. a duplicate name)', async () => {
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([], null),
      profile_create: () => rejectWith({ code: 'Conflict', message: 'a profile named “Local demo” already exists' }),
    });
    await openForm();
    fillForm();
    fireEvent.click(screen.getByTestId('profile-save'));

    const error = await screen.findByTestId('profile-form-error');
    expect(error.getAttribute('data-code')).toBe('Conflict');
    expect(error.querySelector('.profile-form-error-title')?.textContent).toBe('a profile named “Local demo” already exists');
  });

  it('fills a key textarea from a chosen file', async () => {
    await openForm();
    // jsdom's File has no text(); the webview's does. Only name and text() are used.
    const file = { name: 'antom_public.pem', text: () => Promise.resolve(PUBLIC_KEY) };
    fireEvent.change(screen.getByTestId('profile-antom-public-key-file'), { target: { files: [file] } });

    await waitFor(() => {
      expect(valueOf('profile-antom-public-key')).toBe(PUBLIC_KEY);
    });
  });
});
