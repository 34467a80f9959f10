// Accounts → groups that tell one event. Candidates come from blocking (the same days, nearby cells, the
// same province); a group is joined only when every pair breaks no constraint and the best pair scores at
// least the threshold. Accounts are taken in one fixed order (by report id and position, never by arrival),
// so the same accounts give the same groups whatever order they came in.
import type { LinkConfig } from './config.js';
import { cellOf, cellsAround, located } from './grid.js';
import { constraintBroken, score } from './compare.js';
import type { Features } from './features.js';

/** What people decided, which linking never undoes: accounts kept together, pairs kept apart. */
export interface Decisions {
  /** Each list: account ids that must be one incident (a merge, or each side of a split). */
  readonly together: readonly (readonly number[])[];
  /** Account id pairs that must not be one incident (the two sides of a split). */
  readonly apart: readonly (readonly [number, number])[];
}

export const NO_DECISIONS: Decisions = { together: [], apart: [] };


/** Kinds of candidate list. Accounts placed to the province or the country also go in lists of their own. */
const CELL = 0;
const PROVINCE = 1;
const COUNTRY = 2;
const COARSE_PROVINCE = 3;
const COARSE_COUNTRY = 4;
/** Accounts by the hash of their sentences, whatever their date and place: copies of one text find each other. */
const QUOTE = 5;

/**
 * Candidate lists by day and cell, by day and province, by day and country. Keys are numbers (day, kind and
 * a cell or an interned name packed together): a million accounts file a few million entries.
 */
class BlockIndex {
  private readonly lists = new Map<number, number[]>();
  private readonly names = new Map<string, number>();

  constructor(
    private readonly feats: readonly Features[],
    private readonly cfg: LinkConfig,
  ) {
    feats.forEach((f, i) => {
      if (f.fingerprint) this.add(0, QUOTE, f.quoteKey, i);
      if (Number.isNaN(f.day0) || f.placePrecision === null || f.country === null) return;
      const country = this.name(f.country);
      const province = f.admin1 ? this.name(`${f.country}|${f.admin1}`) : -1;
      const fine = located(f);
      const cell = fine ? cellOf(f.lat, f.lon, this.cfg) : -1;
      const last = Math.min(f.day1, f.day0 + 366);
      for (let day = f.day0; day <= last; day++) {
        if (fine) this.add(day, CELL, cell, i);
        if (province >= 0) this.add(day, PROVINCE, province, i);
        this.add(day, COUNTRY, country, i);
        if (f.placePrecision === 'admin1' && province >= 0) this.add(day, COARSE_PROVINCE, province, i);
        if (f.placePrecision === 'country' || (f.placePrecision === 'admin1' && province < 0)) this.add(day, COARSE_COUNTRY, country, i);
      }
    });
  }

  private name(s: string): number {
    let id = this.names.get(s);
    if (id === undefined) this.names.set(s, (id = this.names.size));
    return id;
  }

  private static key(day: number, kind: number, local: number): number {
    return ((day + 100_000) * 8 + kind) * 16_777_216 + local;
  }

  private add(day: number, kind: number, local: number, i: number): void {
    const key = BlockIndex.key(day, kind, local);
    const list = this.lists.get(key);
    if (list) list.push(i);
    else this.lists.set(key, [i]);
  }

  /** Indexes of the accounts that may tell the same event as `feats[i]` (a superset; constraints decide). */
  candidates(i: number): number[] {
    const f = this.feats[i]!;
    const out = new Set<number>();
    const take = (day: number, kind: number, local: number, cap = Infinity) => {
      const list = this.lists.get(BlockIndex.key(day, kind, local));
      if (!list) return;
      for (let k = 0; k < list.length && k < cap; k++) if (list[k] !== i) out.add(list[k]!);
    };
    if (f.fingerprint) take(0, QUOTE, f.quoteKey, 2000);
    if (Number.isNaN(f.day0) || f.placePrecision === null || f.country === null) return [...out];
    const country = this.names.get(f.country)!;
    const province = f.admin1 ? this.names.get(`${f.country}|${f.admin1}`)! : -1;
    const fine = located(f);
    const cells = cellsAround(f, this.cfg);
    const pad = f.datePrecision === 'week' ? Math.max(this.cfg.maxDaysApart, this.cfg.coarseWindowDays.week) : this.cfg.maxDaysApart;
    const last = Math.min(f.day1, f.day0 + 366) + pad;
    for (let day = f.day0 - pad; day <= last; day++) {
      if (fine) for (const cell of cells) take(day, CELL, cell);
      else if (f.placePrecision === 'admin1' && province >= 0) take(day, PROVINCE, province);
      else take(day, COUNTRY, country, this.cfg.maxCountryCandidates);
      if (province >= 0) take(day, COARSE_PROVINCE, province);
      take(day, COARSE_COUNTRY, country, this.cfg.maxCountryCandidates);
    }
    return [...out];
  }
}

/** Union-find over indexes. */
class Sets {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Groups of indexes into `feats`, each one event; `feats` need not be sorted. */
export function clusterAccounts(feats: readonly Features[], cfg: LinkConfig, decisions: Decisions = NO_DECISIONS): number[][] {
  // The fixed order: by report id and position in the report.
  const order = feats.map((_, i) => i).sort((a, b) => (feats[a]!.key < feats[b]!.key ? -1 : feats[a]!.key > feats[b]!.key ? 1 : 0));
  const rank = new Int32Array(feats.length);
  order.forEach((i, r) => (rank[i] = r));
  const byId = new Map<number, number>();
  feats.forEach((f, i) => byId.set(f.id, i));

  // Units: accounts people put together travel together.
  const sets = new Sets(feats.length);
  for (const group of decisions.together) {
    const idx = group.map((id) => byId.get(id)).filter((i): i is number => i !== undefined);
    for (let k = 1; k < idx.length; k++) sets.union(idx[0]!, idx[k]!);
  }
  const apart = new Set<string>();
  for (const [x, y] of decisions.apart) {
    const a = byId.get(x);
    const b = byId.get(y);
    if (a !== undefined && b !== undefined) apart.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
  const units = new Map<number, number[]>();
  for (const i of order) {
    const root = sets.find(i);
    const u = units.get(root);
    if (u) u.push(i);
    else units.set(root, [i]);
  }
  // Units in the order of their first account.
  const unitList = [...units.values()].sort((a, b) => rank[a[0]!]! - rank[b[0]!]!);

  const index = new BlockIndex(feats, cfg);
  const groupOf = new Int32Array(feats.length).fill(-1);
  const groups: Group[] = [];
  for (const unit of unitList) {
    const tried = new Set<number>();
    let best = -1;
    let bestScore = -1;
    for (const u of unit) {
      for (const c of index.candidates(u)) {
        const g = groupOf[c]!;
        if (g < 0 || tried.has(g)) continue;
        tried.add(g);
        const s = joinScore(unit, groups[g]!, feats, cfg, apart);
        if (s >= cfg.threshold && (s > bestScore || (s === bestScore && g < best))) {
          best = g;
          bestScore = s;
        }
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push(new Group());
    }
    for (const u of unit) {
      groups[best]!.add(u, feats[u]!);
      groupOf[u] = best;
    }
  }
  return groups.map((g) => g.members);
}

/**
 * Accounts with a link-strength score to an account of another group ("bridges"): the only stored
 * accounts whose neighbours an incremental relink must look at beyond their own incident. Returns indexes.
 */
export function bridgesOf(feats: readonly Features[], groups: readonly (readonly number[])[], cfg: LinkConfig): Set<number> {
  const groupOf = new Int32Array(feats.length).fill(-1);
  groups.forEach((g, k) => g.forEach((i) => (groupOf[i] = k)));
  const index = new BlockIndex(feats, cfg);
  const out = new Set<number>();
  for (let i = 0; i < feats.length; i++) {
    for (const c of index.candidates(i)) {
      if (c < i || groupOf[c] === groupOf[i] || (out.has(i) && out.has(c))) continue;
      if (!constraintBroken(feats[i]!, feats[c]!, cfg) && score(feats[i]!, feats[c]!, cfg).total >= cfg.threshold) {
        out.add(i);
        out.add(c);
      }
    }
  }
  return out;
}

/** A group being built, with what every newcomer is checked against kept up to date. */
class Group {
  readonly members: number[] = [];
  readonly reports = new Set<string>();
  country: string | null = null;

  add(i: number, f: Features): void {
    this.members.push(i);
    this.reports.add(f.reportId);
    this.country ??= f.country;
  }
}

/** Members a newcomer's score is taken against: the first and the latest few, enough to find a match. */
const SCORED_MEMBERS = 6;

/**
 * How well a unit joins a group: -1 when any pair is kept apart by people or breaks a constraint (every
 * member of an event must be able to be the same event as every other), else the mean score against the
 * group's first and latest members.
 */
function joinScore(unit: readonly number[], group: Group, feats: readonly Features[], cfg: LinkConfig, apart: ReadonlySet<string>): number {
  const members = group.members;
  // The cheap whole-group checks first: a report already in it, another country.
  for (const u of unit) {
    const f = feats[u]!;
    if (group.reports.has(f.reportId) && !unit.some((x) => members.includes(x))) return -1;
    if (f.country !== null && group.country !== null && f.country !== group.country) return -1;
  }
  let sum = 0;
  let n = 0;
  for (const u of unit) {
    for (let k = 0; k < members.length; k++) {
      const g = members[k]!;
      if (apart.has(u < g ? `${u}|${g}` : `${g}|${u}`)) return -1;
      if (constraintBroken(feats[u]!, feats[g]!, cfg)) return -1;
      if (k < SCORED_MEMBERS || k >= members.length - SCORED_MEMBERS) {
        sum += score(feats[u]!, feats[g]!, cfg).total;
        n++;
      }
    }
  }
  // The mean, not the best pair: a newcomer joins an event it matches as a whole, so two events on one day
  // in one city are not chained together through their two most alike reports.
  return n === 0 ? -1 : sum / n;
}
