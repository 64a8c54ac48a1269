// Generated from the Rust IPC contract (crates/console/src/ipc). Do not edit by hand;
// run scripts/gen-bindings after changing it.
import type { AppInfo } from "./AppInfo";

/** Every IPC command: its arguments and its result. */
export type Commands = {
  "app_info": { args: Record<string, never>, result: AppInfo },
};

export const COMMAND_NAMES = ["app_info"] as const;
