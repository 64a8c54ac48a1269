// Profiles: the merchant profiles (Client ID, keys, environment) this console can act as.
// No profile command exists yet, so it explains what a profile is and points at the keychain check.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ScreenLayout } from '../components/ScreenLayout';
import { UserIcon } from '../icons/glyphs';

export function ProfilesScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  return (
    <ScreenLayout screen="profiles" description="Merchant accounts this console works with.">
      <EmptyState
        icon={UserIcon}
        title="No merchant profiles"
        action={{
          label: 'Check keychain in Settings',
          onClick: () => {
            onNavigate('settings');
          },
        }}
        note="Adding profiles is not available in this build yet."
      >
        <p>
          A profile holds your Antom Client ID, Antom&apos;s public key and your private key for one
          environment, sandbox or production. Private keys are kept in the OS keychain; only their
          fingerprints are shown in the console.
        </p>
      </EmptyState>
    </ScreenLayout>
  );
}
