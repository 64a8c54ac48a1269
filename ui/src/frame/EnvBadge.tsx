// The environment badge: SANDBOX, PRODUCTION or NO PROFILE, styled so the two environments never look alike.
// It shows the environment it is given; it does not look anything up.
import type { Environment } from '../profiles/activeProfile';

const LABELS: Record<Environment | 'none', string> = {
  sandbox: 'SANDBOX',
  production: 'PRODUCTION',
  none: 'NO PROFILE',
};

const DESCRIPTIONS: Record<Environment | 'none', string> = {
  sandbox: 'Sandbox environment: test money only',
  production: 'Production environment: real money',
  none: 'No profile selected',
};

export function EnvBadge({ environment }: { readonly environment: Environment | null }) {
  const key = environment ?? 'none';
  return (
    <span className="env-badge" data-testid="env-badge" data-env={key} title={DESCRIPTIONS[key]}>
      {LABELS[key]}
    </span>
  );
}
