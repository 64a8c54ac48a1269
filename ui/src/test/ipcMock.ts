// Routes a mocked `invoke(cmd, { args })` to per-command handlers, as the Rust command table would.
// Test-only; an unhandled command rejects with Internal so a missing mock shows up as a failure.
import type { Mock } from 'vitest';
import type { Commands, IpcError } from '../bindings';

type Handler<K extends keyof Commands> = (args: Commands[K]['args']) => Commands[K]['result'] | Promise<Commands[K]['result']>;
export type CommandHandlers = { [K in keyof Commands]?: Handler<K> };

export function routeCommands(invokeMock: Mock, handlers: CommandHandlers): void {
  invokeMock.mockImplementation((cmd: string, payload?: { args?: unknown }) => {
    const handler = (handlers as Record<string, ((args: unknown) => unknown) | undefined>)[cmd];
    if (handler === undefined) {
      return Promise.reject(new Error(`no mock for command ${cmd}`));
    }
    return Promise.resolve().then(() => handler(payload?.args));
  });
}

/** What a failing Rust command rejects with: the plain `{code, message}` object, not an Error. */
export function rejectWith(error: IpcError): Promise<never> {
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- Tauri rejects with the serialised IpcError.
  return Promise.reject(error);
}
