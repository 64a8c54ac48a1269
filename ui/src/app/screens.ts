// The closed list of screens, their titles, sidebar groups and shortcut order (Ctrl/Cmd+1..7).
// Pure data: no rendering and no navigation state live here.
export type Screen =
  | 'payments'
  | 'notifications'
  | 'checkout'
  | 'exports'
  | 'audit'
  | 'profiles'
  | 'settings';

export type ScreenGroup = 'Operate' | 'Records' | 'Setup';

export interface ScreenEntry {
  readonly id: Screen;
  readonly title: string;
  readonly group: ScreenGroup;
}

/** Sidebar order; position + 1 is the digit of the keyboard shortcut. */
export const SCREENS: readonly ScreenEntry[] = [
  { id: 'payments', title: 'Payments', group: 'Operate' },
  { id: 'notifications', title: 'Notifications', group: 'Operate' },
  { id: 'checkout', title: 'Checkout preview', group: 'Operate' },
  { id: 'exports', title: 'Exports', group: 'Records' },
  { id: 'audit', title: 'Audit log', group: 'Records' },
  { id: 'profiles', title: 'Profiles', group: 'Setup' },
  { id: 'settings', title: 'Settings', group: 'Setup' },
];

export const SCREEN_GROUPS: readonly ScreenGroup[] = ['Operate', 'Records', 'Setup'];

export const DEFAULT_SCREEN: Screen = 'payments';

export function screenTitle(screen: Screen): string {
  return SCREENS.find((entry) => entry.id === screen)?.title ?? screen;
}

export function shortcutDigit(screen: Screen): number {
  return SCREENS.findIndex((entry) => entry.id === screen) + 1;
}

export function screenForDigit(digit: number): Screen | undefined {
  return SCREENS[digit - 1]?.id;
}

/** How a screen asks to move to another screen (e.g. an empty state's "Add a profile" button). */
export type Navigate = (screen: Screen) => void;
