import { invoke } from '@tauri-apps/api/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionVerdict } from '../../bindings';
import { profileFixture, profileListFixture } from '../../test/fixtures';
import { routeCommands } from '../../test/ipcMock';
import { renderWithQueries } from '../../test/render';
import { ProfilesScreen } from '../ProfilesScreen';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

const SANDBOX = profileFixture({ id: 'prof-sbx', name: 'Acme sandbox', isLocalSimulator: true });
const LIVE = profileFixture({
  id: 'prof-live',
  name: 'Acme live',
  environment: 'production',
  gateway: { kind: 'europe' },
  clientIdHint: '2188…0001',
});

async function rowNamed(name: string): Promise<HTMLElement> {
  const rows = await screen.findAllByTestId('profile-row');
  const row = rows.find((r) => r.getAttribute('data-profile-name') === name);
  if (row === undefined) throw new Error(`no row for ${name}`);
  return row;
}

describe('Profiles list', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([SANDBOX, LIVE], 'prof-sbx'),
    });
  });

  it('shows environment, gateway, masked client id, short fingerprints and the demo label', async () => {
    renderWithQueries(<ProfilesScreen />);

    const sandbox = await rowNamed('Acme sandbox');
    expect(within(sandbox).getByTestId('env-badge').textContent).toBe('SANDBOX');
    expect(within(sandbox).getByText('Local sandbox (demo)')).toBeTruthy();
    expect(within(sandbox).getByText('Asia')).toBeTruthy();
    expect(within(sandbox).getByTestId('profile-client-id-hint').textContent).toBe('SANDBOX_5Y…0001');
    expect(within(sandbox).getByText('a1b2c3d4…6d7e8f90')).toBeTruthy();
    expect(within(sandbox).getByTestId('profile-activate').hasAttribute('disabled')).toBe(true);

    const live = await rowNamed('Acme live');
    expect(live.getAttribute('data-env')).toBe('production');
    expect(within(live).getByTestId('env-badge').textContent).toBe('PRODUCTION');
    expect(within(live).getByText('Europe')).toBeTruthy();
    expect(within(live).getByText('2188…0001')).toBeTruthy();
    expect(within(live).queryByText('Local sandbox (demo)')).toBeNull();
  });

  const VERDICTS: [ConnectionVerdict, RegExp][] = [
    ['ok', /Connected: Antom accepted a signed request/],
    ['networkFailure', /Could not reach the Antom gateway/],
    ['signatureRejected', /Antom rejected the request signature/],
    ['responseSignatureInvalid', /Antom’s response signature did not verify/],
    ['unexpected', /Antom answered in an unexpected way/],
  ];

  it.each(VERDICTS)('Test connection shows a distinct message for %s', async (verdict, title) => {
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([SANDBOX, LIVE], 'prof-sbx'),
      profile_test_connection: () => ({ verdict, message: `backend says ${verdict}` }),
    });
    renderWithQueries(<ProfilesScreen />);

    const live = await rowNamed('Acme live');
    fireEvent.click(within(live).getByTestId('profile-test'));

    const result = await within(live).findByTestId('connection-result');
    expect(result.getAttribute('data-verdict')).toBe(verdict);
    expect(result.textContent).toMatch(title);
    expect(result.textContent).toContain(`backend says ${verdict}`);
    for (const [other, otherTitle] of VERDICTS) {
      if (other !== verdict) expect(result.textContent).not.toMatch(otherTitle);
    }
    expect(invokeMock).toHaveBeenCalledWith('profile_test_connection', { args: { id: 'prof-live' } });
  });

  it('activates a profile with one click', async () => {
    let activeId = 'prof-sbx';
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([SANDBOX, LIVE], activeId),
      profile_activate: ({ id }) => {
        activeId = id;
        return LIVE;
      },
    });
    renderWithQueries(<ProfilesScreen />);

    fireEvent.click(within(await rowNamed('Acme live')).getByTestId('profile-activate'));

    await waitFor(async () => {
      expect((await rowNamed('Acme live')).getAttribute('data-active')).toBe('true');
    });
    expect((await rowNamed('Acme sandbox')).getAttribute('data-active')).toBe('false');
  });

  it('asks before removing, naming the profile, and removes only after confirming', async () => {
    routeCommands(invokeMock, {
      profiles_list: () => profileListFixture([SANDBOX, LIVE], 'prof-sbx'),
      profile_remove: () => profileListFixture([SANDBOX], 'prof-sbx'),
    });
    renderWithQueries(<ProfilesScreen />);

    fireEvent.click(within(await rowNamed('Acme live')).getByTestId('profile-remove'));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Remove profile “Acme live”?');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(invokeMock).not.toHaveBeenCalledWith('profile_remove', expect.anything());

    fireEvent.click(within(await rowNamed('Acme live')).getByTestId('profile-remove'));
    fireEvent.click(screen.getByTestId('profile-remove-dialog-confirm'));

    await waitFor(() => {
      expect(screen.getAllByTestId('profile-row').map((r) => r.getAttribute('data-profile-name'))).toEqual(['Acme sandbox']);
    });
    expect(invokeMock).toHaveBeenCalledWith('profile_remove', { args: { id: 'prof-live' } });
  });
});
