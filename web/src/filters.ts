// The filters the map, the timeline, the list and exports share; kept in the page's address so a view
// can be bookmarked and sent to a colleague.

export interface Filters {
  from?: string;
  to?: string;
  country?: string;
  type?: string;
  grade?: string;
  review?: string;
  q?: string;
}

const KEYS: (keyof Filters)[] = ['from', 'to', 'country', 'type', 'grade', 'review', 'q'];
let current: Filters = {};
const listeners = new Set<(f: Filters) => void>();

export function filters(): Filters {
  return current;
}

export function setFilters(next: Filters, notify = true): void {
  const clean: Filters = {};
  for (const k of KEYS) if (next[k]) clean[k] = next[k];
  current = clean;
  if (notify) for (const l of listeners) l(current);
}

export function onFilters(l: (f: Filters) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function fromQuery(q: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of KEYS) {
    const v = q.get(k);
    if (v) f[k] = v;
  }
  return f;
}
