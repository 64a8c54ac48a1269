import { invoke } from '@tauri-apps/api/core';
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appInfoFixture } from '../test/fixtures';
import { renderWithQueries } from '../test/render';
import { SettingsScreen } from './SettingsScreen';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

describe('Settings', () => {
  beforeEach(() => {
    invokeMock.mockReset();
  });

  it('shows a loading state, then the app_info values exactly', async () => {
    invokeMock.mockResolvedValue(appInfoFixture());
    renderWithQueries(<SettingsScreen />);

    expect(screen.getByTestId('settings-loading')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');

    expect((await screen.findByTestId('app-version')).textContent).toBe('0.1.0-test.7');
    expect(screen.getByTestId('data-dir').textContent).toBe('/home/tester/.local/share/antom-console');
    expect(screen.queryByTestId('data-dir-from-env')).toBeNull();
    expect(screen.getByText('linux')).toBeTruthy();
    expect(screen.getByText('secret-service')).toBeTruthy();

    const keychain = screen.getByTestId('keychain-status');
    expect(keychain.getAttribute('data-state')).toBe('reachable');
    expect(keychain.textContent).toBe('Reachable');
    expect(screen.getByTestId('keychain-message').textContent).toBe('Default collection unlocked');
    expect(screen.queryByTestId('settings-loading')).toBeNull();
  });

  it('notes a data dir from ANTOM_CONSOLE_DATA_DIR and an unreachable keychain', async () => {
    invokeMock.mockResolvedValue(
      appInfoFixture({
        dataDir: '/tmp/antom-e2e',
        dataDirFromEnv: true,
        keychain: { reachable: false, backend: 'secret-service', message: 'org.freedesktop.secrets not provided' },
      }),
    );
    renderWithQueries(<SettingsScreen />);

    expect((await screen.findByTestId('data-dir')).textContent).toBe('/tmp/antom-e2e');
    expect(screen.getByTestId('data-dir-from-env').textContent).toBe('from ANTOM_CONSOLE_DATA_DIR');
    const keychain = screen.getByTestId('keychain-status');
    expect(keychain.getAttribute('data-state')).toBe('unreachable');
    expect(keychain.textContent).toBe('Unreachable');
    expect(screen.getByText('org.freedesktop.secrets not provided')).toBeTruthy();
  });

  it('shows the Keychain hint when app_info fails with code Keychain', async () => {
    invokeMock.mockRejectedValue({ code: 'Keychain', message: 'dbus: connection refused' });
    renderWithQueries(<SettingsScreen />);

    const notice = await screen.findByRole('alert');
    expect(notice.getAttribute('data-code')).toBe('Keychain');
    expect(screen.getByText('The OS keychain is not available')).toBeTruthy();
    expect(screen.getByTestId('error-hint').textContent).toMatch(/Secret Service provider/);
    expect(screen.getByText('dbus: connection refused')).toBeTruthy();
    expect(screen.queryByTestId('app-version')).toBeNull();
  });

  it('shows the Internal hint for an unknown failure, and Retry asks again', async () => {
    invokeMock.mockRejectedValueOnce('boom').mockResolvedValueOnce(appInfoFixture());
    renderWithQueries(<SettingsScreen />);

    const notice = await screen.findByRole('alert');
    expect(notice.getAttribute('data-code')).toBe('Internal');
    expect(screen.getByTestId('error-hint').textContent).not.toMatch(/Secret Service/);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await screen.findByTestId('app-version')).textContent).toBe('0.1.0-test.7');
    expect(invokeMock).toHaveBeenCalledTimes(2);
  });
});
