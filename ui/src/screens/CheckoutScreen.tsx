// Checkout preview: create a payment session and walk through the hosted checkout as a buyer.
// Nothing can be previewed without a profile; this screen says so instead of faking a session.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ScreenLayout } from '../components/ScreenLayout';
import { WindowIcon } from '../icons/glyphs';

export function CheckoutScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  return (
    <ScreenLayout screen="checkout" description="See the hosted checkout your buyers see.">
      <EmptyState
        icon={WindowIcon}
        title="Nothing to preview yet"
        action={{
          label: 'Go to Profiles',
          onClick: () => {
            onNavigate('profiles');
          },
        }}
      >
        <p>
          With a sandbox profile you will be able to create a payment session and open Antom&apos;s
          hosted checkout in a preview window, then follow the payment as it completes.
        </p>
      </EmptyState>
    </ScreenLayout>
  );
}
