// The Add-profile form: name, environment, gateway, client id, both keys, time zone and currency.
// Keys are held only until a successful save, then cleared; the backend validates everything.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import type { ProfileSummary } from '../../bindings';
import { GATEWAY_OPTIONS, isGatewayKind } from '../../profiles/gateway';
import { EMPTY_PROFILE_DRAFT, profileHints, toNewProfile, type ProfileDraft } from '../../profiles/profileDraft';
import { createProfile } from '../../profiles/profileQueries';
import { COMMON_TIME_ZONES } from '../../profiles/timeZones';
import { KeyField } from './KeyField';
import { ProfileFormError } from './ProfileFormError';

export interface ProfileFormProps {
  readonly onSaved: (profile: ProfileSummary) => void;
  readonly onCancel: () => void;
}

export function ProfileForm({ onSaved, onCancel }: ProfileFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_PROFILE_DRAFT);
  // gcTime 0: the submitted keys (mutation variables) must not linger in the mutation cache.
  const save = useMutation({ mutationFn: createProfile(queryClient), gcTime: 0 });
  const hints = profileHints(draft);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(toNewProfile(draft), {
      onSuccess: (created) => {
        setDraft(EMPTY_PROFILE_DRAFT);
        save.reset();
        onSaved(created);
      },
    });
  }

  return (
    <form className="profile-form" aria-labelledby="profile-form-title" noValidate onSubmit={submit}>
      <h2 id="profile-form-title" className="profile-form-title">
        Add a merchant profile
      </h2>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor="profile-name">Name</label>
          <input
            id="profile-name"
            className="field-input"
            data-testid="profile-name"
            placeholder="e.g. Acme SG sandbox"
            value={draft.name}
            onChange={(event) => {
              set('name', event.target.value);
            }}
          />
        </div>

        <fieldset className="form-field env-choice">
          <legend>Environment</legend>
          <label className="env-option" data-env="sandbox">
            <input
              type="radio"
              name="profile-environment"
              value="sandbox"
              data-testid="profile-env-sandbox"
              checked={draft.environment === 'sandbox'}
              onChange={() => {
                set('environment', 'sandbox');
              }}
            />
            Sandbox
          </label>
          <label className="env-option" data-env="production">
            <input
              type="radio"
              name="profile-environment"
              value="production"
              data-testid="profile-env-production"
              checked={draft.environment === 'production'}
              onChange={() => {
                set('environment', 'production');
              }}
            />
            Production (real money)
          </label>
        </fieldset>

        <div className="form-field">
          <label htmlFor="profile-gateway">Gateway</label>
          <select
            id="profile-gateway"
            className="field-input"
            data-testid="profile-gateway"
            value={draft.gatewayKind}
            onChange={(event) => {
              if (isGatewayKind(event.target.value)) set('gatewayKind', event.target.value);
            }}
          >
            {GATEWAY_OPTIONS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </div>

        {draft.gatewayKind === 'custom' && (
          <div className="form-field">
            <label htmlFor="profile-gateway-url">Gateway URL</label>
            <input
              id="profile-gateway-url"
              className="field-input"
              data-testid="profile-gateway-url"
              placeholder="https://open-sea-global.alipay.com or http://127.0.0.1:…"
              value={draft.gatewayUrl}
              onChange={(event) => {
                set('gatewayUrl', event.target.value);
              }}
            />
          </div>
        )}

        <div className="form-field form-field-wide">
          <label htmlFor="profile-client-id">Client ID</label>
          <input
            id="profile-client-id"
            className="field-input mono"
            data-testid="profile-client-id"
            autoComplete="off"
            spellCheck={false}
            placeholder="SANDBOX_5Y… (from Antom Dashboard → Developer)"
            value={draft.clientId}
            onChange={(event) => {
              set('clientId', event.target.value);
            }}
          />
        </div>

        <KeyField
          label="Merchant private key"
          help="Your private key (PEM or one line of base64). It goes straight to the OS keychain; only its fingerprint is shown afterwards."
          value={draft.merchantPrivateKey}
          testId="profile-private-key"
          onChange={(value) => {
            set('merchantPrivateKey', value);
          }}
        />
        <KeyField
          label="Antom public key"
          help="Antom’s public key for this environment, from Antom Dashboard → Developer → Key configuration."
          value={draft.antomPublicKey}
          testId="profile-antom-public-key"
          onChange={(value) => {
            set('antomPublicKey', value);
          }}
        />

        <div className="form-field">
          <label htmlFor="profile-time-zone">Time zone</label>
          <input
            id="profile-time-zone"
            className="field-input"
            data-testid="profile-time-zone"
            list="profile-time-zones"
            value={draft.timeZone}
            onChange={(event) => {
              set('timeZone', event.target.value);
            }}
          />
          <datalist id="profile-time-zones">
            {COMMON_TIME_ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>

        <div className="form-field">
          <label htmlFor="profile-settlement-currency">Settlement currency</label>
          <input
            id="profile-settlement-currency"
            className="field-input"
            data-testid="profile-settlement-currency"
            maxLength={3}
            placeholder="e.g. USD"
            value={draft.settlementCurrency}
            onChange={(event) => {
              set('settlementCurrency', event.target.value.toUpperCase());
            }}
          />
        </div>
      </div>

      {hints.length > 0 && (
        <ul className="form-hints" data-testid="profile-form-hints">
          {hints.map((hint) => (
            <li key={hint} className="form-warning">
              {hint}
            </li>
          ))}
        </ul>
      )}
      {save.isError && <ProfileFormError error={save.error} />}

      <div className="profile-form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" data-testid="profile-save" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}
