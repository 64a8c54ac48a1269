// Renders the one active screen; the others are unmounted.
// Maps a Screen to its component and nothing else.
import { AuditScreen } from '../screens/AuditScreen';
import { CheckoutScreen } from '../screens/CheckoutScreen';
import { ExportsScreen } from '../screens/ExportsScreen';
import { NotificationsScreen } from '../screens/NotificationsScreen';
import { PaymentsScreen } from '../screens/PaymentsScreen';
import { ProfilesScreen } from '../screens/ProfilesScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import type { Navigate, Screen } from './screens';

export function ScreenView({ screen, onNavigate }: { readonly screen: Screen; readonly onNavigate: Navigate }) {
  switch (screen) {
    case 'payments':
      return <PaymentsScreen onNavigate={onNavigate} />;
    case 'notifications':
      return <NotificationsScreen onNavigate={onNavigate} />;
    case 'checkout':
      return <CheckoutScreen onNavigate={onNavigate} />;
    case 'exports':
      return <ExportsScreen onNavigate={onNavigate} />;
    case 'audit':
      return <AuditScreen onNavigate={onNavigate} />;
    case 'profiles':
      return <ProfilesScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
