// The Payments screen for one active profile: toolbar, filters, the virtual table and the detail pane.
// Owns filter, sort and selection state plus the screen's keys ("/" search, Esc closes detail).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PaymentRow, PaymentSort, ProfileSummary } from '../../bindings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { EMPTY_FILTER_DRAFT, isFilterActive, toPaymentFilter, type FilterDraft } from '../../payments/filterDraft';
import { usePaymentCount } from '../../payments/paymentQueries';
import { PaymentDetailPane } from './PaymentDetailPane';
import { PaymentFilters } from './PaymentFilters';
import { PaymentsTable } from './PaymentsTable';
import { PaymentsToolbar } from './PaymentsToolbar';
import { NoPaymentsYet } from './NoPaymentsYet';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function PaymentsWorkspace({ profile }: { readonly profile: ProfileSummary }) {
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_FILTER_DRAFT);
  const [sort, setSort] = useState<PaymentSort>('createdDesc');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const filter = useMemo(() => toPaymentFilter(draft), [draft]);
  const scope = useMemo(() => ({ profileId: profile.id, filter, sort }), [profile.id, filter, sort]);
  const count = usePaymentCount(profile.id, filter);
  const total = count.data?.total;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === '/' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        setSelectedId(null);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const open = (row: PaymentRow) => {
    setSelectedId(row.paymentRequestId);
  };
  const nothingCached = total === 0 && !isFilterActive(draft);

  return (
    <div className="payments-workspace" data-detail-open={selectedId === null ? 'false' : 'true'}>
      <PaymentsToolbar total={total} onAdded={open} />
      {!nothingCached && <PaymentFilters ref={searchRef} draft={draft} onChange={setDraft} />}
      <div className="payments-main">
        <div className="payments-list">
          {count.isError && (
            <ErrorNotice
              error={count.error}
              onRetry={() => {
                void count.refetch();
              }}
            />
          )}
          {count.isPending && (
            <p className="payments-loading" role="status">
              Loading payments…
            </p>
          )}
          {nothingCached && <NoPaymentsYet onAdded={open} />}
          {total === 0 && isFilterActive(draft) && (
            <p className="payments-no-match" data-testid="payments-no-match">
              No payments match these filters.{' '}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  setDraft(EMPTY_FILTER_DRAFT);
                }}
              >
                Clear filters
              </button>
            </p>
          )}
          {total !== undefined && total > 0 && (
            <PaymentsTable
              key={JSON.stringify([profile.id, filter, sort])}
              scope={scope}
              total={total}
              timeZone={profile.timeZone}
              onSort={setSort}
              selectedId={selectedId}
              onOpen={open}
            />
          )}
        </div>
        {selectedId !== null && (
          <PaymentDetailPane
            profileId={profile.id}
            paymentId={selectedId}
            timeZone={profile.timeZone}
            onClose={() => {
              setSelectedId(null);
            }}
          />
        )}
      </div>
    </div>
  );
}
