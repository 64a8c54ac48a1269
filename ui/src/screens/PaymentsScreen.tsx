// Payments: the synced payment list (empty until a merchant profile exists and has been synced).
// Shows only real data; until there is a profile it explains how to get one.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ScreenLayout } from '../components/ScreenLayout';
import { CardIcon } from '../icons/glyphs';

export function PaymentsScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  return (
    <ScreenLayout screen="payments" description="Payments made through your merchant account.">
      <EmptyState
        icon={CardIcon}
        title="Add a merchant profile to see payments"
        action={{
          label: 'Go to Profiles',
          onClick: () => {
            onNavigate('profiles');
          },
        }}
      >
        <p>
          Once a profile is set up, its payments are synced from Antom and listed here: status, amount,
          captures, cancellations and refunds, with a timeline showing where each fact came from.
        </p>
      </EmptyState>
    </ScreenLayout>
  );
}
