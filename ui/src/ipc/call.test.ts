import { invoke } from '@tauri-apps/api/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appInfoFixture } from '../test/fixtures';
import { call, IpcFailure } from './call';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
const invokeMock = vi.mocked(invoke);

async function rejectionOf(promise: Promise<unknown>): Promise<IpcFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(IpcFailure);
    return error as IpcFailure;
  }
  throw new Error('expected the call to reject');
}

describe('call', () => {
  beforeEach(() => {
    invokeMock.mockReset();
  });

  it('invokes the named command with its arguments under the single `args` key', async () => {
    const info = appInfoFixture();
    invokeMock.mockResolvedValueOnce(info);

    await expect(call('app_info', {})).resolves.toEqual(info);
    expect(invokeMock).toHaveBeenCalledWith('app_info', { args: {} });
  });

  it('wraps structured arguments without flattening them', async () => {
    invokeMock.mockResolvedValueOnce({ verdict: 'ok', message: 'fine' });

    await call('profile_test_connection', { id: 'prof-1' });
    expect(invokeMock).toHaveBeenCalledTimes(1);
    expect(invokeMock.mock.calls[0]).toEqual(['profile_test_connection', { args: { id: 'prof-1' } }]);
  });

  it('rethrows a {code, message} rejection as an IpcFailure with that code', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'Keychain', message: 'no Secret Service on the bus' });

    const failure = await rejectionOf(call('app_info', {}));
    expect(failure.code).toBe('Keychain');
    expect(failure.message).toBe('no Secret Service on the bus');
  });

  it('maps a plain string rejection to Internal, keeping the text', async () => {
    invokeMock.mockRejectedValueOnce('command app_info not found');

    const failure = await rejectionOf(call('app_info', {}));
    expect(failure.code).toBe('Internal');
    expect(failure.message).toBe('command app_info not found');
  });

  it('maps an Error or an unknown code to Internal', async () => {
    invokeMock.mockRejectedValueOnce(new TypeError('ipc bridge missing'));
    const fromError = await rejectionOf(call('app_info', {}));
    expect(fromError.code).toBe('Internal');
    expect(fromError.message).toBe('ipc bridge missing');

    invokeMock.mockRejectedValueOnce({ code: 'Teapot', message: 'short and stout' });
    const fromUnknownCode = await rejectionOf(call('app_info', {}));
    expect(fromUnknownCode.code).toBe('Internal');
    expect(fromUnknownCode.message).toBe('short and stout');
  });

  it('maps a rejection with no usable message to Internal with a generic message', async () => {
    invokeMock.mockRejectedValueOnce(undefined);

    const failure = await rejectionOf(call('app_info', {}));
    expect(failure.code).toBe('Internal');
    expect(failure.message).toMatch(/unexpected error/i);
  });
});
