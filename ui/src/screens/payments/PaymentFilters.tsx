// The filters bar: status, method, currency, amount range (with a currency), dates and search.
// Edits a FilterDraft; translating it into PaymentFilter happens in payments/filterDraft.ts.
import { forwardRef } from 'react';
import { isCurrencyCode } from '../../payments/currencyAmount';
import { amountProblem, EMPTY_FILTER_DRAFT, isFilterActive, type FilterDraft } from '../../payments/filterDraft';
import { SearchBox } from './SearchBox';
import { StateFilter } from './StateFilter';

export interface PaymentFiltersProps {
  readonly draft: FilterDraft;
  readonly onChange: (draft: FilterDraft) => void;
}

const COMMON_CURRENCIES = ['USD', 'SGD', 'HKD', 'CNY', 'EUR', 'GBP', 'JPY', 'KRW', 'PHP', 'IDR', 'MYR', 'THB', 'AUD', 'BRL'];

export const PaymentFilters = forwardRef<HTMLInputElement, PaymentFiltersProps>(function PaymentFilters(
  { draft, onChange },
  searchRef,
) {
  const set = <K extends keyof FilterDraft>(key: K, value: FilterDraft[K]) => {
    onChange({ ...draft, [key]: value });
  };
  const hasCurrency = isCurrencyCode(draft.currency);
  const problem = amountProblem(draft);

  return (
    <div className="payments-filters" aria-label="Filters" role="search">
      <div className="payments-filters-row">
        <SearchBox
          ref={searchRef}
          value={draft.search}
          onSearch={(text) => {
            set('search', text);
          }}
        />
        <input
          className="field-input payments-filter-method"
          data-testid="payments-filter-method"
          aria-label="Payment method"
          placeholder="Method, e.g. CARD"
          value={draft.methods}
          onChange={(event) => {
            set('methods', event.target.value);
          }}
        />
        <input
          className="field-input payments-filter-currency"
          data-testid="payments-filter-currency"
          aria-label="Currency"
          placeholder="Currency"
          list="payments-currencies"
          maxLength={3}
          value={draft.currency}
          onChange={(event) => {
            set('currency', event.target.value.toUpperCase());
          }}
        />
        <datalist id="payments-currencies">
          {COMMON_CURRENCIES.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        <input
          className="field-input payments-filter-amount"
          data-testid="payments-filter-min"
          aria-label="Minimum amount"
          placeholder={hasCurrency ? 'Min' : 'Min (pick currency)'}
          inputMode="decimal"
          disabled={!hasCurrency}
          value={draft.minAmount}
          onChange={(event) => {
            set('minAmount', event.target.value);
          }}
        />
        <input
          className="field-input payments-filter-amount"
          data-testid="payments-filter-max"
          aria-label="Maximum amount"
          placeholder={hasCurrency ? 'Max' : 'Max (pick currency)'}
          inputMode="decimal"
          disabled={!hasCurrency}
          value={draft.maxAmount}
          onChange={(event) => {
            set('maxAmount', event.target.value);
          }}
        />
        <label className="payments-filter-date">
          From
          <input
            type="date"
            className="field-input"
            data-testid="payments-filter-from"
            value={draft.createdFrom}
            onChange={(event) => {
              set('createdFrom', event.target.value);
            }}
          />
        </label>
        <label className="payments-filter-date">
          To
          <input
            type="date"
            className="field-input"
            data-testid="payments-filter-to"
            value={draft.createdTo}
            onChange={(event) => {
              set('createdTo', event.target.value);
            }}
          />
        </label>
        {isFilterActive(draft) && (
          <button
            type="button"
            className="button button-secondary button-small"
            data-testid="payments-filter-clear"
            onClick={() => {
              onChange(EMPTY_FILTER_DRAFT);
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <StateFilter
        selected={draft.states}
        onChange={(states) => {
          set('states', states);
        }}
      />
      {problem !== null && (
        <p className="form-warning" role="status">
          {problem}; the bound is ignored until it is fixed.
        </p>
      )}
    </div>
  );
});
