import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EnvBadge } from './EnvBadge';

describe('EnvBadge', () => {
  it.each([
    [null, 'none', 'NO PROFILE'],
    ['sandbox', 'sandbox', 'SANDBOX'],
    ['production', 'production', 'PRODUCTION'],
  ] as const)('environment %s renders data-env=%s and %s', (environment, dataEnv, label) => {
    render(<EnvBadge environment={environment} />);

    const badge = screen.getByTestId('env-badge');
    expect(badge.getAttribute('data-env')).toBe(dataEnv);
    expect(badge.textContent).toBe(label);
  });
});
