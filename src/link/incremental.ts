// Linking new accounts into a store that already holds incidents. Relinking everything costs as much as
// the store is big; instead only the accounts that can matter are relinked: every stored account that
// scores a link with a new one, the incidents they (and the new ones) are in, the accounts people tied to
// them, and whatever the bridges among them link with. Accounts outside that set have no link into it
// (a stored account links outside its incident only if it is a bridge, and bridges are followed), so
// relinking the set gives the incidents a full relink (`link --rebuild`) gives: the same reports in any
// order, the same incidents.
import type { DatePrecision, PlacePrecision } from '../core/types.js';
import type { Decisions } from './cluster.js';
import { constraintBroken, score } from './compare.js';
import type { LinkConfig } from './config.js';
import { featuresOf, type Features, type LinkInput, type ParentOf } from './features.js';
import { cellOf, located } from './grid.js';

/** The columns a store indexes to find an account's candidates. */
export interface BlockKeys {
  readonly day0: number;
  readonly day1: number;
  readonly country: string;
  readonly admin1: string | null;
  /** Grid cell of a located place, else null. */
  readonly cell: number | null;
  readonly precision: PlacePrecision;
  /** Month- or year-precision dates: few, and looked through by country alone. */
  readonly coarseDate: boolean;
}

const COARSE_DATES = new Set<DatePrecision | null>(['month', 'year']);

/** What a store files an account under; null for an account that cannot be linked (no date or no place). */
export function blockKeys(f: Features, cfg: LinkConfig): BlockKeys | null {
  if (Number.isNaN(f.day0) || f.placePrecision === null || f.country === null) return null;
  return {
    day0: f.day0,
    day1: Number.isNaN(f.day1) ? f.day0 : f.day1,
    country: f.country,
    admin1: f.admin1,
    cell: located(f) ? cellOf(f.lat, f.lon, cfg) : null,
    precision: f.placePrecision,
    coarseDate: COARSE_DATES.has(f.datePrecision),
  };
}

/** What the store answers while the linker looks around new accounts. */
export interface LinkSource {
  /** Stored accounts that may tell the same event as `f` (by day and place; more is fine, fewer is not). */
  candidates(f: Features): readonly LinkInput[];
  /** Every account of the incidents these accounts now belong to. */
  incidentMates(accountIds: readonly number[]): readonly LinkInput[];
  /** Accounts by id (the ones people tied to others). */
  byIds(accountIds: readonly number[]): readonly LinkInput[];
  /** Which of these accounts link with an account of another incident (see `bridgesOf`). */
  bridged(accountIds: readonly number[]): ReadonlySet<number>;
}

/**
 * The accounts to relink when `fresh` arrive (or when people merge or split `fresh`'s incidents): the
 * fresh ones and every stored account that scores a link with one of them; the incidents all of these are
 * in now; the accounts people tied to any of them; and, from every bridge among them (an account that
 * links with an account of another incident), the accounts it links with, and so on.
 */
export function affectedAccounts(
  fresh: readonly LinkInput[],
  source: LinkSource,
  cfg: LinkConfig,
  parentOf: ParentOf,
  decisions: Decisions,
): LinkInput[] {
  const tied = new Map<number, number[]>();
  for (const g of decisions.together) for (const id of g) tied.set(id, [...(tied.get(id) ?? []), ...g]);
  for (const [x, y] of decisions.apart) {
    tied.set(x, [...(tied.get(x) ?? []), y]);
    tied.set(y, [...(tied.get(y) ?? []), x]);
  }
  const found = new Map<number, LinkInput>();
  const add = (inputs: readonly LinkInput[]) => {
    const added: LinkInput[] = [];
    for (const i of inputs) {
      if (found.has(i.id)) continue;
      found.set(i.id, i);
      added.push(i);
    }
    return added;
  };
  const linkedWith = (i: LinkInput) => {
    const f = featuresOf(i, parentOf);
    return source.candidates(f).filter((c) => {
      const g = featuresOf(c, parentOf);
      return !constraintBroken(f, g, cfg) && score(f, g, cfg).total >= cfg.threshold;
    });
  };
  let frontier = add(fresh);
  const expand = new Set(fresh.map((i) => i.id));
  while (frontier.length > 0) {
    const next: LinkInput[] = [];
    // A stored account that is no bridge links only inside its own incident, which comes in whole below.
    const bridges = source.bridged(frontier.filter((i) => !expand.has(i.id)).map((i) => i.id));
    for (const i of frontier) if (expand.has(i.id) || bridges.has(i.id)) next.push(...add(linkedWith(i)));
    next.push(...add(source.incidentMates(frontier.map((i) => i.id))));
    const ties = frontier.flatMap((i) => tied.get(i.id) ?? []).filter((id) => !found.has(id));
    if (ties.length > 0) next.push(...add(source.byIds([...new Set(ties)])));
    frontier = next;
  }
  return [...found.values()];
}
