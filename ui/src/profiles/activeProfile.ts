// The profile the console is working with, and which Antom environment it talks to.
// There is no profile command yet, so there is never an active profile; nothing here is invented.
export type Environment = 'sandbox' | 'production';

export interface ActiveProfile {
  readonly name: string;
  readonly environment: Environment;
}

/** Becomes a query over the profiles command once it exists; until then: no profile. */
export function useActiveProfile(): ActiveProfile | null {
  return null;
}
