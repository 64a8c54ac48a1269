// Remembers, per query (profile + filter + sort), the keyset cursor that starts each page.
// Cursors are opaque strings from the backend; this never builds or parses one.
import type { QueryClient } from '@tanstack/react-query';

/** `null` starts the first page; END means the previous page was the last one. */
export const END = Symbol('end of list');
export type PageStart = string | null | typeof END;

export class CursorTrail {
  private readonly starts = new Map<number, PageStart>([[0, null]]);

  startOf(pageIndex: number): PageStart | undefined {
    return this.starts.get(pageIndex);
  }

  /** Records what the page after `pageIndex` starts with, from that page's `nextCursor`. */
  recordNext(pageIndex: number, nextCursor: string | null): void {
    this.starts.set(pageIndex + 1, nextCursor ?? END);
  }

  /** The highest page at or below `pageIndex` whose start is known (page 0 always is). */
  nearestKnown(pageIndex: number): number {
    for (let index = pageIndex; index > 0; index -= 1) {
      if (this.starts.has(index)) return index;
    }
    return 0;
  }
}

const trailsByClient = new WeakMap<QueryClient, Map<string, CursorTrail>>();

export function cursorTrailFor(queryClient: QueryClient, key: string): CursorTrail {
  let trails = trailsByClient.get(queryClient);
  if (trails === undefined) {
    trails = new Map();
    trailsByClient.set(queryClient, trails);
  }
  let trail = trails.get(key);
  if (trail === undefined) {
    trail = new CursorTrail();
    trails.set(key, trail);
  }
  return trail;
}

export function forgetCursorTrails(queryClient: QueryClient): void {
  trailsByClient.get(queryClient)?.clear();
}
