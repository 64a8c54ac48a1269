// The top bar: product name, the active profile and its environment badge.
// It renders the profile it is given; the switcher next to it activates another one.
import { LogoMark } from '../icons/glyphs';
import type { ActiveProfile } from '../profiles/activeProfile';
import { EnvBadge } from './EnvBadge';
import { ProfileSwitcher } from './ProfileSwitcher';

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
        {profile?.isLocalSimulator === true && (
          <span
            className="top-bar-simulator"
            data-testid="local-simulator-tag"
            title="A simulator on this computer: nothing reaches Antom and no money moves"
          >
            Local simulator
          </span>
        )}
        {profile?.environment === 'production' && (
          <span className="top-bar-warning" data-testid="production-warning">
            Real money
          </span>
        )}
        <ProfileSwitcher />
      </div>
    </header>
  );
}
