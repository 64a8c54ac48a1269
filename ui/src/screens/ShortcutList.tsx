// Lists the keyboard shortcuts for jumping between screens, in the user's platform notation.
// Reads the screen list; it does not handle keys itself (see app/shortcuts.ts).
import { Fragment } from 'react';
import { SCREENS, shortcutDigit } from '../app/screens';
import { shortcutLabel } from '../app/shortcuts';

export function ShortcutList() {
  return (
    <section className="settings-section" aria-labelledby="settings-shortcuts">
      <h2 id="settings-shortcuts">Keyboard shortcuts</h2>
      <dl className="settings-list">
        {SCREENS.map((entry) => (
          <Fragment key={entry.id}>
            <dt>{entry.title}</dt>
            <dd>
              <kbd>{shortcutLabel(shortcutDigit(entry.id))}</kbd>
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
