// The profile the console is working with, read from `profiles_list` (its `activeId`).
// Read-only: switching profiles goes through useActivateProfile in profileQueries.ts.
import type { ProfileSummary } from '../bindings';
import { activeProfileOf, useProfiles } from './profileQueries';

export type { Environment } from '../bindings';
export type ActiveProfile = ProfileSummary;

/** The active profile, or null while loading, on error, or when none is chosen. */
export function useActiveProfile(): ActiveProfile | null {
  const profiles = useProfiles();
  return activeProfileOf(profiles.data);
}
