// One positioned row of the virtual table: a loaded payment, or a placeholder while its page loads.
// Clicking a loaded row opens its detail; placeholders are inert.
import type { PaymentRow } from '../../bindings';
import { PAYMENT_COLUMNS } from './paymentColumns';

export interface PaymentTableRowProps {
  readonly index: number;
  readonly start: number;
  readonly row: PaymentRow | undefined;
  readonly timeZone: string;
  readonly focused: boolean;
  readonly selected: boolean;
  readonly onOpen: (row: PaymentRow) => void;
}

export function PaymentTableRow({ index, start, row, timeZone, focused, selected, onOpen }: PaymentTableRowProps) {
  const common = {
    id: `payment-row-${index}`,
    role: 'row',
    'aria-rowindex': index + 2,
    style: { transform: `translateY(${start}px)` },
  } as const;

  if (row === undefined) {
    return (
      <div {...common} className="payments-row payments-grid" data-testid="payment-row-placeholder" aria-busy="true">
        {PAYMENT_COLUMNS.map((column) => (
          <div key={column.id} className="payments-cell" role="gridcell">
            <span className="payments-placeholder" />
          </div>
        ))}
      </div>
    );
  }

  return (
    <div
      {...common}
      className="payments-row payments-grid"
      data-testid="payment-row"
      data-payment-request-id={row.paymentRequestId}
      data-state={row.state}
      data-focused={focused ? 'true' : undefined}
      aria-selected={selected}
      onClick={() => {
        onOpen(row);
      }}
    >
      {PAYMENT_COLUMNS.map((column) => (
        <div key={column.id} className="payments-cell" role="gridcell" data-numeric={column.numeric === true ? 'true' : undefined}>
          {column.cell(row, timeZone)}
        </div>
      ))}
    </div>
  );
}
