// Keyboard shortcuts for moving between screens: Ctrl+1..7 (Cmd+1..7 on macOS).
// Only navigation shortcuts live here; screen-specific keys belong to their screens.
import { useEffect } from 'react';
import { type Screen, screenForDigit } from './screens';

const DIGIT_CODE = /^(?:Digit|Numpad)([1-9])$/;

/** The digit a Ctrl/Cmd+digit press means, by physical key so AZERTY and friends work too. */
export function shortcutDigitOf(event: KeyboardEvent): number | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  const match = DIGIT_CODE.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export function useScreenShortcuts(onNavigate: (screen: Screen) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const digit = shortcutDigitOf(event);
      if (digit === undefined) return;
      const screen = screenForDigit(digit);
      if (screen === undefined) return;
      event.preventDefault();
      onNavigate(screen);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [onNavigate]);
}

export function isApplePlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** Label for a shortcut as the user would press it, e.g. "Ctrl+1" or "⌘1". */
export function shortcutLabel(digit: number): string {
  return isApplePlatform() ? `⌘${digit}` : `Ctrl+${digit}`;
}

/** Value for aria-keyshortcuts. */
export function ariaShortcut(digit: number): string {
  return isApplePlatform() ? `Meta+${digit}` : `Control+${digit}`;
}
