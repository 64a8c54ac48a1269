import { describe, expect, it } from 'vitest';
import type { LocalSandboxStatus } from '../bindings';
import { describeLocalSandbox } from './localSandboxStatus';

const status = (over: Partial<LocalSandboxStatus>): LocalSandboxStatus => ({
  phase: 'ready',
  done: 0,
  total: 0,
  baseUrl: 'http://127.0.0.1:4321',
  message: '',
  ...over,
});

describe('describeLocalSandbox', () => {
  it('shows seeding progress as done/total', () => {
    expect(describeLocalSandbox(status({ phase: 'seeding', done: 120, total: 600 }))).toBe(
      'Local sandbox: creating demo data 120/600',
    );
  });

  it('names the simulator and its address when ready', () => {
    expect(describeLocalSandbox(status({}))).toBe(
      'Local sandbox (simulator) at http://127.0.0.1:4321',
    );
  });

  it('carries the failure message', () => {
    expect(describeLocalSandbox(status({ phase: 'failed', message: 'port taken' }))).toBe(
      'Local sandbox failed: port taken',
    );
  });

  it('says nothing when off', () => {
    expect(describeLocalSandbox(status({ phase: 'off' }))).toBe('');
  });
});
