import { invoke } from '@tauri-apps/api/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appInfoFixture, profileFixture, profileListFixture } from '../test/fixtures';
import { routeCommands } from '../test/ipcMock';
import { renderWithQueries } from '../test/render';
import { App } from './App';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

const NAV = [
  ['payments', 'Payments'],
  ['notifications', 'Notifications'],
  ['checkout', 'Checkout preview'],
  ['exports', 'Exports'],
  ['audit', 'Audit log'],
  ['profiles', 'Profiles'],
  ['settings', 'Settings'],
] as const;

function activeScreenHeading(): string | null {
  return screen.getByRole('main').querySelector('h1')?.textContent ?? null;
}

describe('App frame', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    routeCommands(invokeMock, {
      app_info: () => appInfoFixture(),
      profiles_list: () => profileListFixture([], null),
    });
  });

  it('renders all seven nav items as buttons, in order, with Payments current by default', () => {
    renderWithQueries(<App />);

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-testid'))).toEqual(NAV.map(([id]) => `nav-${id}`));
    expect(buttons.map((b) => b.querySelector('.sidebar-label')?.textContent)).toEqual(
      NAV.map(([, title]) => title),
    );

    expect(screen.getByTestId('nav-payments').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('screen-payments')).toBeTruthy();
    expect(activeScreenHeading()).toBe('Payments');
  });

  it.each(NAV)('clicking nav-%s shows its screen and marks it current', (id, title) => {
    renderWithQueries(<App />);

    fireEvent.click(screen.getByTestId(`nav-${id}`));

    expect(screen.getByTestId(`screen-${id}`)).toBeTruthy();
    expect(activeScreenHeading()).toBe(title);
    const current = screen.getAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'page');
    expect(current.map((b) => b.getAttribute('data-testid'))).toEqual([`nav-${id}`]);
  });

  it('Ctrl+digit and Cmd+digit jump to the screen at that position', () => {
    renderWithQueries(<App />);

    fireEvent.keyDown(window, { key: '3', code: 'Digit3', ctrlKey: true });
    expect(screen.getByTestId('screen-checkout')).toBeTruthy();
    expect(screen.queryByTestId('screen-payments')).toBeNull();
    expect(screen.getByTestId('nav-checkout').getAttribute('aria-current')).toBe('page');

    fireEvent.keyDown(window, { key: '7', code: 'Digit7', metaKey: true });
    expect(screen.getByTestId('screen-settings')).toBeTruthy();

    // AZERTY: the physical 1 key reports '&' as key but Digit1 as code.
    fireEvent.keyDown(window, { key: '&', code: 'Digit1', ctrlKey: true });
    expect(screen.getByTestId('screen-payments')).toBeTruthy();
  });

  it('ignores digits without Ctrl/Cmd, with Alt or Shift, and past the last screen', () => {
    renderWithQueries(<App />);

    fireEvent.keyDown(window, { key: '2', code: 'Digit2' });
    fireEvent.keyDown(window, { key: '2', code: 'Digit2', ctrlKey: true, altKey: true });
    fireEvent.keyDown(window, { key: '@', code: 'Digit2', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: '8', code: 'Digit8', ctrlKey: true });

    expect(screen.getByTestId('screen-payments')).toBeTruthy();
  });

  it('shows "No profile" with a neutral badge in the top bar', () => {
    renderWithQueries(<App />);

    expect(screen.getByTestId('active-profile').textContent).toBe('No profile');
    const badge = screen.getByTestId('env-badge');
    expect(badge.textContent).toBe('NO PROFILE');
    expect(badge.getAttribute('data-env')).toBe('none');
  });

  it('the Payments empty state sends the user to Profiles', async () => {
    renderWithQueries(<App />);

    expect(await screen.findByRole('heading', { name: 'Add a merchant profile to see payments' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Profiles' }));

    expect(screen.getByTestId('screen-profiles')).toBeTruthy();
    expect(screen.getByTestId('nav-profiles').getAttribute('aria-current')).toBe('page');
  });

  it('shows the active profile from profiles_list and marks production unmistakably', async () => {
    routeCommands(invokeMock, {
      app_info: () => appInfoFixture(),
      profiles_list: () =>
        profileListFixture(
          [profileFixture(), profileFixture({ id: 'prof-live', name: 'Acme live', environment: 'production' })],
          'prof-live',
        ),
      payments_count: () => ({ total: 0 }),
    });
    const { container } = renderWithQueries(<App />);

    await waitFor(() => {
      expect(screen.getByTestId('active-profile').textContent).toBe('Acme live');
    });
    expect(screen.getByTestId('env-badge').getAttribute('data-env')).toBe('production');
    expect(screen.getByTestId('production-warning').textContent).toBe('Real money');
    expect(container.querySelector('.frame')?.getAttribute('data-env')).toBe('production');
    const switcher = screen.getByTestId('profile-switcher');
    expect(within(switcher).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Switch…',
      'Acme sandbox (sandbox)',
    ]);
  });

  it('switching profiles from the top bar activates the chosen one in one step', async () => {
    let activeId = 'prof-sbx';
    const profiles = [profileFixture(), profileFixture({ id: 'prof-live', name: 'Acme live', environment: 'production' })];
    routeCommands(invokeMock, {
      app_info: () => appInfoFixture(),
      profiles_list: () => profileListFixture(profiles, activeId),
      profile_activate: ({ id }) => {
        activeId = id;
        return profiles.find((p) => p.id === id) ?? profileFixture();
      },
      payments_count: () => ({ total: 0 }),
    });
    renderWithQueries(<App />);

    const switcher = await screen.findByTestId('profile-switcher');
    fireEvent.change(switcher, { target: { value: 'prof-live' } });

    await waitFor(() => {
      expect(screen.getByTestId('active-profile').textContent).toBe('Acme live');
    });
    expect(invokeMock).toHaveBeenCalledWith('profile_activate', { args: { id: 'prof-live' } });
  });

  it('shows version, keychain and data dir from app_info in the status bar', async () => {
    renderWithQueries(<App />);

    const bar = screen.getByTestId('status-bar');
    expect(await within(bar).findByText('v0.1.0-test.7')).toBeTruthy();
    expect(within(bar).getByText('Keychain: secret-service')).toBeTruthy();
    expect(within(bar).getByText('/home/tester/.local/share/antom-console')).toBeTruthy();
    expect(invokeMock).toHaveBeenCalledWith('app_info', { args: {} });
  });
});
