// Profiles: the merchant profiles this console can act as, adding one, switching, testing, removing.
// Keys go in once through the form and never come back; the list shows fingerprints only.
import { useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { ScreenLayout } from '../components/ScreenLayout';
import { UserIcon } from '../icons/glyphs';
import { useProfiles } from '../profiles/profileQueries';
import { ProfileCard } from './profiles/ProfileCard';
import { ProfileForm } from './profiles/ProfileForm';
import './profiles/profiles.css';

export function ProfilesScreen() {
  const profiles = useProfiles();
  const [adding, setAdding] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);

  return (
    <ScreenLayout screen="profiles" description="Merchant accounts this console works with.">
      <div className="profiles-toolbar">
        {savedName !== null && (
          <p className="profiles-saved" role="status">
            Saved “{savedName}”. Its keys are in the OS keychain.
          </p>
        )}
        <button
          type="button"
          className="button button-primary"
          data-testid="profile-add-button"
          disabled={adding}
          onClick={() => {
            setAdding(true);
            setSavedName(null);
          }}
        >
          Add profile
        </button>
      </div>

      {adding && (
        <ProfileForm
          onSaved={(profile) => {
            setAdding(false);
            setSavedName(profile.name);
          }}
          onCancel={() => {
            setAdding(false);
          }}
        />
      )}

      {profiles.isPending && (
        <p className="profiles-loading" role="status">
          Loading profiles…
        </p>
      )}
      {profiles.isError && (
        <ErrorNotice
          error={profiles.error}
          onRetry={() => {
            void profiles.refetch();
          }}
        />
      )}
      {profiles.isSuccess && profiles.data.profiles.length === 0 && !adding && (
        <EmptyState
          icon={UserIcon}
          title="No merchant profiles"
          action={{
            label: 'Add profile',
            onClick: () => {
              setAdding(true);
            },
          }}
        >
          <p>
            A profile holds your Antom Client ID, Antom&apos;s public key and your private key for one
            environment, sandbox or production. Keys are kept in the OS keychain; only their fingerprints
            are shown in the console.
          </p>
        </EmptyState>
      )}
      {profiles.isSuccess && profiles.data.profiles.length > 0 && (
        <ul className="profile-list" aria-label="Merchant profiles">
          {profiles.data.profiles.map((profile) => (
            <ProfileCard key={profile.id} profile={profile} isActive={profile.id === profiles.data.activeId} />
          ))}
        </ul>
      )}
    </ScreenLayout>
  );
}
