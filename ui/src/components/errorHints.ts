// What the UI tells the user to do for each IPC error code.
// Keyed by code only: hints never depend on the backend's message text.
import type { ErrorCode } from '../bindings';

export interface ErrorHint {
  readonly title: string;
  readonly hint: string;
}

// Record<ErrorCode, …>: a new code in the bindings must get its own hint before the UI compiles.
export const ERROR_HINTS: Record<ErrorCode, ErrorHint> = {
  Validation: {
    title: 'Some values were not accepted',
    hint: 'Check the values you entered against the message below, correct them and try again.',
  },
  Keychain: {
    title: 'The OS keychain is not available',
    hint:
      'Antom Console keeps merchant keys in the operating system keychain and could not reach it. ' +
      'On Linux, install a Secret Service provider (for example gnome-keyring, or KeePassXC with ' +
      'Secret Service integration enabled), make sure it runs in your desktop session and unlock its ' +
      'default collection. On macOS, unlock the login keychain in Keychain Access. On Windows, make ' +
      'sure Credential Manager is available. Then retry.',
  },
  NotFound: {
    title: 'It no longer exists',
    hint: 'The item was removed or never existed on this machine. Refresh the list and pick it again.',
  },
  Conflict: {
    title: 'It clashes with something that already exists',
    hint: 'Another item already uses this (for example a profile with the same name). Choose a different value, or remove the existing one first.',
  },
  Network: {
    title: 'Could not reach Antom',
    hint:
      'The gateway could not be reached (DNS, TLS, connection refused or timeout). Check your internet ' +
      'connection, proxy or firewall and the profile’s gateway, then retry; retrying is safe.',
  },
  SignatureInvalid: {
    title: 'A signature did not verify',
    hint:
      'Either Antom rejected our request signature (the merchant private key does not match the public ' +
      'key registered for this client ID) or Antom’s response did not match the stored Antom public key. ' +
      'Re-check both keys in Antom Dashboard and recreate the profile if they changed.',
  },
  AntomFailed: {
    title: 'Antom declined the request',
    hint: 'Antom answered with a final failure; the result code is in the message below. Sending the same request again will not help.',
  },
  AntomUnknown: {
    title: 'Antom’s answer is not known yet',
    hint:
      'Antom did not give a final answer (status U or a timeout). Nothing is shown as done or failed; ' +
      'the message below says whether and when to retry. Syncing later will settle it.',
  },
  Internal: {
    title: 'Something went wrong inside Antom Console',
    hint:
      'This is not something you caused. Retry; if it keeps happening, restart the app and report ' +
      'the details below.',
  },
};
