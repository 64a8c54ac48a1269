// The top bar: product name, the active profile and its environment badge.
// It renders what it is given; choosing a profile happens on the Profiles screen.
import { LogoMark } from '../icons/glyphs';
import type { ActiveProfile } from '../profiles/activeProfile';
import { EnvBadge } from './EnvBadge';

export function TopBar({ profile }: { readonly profile: ActiveProfile | null }) {
  return (
    <header className="top-bar">
      <div className="top-bar-product">
        <LogoMark className="top-bar-logo" size={18} />
        <span className="top-bar-name">Antom Console</span>
      </div>
      <div className="top-bar-context">
        <span className="top-bar-profile-label">Profile</span>
        <span
          className="top-bar-profile"
          data-testid="active-profile"
          data-empty={profile === null ? 'true' : undefined}
        >
          {profile?.name ?? 'No profile'}
        </span>
        <EnvBadge environment={profile?.environment ?? null} />
      </div>
    </header>
  );
}
