// Audit log: the record of every change made through the console.
// Shows recorded entries only; nothing has been recorded yet.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ScreenLayout } from '../components/ScreenLayout';
import { ClipboardIcon } from '../icons/glyphs';

export function AuditScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  return (
    <ScreenLayout screen="audit" description="Who changed what, and when.">
      <EmptyState
        icon={ClipboardIcon}
        title="Nothing has been recorded yet"
        action={{
          label: 'Go to Profiles',
          onClick: () => {
            onNavigate('profiles');
          },
        }}
      >
        <p>
          Every change made through the console is recorded here with its time and outcome: profiles
          added, keys stored or replaced, captures, cancellations and refunds.
        </p>
      </EmptyState>
    </ScreenLayout>
  );
}
