// A key fingerprint shown shortened, with the full value in the tooltip and on the copy button.
// Display only; fingerprints are never edited.
import { CopyButton } from '../../components/CopyButton';
import { shortFingerprint } from '../../profiles/fingerprint';

export function FingerprintValue({ value, what }: { readonly value: string; readonly what: string }) {
  return (
    <span className="fingerprint">
      <span className="mono" title={value}>
        {shortFingerprint(value)}
      </span>
      <CopyButton value={value} what={what} />
    </span>
  );
}
