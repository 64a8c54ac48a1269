// Exports: CSV and XLSX exports of synced payments, with their progress and files.
// Lists only exports that were actually made; none exist yet.
import type { Navigate } from '../app/screens';
import { EmptyState } from '../components/EmptyState';
import { ScreenLayout } from '../components/ScreenLayout';
import { DownloadIcon } from '../icons/glyphs';

export function ExportsScreen({ onNavigate }: { readonly onNavigate: Navigate }) {
  return (
    <ScreenLayout screen="exports" description="Payment data written to files on this machine.">
      <EmptyState
        icon={DownloadIcon}
        title="No exports yet"
        action={{
          label: 'Go to Payments',
          onClick: () => {
            onNavigate('payments');
          },
        }}
      >
        <p>
          Exports are made from synced payments and written straight to disk as CSV or XLSX. Each export
          shows its progress here and where its file was saved.
        </p>
      </EmptyState>
    </ScreenLayout>
  );
}
