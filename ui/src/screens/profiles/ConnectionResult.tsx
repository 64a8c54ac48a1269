// The outcome of "Test connection" for one profile: a verdict-specific title, what to do, and detail.
// Shows the verdict it is given; the request itself is made by ProfileCard.
import type { ConnectionTest } from '../../bindings';
import { VERDICT_ADVICE } from '../../profiles/connectionVerdict';

export function ConnectionResult({ result }: { readonly result: ConnectionTest }) {
  const advice = VERDICT_ADVICE[result.verdict];
  return (
    <div
      className="connection-result"
      data-testid="connection-result"
      data-verdict={result.verdict}
      data-tone={advice.tone}
      role="status"
    >
      <p className="connection-result-title">{advice.title}</p>
      <p className="connection-result-advice">{advice.advice}</p>
      {result.message.length > 0 && <p className="connection-result-detail selectable">{result.message}</p>}
    </div>
  );
}
