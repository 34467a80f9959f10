// What the linker compares of an account, worked out once: day numbers, a point, the actor ids with their
// parents, the figure, the targets, and the words of the sentences that tell it.
import type { Account, DatePrecision, EventType, PlacePrecision } from '../core/types.js';
import { strictKey } from '../core/name-key.js';
import { lineage } from '../core/values.js';
import { hash32 } from './fingerprint.js';

/** One account as the linker receives it: the account and what it needs of its report. */
export interface LinkInput {
  /** The store's account id. */
  readonly id: number;
  readonly reportId: string;
  /** The outlet, as the report names it. */
  readonly source: string | null;
  readonly publishedAt: string | null;
  /** MinHash signature of the report's text (`textFingerprint`), for telling wire copies. */
  readonly fingerprint: string | null;
  readonly account: Account;
}

export interface Features {
  /** The account's id, and its report's: the rest of the input is not kept, so a million stay small. */
  readonly id: number;
  readonly reportId: string;
  /** Report id and where in it the account starts: the order that makes linking independent of input order. */
  readonly key: string;
  /** Days since 1970-01-01 of the date's first and last day; NaN when undated. */
  readonly day0: number;
  readonly day1: number;
  readonly datePrecision: DatePrecision | null;
  /** The day is the report's own words ("on Friday", "5 April"), not its publication date taken for want of any. */
  readonly dateFromWords: boolean;
  readonly lat: number;
  readonly lon: number;
  readonly placePrecision: PlacePrecision | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly placeKey: string | null;
  readonly type: EventType | null;
  /** Named actors and all their parents ("Syrian Air Force" also counts as "Syrian government forces"). */
  readonly actors: readonly string[];
  readonly killedLow: number | null;
  readonly killedHigh: number | null;
  /** Whom the dead are said to be, when the account says: all civilians, or all fighters. */
  readonly victims: 'civilians' | 'combatants' | null;
  readonly targets: readonly string[];
  /** Hashes of the content words of the sentences that tell the incident, sorted, each once. */
  readonly words: Uint32Array;
  /** Hash of the words that tell it: the same in every copy of one text. */
  readonly quoteKey: number;
  /** The report's text fingerprint (`textFingerprint`). */
  readonly fingerprint: string | null;
}

const STOP = new Set(
  'the a an and or of in on at to for from by with as was were is are be been has have had that this which who its their his her it they said says say according also after before during over more than least about into near other others some while when where there one two three four five six seven eight nine ten'.split(
    ' ',
  ),
);


/** Civilians when only civilians (or children, women) are counted, combatants when only fighters are. */
function victimKind(a: Account): 'civilians' | 'combatants' | null {
  const k = a.killed;
  const civ = !!(k.civilians ?? k.children ?? k.women);
  const comb = !!k.combatants;
  if (civ && !comb) return 'civilians';
  if (comb && !civ && (!k.total || (k.combatants!.low >= k.total.low))) return 'combatants';
  return null;
}

/** A hash of the account's own sentences, spaces and case folded: 24 bits, as stores index it. */
export function quoteKeyOf(a: Account): number {
  return hash32(a.evidence.map((e) => e.quote.toLowerCase().replace(/\s+/g, ' ').trim()).join(' | ')) & 0xffffff;
}

export function dayNumber(iso: string | null | undefined): number {
  if (!iso) return NaN;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? Math.round(t / 86_400_000) : NaN;
}

/** Ancestors of an actor id, from a parent lookup. */
export type ParentOf = (actorId: string) => string | null;

/** Features already worked out, by input: a store hands the same input objects to several relinks. */
const made = new WeakMap<LinkInput, Features>();

export function featuresOf(input: LinkInput, parentOf: ParentOf): Features {
  let f = made.get(input);
  if (!f) made.set(input, (f = computeFeatures(input, parentOf)));
  return f;
}

function computeFeatures(input: LinkInput, parentOf: ParentOf): Features {
  const a = input.account;
  const actors = new Set<string>();
  for (const p of a.perpetrators) {
    if (p.actor) for (const id of lineage(p.actor, parentOf)) actors.add(id);
  }
  const hashes = new Set<number>();
  for (const e of a.evidence) {
    for (const w of e.quote.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []) if (!STOP.has(w)) hashes.add(hash32(w));
  }
  const words = Uint32Array.from(hashes).sort();
  const total = a.killed.total ?? a.killed.civilians ?? a.killed.combatants;
  const stated = total && total.certainty === 'stated' ? total : null;
  return {
    id: input.id,
    reportId: input.reportId,
    key: `${input.reportId}\u0000${String(a.evidence[0]?.start ?? 0).padStart(9, '0')}`,
    day0: dayNumber(a.date?.start),
    day1: dayNumber(a.date?.end ?? a.date?.start),
    datePrecision: a.date?.precision ?? null,
    dateFromWords: !!a.date && a.date.rule !== 'date:publication-date' && a.date.rule !== 'date:reported-weekday',
    lat: a.place?.lat ?? NaN,
    lon: a.place?.lon ?? NaN,
    placePrecision: a.place?.precision ?? null,
    country: a.place?.country ?? null,
    admin1: a.place?.admin1 ?? null,
    placeKey: a.place?.name ? strictKey(a.place.name) : null,
    type: a.eventType,
    actors: [...actors].sort(),
    killedLow: stated ? stated.low : null,
    killedHigh: stated ? stated.high : null,
    victims: victimKind(a),
    targets: [...new Set(a.targets.map((t) => t.value))].sort(),
    words,
    quoteKey: quoteKeyOf(a),
    fingerprint: input.fingerprint,
  };
}
