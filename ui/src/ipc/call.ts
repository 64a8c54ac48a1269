// Typed entry point for every IPC command: names, argument and result types come from the bindings.
// Every command takes one parameter named `args`; this only wraps it and maps rejections to IpcFailure.
import { invoke } from '@tauri-apps/api/core';
import type { Commands } from '../bindings';
import { toIpcFailure } from './IpcFailure';

export { IpcFailure } from './IpcFailure';

export type CommandName = keyof Commands;
export type CommandArgs<K extends CommandName> = Commands[K]['args'];
export type CommandResult<K extends CommandName> = Commands[K]['result'];

export async function call<K extends CommandName>(
  cmd: K,
  args: CommandArgs<K>,
): Promise<CommandResult<K>> {
  try {
    return await invoke<CommandResult<K>>(cmd, { args });
  } catch (reason) {
    throw toIpcFailure(reason);
  }
}
