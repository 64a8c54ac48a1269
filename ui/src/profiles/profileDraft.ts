// The Add-profile form's values as typed, their translation into NewProfile, and client-side hints.
// Hints only warn; the backend decides what is valid and answers with a Validation error.
import type { Environment, NewProfile } from '../bindings';
import { type GatewayKind, toGatewayChoice } from './gateway';
import { isKnownTimeZone } from './timeZones';

export interface ProfileDraft {
  readonly name: string;
  readonly environment: Environment;
  readonly gatewayKind: GatewayKind;
  readonly gatewayUrl: string;
  readonly clientId: string;
  readonly merchantPrivateKey: string;
  readonly antomPublicKey: string;
  readonly timeZone: string;
  readonly settlementCurrency: string;
}

export const EMPTY_PROFILE_DRAFT: ProfileDraft = {
  name: '',
  environment: 'sandbox',
  gatewayKind: 'asia',
  gatewayUrl: '',
  clientId: '',
  merchantPrivateKey: '',
  antomPublicKey: '',
  timeZone: 'UTC',
  settlementCurrency: '',
};

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length === 0 ? null : trimmed;
}

export function toNewProfile(draft: ProfileDraft): NewProfile {
  return {
    name: draft.name.trim(),
    environment: draft.environment,
    gateway: toGatewayChoice(draft.gatewayKind, draft.gatewayUrl),
    clientId: draft.clientId.trim(),
    merchantPrivateKey: draft.merchantPrivateKey,
    antomPublicKey: draft.antomPublicKey,
    timeZone: textOrNull(draft.timeZone),
    settlementCurrency: textOrNull(draft.settlementCurrency)?.toUpperCase() ?? null,
  };
}

/** Warnings shown under the form; none of them blocks saving. */
export function profileHints(draft: ProfileDraft): string[] {
  const hints: string[] = [];
  const clientId = draft.clientId.trim();
  const looksSandbox = clientId.toUpperCase().startsWith('SANDBOX_');
  if (clientId !== '' && draft.environment === 'production' && looksSandbox) {
    hints.push('This client ID starts with SANDBOX_ but the environment is Production. Sandbox IDs only work in Sandbox.');
  }
  if (clientId !== '' && draft.environment === 'sandbox' && !looksSandbox) {
    hints.push('Antom sandbox client IDs usually start with SANDBOX_. Is this a production client ID?');
  }
  if (draft.gatewayKind === 'custom' && draft.gatewayUrl.trim() !== '' && !/^https?:\/\//i.test(draft.gatewayUrl.trim())) {
    hints.push('A custom gateway URL starts with https:// (or http:// for a local sandbox).');
  }
  if (draft.timeZone.trim() !== '' && !isKnownTimeZone(draft.timeZone.trim())) {
    hints.push(`“${draft.timeZone.trim()}” is not a time zone this system knows (use an IANA name like Asia/Singapore).`);
  }
  if (draft.settlementCurrency.trim() !== '' && !/^[A-Za-z]{3}$/.test(draft.settlementCurrency.trim())) {
    hints.push('Settlement currency is a three-letter ISO code, e.g. USD.');
  }
  return hints;
}
