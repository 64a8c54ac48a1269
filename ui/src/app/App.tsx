// The application frame: top bar, sidebar, the active screen and the status bar.
// Owns which screen is shown; data comes from IPC query hooks inside the pieces.
import { useState } from 'react';
import { Sidebar } from '../frame/Sidebar';
import { StatusBar } from '../frame/StatusBar';
import { TopBar } from '../frame/TopBar';
import { useActiveProfile } from '../profiles/activeProfile';
import { ScreenView } from './ScreenView';
import { DEFAULT_SCREEN, type Screen } from './screens';
import { useScreenShortcuts } from './shortcuts';
import '../frame/frame.css';

export function App() {
  const [screen, setScreen] = useState<Screen>(DEFAULT_SCREEN);
  const profile = useActiveProfile();
  useScreenShortcuts(setScreen);

  return (
    <div className="frame" data-env={profile?.environment ?? 'none'}>
      <TopBar profile={profile} />
      <Sidebar active={screen} onNavigate={setScreen} />
      <main className="frame-main">
        <ScreenView screen={screen} onNavigate={setScreen} />
      </main>
      <StatusBar />
    </div>
  );
}
