// The payments search box: types freely, reports the text ~250 ms after the last keystroke.
// "/" anywhere on the Payments screen focuses it (see PaymentsWorkspace).
import { forwardRef, useEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

export interface SearchBoxProps {
  readonly value: string;
  readonly onSearch: (text: string) => void;
}

export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox({ value, onSearch }, ref) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const onSearchRef = useRef(onSearch);

  // The value changed from outside (e.g. "Clear filters"): show it.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }

  useEffect(() => {
    onSearchRef.current = onSearch;
  });

  useEffect(() => {
    if (text === value) return undefined;
    const timer = window.setTimeout(() => {
      onSearchRef.current(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [text, value]);

  return (
    <input
      ref={ref}
      type="search"
      className="field-input payments-search"
      data-testid="payments-search"
      aria-label="Search payments"
      aria-keyshortcuts="/"
      placeholder="Search ids or order reference (/)"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && text !== '') {
          event.stopPropagation();
          setText('');
        }
      }}
    />
  );
});
