// The top bar's profile dropdown: one pick activates another profile.
// Lists what profiles_list returned; it renders nothing when there is nothing to switch to.
import { useActivateProfile, useProfiles } from '../profiles/profileQueries';

export function ProfileSwitcher() {
  const profiles = useProfiles();
  const activate = useActivateProfile();
  const list = profiles.data;
  if (list === undefined || list.profiles.length < 2) return null;

  return (
    <select
      className="top-bar-switcher"
      data-testid="profile-switcher"
      aria-label="Switch profile"
      value=""
      disabled={activate.isPending}
      onChange={(event) => {
        if (event.target.value !== '') activate.mutate(event.target.value);
      }}
    >
      <option value="">Switch…</option>
      {list.profiles
        .filter((profile) => profile.id !== list.activeId)
        .map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name} ({profile.environment === 'production' ? 'PRODUCTION' : 'sandbox'})
          </option>
        ))}
    </select>
  );
}
