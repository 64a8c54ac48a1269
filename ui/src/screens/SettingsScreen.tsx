// Settings: what the app knows about itself (app_info) with loading and per-code error states.
// Nothing here changes settings yet; it reports.
import { ErrorNotice } from '../components/ErrorNotice';
import { ScreenLayout } from '../components/ScreenLayout';
import { useAppInfo } from '../ipc/appInfo';
import { AppInfoDetails } from './AppInfoDetails';
import { ShortcutList } from './ShortcutList';
import './settings.css';

export function SettingsScreen() {
  const appInfo = useAppInfo();
  const recheck = () => {
    void appInfo.refetch();
  };

  return (
    <ScreenLayout screen="settings" description="This installation of Antom Console.">
      {appInfo.isPending && (
        <p className="settings-loading" role="status" data-testid="settings-loading">
          Loading application info…
        </p>
      )}
      {appInfo.isError && <ErrorNotice error={appInfo.error} onRetry={recheck} />}
      {appInfo.isSuccess && <AppInfoDetails info={appInfo.data} onRecheck={recheck} />}
      <ShortcutList />
    </ScreenLayout>
  );
}
