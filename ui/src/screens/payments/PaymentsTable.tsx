// The virtualized payments table: sortable header, only the visible rows in the DOM, keyboard moves.
// Asks pageWindow for the pages under the viewport; rows not yet loaded render as placeholders.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { PaymentRow, PaymentSort } from '../../bindings';
import { usePaymentWindow, type PageQueryScope } from '../../payments/pageWindow';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PaymentTableHeader } from './PaymentTableHeader';
import { PaymentTableRow } from './PaymentTableRow';

export const ROW_HEIGHT = 30;
/** Must match .payments-header's height in payments.css (the header sits above the rows). */
export const HEADER_HEIGHT = 32;

export interface PaymentsTableProps {
  readonly scope: PageQueryScope;
  readonly total: number;
  readonly timeZone: string;
  readonly onSort: (sort: PaymentSort) => void;
  readonly selectedId: string | null;
  readonly onOpen: (row: PaymentRow) => void;
}

export function PaymentsTable({ scope, total, timeZone, onSort, selectedId, onOpen }: PaymentsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(0);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const rows = usePaymentWindow(scope, first, last);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(total - 1, index));
    setFocused(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number | undefined> = {
      ArrowDown: focused + 1,
      ArrowUp: focused - 1,
      PageDown: focused + page,
      PageUp: focused - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      const row = rows.rowAt(focused);
      if (row !== undefined) {
        event.preventDefault();
        onOpen(row);
      }
    }
  }

  return (
    <div className="payments-table-wrap">
      <div
        ref={scrollRef}
        className="payments-table"
        data-testid="payments-table"
        role="grid"
        aria-label="Payments"
        aria-rowcount={total + 1}
        aria-activedescendant={total > 0 ? `payment-row-${focused}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <PaymentTableHeader sort={scope.sort} onSort={onSort} />
        <div className="payments-table-body" style={{ height: virtualizer.getTotalSize() }} role="rowgroup">
          {items.map((item) => (
            <PaymentTableRow
              key={item.key}
              index={item.index}
              start={item.start - HEADER_HEIGHT}
              row={rows.rowAt(item.index)}
              timeZone={timeZone}
              focused={item.index === focused}
              selected={selectedId !== null && rows.rowAt(item.index)?.paymentRequestId === selectedId}
              onOpen={(row) => {
                setFocused(item.index);
                onOpen(row);
              }}
            />
          ))}
        </div>
      </div>
      {rows.error !== null && <ErrorNotice error={rows.error} />}
    </div>
  );
}
