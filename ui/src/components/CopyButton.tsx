// A small "Copy" button that puts a value on the clipboard and says so for a moment.
// The value is passed in whole; nothing is truncated before copying.
import { useEffect, useState } from 'react';
import { copyText } from './clipboard';
import './CopyButton.css';

export interface CopyButtonProps {
  readonly value: string;
  /** What is being copied, for screen readers and the tooltip, e.g. "payment id". */
  readonly what: string;
  readonly testId?: string;
}

export function CopyButton({ value, what, testId }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => {
      setState('idle');
    }, 1500);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state]);

  return (
    <button
      type="button"
      className="copy-button"
      data-testid={testId}
      data-state={state}
      title={`Copy ${what}`}
      aria-label={`Copy ${what}`}
      onClick={(event) => {
        event.stopPropagation();
        copyText(value).then(
          () => {
            setState('copied');
          },
          () => {
            setState('failed');
          },
        );
      }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
