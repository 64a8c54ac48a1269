// Payments: the cached payments of the active profile, or how to get a profile when there is none.
// Shows only real data; the workspace below does the listing, filtering and detail.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ScreenLayout } from '../components/ScreenLayout';
import { CardIcon } from '../icons/glyphs';
import { activeProfileOf, useProfiles } from '../profiles/profileQueries';
import { PaymentsWorkspace } from './payments/PaymentsWorkspace';
import './payments/payments.css';

export function PaymentsScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  const profiles = useProfiles();
  const profile = activeProfileOf(profiles.data);

  return (
    <ScreenLayout screen="payments" description="Payments made through your merchant account." fill={profile !== null}>
      {profiles.isError && (
        <ErrorNotice
          error={profiles.error}
          onRetry={() => {
            void profiles.refetch();
          }}
        />
      )}
      {profiles.isPending && (
        <p className="payments-loading" role="status">
          Loading profiles…
        </p>
      )}
      {profile !== null && <PaymentsWorkspace key={profile.id} profile={profile} />}
      {profiles.isSuccess && profile === null && (
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
            Once a profile is set up, its payments are listed here: status, amount, captures, cancellations
            and refunds, with a timeline showing where each fact came from.
          </p>
        </EmptyState>
      )}
    </ScreenLayout>
  );
}
