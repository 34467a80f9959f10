// One event's accounts → its record: per field the value best supported, the reports that agree, and the
// conflicts side by side; the dead and injured as {low, best, high} with every source's own figure; a grade.
import { createHash } from 'node:crypto';
import type {
  Account,
  Conflict,
  ConflictField,
  DateFinding,
  Estimate,
  EventType,
  Grade,
  Incident,
  Perpetrator,
  PlaceFinding,
  RangeFinding,
  SourceFigure,
  TollClaim,
  VictimCounts,
} from '../core/types.js';
import type { LinkConfig } from './config.js';
import type { LinkInput, ParentOf } from './features.js';
import { fingerprintSimilarity } from './fingerprint.js';
import { sameSide } from '../core/values.js';

/** A stable incident id from the first account in the fixed order: any ingest order gives the same ids. */
export function incidentId(first: LinkInput): string {
  const at = first.account.evidence[0]?.start ?? 0;
  return `inc-${createHash('sha256').update(`${first.reportId}\u0000${at}`).digest('hex').slice(0, 12)}`;
}

/**
 * Wire copies: reports whose texts are one text republished (fingerprints alike), or that come from one
 * outlet, count as one source. Returns the groups, each a list of report ids, largest first.
 */
export function independentSources(inputs: readonly LinkInput[], cfg: LinkConfig): string[][] {
  const reports = [...new Map(inputs.map((i) => [i.reportId, i])).values()].sort((a, b) => (a.reportId < b.reportId ? -1 : 1));
  // Each report joins the first group whose members it copies or shares an outlet with (checked against
  // each group's first few members: copies of one text are alike, so a hundred copies cost a hundred checks).
  const groups: LinkInput[][] = [];
  const outlet = (i: LinkInput) => i.source?.trim().toLowerCase() || null;
  for (const r of reports) {
    const home = groups.find((g) =>
      g.slice(0, 3).some(
        (m) =>
          (outlet(r) !== null && outlet(r) === outlet(m)) ||
          (!!r.fingerprint && !!m.fingerprint && fingerprintSimilarity(r.fingerprint, m.fingerprint) >= cfg.wireCopySimilarity),
      ),
    );
    if (home) home.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => g.map((r) => r.reportId)).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

interface Vote<T> {
  readonly value: T;
  /** Independent sources that give it. */
  readonly weight: number;
  readonly reportIds: string[];
  readonly first: Account;
}

/**
 * Values counted by independent source (a wire copy adds no weight), best supported first; ties go to
 * the value whose first account comes first.
 */
function votes<T>(inputs: readonly LinkInput[], valueOf: (a: Account) => T | null, keyOf: (v: T) => string, sourceOf: (reportId: string) => number): Vote<T>[] {
  const byKey = new Map<string, { value: T; sources: Set<number>; reportIds: string[]; first: Account }>();
  for (const i of inputs) {
    const v = valueOf(i.account);
    if (v === null) continue;
    const k = keyOf(v);
    const had = byKey.get(k);
    if (had) {
      had.sources.add(sourceOf(i.reportId));
      if (!had.reportIds.includes(i.reportId)) had.reportIds.push(i.reportId);
    } else byKey.set(k, { value: v, sources: new Set([sourceOf(i.reportId)]), reportIds: [i.reportId], first: i.account });
  }
  return [...byKey.values()].map((x) => ({ value: x.value, weight: x.sources.size, reportIds: x.reportIds, first: x.first })).sort((a, b) => b.weight - a.weight);
}

function conflictOf<T>(field: ConflictField, vs: readonly Vote<T>[], label: (v: T) => string): Conflict | null {
  if (vs.length < 2) return null;
  return { field, values: vs.map((v) => ({ value: label(v.value), reportIds: v.reportIds })) };
}

const PRECISE: Readonly<Record<string, number>> = { point: 5, neighbourhood: 4, town: 3, district: 2, admin1: 1, country: 0 };

/**
 * Killed or injured across sources, after UCDP GED: low is the lowest figure a source states for certain,
 * high the highest any source allows (an open "at least" range keeps high at its stated figure), best the
 * figure of the latest report among those that state one (a toll that rose is reported later), the most
 * specific stated figure winning a tie.
 */
function estimateAcross(
  inputs: readonly LinkInput[],
  pick: (a: Account) => VictimCounts,
  /** Other sources' tolls a report gives beside its own (`otherTolls`): in the spread, never the best. */
  others: (a: Account) => readonly TollClaim[] = () => [],
): { estimate: Estimate | null; figures: SourceFigure[] } {
  const figures: SourceFigure[] = [];
  const told: SourceFigure[] = [];
  for (const i of inputs) {
    const v = pick(i.account);
    const r: RangeFinding | null = v.total ?? sumOfGroups(v);
    if (!r) continue;
    figures.push({ reportId: i.reportId, source: i.source, publishedAt: i.publishedAt, low: r.low, high: r.high, certainty: r.certainty });
    for (const t of others(i.account)) {
      told.push({ reportId: i.reportId, source: i.source, publishedAt: i.publishedAt, low: t.low, high: t.high, certainty: t.certainty, by: t.by });
    }
  }
  const stated = figures.filter((f) => f.certainty === 'stated');
  const basis = stated.length > 0 ? stated : figures;
  if (basis.length === 0) return { estimate: null, figures };
  const spread = [...basis, ...told];
  const low = Math.min(...spread.map((f) => f.low));
  const high = Math.max(...spread.map((f) => f.high ?? f.low));
  const latest = [...basis].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.low - a.low)[0]!;
  return { estimate: { low, best: latest.low, high }, figures: [...figures, ...told] };
}

/** Civilians and combatants together stand for a total nobody stated. */
function sumOfGroups(v: VictimCounts): RangeFinding | null {
  const parts = [v.civilians, v.combatants].filter((r): r is RangeFinding => r !== null);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  const open = parts.some((p) => p.high === null);
  const low = parts.reduce((n, p) => n + p.low, 0);
  return { ...parts[0]!, low, high: open ? null : parts.reduce((n, p) => n + (p.high ?? p.low), 0), evidence: parts.flatMap((p) => p.evidence) };
}

/** The event types claimed inside the sentences that tell the account. */
function ownClaims(a: Account): EventType[] {
  return a.eventTypeClaims.filter((c) => a.evidence.some((e) => c.evidence[0]!.start >= e.start && c.evidence[0]!.end <= e.end)).map((c) => c.value);
}

/** The record of one event from its accounts (in the fixed linking order). */
export function reconcile(inputs: readonly LinkInput[], cfg: LinkConfig, parentOf: ParentOf): Incident {
  const wire = independentSources(inputs, cfg);
  const sourceIndex = new Map<string, number>();
  wire.forEach((g, k) => g.forEach((r) => sourceIndex.set(r, k)));
  const sourceOf = (reportId: string) => sourceIndex.get(reportId) ?? -1;
  const conflicts: Conflict[] = [];

  // Date: the day most sources give; other days are a conflict when they fall outside it.
  const dates = votes<DateFinding>(inputs, (a) => (a.date?.start ? a.date : null), (d) => `${d.start}..${d.end}`, sourceOf);
  const date = dates[0]?.value ?? null;
  const dateConflict = conflictOf('date', dates, (d) => (d.start === d.end ? d.start! : `${d.start}..${d.end}`));
  if (dateConflict) conflicts.push(dateConflict);

  // Place: the province most sources give, and inside it the most precise place named.
  const provinces = votes<PlaceFinding>(inputs, (a) => a.place, (p) => `${p.country}|${p.admin1 ?? ''}`, sourceOf);
  const region = provinces[0]?.value ?? null;
  const inRegion = inputs
    .map((i) => i.account.place)
    .filter((p): p is PlaceFinding => !!p && !!region && p.country === region.country && (p.admin1 ?? '') === (region.admin1 ?? ''));
  const place = inRegion.reduce<PlaceFinding | null>((b, p) => (!b || (PRECISE[p.precision] ?? 0) > (PRECISE[b.precision] ?? 0) ? p : b), null);
  const towns = votes<PlaceFinding>(inputs, (a) => a.place, (p) => `${p.country}|${p.admin1 ?? ''}|${p.precision === 'admin1' || p.precision === 'country' ? '' : p.name}`, sourceOf);
  const namedPlaces = towns.filter((v) => v.value.precision !== 'admin1' && v.value.precision !== 'country');
  const placeConflict = provinces.length > 1 ? conflictOf('place', provinces, (p) => [p.admin1, p.country].filter(Boolean).join(', ')) : conflictOf('place', namedPlaces, (p) => `${p.name}${p.admin1 ? `, ${p.admin1}` : ''}`);
  if (placeConflict) conflicts.push(placeConflict);

  // Event type: counted over the type each account gives and the claims in the sentences that tell it, so
  // "Scud" in one report and "air strike" in two others are all on the record (claims elsewhere in a
  // report are about other things).
  const typeClaims = votes<EventType>(
    inputs.flatMap((i) => [...new Set([...(i.account.eventType ? [i.account.eventType] : []), ...ownClaims(i.account)])].map((t) => ({ ...i, account: { ...i.account, eventType: t } }))),
    (a) => a.eventType,
    (t) => t,
    sourceOf,
  );
  const types = votes<EventType>(inputs, (a) => a.eventType, (t) => t, sourceOf);
  const eventType = types[0]?.value ?? null;
  const typeConflict = conflictOf('eventType', typeClaims.length > 1 ? typeClaims : types, (t) => t);
  if (typeConflict) conflicts.push(typeConflict);

  // Weapons: every weapon named; more than one kind is a conflict kept on the record (Scud vs missile).
  const weaponVotes = votes<string>(
    inputs.flatMap((i) => i.account.weapons.map((w) => ({ ...i, account: { ...i.account, eventType: null, weapons: [w] } }))),
    (a) => a.weapons[0]?.value ?? null,
    (w) => w,
    sourceOf,
  );
  // Weapons are no conflict when one source names several (a rocket carrying a nerve agent): only when two
  // sources name weapons and none in common.
  const weaponSets = inputs.map((i) => new Set(i.account.weapons.map((w) => w.value))).filter((w) => w.size > 0);
  const disjoint = weaponSets.some((a, k) => weaponSets.slice(k + 1).some((b) => ![...a].some((w) => b.has(w))));
  const weaponConflict = disjoint ? conflictOf('weapon', weaponVotes, (w) => w) : null;
  if (weaponConflict) conflicts.push(weaponConflict);

  // Perpetrators: each named actor once, with the reports that name it; two sides blamed is a conflict.
  const perpVotes = votes<Perpetrator>(
    inputs.flatMap((i) => i.account.perpetrators.filter((p) => p.actor).map((p) => ({ ...i, account: { ...i.account, perpetrators: [p] } }))),
    (a) => a.perpetrators[0] ?? null,
    (p) => p.actor!,
    sourceOf,
  );
  const perpetrators = perpVotes.map((v) => v.value);
  const sides = perpVotes.filter((v, k) => perpVotes.findIndex((w) => sameSide(w.value.actor!, v.value.actor!, parentOf)) === k);
  // Sources disagree when one blames a side another does not: two sides named in one report are no dispute.
  const sourcesOfSide = sides.map((v) => new Set(v.reportIds.map(sourceOf)));
  const contestedBlame = sides.length > 1 && sourcesOfSide.some((a) => sourcesOfSide.some((b) => a !== b && [...a].some((x) => !b.has(x))));
  if (contestedBlame) conflicts.push(conflictOf('perpetrator', sides, (p) => p.name)!);
  const unnamed = inputs.flatMap((i) => i.account.perpetrators.filter((p) => !p.actor));
  // An actor a source blames and that (in some source) denies it: who did it is contested.
  const denied = inputs.flatMap((i) => i.account.perpetrators.filter((p) => p.actor && p.denial?.length).map((p) => ({ name: p.name, reportId: i.reportId })));
  if (denied.length > 0) {
    const names = [...new Set(denied.map((d) => d.name))];
    conflicts.push({
      field: 'perpetrator',
      values: [
        ...perpVotes.map((v) => ({ value: `${v.value.name} (blamed)`, reportIds: v.reportIds })),
        ...names.map((n) => ({ value: `${n} (denies)`, reportIds: [...new Set(denied.filter((d) => d.name === n).map((d) => d.reportId))] })),
      ],
    });
  }

  // A source saying it did not happen as told: whether it happened is contested.
  const disputing = [...new Set(inputs.filter((i) => i.account.disputed?.length).map((i) => i.reportId))];
  if (disputing.length > 0) {
    conflicts.push({
      field: 'occurred',
      values: [
        { value: 'happened as told', reportIds: [...new Set(inputs.filter((i) => !i.account.disputed?.length).map((i) => i.reportId))] },
        { value: 'disputed', reportIds: disputing },
      ],
    });
  }
  const killed = estimateAcross(inputs, (a) => a.killed, (a) => a.otherTolls ?? []);
  const injured = estimateAcross(inputs, (a) => a.injured);
  for (const [field, est] of [['killed', killed], ['injured', injured]] as const) {
    const stated = est.figures.filter((f) => f.certainty === 'stated');
    const distinct = [...new Set(stated.map((f) => `${f.low}${f.high === null ? '+' : f.high === f.low ? '' : `-${f.high}`}`))];
    if (distinct.length > 1) {
      conflicts.push({ field, values: distinct.map((v) => ({ value: v, reportIds: stated.filter((f) => `${f.low}${f.high === null ? '+' : f.high === f.low ? '' : `-${f.high}`}` === v).map((f) => f.reportId) })) });
    }
  }

  const sourceCount = wire.length;
  const agreeing = (reports: readonly string[]) => new Set(reports.map(sourceOf)).size;
  const corroborated =
    sourceCount >= 2 &&
    agreeing(dates[0]?.reportIds ?? []) >= 2 &&
    agreeing(provinces[0]?.reportIds ?? []) >= 2 &&
    (eventType === null || agreeing(types[0]?.reportIds ?? []) >= 2);
  const claimed = perpetrators.find((p) => p.attribution === 'claimed' || p.attribution === 'confirmed');
  let grade: Grade;
  let gradeReason: string;
  if (claimed) {
    grade = 'confirmed';
    gradeReason = claimed.attribution === 'claimed' ? `${claimed.name} claims it` : `an investigation attributes it to ${claimed.name}`;
  } else if (contestedBlame || denied.length > 0 || disputing.length > 0) {
    grade = 'contested';
    gradeReason = contestedBlame
      ? `sources blame different sides: ${sides.map((s) => s.value.name).join(' / ')}`
      : denied.length > 0
        ? `${[...new Set(denied.map((d) => d.name))].join(', ')} ${denied.length > 1 ? 'deny' : 'denies'} it`
        : `a source says it did not happen as told (${disputing.join(', ')})`;
  } else if (corroborated) {
    grade = 'corroborated';
    gradeReason = `${sourceCount} independent sources agree on the date, the place and the type`;
  } else {
    grade = 'single-source';
    gradeReason = sourceCount >= 2 ? `${sourceCount} sources, but they do not agree on the date, the place and the type` : 'one source';
  }
  // Confidence: independent sources saturate (1 → 0.5, 2 → 0.75, 3 → 0.875), lowered by each conflict.
  const confidence = Math.round(Math.max(0.05, (1 - 0.5 ** sourceCount) * (1 - 0.12 * conflicts.length) * (grade === 'contested' ? 0.7 : 1)) * 100) / 100;

  return {
    id: incidentId(inputs[0]!),
    accountIds: inputs.map((i) => i.id),
    reportIds: [...new Set(inputs.map((i) => i.reportId))],
    date,
    place: place ?? region,
    eventType,
    perpetrators: [...perpetrators, ...unnamed.filter((p, k) => unnamed.findIndex((q) => q.name === p.name) === k)],
    killed: killed.estimate,
    injured: injured.estimate,
    grade,
    reviewStatus: 'unreviewed',
    sourceCount,
    confidence,
    support: {
      date: dates[0]?.reportIds ?? [],
      place: provinces[0]?.reportIds ?? [],
      eventType: types[0]?.reportIds ?? [],
      perpetrators: perpVotes[0]?.reportIds ?? [],
    },
    conflicts,
    weapons: weaponVotes.map((v) => v.value),
    targets: [...new Set(inputs.flatMap((i) => i.account.targets.map((t) => t.value)))].sort(),
    killedBySource: killed.figures,
    injuredBySource: injured.figures,
    sameSource: wire.filter((g) => g.length > 1),
    gradeReason,
  };
}
