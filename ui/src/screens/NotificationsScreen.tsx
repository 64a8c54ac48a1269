// Notifications: the inbox of Antom notifications received on this machine.
// Shows only notifications actually received; until there is a profile it explains the next step.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ScreenLayout } from '../components/ScreenLayout';
import { BellIcon } from '../icons/glyphs';

export function NotificationsScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  return (
    <ScreenLayout screen="notifications" description="Payment notifications sent by Antom to this console.">
      <EmptyState
        icon={BellIcon}
        title="No notifications received"
        action={{
          label: 'Go to Profiles',
          onClick: () => {
            onNavigate('profiles');
          },
        }}
      >
        <p>
          With a merchant profile, the console receives Antom&apos;s notifications on a local endpoint,
          stores each one exactly as it arrived, verifies its signature and lists it here. From here you
          will be able to replay or forward them.
        </p>
      </EmptyState>
    </ScreenLayout>
  );
}
