// Converts a typed decimal amount ("12.50") into integer minor units by the currency's exponent.
// Only for filter bounds; amounts shown come preformatted from the backend (MoneyView.formatted).
const EXPONENT_0 = new Set(['JPY', 'KRW', 'CLP', 'VND']);
const EXPONENT_3 = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']);

export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  if (EXPONENT_0.has(code)) return 0;
  if (EXPONENT_3.has(code)) return 3;
  return 2;
}

export function isCurrencyCode(text: string): boolean {
  return /^[A-Za-z]{3}$/.test(text.trim());
}

/**
 * "12.50" in USD → 1250; "1000" in JPY → 1000; "1.5" in KWD → 1500.
 * Returns undefined for text that is not a non-negative decimal with at most `exponent` places.
 */
export function decimalToMinor(text: string, currency: string): number | undefined {
  const exponent = currencyExponent(currency);
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (match === null) return undefined;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return undefined;
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  return Number.isSafeInteger(minor) ? minor : undefined;
}
