// The left navigation: one real button per screen, grouped, with aria-current on the active one.
// It reports clicks; the current screen is owned by App.
import type { ComponentType } from 'react';
import { SCREEN_GROUPS, SCREENS, type Screen, shortcutDigit } from '../app/screens';
import { ariaShortcut, shortcutLabel } from '../app/shortcuts';
import type { IconProps } from '../icons/Icon';
import {
  BellIcon,
  CardIcon,
  ClipboardIcon,
  DownloadIcon,
  SlidersIcon,
  UserIcon,
  WindowIcon,
} from '../icons/glyphs';

const SCREEN_ICONS: Record<Screen, ComponentType<IconProps>> = {
  payments: CardIcon,
  notifications: BellIcon,
  checkout: WindowIcon,
  exports: DownloadIcon,
  audit: ClipboardIcon,
  profiles: UserIcon,
  settings: SlidersIcon,
};

export interface SidebarProps {
  readonly active: Screen;
  readonly onNavigate: (screen: Screen) => void;
}

export function Sidebar({ active, onNavigate }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Main">
      {SCREEN_GROUPS.map((group) => (
        <div className="sidebar-group" key={group}>
          <div className="sidebar-group-label" aria-hidden="true">
            {group}
          </div>
          <ul className="sidebar-list">
            {SCREENS.filter((entry) => entry.group === group).map((entry) => {
              const ScreenIcon = SCREEN_ICONS[entry.id];
              const digit = shortcutDigit(entry.id);
              const isActive = entry.id === active;
              return (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="sidebar-item"
                    data-testid={`nav-${entry.id}`}
                    aria-current={isActive ? 'page' : undefined}
                    aria-keyshortcuts={ariaShortcut(digit)}
                    title={`${entry.title} (${shortcutLabel(digit)})`}
                    onClick={() => {
                      onNavigate(entry.id);
                    }}
                  >
                    <ScreenIcon className="sidebar-icon" />
                    <span className="sidebar-label">{entry.title}</span>
                    <kbd className="sidebar-shortcut" aria-hidden="true">
                      {shortcutLabel(digit)}
                    </kbd>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
