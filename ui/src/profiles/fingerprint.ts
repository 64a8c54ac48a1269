// Shortens a hex key fingerprint for display ("a1b2c3d4…8f90"); the full value is what gets copied.
// Presentation only; fingerprints are computed by the backend.
export function shortFingerprint(hex: string): string {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '').toLowerCase();
  if (clean.length <= 16) return clean;
  return `${clean.slice(0, 8)}…${clean.slice(-8)}`;
}
