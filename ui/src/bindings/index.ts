// Generated from the Rust IPC contract (crates/console/src/ipc). Do not edit by hand;
// run scripts/gen-bindings after changing it.
export type { AppInfo } from "./AppInfo";
export type { ErrorCode } from "./ErrorCode";
export type { IpcError } from "./IpcError";
export type { KeychainStatus } from "./KeychainStatus";
export type { Commands } from "./commands";
export { COMMAND_NAMES } from "./commands";
