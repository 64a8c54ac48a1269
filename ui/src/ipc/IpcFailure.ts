// The one error type the UI sees from a failed IPC command: a typed code plus the backend's message.
// It does not decide what to show; components switch on `code` (never on message text).
import type { ErrorCode, IpcError } from '../bindings';

// Record<ErrorCode, true> keeps this list exact: a new code in the bindings fails to compile here.
const KNOWN_CODES: Record<ErrorCode, true> = {
  Validation: true,
  Keychain: true,
  NotFound: true,
  Conflict: true,
  Network: true,
  SignatureInvalid: true,
  AntomFailed: true,
  AntomUnknown: true,
  Internal: true,
};

export class IpcFailure extends Error {
  override readonly name = 'IpcFailure';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(KNOWN_CODES, value);
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return isErrorCode(code) && typeof message === 'string';
}

function describe(value: unknown): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (value instanceof Error && value.message.length > 0) return value.message;
  if (typeof value === 'object' && value !== null) {
    const { message } = value as Record<string, unknown>;
    if (typeof message === 'string' && message.length > 0) return message;
  }
  return 'Unexpected error from the desktop backend.';
}

/** Turns whatever an IPC call rejected with into an IpcFailure; unknown shapes become `Internal`. */
export function toIpcFailure(reason: unknown): IpcFailure {
  if (reason instanceof IpcFailure) return reason;
  if (isIpcError(reason)) return new IpcFailure(reason.code, reason.message, { cause: reason });
  return new IpcFailure('Internal', describe(reason), { cause: reason });
}
