// Two accounts compared: the named constraints that forbid a link outright, then a score from 0 to 1.
import type { EventType, PlacePrecision } from '../core/types.js';
import { distanceKm } from '../core/geo.js';
import type { LinkConfig } from './config.js';
import type { Features } from './features.js';
import { fingerprintSimilarity } from './fingerprint.js';

const COARSENESS: Readonly<Record<PlacePrecision, number>> = { point: 0, neighbourhood: 1, town: 2, district: 3, admin1: 4, country: 5 };

/** The coarser of two place precisions. */
function coarser(a: PlacePrecision, b: PlacePrecision): PlacePrecision {
  return COARSENESS[a] >= COARSENESS[b] ? a : b;
}


/**
 * Kinds of attack that reports of one event may name differently: a strike one outlet calls an air raid
 * another calls shelling or a missile, and a chemical attack arrives by air or rocket. A car bomb is not an
 * air strike; an abduction is not a bombing.
 */
const FAMILY: Readonly<Record<EventType, string>> = {
  air_strike: 'aerial',
  drone_strike: 'aerial',
  shelling: 'aerial',
  chemical_weapon: 'aerial',
  remote_explosive: 'explosive',
  suicide_bomb: 'explosive',
  armed_clash: 'ground',
  attack: 'ground',
  execution: 'ground',
  abduction: 'abduction',
  sexual_violence: 'sexual',
  other: 'other',
};
/** Families that can be told of one event: fighting with shelling or a bombing; an execution after an abduction. */
const COMPATIBLE = new Set(['aerial:ground', 'explosive:ground', 'abduction:ground', 'other:aerial', 'other:explosive', 'other:ground']);

export function typesCompatible(a: EventType, b: EventType): boolean {
  const fa = FAMILY[a];
  const fb = FAMILY[b];
  return fa === fb || COMPATIBLE.has(`${fa}:${fb}`) || COMPATIBLE.has(`${fb}:${fa}`);
}

/** Days between two date ranges (0 when they overlap). */
function dayGap(a: Features, b: Features): number {
  if (a.day1 < b.day0) return b.day0 - a.day1;
  if (b.day1 < a.day0) return a.day0 - b.day1;
  return 0;
}

const COARSE_DATE = new Set(['month', 'year']);

/**
 * The first constraint two accounts break, by name, or null. Checked before any score: no weight of other
 * evidence links accounts that break one.
 */
/**
 * The same sentences in two copies of one text (a wire story republished, a page scraped twice): the same
 * incident, whether or not a date or a place could be read.
 */
export function copiesOfOne(a: Features, b: Features, cfg: LinkConfig): boolean {
  return (
    a.quoteKey === b.quoteKey &&
    a.fingerprint !== null &&
    b.fingerprint !== null &&
    fingerprintSimilarity(a.fingerprint, b.fingerprint) >= Math.max(cfg.wireCopySimilarity, 0.8)
  );
}

export function constraintBroken(a: Features, b: Features, cfg: LinkConfig): string | null {
  // One report can tell two incidents; linking never folds them into one.
  if (a.reportId === b.reportId) return 'same-report';
  if (copiesOfOne(a, b, cfg)) return null;
  if (Number.isNaN(a.day0) || Number.isNaN(b.day0)) return 'undated';
  if (a.placePrecision === null || b.placePrecision === null || a.country === null || b.country === null) return 'unplaced';
  if (a.country !== b.country) return 'different-countries';
  const gap = dayGap(a, b);
  const bothCoarse = COARSE_DATE.has(a.datePrecision ?? '') && COARSE_DATE.has(b.datePrecision ?? '');
  if (!bothCoarse) {
    const week = a.datePrecision === 'week' || b.datePrecision === 'week' ? cfg.coarseWindowDays.week : 0;
    if (gap > Math.max(cfg.maxDaysApart, week)) return 'too-far-apart-in-time';
  }
  const precision = coarser(a.placePrecision, b.placePrecision);
  if (precision === 'admin1' && a.admin1 && b.admin1 && a.admin1 !== b.admin1) return 'different-provinces';
  if (precision !== 'country' && precision !== 'admin1' && Number.isFinite(a.lat) && Number.isFinite(b.lat)) {
    if (distanceKm(a.lat, a.lon, b.lat, b.lon) > cfg.radiusKm[precision]) return 'too-far-apart-in-space';
  }
  if (a.type && b.type && !typesCompatible(a.type, b.type)) return 'incompatible-event-types';
  return null;
}

function placeScore(a: Features, b: Features, cfg: LinkConfig): number {
  const precision = coarser(a.placePrecision!, b.placePrecision!);
  if (precision === 'country') return 0.3;
  if (precision === 'admin1') return a.admin1 === b.admin1 ? 0.65 : 0.4;
  if (a.placeKey && a.placeKey === b.placeKey) return 1;
  if (!Number.isFinite(a.lat) || !Number.isFinite(b.lat)) return 0.5;
  const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
  return Math.max(0, 1 - d / cfg.radiusKm[precision]) * 0.8 + (a.admin1 === b.admin1 ? 0.2 : 0);
}

function dateScore(a: Features, b: Features, cfg: LinkConfig): number {
  const gap = dayGap(a, b);
  const coarse = a.datePrecision !== 'day' || b.datePrecision !== 'day';
  if (coarse) return gap === 0 ? 0.55 : 0.3;
  if (gap === 0) return 1;
  // Two reports that each name their day and name different days tell different days; a day apart is
  // otherwise often one report's publication date against another's own day.
  if (a.dateFromWords && b.dateFromWords) return gap <= cfg.dayWindow ? 0.35 : 0.05;
  if (gap <= cfg.dayWindow) return 0.65;
  return 0.15;
}

function typeScore(a: Features, b: Features): number {
  if (!a.type || !b.type) return 0.5;
  if (a.type === b.type) return 1;
  return 0.55;
}

function overlap<T>(xs: readonly T[], ys: readonly T[]): boolean {
  return xs.some((x) => ys.includes(x));
}

function perpetratorScore(a: Features, b: Features): number {
  if (a.actors.length === 0 || b.actors.length === 0) return 0.5;
  // Each side blaming the other is still one event: the score drops, the link is left to the rest.
  return overlap(a.actors, b.actors) ? 1 : 0.25;
}

function victimScore(a: Features, b: Features): number {
  // Civilians on one side and fighters on the other are not the same dead.
  if (a.victims && b.victims && a.victims !== b.victims) return 0.05;
  if (a.killedLow === null && b.killedLow === null) return 0.5;
  if (a.killedLow === null || b.killedLow === null) return 0.45;
  const lo = Math.min(a.killedLow, b.killedLow);
  const hi = Math.max(a.killedLow, b.killedLow);
  if (hi === 0) return 1;
  const r = lo / hi;
  // A toll that rose (17 then 23) is the same event; 5 and 40 rarely are.
  return r >= 0.75 ? 1 : r >= 0.5 ? 0.75 : r >= 0.3 ? 0.45 : 0.15;
}

function targetScore(a: Features, b: Features): number {
  if (a.targets.length === 0 || b.targets.length === 0) return 0.5;
  return overlap(a.targets, b.targets) ? 1 : 0.2;
}

function textScore(a: Features, b: Features): number {
  const x = a.words;
  const y = b.words;
  if (x.length === 0 || y.length === 0) return 0.5;
  // Both sorted: one merge pass counts the words they share.
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  const jaccard = shared / (x.length + y.length - shared);
  return Math.min(1, jaccard * 2.5);
}

export interface Score {
  readonly total: number;
  readonly parts: Readonly<Record<keyof LinkConfig['weights'], number>>;
}

/** The weighted score of two accounts that break no constraint. */
export function score(a: Features, b: Features, cfg: LinkConfig): Score {
  if (copiesOfOne(a, b, cfg)) return { total: 1, parts: { place: 1, date: 1, type: 1, perpetrator: 1, victims: 1, targets: 1, text: 1 } };
  const parts = {
    place: placeScore(a, b, cfg),
    date: dateScore(a, b, cfg),
    type: typeScore(a, b),
    perpetrator: perpetratorScore(a, b),
    victims: victimScore(a, b),
    targets: targetScore(a, b),
    text: textScore(a, b),
  };
  let total = 0;
  for (const k of Object.keys(parts) as (keyof typeof parts)[]) total += parts[k] * cfg.weights[k];
  return { total, parts };
}
