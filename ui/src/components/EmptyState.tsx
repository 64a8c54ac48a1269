// An honest empty state: what will appear here, why it is empty, and the next step to take.
// It never shows sample rows or placeholder data.
import type { ComponentType, ReactNode } from 'react';
import type { IconProps } from '../icons/Icon';
import { ArrowRightIcon } from '../icons/glyphs';
import './EmptyState.css';

export interface EmptyStateAction {
  readonly label: string;
  readonly onClick: () => void;
}

export interface EmptyStateProps {
  readonly icon: ComponentType<IconProps>;
  readonly title: string;
  readonly children: ReactNode;
  readonly action?: EmptyStateAction;
  readonly note?: string;
}

export function EmptyState({ icon: Glyph, title, children, action, note }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <div className="empty-state-icon">
        <Glyph size={22} />
      </div>
      <h2 className="empty-state-title">{title}</h2>
      <div className="empty-state-body">{children}</div>
      {action !== undefined && (
        <button type="button" className="button button-primary" onClick={action.onClick}>
          {action.label}
          <ArrowRightIcon size={14} />
        </button>
      )}
      {note !== undefined && <p className="empty-state-note">{note}</p>}
    </div>
  );
}
