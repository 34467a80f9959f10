// People's merges and splits, read back from the event log in the order they were made: a later decision
// about the same accounts overrides an earlier one, and relinking never undoes any of them.
import type { Decisions } from './cluster.js';

/** The log entries linking reads (see `Store.appendEvent`). */
export interface DecisionEvent {
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export const MERGE = 'incident:merge';
export const SPLIT = 'incident:split';

function ids(v: unknown): number[] {
  return Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : [];
}

export function decisionsFrom(events: readonly DecisionEvent[]): Decisions {
  let next = 0;
  const groupOf = new Map<number, number>();
  const apart = new Set<string>();
  const pair = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const regroup = (accounts: readonly number[]) => {
    const g = next++;
    for (const a of accounts) groupOf.set(a, g);
    for (const a of accounts) for (const b of accounts) if (a < b) apart.delete(pair(a, b));
  };
  for (const e of events) {
    if (e.kind === MERGE) regroup(ids(e.payload.accounts));
    else if (e.kind === SPLIT) {
      const moved = ids(e.payload.accounts);
      const rest = ids(e.payload.rest);
      regroup(moved);
      regroup(rest);
      for (const a of moved) for (const b of rest) apart.add(pair(a, b));
    }
  }
  const groups = new Map<number, number[]>();
  for (const [a, g] of groupOf) groups.set(g, [...(groups.get(g) ?? []), a]);
  return {
    together: [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((x, y) => x - y)),
    apart: [...apart].map((p) => p.split('|').map(Number) as [number, number]),
  };
}
