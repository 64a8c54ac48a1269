// The Antom gateways a profile can talk to, their labels, and the form's choice ↔ GatewayChoice.
// Hostnames are the backend's business; the UI only names the region.
import type { GatewayChoice } from '../bindings';

export type GatewayKind = GatewayChoice['kind'];

export const GATEWAY_OPTIONS: readonly { readonly kind: GatewayKind; readonly label: string }[] = [
  { kind: 'asia', label: 'Asia' },
  { kind: 'northAmerica', label: 'North America' },
  { kind: 'unitedStates', label: 'US' },
  { kind: 'europe', label: 'Europe' },
  { kind: 'custom', label: 'Custom URL' },
];

export function isGatewayKind(value: string): value is GatewayKind {
  return GATEWAY_OPTIONS.some((option) => option.kind === value);
}

export function gatewayLabel(gateway: GatewayChoice): string {
  if (gateway.kind === 'custom') return gateway.url;
  return GATEWAY_OPTIONS.find((option) => option.kind === gateway.kind)?.label ?? gateway.kind;
}

export function toGatewayChoice(kind: GatewayKind, customUrl: string): GatewayChoice {
  return kind === 'custom' ? { kind: 'custom', url: customUrl.trim() } : { kind };
}
