// "Add by ID": asks Antom about one payment request id or payment id and adds it to the cache.
// Reports the added row to the caller; errors are shown per code next to the input.
import { useState, type SyntheticEvent } from 'react';
import type { PaymentRow } from '../../bindings';
import { ERROR_HINTS } from '../../components/errorHints';
import { toIpcFailure } from '../../ipc/IpcFailure';
import { useAddPaymentById } from '../../payments/paymentQueries';

export function AddByIdForm({ onAdded }: { readonly onAdded: (row: PaymentRow) => void }) {
  const [id, setId] = useState('');
  const add = useAddPaymentById();
  const failure = add.isError ? toIpcFailure(add.error) : null;

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (id.trim() === '') return;
    add.mutate(id, {
      onSuccess: (row) => {
        setId('');
        onAdded(row);
      },
    });
  }

  return (
    <form className="add-by-id" onSubmit={submit} aria-label="Add a payment by ID">
      <input
        className="field-input mono"
        data-testid="payment-add-id"
        aria-label="Payment request ID or payment ID"
        placeholder="Payment request ID or payment ID"
        spellCheck={false}
        value={id}
        onChange={(event) => {
          setId(event.target.value);
        }}
      />
      <button
        type="submit"
        className="button button-secondary"
        data-testid="payment-add-submit"
        disabled={add.isPending || id.trim() === ''}
      >
        {add.isPending ? 'Adding…' : 'Add by ID'}
      </button>
      {failure !== null && (
        <p className="add-by-id-error" role="alert" data-testid="payment-add-error" data-code={failure.code}>
          {failure.code === 'NotFound' ? 'Antom has no payment with this ID for this profile.' : ERROR_HINTS[failure.code].title}
          <span className="add-by-id-detail"> {failure.message}</span>
        </p>
      )}
    </form>
  );
}
