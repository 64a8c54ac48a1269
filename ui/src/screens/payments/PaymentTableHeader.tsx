// The sticky header row of the payments table; Created and Amount toggle the sort on click.
// Reports the chosen sort; the query itself is rebuilt by the workspace.
import type { PaymentSort } from '../../bindings';
import { ariaSortOf, nextSort, PAYMENT_COLUMNS } from './paymentColumns';

export function PaymentTableHeader({ sort, onSort }: { readonly sort: PaymentSort; readonly onSort: (sort: PaymentSort) => void }) {
  return (
    <div className="payments-header payments-grid" role="row" aria-rowindex={1}>
      {PAYMENT_COLUMNS.map((column) => {
        const sortBy = column.sortBy;
        const numeric = column.numeric === true ? 'true' : undefined;
        if (sortBy === undefined) {
          return (
            <div key={column.id} className="payments-cell" role="columnheader" data-numeric={numeric}>
              {column.label}
            </div>
          );
        }
        const direction = ariaSortOf(sort, sortBy);
        return (
          <div key={column.id} className="payments-cell" role="columnheader" aria-sort={direction} data-numeric={numeric}>
            <button
              type="button"
              className="payments-sort"
              data-testid={`payments-sort-${sortBy}`}
              onClick={() => {
                onSort(nextSort(sort, sortBy));
              }}
            >
              {column.label}
              <span className="payments-sort-arrow" aria-hidden="true">
                {direction === 'descending' ? '↓' : direction === 'ascending' ? '↑' : '↕'}
              </span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
