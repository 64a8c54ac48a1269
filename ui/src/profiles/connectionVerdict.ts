// What each Test-connection verdict means for the operator and what to do next.
// Keyed by verdict only; the backend's message is shown as detail underneath.
import type { ConnectionVerdict } from '../bindings';

export interface VerdictAdvice {
  readonly title: string;
  readonly advice: string;
  readonly tone: 'success' | 'danger';
}

// Record<ConnectionVerdict, …>: a new verdict must get its own wording before the UI compiles.
export const VERDICT_ADVICE: Record<ConnectionVerdict, VerdictAdvice> = {
  ok: {
    title: 'Connected: Antom accepted a signed request',
    advice: 'Your client ID and merchant private key are accepted, and Antom’s response verified with the public key.',
    tone: 'success',
  },
  networkFailure: {
    title: 'Could not reach the Antom gateway',
    advice:
      'Check your internet connection, proxy or firewall, and that the gateway region (or custom URL) is right for this merchant account.',
    tone: 'danger',
  },
  signatureRejected: {
    title: 'Antom rejected the request signature',
    advice:
      'The merchant private key does not match the public key uploaded for this client ID, or the client ID belongs to the other environment. Re-check both in Antom Dashboard → Developer → Key configuration.',
    tone: 'danger',
  },
  responseSignatureInvalid: {
    title: 'Antom’s response signature did not verify',
    advice:
      'The Antom public key stored in this profile is wrong or outdated. Copy Antom’s public key for this environment from Antom Dashboard and recreate the profile.',
    tone: 'danger',
  },
  unexpected: {
    title: 'Antom answered in an unexpected way',
    advice: 'The gateway answered but not as expected. Read the detail below; retry later or contact Antom support if it persists.',
    tone: 'danger',
  },
};
