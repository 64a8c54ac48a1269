// Renders a component tree inside a fresh query client, as the app does at start-up.
// Test-only; a new client per render so cached IPC answers never leak between tests.
import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createQueryClient } from '../ipc/queryClient';

export function renderWithQueries(ui: ReactElement): RenderResult {
  return render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);
}
