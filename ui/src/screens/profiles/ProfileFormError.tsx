// The Add-profile form's failure: per-code title and hint, the backend's message first for Validation.
// Switches on the error code only (Keychain gets the keychain instructions; Conflict names the clash).
import { ERROR_HINTS } from '../../components/errorHints';
import { toIpcFailure } from '../../ipc/IpcFailure';

export function ProfileFormError({ error }: { readonly error: unknown }) {
  const failure = toIpcFailure(error);
  const { title, hint } = ERROR_HINTS[failure.code];
  return (
    <div className="profile-form-error" role="alert" data-testid="profile-form-error" data-code={failure.code}>
      {failure.code === 'Validation' || failure.code === 'Conflict' ? (
        <>
          <p className="profile-form-error-title">{failure.message}</p>
          <p className="profile-form-error-hint">{hint}</p>
        </>
      ) : (
        <>
          <p className="profile-form-error-title">{title}</p>
          <p className="profile-form-error-hint">{hint}</p>
          <p className="profile-form-error-detail selectable">{failure.message}</p>
        </>
      )}
    </div>
  );
}
