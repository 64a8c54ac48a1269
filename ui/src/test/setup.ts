// Shared set-up for the UI unit tests (vitest + jsdom + Testing Library).
// Keeps tests independent: unmounts after each test. Mocks are declared in each test file.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
