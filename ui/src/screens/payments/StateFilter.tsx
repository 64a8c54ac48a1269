// The status filter: one toggle chip per PaymentState; none selected means every state.
// Reports the selected states in PaymentState order.
import type { PaymentState } from '../../bindings';
import { PAYMENT_STATES, stateName, stateTone } from '../../payments/paymentStateLabel';

export interface StateFilterProps {
  readonly selected: readonly PaymentState[];
  readonly onChange: (states: PaymentState[]) => void;
}

export function StateFilter({ selected, onChange }: StateFilterProps) {
  return (
    <div className="state-filter" role="group" aria-label="Status" data-testid="payments-filter-state">
      {PAYMENT_STATES.map((state) => {
        const checked = selected.includes(state);
        return (
          <label key={state} className="state-chip" data-tone={stateTone(state)} data-checked={checked ? 'true' : 'false'}>
            <input
              type="checkbox"
              value={state}
              data-testid={`payments-filter-state-${state}`}
              checked={checked}
              onChange={() => {
                onChange(PAYMENT_STATES.filter((s) => (s === state ? !checked : selected.includes(s))));
              }}
            />
            {stateName(state)}
          </label>
        );
      })}
    </div>
  );
}
