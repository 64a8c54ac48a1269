// What the filters bar holds (text as typed) and its exact translation into the PaymentFilter DTO.
// Unset values become null / []; amounts only count together with a currency.
import type { PaymentFilter, PaymentState } from '../bindings';
import { decimalToMinor, isCurrencyCode } from './currencyAmount';

export interface FilterDraft {
  readonly states: readonly PaymentState[];
  /** Comma- or space-separated payment method codes, e.g. "CARD, ALIPAY_CN". */
  readonly methods: string;
  readonly currency: string;
  readonly minAmount: string;
  readonly maxAmount: string;
  /** YYYY-MM-DD (from <input type="date">) or "". */
  readonly createdFrom: string;
  readonly createdTo: string;
  /** Already debounced. */
  readonly search: string;
}

export const EMPTY_FILTER_DRAFT: FilterDraft = {
  states: [],
  methods: '',
  currency: '',
  minAmount: '',
  maxAmount: '',
  createdFrom: '',
  createdTo: '',
  search: '',
};

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length === 0 ? null : trimmed;
}

function methodList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((method) => method.trim().toUpperCase())
    .filter((method) => method.length > 0);
}

/** A problem with a typed amount bound, or null when both are fine. */
export function amountProblem(draft: FilterDraft): string | null {
  if (!isCurrencyCode(draft.currency)) return null;
  const currency = draft.currency.trim().toUpperCase();
  for (const [label, text] of [['Minimum', draft.minAmount], ['Maximum', draft.maxAmount]] as const) {
    if (text.trim() !== '' && decimalToMinor(text, currency) === undefined) {
      return `${label} amount is not a valid ${currency} amount`;
    }
  }
  return null;
}

export function toPaymentFilter(draft: FilterDraft): PaymentFilter {
  const currency = isCurrencyCode(draft.currency) ? draft.currency.trim().toUpperCase() : null;
  const minor = (text: string) => (currency === null ? null : (decimalToMinor(text, currency) ?? null));
  return {
    states: [...draft.states],
    methods: methodList(draft.methods),
    currency,
    minMinor: minor(draft.minAmount),
    maxMinor: minor(draft.maxAmount),
    createdFrom: textOrNull(draft.createdFrom),
    createdTo: textOrNull(draft.createdTo),
    search: textOrNull(draft.search),
  };
}

export function isFilterActive(draft: FilterDraft): boolean {
  const filter = toPaymentFilter(draft);
  return (
    filter.states.length > 0 ||
    filter.methods.length > 0 ||
    filter.currency !== null ||
    filter.createdFrom !== null ||
    filter.createdTo !== null ||
    filter.search !== null
  );
}
