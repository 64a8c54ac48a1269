// One merchant profile: environment, gateway, masked client id, key fingerprints and its actions.
// Activate, test and remove are one click each (remove asks first); keys are never shown.
import { useState } from 'react';
import type { ProfileSummary } from '../../bindings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { EnvBadge } from '../../frame/EnvBadge';
import { gatewayLabel } from '../../profiles/gateway';
import { useActivateProfile, useRemoveProfile, useTestConnection } from '../../profiles/profileQueries';
import { ConnectionResult } from './ConnectionResult';
import { FingerprintValue } from './FingerprintValue';

export function ProfileCard({ profile, isActive }: { readonly profile: ProfileSummary; readonly isActive: boolean }) {
  const activate = useActivateProfile();
  const remove = useRemoveProfile();
  const test = useTestConnection();
  const [confirmingRemove, setConfirmingRemove] = useState(false);

  return (
    <li
      className="profile-card"
      data-testid="profile-row"
      data-profile-name={profile.name}
      data-env={profile.environment}
      data-active={isActive ? 'true' : 'false'}
    >
      <div className="profile-card-header">
        <h2 className="profile-card-name">{profile.name}</h2>
        <EnvBadge environment={profile.environment} />
        {profile.isLocalSimulator && <span className="profile-tag">Local sandbox (demo)</span>}
        {isActive && <span className="profile-tag profile-tag-active">Active</span>}
        <div className="profile-card-actions">
          <button
            type="button"
            className={isActive ? 'button button-secondary button-small' : 'button button-primary button-small'}
            data-testid="profile-activate"
            disabled={isActive || activate.isPending}
            onClick={() => {
              activate.mutate(profile.id);
            }}
          >
            {isActive ? 'Active' : 'Activate'}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            data-testid="profile-test"
            disabled={test.isPending}
            onClick={() => {
              test.mutate(profile.id);
            }}
          >
            {test.isPending ? 'Testing…' : 'Test connection'}
          </button>
          <button
            type="button"
            className="button button-secondary button-small profile-remove"
            data-testid="profile-remove"
            onClick={() => {
              setConfirmingRemove(true);
            }}
          >
            Remove
          </button>
        </div>
      </div>

      <dl className="profile-facts">
        <dt>Gateway</dt>
        <dd>{gatewayLabel(profile.gateway)}</dd>
        <dt>Client ID</dt>
        <dd className="mono selectable" data-testid="profile-client-id-hint">
          {profile.clientIdHint}
        </dd>
        <dt>Time zone</dt>
        <dd>{profile.timeZone}</dd>
        <dt>Settlement</dt>
        <dd>{profile.settlementCurrency ?? '—'}</dd>
        <dt>Merchant key</dt>
        <dd>
          <FingerprintValue value={profile.merchantKeyFingerprint} what="merchant key fingerprint" />
        </dd>
        <dt>Antom key</dt>
        <dd>
          <FingerprintValue value={profile.antomKeyFingerprint} what="Antom public key fingerprint" />
        </dd>
      </dl>

      {test.isSuccess && <ConnectionResult result={test.data} />}
      {test.isError && <ErrorNotice error={test.error} />}
      {activate.isError && <ErrorNotice error={activate.error} />}
      {remove.isError && <ErrorNotice error={remove.error} />}

      {confirmingRemove && (
        <ConfirmDialog
          title={`Remove profile “${profile.name}”?`}
          confirmLabel="Remove profile"
          danger
          busy={remove.isPending}
          testId="profile-remove-dialog"
          onCancel={() => {
            setConfirmingRemove(false);
          }}
          onConfirm={() => {
            remove.mutate(profile.id, {
              onSettled: () => {
                setConfirmingRemove(false);
              },
            });
          }}
        >
          <p>
            The keys of “{profile.name}” ({profile.environment === 'production' ? 'Production' : 'Sandbox'}) are
            deleted from the OS keychain and the profile disappears from this console. Nothing changes on
            Antom; you can add the profile again with its keys.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
