// The shared shell of every screen: a root with the screen's test hook, an <h1> and a body.
// Layout only; screens bring their own content and data.
import type { ReactNode } from 'react';
import { type Screen, screenTitle } from '../app/screens';
import './ScreenLayout.css';

export interface ScreenLayoutProps {
  readonly screen: Screen;
  readonly description?: string;
  readonly children: ReactNode;
  /** Use the full width and height of the main area (big tables) instead of a reading column. */
  readonly fill?: boolean;
}

export function ScreenLayout({ screen, description, children, fill = false }: ScreenLayoutProps) {
  const headingId = `screen-title-${screen}`;
  return (
    <section className={fill ? 'screen screen-fill' : 'screen'} data-testid={`screen-${screen}`} aria-labelledby={headingId}>
      <header className="screen-header">
        <h1 id={headingId}>{screenTitle(screen)}</h1>
        {description !== undefined && <p className="screen-description">{description}</p>}
      </header>
      <div className="screen-body">{children}</div>
    </section>
  );
}
