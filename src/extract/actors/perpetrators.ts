// Perpetrators: who the report says did it, and how it says so.
//
// Parsers, in order:
//   1. mentions: the longest alias at each word (sources such as "Syrian Observatory for Human Rights"
//      consume their own words, so their "Syrian" is never the Syrian army)
// Refiners, in order:
//   2. role: an agent ("Russian jets", "regime air strikes", "carried out by X", "X killed") or a victim
//      ("killed 20 IS militants", "against ISIS"); only agents are perpetrators
//   3. attribution: `claimed` (the actor says it did it), `suspected` ("suspected Russian jets", "believed
//      to be"), `confirmed` (an investigation found it), else `alleged`: the report or its source says so
//   4. by: the source the sentence cites ("..., the Syrian Observatory for Human Rights said")
import type { Attribution, Evidence, Perpetrator, Span } from '../../core/types.js';
import { evidenceAt, lineage, sameSide } from '../../core/values.js';
import { strictKey } from '../../core/name-key.js';
import type { ActorRegistry, AliasEntry } from './registry.js';
import { asciiWords, asciiWordTable, scanAsciiWords, scanPatternWords } from '../words.js';

export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly entry: AliasEntry;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’`.-]*/gu;

/** The characters besides letters and digits that go on a word (WORD's class, in ASCII). */
const WORD_TABLE = asciiWordTable("'`.-");

/** The key of a word's first or last part (a word with a hyphen or an apostrophe may make a key of several). */
function wordKey(w: string, which: 'first' | 'last'): string {
  const key = strictKey(w);
  const space = which === 'first' ? key.indexOf(' ') : key.lastIndexOf(' ');
  return space < 0 ? key : which === 'first' ? key.slice(0, space) : key.slice(space + 1);
}

/**
 * Where each word of the spans starts and ends. "Hezbollah's" is Hezbollah: the possessive stays outside the
 * name. "U.S." keeps its dots; a sentence's final full stop does not belong to its last word.
 */
function words(text: string, parts: readonly Span[]): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (start: number, end: number) => {
    let e = end;
    const c = text.charCodeAt(e - 2);
    if (e - start > 2 && text.charCodeAt(e - 1) === 115 && (c === 39 || c === 8217)) e -= 2;
    // A plural's possessive: "Terrorists' Rocket Attack", "the rebels’ shells".
    else if (e - start > 2 && (text.charCodeAt(e - 1) === 39 || text.charCodeAt(e - 1) === 8217) && text.charCodeAt(e - 2) === 115) e -= 1;
    // A full stop ends a word, not an initial's ("U.S."); an ellipsis ends one too ("aircraft...").
    while (e > start + 1 && text.charCodeAt(e - 1) === 46 && text.charCodeAt(e - 2) === 46) e -= 1;
    if (text.charCodeAt(e - 1) === 46 && !/^([A-Za-z]\.)+$/.test(text.slice(start, e))) e -= 1;
    starts.push(start);
    ends.push(e);
  };
  // Letters all ASCII: the same words, read character by character, no string made for any.
  if (asciiWords(text)) scanAsciiWords(text, parts, WORD_TABLE, add);
  else scanPatternWords(text, parts, WORD, add);
  return { starts, ends };
}

/** Parser 1: every alias in the text (or in `within` only), longest first at each word. */
export function findActorMentions(text: string, reg: ActorRegistry, home: string | null, within?: readonly Span[]): ActorMention[] {
  const parts = within ? [...within].sort((a, b) => a.start - b.start) : [{ start: 0, end: text.length }];
  const { starts, ends } = words(text, parts);
  strippedPossessives(text, reg, starts, ends);
  const word = (k: number) => text.slice(starts[k]!, ends[k]!);
  const out: ActorMention[] = [];
  const lastKeys: (string | undefined)[] = [];
  for (let i = 0; i < starts.length; ) {
    const reach = reg.mayStart(text, starts[i]!, ends[i]!) ? reg.reachOf(wordKey(word(i), 'first')) : 0;
    let found: ActorMention | null = null;
    for (let end = Math.min(starts.length, i + reach); end > i && !found; end--) {
      const last = (lastKeys[end - 1] ??= wordKey(word(end - 1), 'last'));
      if (!reg.endsAnAlias(last)) continue;
      // Stop at punctuation other than hyphens and apostrophes: a name does not cross a comma.
      const slice = text.slice(starts[i]!, ends[end - 1]!);
      if (/[,;:()"“”]/.test(slice)) continue;
      // "The Islamic Front rebel coalition" is no US-led coalition: the word alone, after a word for another kind of side.
      const resolved = reg.resolve(slice, home);
      // Nor is "Army" in "the Oromo Liberation Army (OLA)" the country's army: a word generic in the country,
      // capitalised after a capitalised word of another name (not a people's: "Ethiopian Army"), ends that name.
      const entry =
        resolved && end - i === 1 && ((/^coalition$/i.test(slice) && OTHER_COALITION_BEFORE.test(text.slice(Math.max(0, starts[i]! - 20), starts[i]!))) || endsOtherName(text, resolved, starts, ends, i))
          ? null
          : resolved;
      if (entry) {
        found = { start: starts[i]!, end: ends[end - 1]!, entry };
        i = end;
      }
    }
    if (found) out.push(found);
    else i++;
  }
  return withNamedGroups(text, reg, home, parts, withNamedCoalition(text, reg, withElided(text, reg, home, withoutParentAsides(text, out))));
}

/** A people's word or letters before a side's generic word: "Ethiopian Army", "Sudanese Army", "SAA". */
const PEOPLE_WORD = /^(?:\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ic)|\p{Lu}{2,6})$/u;

/**
 * Whether word `i`, a generic word of a side (`entry`), is the last word of another name: capitalised, right after
 * a capitalised word that is not a people's, with no capitalised word after it (a headline in title case
 * capitalises all: "Deadly Army Strike Kills 10").
 */
function endsOtherName(text: string, entry: AliasEntry, starts: readonly number[], ends: readonly number[], i: number): boolean {
  if (entry.kind !== 'actor' || entry.genericIn === null || i === 0 || !/^\p{Lu}/u.test(text.slice(starts[i]!, starts[i]! + 1))) return false;
  if (!/^\s+$/.test(text.slice(ends[i - 1]!, starts[i]!))) return false;
  const prev = text.slice(starts[i - 1]!, ends[i - 1]!);
  // (Nor after a dateline's dash, "Hama, SANA- Army units ...", nor after a word capitalised only as a sentence's
  // first: "The Coalition later conceded the strike".)
  if (!/^\p{Lu}/u.test(prev) || /[-–—]$/.test(prev) || PEOPLE_WORD.test(prev) || /(?:^|[.!?:;"“\n])\s*$/.test(text.slice(Math.max(0, starts[i - 1]! - 3), starts[i - 1]!))) return false;
  const next = i + 1 < starts.length && /^\s+$/.test(text.slice(ends[i]!, starts[i + 1]!)) ? text.slice(starts[i + 1]!, starts[i + 1]! + 1) : '';
  return !/^\p{Lu}/u.test(next);
}

/** The actors mentions name by an alias of their own, not a generic word. */
export function namedOutright(mentions: readonly ActorMention[]): Set<string> {
  return new Set(mentions.flatMap((m) => (m.entry.kind === 'actor' && m.entry.genericIn === null ? [m.entry.actor.id] : [])));
}

/**
 * The coalitions a bare "coalition" may be: the forces whose acts in a report say it is that one, and the words
 * without which a report names neither it nor them outright (a look before the reading).
 */
const COALITIONS: Readonly<Record<string, { readonly members: readonly string[]; readonly words: RegExp }>> = {
  'us-coalition': { members: ['us-forces', 'gb-forces'], words: /U\.?S\.?|American|British|Western|international coalition|anti-IS|Inherent Resolve|CJTF/ },
  'saudi-coalition': { members: [], words: /Saudi|Arab coalition|Emirati|UAE|التحالف/ },
};

/** A mention of a coalition by a word it shares with another ("coalition"): the only kind withNamedCoalition changes. */
function genericCoalition(m: ActorMention): boolean {
  return m.entry.kind === 'actor' && m.entry.genericIn !== null && m.entry.actor.kind === 'coalition';
}

/**
 * True when a mention is of a word two coalitions go by and the text holds words of the one it was not read as:
 * only then is the whole report read for which coalition it names (withNamedCoalition).
 */
export function mayNameOtherCoalition(text: string, reg: ActorRegistry, m: ActorMention): boolean {
  if (!genericCoalition(m) || m.entry.kind !== 'actor') return false;
  const own = m.entry.actor.id;
  return reg.genericActors(text.slice(m.start, m.end)).some((a) => a.id !== own && (COALITIONS[a.id]?.words.test(text) ?? false));
}

/**
 * A word two coalitions go by ("coalition jets") names the one the report names outright, or the one whose members
 * it names acting: "American and British warplanes struck dozens of Houthi sites" makes the coalition in Yemen
 * the US-led one; "The Saudi-led coalition launched an assault" the Saudi-led one. Else the report's country
 * decides (ActorRegistry.resolve).
 */
export function withNamedCoalition(text: string, reg: ActorRegistry, mentions: ActorMention[], given?: ReadonlySet<string>): ActorMention[] {
  // (Most reports have no such word: nothing is built for them.)
  if (!mentions.some(genericCoalition)) return mentions;
  const named = given ?? namedOutright(mentions);
  if (named.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.entry.kind !== 'actor' || m.entry.genericIn === null || named.has(m.entry.actor.id)) return m;
    const own = m.entry.actor.id;
    const other = reg.genericActors(text.slice(m.start, m.end)).find((a) => a.id !== own && (named.has(a.id) || (COALITIONS[a.id]?.members ?? []).some((x) => named.has(x))));
    return other ? { ...m, entry: { kind: 'actor', actor: other, genericIn: m.entry.genericIn } } : m;
  });
}

/** What a name is to the one before it: "Nusra Front, Al-Qaeda's Syria affiliate", "Al-Qaidas Syria branch". */
const AFFILIATE_AFTER = /^(?:['’]?s)\s+(?:[A-Z][\w-]*\s+)?(?:affiliate|branch|wing|offshoot|franchise|arm|ally|proxy)\b/;

/** A side named right after another only to say what that one is to it, its parent, is no mention of its own. */
function withoutParentAsides(text: string, mentions: ActorMention[]): ActorMention[] {
  return mentions.filter((m, k) => {
    if (k === 0) return true;
    const prev = mentions[k - 1]!;
    return !(m.start - prev.end <= 3 && /^\s*,?\s*$/.test(text.slice(prev.end, m.start)) && AFFILIATE_AFTER.test(text.slice(m.end, m.end + 40)));
  });
}

/**
 * A possessive a scraper left without its apostrophe, "Russias defence ministry", "Hamass armed wing", "Islamic
 * States Central Africa Province": a capitalised word ending in s that no alias holds, whose stem an alias does,
 * ends before its s (as "Hezbollah's" ends before its 's).
 */
function strippedPossessives(text: string, reg: ActorRegistry, starts: readonly number[], ends: number[]): void {
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const end = ends[k]!;
    const first = text.charCodeAt(start);
    const beforeS = text.charCodeAt(end - 2);
    if (end - start < 4 || text.charCodeAt(end - 1) !== 115 || first < 65 || first > 90 || beforeS < 97 || beforeS > 122) continue;
    const key = strictKey(text.slice(start, end));
    if (key.includes(' ')) continue;
    const stem = key.slice(0, -1);
    if (!reg.endsAnAlias(stem) && reg.reachOf(stem) === 0) continue;
    if (reg.endsAnAlias(key) || reg.reachOf(key) > 0) {
      // A word some alias holds ("States" of "United States") only when the name before it reads with the stem:
      // "Islamic States Central Africa Province".
      const prev = k > 0 ? text.slice(starts[k - 1]!, ends[k - 1]!) : '';
      if (!prev || reg.resolve(`${prev} ${text.slice(start, end)}`, null) || !reg.resolve(`${prev} ${text.slice(start, end - 1)}`, null)) continue;
    }
    ends[k] = end - 1;
  }
}

/** Words before "coalition" that make it a coalition of rebels or of a people, not the US-led one. */
const OTHER_COALITION_BEFORE = /\b(?:rebel|opposition|islamist|jihadist|militant|kurdish|tribal|insurgent|armed|sunni|shiite|shia)\s+$/i;

/** The words for a group a name may follow. */
const GROUP_NOUNS = '(?:group|militia|movement|organi[sz]ation|faction|outfit|network)';
/** A group's name: capitalised words, with the articles and connectors between them. */
const GROUP_NAME = "((?:al-|el-)?[A-Z][\\w'’-]*(?:\\s+(?:(?:al|el|wal|bin|of|the|and|de)[-\\s]+)?[A-Z][\\w'’-]*){0,5})";
/**
 * A group the registry does not hold, named after the word "group" as an aside or as what it is called: "a
 * little-known local Islamist group, National Thowheeth Jama'ath, for the attacks" (and, in a text stripped
 * of commas, "group National Thowheeth Jamaath for the attacks"), "a group calling itself Jaish al-Adl". Its
 * name is kept as the report writes it, with no canonical id.
 */
const NAMED_GROUP = new RegExp(
  `\\b${GROUP_NOUNS}(?:\\s*,\\s*${GROUP_NAME}(?=\\s*[,(])|\\s+(?:called|named|known as|calling (?:itself|themselves))\\s+(?:the\\s+)?${GROUP_NAME}(?![\\w'’-])|\\s+${GROUP_NAME}(?=\\s+(?:for|which|that|who|claimed|has claimed|said)\\b))`,
  'g',
);
const GROUP_WORD = new RegExp(`\\b${GROUP_NOUNS}\\b`, 'i');

function withNamedGroups(text: string, reg: ActorRegistry, home: string | null, parts: readonly Span[], mentions: ActorMention[]): ActorMention[] {
  let out = mentions;
  for (const part of parts) {
    const words = text.slice(part.start, part.end);
    if (!GROUP_WORD.test(words)) continue;
    NAMED_GROUP.lastIndex = 0;
    for (let m = NAMED_GROUP.exec(words); m; m = NAMED_GROUP.exec(words)) {
      const name = (m[1] ?? m[2] ?? m[3])!;
      const start = part.start + m.index + m[0].length - name.length;
      const end = start + name.length;
      // A name the registry knows (or a source's, "Reuters") is read as such already.
      if (out.some((x) => x.start < end && x.end > start) || reg.resolve(name, home) || NOT_GROUP_NAMES.has(strictKey(name))) continue;
      out = [...out, { start, end, entry: { kind: 'group' } as const }].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/** Capitalised words that follow "group," without naming it: "the group, Reuters reported", "the group, The ...". */
const NOT_GROUP_NAMES = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'reuters', 'afp', 'ap', 'sana', 'which', 'who', 'but', 'and', 'according', 'officials', 'police']);

/** A side named before another that shares its noun: "Syrian" in "either Syrian or Russian aircraft". */
const ELIDED_BEFORE = /(?:^|[^\p{L}-])(\p{Lu}[\p{L}-]+)\s+(?:or|and|and\/or)\s+$/u;

/** The mentions with those of sides whose noun the next mention carries ("Syrian or Russian aircraft" names Syrian aircraft). */
function withElided(text: string, reg: ActorRegistry, home: string | null, mentions: ActorMention[]): ActorMention[] {
  let out = mentions;
  for (const m of mentions) {
    const words = text.slice(m.start, m.end);
    const space = words.indexOf(' ');
    if (m.entry.kind !== 'actor' || space < 0) continue;
    const before = ELIDED_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!before) continue;
    const end = m.start - before[0].length + before[0].indexOf(before[1]!) + before[1]!.length;
    const start = end - before[1]!.length;
    if (out.some((x) => x.start < end && x.end > start)) continue;
    const entry = reg.resolve(`${before[1]} ${words.slice(space + 1)}`, home);
    if (entry?.kind === 'actor' && entry.actor.id !== m.entry.actor.id) out = [...out, { start, end, entry }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Weapons and attacks right after a name make it the one acting: "Russian jets", "IS counter-offensive", "a Russian
 * Tochka-U ballistic missile".
 */
const WEAPON_AFTER =
  /^(?:\s*(?:and|or|and the)\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:['’]s?\s+)?(?:[\w-]+\s+)?(?:(?:ballistic|cruise|guided|unguided|cluster|hypersonic|long-range|short-range|precision-guided|surface-to-surface|air-to-surface|anti-tank|heavy|kamikaze)\s+)?(?<![\w-])(?:jets?|warplanes?|war planes|planes?|aircraft|helicopters?|drones?|air ?strikes?|airstrikes?|air raids?|raids?|bombs?|bombing|bombings|bombardment|barrel bombs?|shelling|shells|rockets?|missiles?|mortars?|artillery|fire|snipers?|bombers?|attacks?|assault|(?:counter-?)?offensives?|strikes?)\b/i;
/** A side that used a weapon: "Russian forces used 9N210/9N235 cluster munitions in an attack on a kindergarten". */
const USED_WEAPON_AFTER =
  /^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:used|fired|dropped|deployed|launched)\s+(?:[\w/.-]+\s+){0,4}?(?:munitions|missiles?|rockets?|bombs?|shells?|drones?|chemical weapons|gas|chlorine|sarin|artillery|mortars?|barrel bombs?)\b/i;
/** Its forces after a name make it a side, a weaker sign than a weapon: "regime forces". */
const FORCES_AFTER = /^(?:\s*(?:and|or|and the)\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:['’]s?\s+)?(?:(?![\w-]+(?:ing|ed)\s)[\w-]+\s+)?(?<![\w-])(?:forces|troops|army|fighters|militants|gunmen|terrorists|jihadists|terror elements|elements|units)\b/i;
/** A name that speaks rather than acts: "opposition forces on Sunday claimed that", "the regime accused". */
// (Not when it acts first: "ISIS beheaded 4 men accused of spying" is no accusation of ISIS's.)
const SOURCE_AFTER = /^\s*(?:(?!(?:killed|kills|kill|killing|beheaded|executed|executes|shot|shelled|bombed|struck|hit|targeted|attacked|massacred|abducted|kidnapped)\b)[\w-]+\s+){0,3}?(?:said|says|saying|reported|reports|told|claimed that|claims that|claimed \w+ (?:had|have|were|was)|accused|accuses|blamed|blames|denied|denies|condemned|condemns)\b/i;
/** The name is the one struck: "X pounded by 56 air strikes", "X hit by shelling". */
const PASSIVE_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:pounded|pounds|hit|struck|targeted|attacked|bombed|shelled|killed)\s+(?:down\s+)?by\b/i;
/** Munitions shot down: "shot down 21 of 23 missiles" defends against an attack; it is none. */
// (Not the weapon that downed something: "shot down the plane with a missile".)
const MUNITIONS_DOWN = String.raw`(?:(?!with\b|by\b|using\b)[\w-]+\s+){0,4}?(?:missiles?|rockets?|projectiles?|shells?)\b`;
/** Verbs after a name, perhaps past a word or two, that make it the one acting ("Syrian troops have killed"). */
// Up to five words may stand between ("the Syrian Army alongside a volunteer militia has killed"), never
// an auxiliary of the passive ("fighters who were killed" are victims) or a number ("ISIS commander, 34
// terrorists killed").
const KILL_VERB_AFTER = new RegExp(
  String.raw`^\s*(?:(?!(?:were|was|been|being|be|are|is|who|which|that)\s|\d)[\w-]+\s+){0,5}?(?:killed|kill|kills|execute|executed|executes|beheaded|shelled|bombed|struck|hit|hits|targeted|pounded|pounds|fired|fires|opened fire|opens fire|(?:began|begun|started|stepped up|intensified|resumed) (?:striking|bombing|shelling|attacking|bombarding|pounding|targeting)|massacred|blew|detonated|ambushed|shot(?!\s+down\s+${MUNITIONS_DOWN})|bombarded|dropped|eliminated|eliminates|eliminate|neutrali[sz]ed|neutrali[sz]es|claimed responsibility|claims responsibility|used (?:chemical|chlorine|sarin|toxic|poison|nerve|barrel|cluster|incendiary|white phosphorus|thermobaric)|used (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|bombs?|drones?|munitions|mortars?|shells)|gassed)\b`,
  'i',
);
type SentenceMemo<T> = WeakMap<Span, { readonly text: string; readonly value: T }>;

/** What `read` finds in a sentence of `text`, worked out once per sentence however many names it holds. */
function perSentence<T>(memo: SentenceMemo<T>, text: string, sentence: Span, read: (words: string) => T): T {
  const known = memo.get(sentence);
  if (known && known.text === text) return known.value;
  const value = read(text.slice(sentence.start, sentence.end));
  memo.set(sentence, { text, value });
  return value;
}

const saysUnattributed: SentenceMemo<boolean> = new WeakMap();
const citesSource: SentenceMemo<string | null> = new WeakMap();

/** Whether a sentence says nobody knows who did it. */
function unattributed(text: string, sentence: Span): boolean {
  return perSentence(saysUnattributed, text, sentence, (words) => UNATTRIBUTED.test(words));
}

/** A sentence that says nobody knows who did it: what it names besides is context, not attribution. */
const UNATTRIBUTED = /\b(?:not (?:immediately )?(?:clear|known) (?:who|which \w+ (?:carried|was|were|had|did))|unclear (?:who|which \w+ (?:carried|was|were|had|did))|unknown who|no (?:one|group) (?:has |had )?(?:yet )?(?:claimed|announced)|not yet been claimed|no (?:immediate )?claims? of responsibility|nobody (?:has )?(?:yet )?claimed)\b/i;
const LOYAL_TO_BEFORE = /\b(?:forces|fighters|militias?|troops|gunmen|units)\s+loyal\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** A side accused, in the passive, of the act: "The Wagner Group was accused of executing civilians". */
const ACCUSED_OF_AFTER = /^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}?(?:was|were|is|are|has been|have been|had been|stands?|stood)\s+accused\s+of\s+(?:killing|executing|massacring|carrying out|shelling|bombing|attacking|torturing|committing|abducting|kidnapping|raping|burning|looting|targeting|firing|launching)\b/i;
/** "X were behind the attack", "X was responsible for the strike", "X's regional affiliate was behind the attack". */
const BEHIND_AFTER = /^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}?(?:was|were|is|are)\s+(?:(?:believed|thought|suspected|said|reported)\s+to\s+(?:be|have been)\s+)?(?:behind|responsible for|(?:being\s+)?blamed\s+for)\s+(?:the|this|that|these|those|a)\s+(?:\w+\s+)?(?:attacks?|strikes?|air ?strikes?|airstrikes?|raids?|bombings?|massacres?|shelling|blasts?|assaults?|killings?|explosions?)\b/i;
const AGENT_VERB_AFTER =
  /^,?\s*(?:(?!(?:were|was|been|being|be|are|is|who|which|that)\s|\d)[\w'’-]+,?\s+){0,5}?(?:launched|launches|carried out|carries out|attacked|stormed|abducted|kidnapped|destroy|destroys|destroyed|raided|seized|drove|overran|captured|recaptured|retook|took back|reclaimed|took control|claimed|claims)\b/i;
/**
 * An attack carried out a few words on: "or Syrian carried out six strikes", "launched air raids". (Not what a
 * side "has carried out" before: "the Nusra Front has carried out similar attacks in the past".)
 */
const CARRIED_OUT_AFTER =
  /^,?\s*(?:(?!(?:were|was|been|being|be|are|is|who|which|that|has|have|had|often|frequently|repeatedly|previously)\s|\d)[\w'’-]+,?\s+){0,5}?(?:carried out|carries out|launched|launches|conducted|conducts)\s+(?:[\w-]+\s+){0,3}?(?:air ?strikes?|airstrikes?|strikes|raids?|attacks?|bombings?|shelling)\b/i;
/** "ISIS terrorists whose three-week assault": the assault is theirs. */
const WHOSE_ATTACK_AFTER = /^\s*whose\s+(?:[\w-]+\s+){0,2}?(?:assault|attack|offensive|advance|bombardment|shelling|strikes?|air ?strikes?|raids?)\b/i;
/** How a group's statement names its own hand: "it", "its fighters", "one of its fighters". */
export const ITS_OWN = "(?:it|its (?:fighters|forces|troops|units|soldiers|army|air force|navy|aircraft|warplanes|jets|drones)|(?:one|two|three|some) of (?:its|the group['’]?s) (?:fighters|members))";
/** Its own strike or its own aircraft in a statement: "the coalition said on Thursday that its March 17 air strike". */
const ITS_STRIKE = String.raw`(?:said|says|announced|stated|admitted|acknowledged)(?:\s+on\s+\w+)?(?:\s+in\s+an?\s+(?:online\s+|written\s+|brief\s+)?statement)?\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:air ?strikes?|airstrikes?|strikes?|raids?|bombing|aircraft|jets|warplanes|drones?)`;
/** A side that owns the attackers as its own: "said the two brothers from east Jerusalem were its members". */
const OWNS_ATTACKERS = String.raw`said(?: (?:late |early )?on \w+)?(?: in an? (?:online |written |brief )?statement)? (?:that )?(?:the |both |all )?(?:[\w-]+ ){0,5}?(?:were|was) (?:(?:one|two|three|some) of |among )?its (?:own )?(?:members|fighters|militants|operatives|men)\b`;

/** The name says it did it: "DAESH said that it killed", "IS ... on Monday claimed responsibility". */
const CLAIMS_AFTER = new RegExp(
  String.raw`^(?:['’]s)?(?:\s*(?:[\w-]+\s+){0,3}?(?:said|says|announced|stated|confirmed|confirms|admitted|admits|acknowledged|acknowledges)(?:\s+(?:late\s+|early\s+)?on\s+\w+)?(?:\s+in\s+an?\s+(?:online\s+|written\s+|brief\s+)?statement)?\s+(?:that\s+)?(?:${ITS_OWN}|they|it)\s+(?:had\s+)?(?:\w+ly\s+)?(?:killed|carried out|conducted|launched|attacked|targeted|struck|hit|shot(?!\s+down\s+${MUNITIONS_DOWN})|shelled|bombed|stormed|ambushed|raided|executed|destroyed|detonated|fired|blew|neutrali[sz]ed|eliminated)|\s*(?:[\w-]+\s+){0,3}?${ITS_STRIKE}|[^.;]{0,40}?\b(?:claimed (?:responsibility|credit|(?:the|both|all|these|those|the two|all three) (?:[\w-]+ )?(?:attacks?|bombings?|blasts?|assaults?|killings?|explosions?|strikes?))|(?:t(?:ook|akes|aken|aking)|accepted) (?:full )?responsibility(?= for (?:the |this |that |these |its |their |\w+['’]s )?(?:[\w-]+ )?(?:attacks?|bombings?|blasts?|assault|killings?|strikes?|explosions?|massacre|operation|shooting|ambush)\b|\s*[.,;]|$))|\s*(?:[\w-]+\s+){0,3}?${OWNS_ATTACKERS}|\s*(?:has\s+|have\s+)?(?:reported|announced|confirmed) the (?:elimination|destruction|liquidation) of|\s*(?:later\s+)?(?:conceded|admitted|acknowledged) (?:(?:carrying out|responsibility for) )?(?:the|this|that) (?:[\w-]+ )?(?:strike|air ?strike|airstrike|attack|raid|bombing|shelling)s?)\b`,
  'i',
);
/** A harm, then "in" or "by": "killed in Syrian government air strikes", "died during Russian raids". */
const HARM_IN_BEFORE = /\b(?:killed|dead|died|wounded|injured|deaths|casualties)\s+(?:in|by|during|from)\s+(?:the\s+|a\s+|an\s+)?(?:suspected\s+|alleged\s+)?$/i;
/** "after rebel fire on Damascus", "following an IS attack": an act before the incident, not the incident. */
const AFTER_BEFORE = /\b(?:after|following|in (?:retaliation|response) (?:for|to))\b[^,;]*$/i;
/**
 * "a day after", "two weeks after": an earlier event, apart from the incident (not a saying, "a day after activists
 * said government forces shelled the area", which dates only the saying).
 */
const SOME_TIME_AFTER_BEFORE = /\b(?:a|one|two|three|four|five|six|\d+|several|a few)\s+(?:days?|hours?|weeks?|months?|years?)\s+after\b(?![^,;]*\b(?:said|says|reported|told|accused|claimed|announced|stated)\b)[^,;]*$/i;
const HARM_IN_CLAUSE_AFTER = /^[^.;]*?\b(?:killed|killing|kills|dead|died|wounded|wounding|injured|injuring|massacred|executed)\b/i;
/** Repelling an attack, killing the attackers. */
const REPEL_AFTER = /^\s*(?:[\w-]+\s+){0,6}?(?:repel|repels|repelled|repulsed|thwarted|thwart|foiled|foil|fended off|fend off|fends off)\b/i;

/**
 * Words before a name that make it the one acting: "carried out by", "blamed on", "an airstrike of the coalition",
 * "suspicion fell on".
 */
// (And a recorder's field: "Suspected belligerent: US-led Coalition".)
const AGENT_BEFORE =
  /\b(?:by|the work of|blamed on|blam(?:ed|es|ing) (?:the |this |that |these |those )?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|airstrikes?|bombings?|blasts?|explosions?|killings?|massacres?|shelling|raids?|assaults?|incidents?|violence)\s+on|blamed|blames|blaming|blame on|suspicion (?:\w+ )?(?:fell|falls|has fallen|had fallen|pointed|points) (?:on|at|to)|accused|accusing|accuses|attributed to|responsibility to|perpetrated by|(?:air ?strikes?|airstrikes?|raids?|strikes?|attacks?|shelling|bombardment|bombing|offensive) (?:of|by)|(?:killed|died|dead|wounded) (?:in|during) (?:\w+ )?(?:clashes|fighting|battles?|confrontations) (?:with|against))\s+(?:the\s+)?(?:suspected\s+|alleged\s+)?(?:[\w-]+\s+){0,2}?$|\b(?:belligerents?|perpetrators?)\s*:\s*$/i;
/**
 * "By" that holds, uses or backs rather than strikes: "areas held by rebels", "a siege by the regime", "backed by
 * Russia", "a hotel used as a base by government forces"; or that tells who made up a story: "fabricated by the
 * rebels".
 */
const HELD_BY_BEFORE =
  /\b(?:used|held|controlled|backed|supported|led|run|besieged|surrounded|encircled|captured|recaptured|retaken|taken|taken over|liberated|seized|overrun|siege|blockade|funded|armed|trained|protected|guarded|manned|occupied|brokered|sponsored|mediated|organi[sz]ed|hosted|announced|reported|monitored|fabricated|staged|faked|invented|made up)\s+(?:of\s+[\w\s-]{1,30}?\s+|as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+|(?:partly|jointly|largely|mainly|partially|mostly)\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** A name that carries its own weapon: "Syrian government air strikes", "Belgian F-16 jets". */
const ARMED_NAME = /(?:jets?|warplanes?|war planes|planes|aircraft|helicopters?|air ?strikes?|airstrikes|raids?|shelling|barrel bombs?|bombers|artillery|drones?|strikes)$/i;

/**
 * A kill verb, perhaps with a count, just before a name: "killed 20 IS militants", "kill 77"; not across a
 * preposition ("killed in US air strikes", "killed after Russian raids" name the one acting).
 */
const KILL_BEFORE = /\b(?:kill(?:s|ed|ing)?|eliminat\w+|neutrali[sz]\w+|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|captur\w+|executed)\s+(?:at least\s+|more than\s+|over\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of|tens of)\s+)?(?:(?!(?:in|after|by|during|when|as|following|from|amid|under|with|on|at|and|since|because|while|before|until|where)\s)[\w-]+\s+){0,2}?$/i;
/** What a side's adjective names when it is a place: "Ukrainian city of", "Syrian border town". */
const PLACE_OF_AFTER = /^\s+(?:(?:border|port|frontline|front-line|coastal|capital)\s+)?(?:city|cities|town|towns|village|villages|capital|port|province|region|governorate|district|countryside|territory|soil|airspace|coast|border)\b/i;
/** The second of the groups a killing counts: "killing at least 60 Afghans and 13 U.S. troops". */
const KILLED_LIST_BEFORE =
  /\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing))\s+(?:at least\s+|more than\s+|over\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:and|as well as|along with)\s+(?:at least\s+|more than\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)\s+$/i;
/** The target of an operation: "against ISIS", "targeting IS positions", "members of ISIS", "had struck \"Hamas". */
const TARGET_BEFORE = /\b(?:against|targeting|targeted|positions of|hideouts of|(?:air ?strikes?|airstrikes?|strikes?|raids?|attacks?|bombardment|shelling) (?:on|upon)|recaptured from|retaken from|taken from|fight(?:ing)?|battling|clashes with|offensive on|advance on|repel|repels|repelled|repulsed|thwarted|foiled|fended off|fend off)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$|\b(?:struck|hit|bombed|shelled|pounded|stormed|raided)\s+["“]?(?:the\s+)?$/i;
/** A count right before a name (not a year), with a death or wound after it: "18 IS jihadists killed". */
const COUNT_BEFORE = /(?:^|\s)(?!(?:19|20)\d\d\b)\d{1,4}(?:,\d{3})*\s+(?:[\w-]+\s+)?$/;
const HARM_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:were\s+|have been\s+|had been\s+)?(?:killed|dead|died|wounded|injured|eliminated)\b/i;
const VICTIM_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:fighters|militants|members|jihadists|terrorists|soldiers|troops|commanders?|emirs?)\s+(?:were|have been|had been|was)\s+(?:\w+\s+)?(?:killed|dead|wounded|injured|neutrali[sz]ed|eliminated)\b|^\s*(?:[\w-]+\s+){0,3}?(?:officers?|servicem[ae]n|soldiers?|troops|fighters|commanders?|pilots?|advis[eo]rs?)\s+(?:killed|dead|wounded|injured)\s+(?:in|near|by|as|after|when|while|during|on|at)\b|^\s*(?:[\w-]+\s+){0,2}?(?:commanders?|leaders?|chiefs?|officials?|emirs?)\s+(?:(?:is|was|are|were)\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:killed|dead|victims)\b/i;
/** Members killed: "killed 20 fighters from ISIS", "25 militants of Al-Nusra Front, one of its leaders among them, dead". */
const KILLED_MEMBERS_BEFORE =
  /\b(?:kill\w*|eliminat\w+|neutrali[sz]\w+|wound\w*|injur\w*|captur\w+|execut\w+)\s+(?:at least\s+|more than\s+|over\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*|(?!(?:when|as|after|while|and|by|because|before|during|in|on|at|for|with|since|until|where)\b)[a-z]+)\s+(?:[\w-]+\s+)?(?:fighters|militants|members|jihadists|terrorists|soldiers|troops)\s+(?:from|of|belonging to)\s+(?:the\s+)?$/i;
const COUNTED_MEMBERS_BEFORE = /(?:^|\s)(?!(?:19|20)\d\d\b)(?:\d{1,4}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?:[\w-]+\s+)?(?:fighters|militants|members|jihadists|terrorists|soldiers|troops)\s+(?:from|of)\s+(?:the\s+)?$/i;
const HARM_SOON_AFTER = /^[^.;]{0,60}?\b(?:killed|dead|died|wounded|injured|eliminated)\b/i;
/** Someone acting who belongs to the name: "a suicide bomber from the Nusra Front", "gunmen of ISIS". */
// And the aircraft someone's: "warplanes believed to belong to the Syrian government".
const MEMBER_OF_BEFORE =
  /\b(?:bombers?|fighters|militants|gunmen|gunman|attackers?|assailants?|snipers?|rebels|insurgents|jihadists|terrorists|extremists|jets|warplanes|aircraft|planes|helicopters|drones)\s+(?:from|of|belonging to|(?:(?:believed|thought|suspected|said|presumed)\s+to\s+)?belong\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$/i;
/** A side's aircraft shot down: the side is the one struck ("A Russian helicopter was shot down over Idlib"). */
const DOWNED_AIRCRAFT_AFTER = /^\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:helicopters?|jets?|planes?|aircraft|warplanes?|drones?|fighter jets?)\s+(?:was|were|had been|has been)\s+(?:reportedly\s+)?(?:shot down|downed|brought down)\b/i;
/** Where a side's men were when struck: "the Atme crossing, where fighters from the Ahrar al-Sham group were stationed". */
const STATIONED_AFTER = /^\s*(?:(?:group|movement|faction|brigade|militia)\s+)?(?:were|was|are|is|had been|have been)\s+(?:\w+\s+)?(?:stationed|based|deployed|positioned|posted|garrisoned|gathered|gathering|present|holed up|sheltering)\b/i;
/** A side, or its spokesman, that confirms the strike: "A junta spokesman confirmed the strike", "the army admitted the attack". */
const OWN_CONFIRMS_AFTER =
  /^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?(?:has\s+|have\s+)?(?:confirmed|acknowledged|admitted)\s+(?:carrying out\s+|conducting\s+)?(?:the|an|its|a)\s+(?:[\w-]+\s+)?(?:air ?strikes?|airstrikes?|strikes?|attacks?|raids?|bombing|shelling)\b|^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}?(?:has\s+|have\s+)?(?:confirmed|acknowledged|admitted)\s+(?:that\s+)?(?:an?|its|one of its|the)\s+(?:[\w-]+\s+){0,3}?(?:unit|battery|forces|troops|soldiers|jets|aircraft|warplanes|drones?|missiles?)\s+(?:had\s+)?(?:mistakenly\s+|accidentally\s+|unintentionally\s+)?(?:shot|fired|struck|hit|downed|killed|bombed|shelled)\b/i;
/**
 * What a side is accused of besides the attack: "accused the militants of using civilians as human shields",
 * "of hiding among civilians", "of operating from the school", "of continuing to shell Stepanakert", "of violating
 * the truce", "of funding and arming" groups (not "accused rebels of using poison gas").
 */
const ACCUSED_BEFORE = /\baccus\w*\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const ACCUSED_OF_OTHER =
  /^\s+of\s+(?:using\s+(?:the\s+)?(?:civilians?|people|residents|population|children|women|human\s+shields|hospitals?|schools?|mosques?|homes|civilian)|hiding|operating|embedding|exploiting|storing|placing|positioning|sheltering|continuing|violating|breaching|breaking|funding|financing|arming|supporting|backing|harbou?ring|sponsoring)\b/i;
/**
 * A side that goes after the ones who did it: "troops pursued the attackers and killed four of them", "police
 * shot dead two of the assailants". It answers the attack; it is not its perpetrator.
 */
const PURSUES_AFTER =
  /^\s*(?:[\w-]+\s+){0,4}?(?:pursued|chased|hunted|tracked|killed|shot dead|shot|arrested|captured|neutrali[sz]ed|repelled|repulsed|intercepted)\s+(?:(?:[\w-]+\s+){0,2}of\s+)?the\s+(?:attackers|assailants|gunmen|raiders|perpetrators|suicide bombers?)\b/i;

/**
 * People of a side who are not its fighters, right after its name: "Russian ambassador", "Turkey's envoy", "American
 * journalists", "a concert by US singer Ariana Grande", "a French company".
 */
const PERSON_OF_AFTER =
  /^(?:['’]s)?\s+(?:ambassadors?|envoys?|consuls?|diplomats?|embassy|consulate|citizens?|nationals?|journalists?|reporters?|photographers?|tourists?|civilians|aid workers?|doctors?|nurses?|students?|pilgrims|refugees|migrants|hostages?|captives?|prisoners?|officials?|diplomacy|intelligence officials|lawmakers|senators?|politicians|singers?|actors?|actress(?:es)?|musicians?|rappers?|bands?|pop stars?|stars?|artists?|writers?|authors?|footballers?|players?|athletes?|businessm[ae]n|billionaires?|compan(?:y|ies)|firms?|brands?|visitors?|fans)\b/i;

/** A name as a place: "the border with Turkey", "in Russia". */
const PLACE_BEFORE = /\b(?:in|with|near|into|to|from|at|across|inside|outside|of|toward|towards)\s+(?:the\s+)?$/i;
/** "of" after a quantity is no place: "Dozens of gunmen attacked", "a group of settlers". */
const QUANTITY_OF_BEFORE = /\b(?:dozens|scores|hundreds|thousands|tens|groups?|bands?|a number|some|many|several|a few)\s+of\s+(?:the\s+)?$/i;

/** A name in what has not happened: "bracing for a possible US attack", "a threatened Turkish offensive". */
const HYPOTHETICAL_BEFORE = /\b(?:possible|potential|planned|proposed|threatened|expected|looming|imminent|future|any)\s+(?:the\s+)?$/i;

/** What a name might do: "American missiles might strike", "Turkey threatens to launch". */
const HYPOTHETICAL_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:might|could|would|may|will|plans? to|threatens? to|threatened to|vowed to|vows to)\b/i;
/** What a name does as a rule, not in this incident: "have often been targeted by Assad regime airstrikes". */
const HABITUAL_BEFORE = /\b(?:often|frequently|repeatedly|regularly|routinely|usually|long been)\b[^,.;]*$/i;
/**
 * Or after it: "the al Qaeda-linked al Shabaab group frequently carries out such attacks", "militants often target";
 * "army also strikes the extremists' hideouts on a nearly daily basis".
 */
const HABITUAL_AFTER = /^\s*(?:(?:group|militants|movement|insurgents|rebels|forces|fighters)\s+)?(?:has\s+|have\s+)?(?:often|frequently|repeatedly|regularly|routinely|usually)\s+(?:carr(?:y|ies|ied) out|targets?|targeted|attacks?|attacked|stages?|staged|launch(?:es)?|launched|claims?|claimed|uses?|used)\b|^\s*(?:(?:army|military|forces|also)\s+)*(?:strikes|targets|shells|bombs|attacks|pounds|raids|hits)\b[^.;]{0,60}?\b(?:on a (?:nearly |almost )?daily basis|(?:nearly |almost )?every day|daily)\b/i;

/** The words LINKED_TO_BEFORE cannot match without, looked for first. */
const LINKED_WORD = /linked|tied|connected/;
/** "said the attack was linked to the Jalisco New Generation Cartel": laid on the group, as a suspicion. */
const LINKED_TO_BEFORE = /\b(?:attacks?|killings?|bombings?|massacres?|shootings?|murders?|violence|ambush|blast|explosion)\s+(?:was|were|is|are|had been|has been|may have been|could have been)\s+(?:\w+\s+)?(?:linked|tied|connected)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** "bore the hallmarks of Islamic State": the attack is laid on the group by its manner, as a suspicion. */
const HALLMARKS_BEFORE = /\bhallmarks? of\s+(?:an?\s+|the\s+)?$/i;
/**
 * Those who did it, told as a side's men: "The foreign personnel are widely believed to be mercenaries of Russia's",
 * "The gunmen were said to be members of the". (A suspicion: the saying's words give its attribution.)
 */
const IDENTIFIED_AS_BEFORE =
  /\b(?:attackers|assailants|gunmen|gunman|bombers?|militants|fighters|personnel|mercenaries|soldiers|troops|perpetrators|killers)\s+(?:are|were|is|was)\s+(?:widely\s+|largely\s+|now\s+)?(?:believed|thought|said|reported|understood|suspected|presumed|identified)\s+(?:to\s+(?:be|have\s+been)|as)\s+(?:(?:members|mercenaries|fighters|militants|operatives|soldiers|part|agents)\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/** The sides of a fight: "Fighting between the", "clashes between". */
const BETWEEN_SIDES_BEFORE = /\b(?:fighting|clashes|battles?|gun ?battles?|hostilities|exchanges? of fire)\s+between\s+(?:the\s+)?$/i;
const SUSPECTED_BEFORE = new RegExp(
  String.raw`\b(?:suspected|suspects?|presumed|believed to be|thought to be|likely|probably|apparently|reportedly)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$|\bsuspicion (?:\w+ )?(?:fell|falls|has fallen|had fallen|pointed|points) (?:on|at|to)\s+(?:the\s+)?$|\b(?:it|they|he|she|we)\s+believed?\s+(?:that\s+)?(?:the\s+)?$|\b(?:likely|probably|possibly|apparently)["”’']?\s+(?:been\s+)?carried\s+out\s+by\s+(?:the\s+)?$|\b(?:suspected|likely|probable)\s+(?:belligerents?|perpetrators?)\s*:\s*$|${HALLMARKS_BEFORE.source}|${LINKED_TO_BEFORE.source}`,
  'i',
);
const CLAIMED_NEAR = new RegExp(
  String.raw`\b(?:claimed (?:responsibility|the attack|the bombing|credit|(?:both|all|these|those|the two|all three) (?:[\w-]+ )?(?:attacks|bombings|blasts|assaults|explosions|strikes))|claimed it|(?:t(?:ook|akes|aken|aking)|accepted) (?:full )?responsibility(?= for (?:the |this |that |these |its |their |\w+['’]s )?(?:[\w-]+ )?(?:attacks?|bombings?|blasts?|assault|killings?|strikes?|explosions?|massacre|operation|shooting|ambush)\b|\s*[.,;]|$)|${OWNS_ATTACKERS}|(?:reported|announced|confirmed) the (?:elimination|destruction|liquidation) of|said(?: (?:late |early )?on \w+)? (?:that )?it (?:carried out|was behind|targeted|attacked|had|killed|hit|fired|launched|struck|shelled|bombed)|said(?: (?:late |early )?on \w+)?(?: in an? (?:online |written |brief )?statement)? (?:that )?${ITS_OWN} (?:had )?(?:carried out|killed|attacked|targeted|struck|hit|fired on|blew|detonated)|took responsibility|(?:announced|confirmed|admitted|acknowledged) (?:it|that it) (?:had |has )?(?:\w+ly )?(?:carried out|conducted|killed|was responsible|shot down|downed|brought down)|(?:later )?(?:conceded|admitted|acknowledged) (?:(?:carrying out|responsibility for) )?(?:the|this|that) (?:[\w-]+ )?(?:strike|air ?strike|airstrike|attack|raid|bombing|shelling)s?|${ITS_STRIKE}\b)`,
  'i',
);
/** "an attack later claimed by Islamic State": the name after is the one that claims it. */
const CLAIMED_BY_BEFORE = /\bclaimed\s+(?:responsibility\s+)?by\s+(?:the\s+)?$/i;
/** Who is said to be behind it, with doubt: "the Islamic State group is believed to be behind the attack". */
/** A name with one of `words` after it, and nothing more, as incident notes end: "JNIM suspected." */
const bareAfter = (words: string) => String.raw`^\s+(?:(?:is|are|was|were)\s+)?(?:${words})\s*(?:[.;)]|$)`;
const SUSPECTED_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+){0,3}?(?:is|are|was|were)\s+(?:believed|thought|suspected)\s+to\b|${bareAfter('suspected|presumed')}`, 'i');
/** The same with a word of blame too, which makes the name the perpetrator: "JNIM suspected.", "Al-Shabaab is blamed." */
const SUSPECTED_BARE_AFTER = new RegExp(bareAfter('suspected|presumed|blamed'), 'i');
/** An investigation's finding; an actor that "confirmed it carried out the strike" claims it (CLAIMED_NEAR). */
const CONFIRMED_NEAR = /\b(?:investigation (?:found|concluded|determined|confirmed)|investigators (?:found|concluded|determined|confirmed)|OPCW (?:found|concluded|confirmed)|commission of inquiry (?:found|concluded))/i;
const SOURCE_SAID =
  /(?:^|[,.]\s*|\s)(?:the\s+)?((?:[A-Z][\w'’.-]*|for|of|and|the|on)(?:\s+(?:[A-Z][\w'’.-]*|for|of|and|the|on|in(?=\s+[A-Z]))){0,9}|(?:a |an )?(?:local |opposition |monitoring |rescue )?(?:monitor|monitoring group|activists?|rescuers?|residents|witnesses|sources?|officials?|medics|doctors|workers)|civil defen[cs]e(?: workers| group| service)?|state (?:media|television|tv|news agency)|(?:[A-Z][\w'’-]*\s+){1,3}(?:forces|government|army|military|authorities|police|ministry|officials|spokes(?:man|woman|person))|(?:internationally[- ]recogni[sz]ed|interim|transitional|regional|local)\s+(?:government|authorities))(?<!\sand)\s+(?:said|says|reported|reports|told|stated|claimed(?!\s+(?:the\s+)?lives)|announced|confirmed|acknowledged|admitted|blamed|blames|accused|accuses|(?:has\s+|have\s+|had\s+)?(?:found|concluded|documented|determined)(?=\s+that\b))\b|\baccording to (?:the\s+)?((?:[A-Z][\w'’.-]*|for|of|and|the|on)(?:\s+(?:[A-Z][\w'’.-]*|for|of|and|the|on|in(?=\s+[A-Z]))){0,9}(?:\s+(?:police|officials|authorities|army|military|media|sources|medics|doctors|security sources|health officials|(?:health |interior |defen[cs]e |foreign )?ministry|(?:government )?media office|health authorities))?|(?:a |an )?(?:local |opposition |monitoring )?(?:monitor|monitoring group|activists?|sources?|officials?))/;

/** The words SOURCE_SAID cannot match without (it is tried at every space of a sentence). */
const SOURCE_WORD = /said|says|reported|reports|told|stated|claimed|announced|confirmed|acknowledged|admitted|blame|accuse|according to|(?:found|concluded|documented|determined) that/;

function sentenceOf(spans: readonly Span[], at: number): Span | null {
  return spans.find((s) => s.start <= at && at < s.end) ?? null;
}

/**
 * Refiner 4: the source a sentence cites or that blames ("Baku blamed Armenian forces"), trimmed of the
 * connectors around it and of the full stop that ends the sentence ("according to Human Rights Watch."; not
 * the dot of "U.N.").
 */
function sourceOf(sentence: string): string | null {
  const m = SOURCE_WORD.test(sentence) ? SOURCE_SAID.exec(sentence) : null;
  const s =
    (m?.[1] ?? m?.[2])
      ?.trim()
      .replace(/([A-Za-z]{2,})\.$/, '$1')
      .replace(/^(?:(?:for|of|and|on)(?:\s+|$))+/i, '')
      .replace(/^(?:(?:in|the)\s+)+/, '')
      .replace(/\s+(?:for|of|and|the|on)$/i, '')
      // A text without commas runs the words before into the name: "in northeast Syria the Syrian Observatory
      // for Human Rights said", "on Friday the Syrian Observatory ...", "Elsewhere in Syria the Observatory" (not
      // "Organisation for the Prohibition").
      .replace(/^(?:(?:[A-Z][\w'’.-]*|in|on)\s+)*?[A-Z][\w'’.-]*\s+the\s+(?=[A-Z])/, '') ?? null;
  if (!s || /^(?:He|She|It|They|We|I|This|That|The|A|An|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/i.test(s)) return null;
  // A day run on before the source in a text without commas: "on Saturday Israeli authorities said", "early on
  // Friday police said". And a place run on before an agency's letters: "in the countryside of Hama SANA reported".
  return s.replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=\p{L})/u, '').replace(/^(?:\p{Lu}\p{Ll}[\p{L}'’-]*\s+)+(\p{Lu}{3,6})$/u, '$1');
}

/**
 * Another side after or before a name, joined by "or": "Syrian government forces or Russian forces" (a people's
 * word or a side's, not another name of the same group: "the Jaysh al-Islam or Islam army").
 */
const OR_SIDE_AFTER = /^\s+or\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+(?:an|i|ish|ese)\b|US\b|U\.S\.|(?:regime|government|coalition|opposition|rebel)\b)/u;
const OR_SIDE_BEFORE = /\b(?:forces|troops|jets|warplanes|aircraft|army|regime|government|coalition|militants|rebels)\s+or\s+(?:the\s+)?$/i;
/** A people's word before "or" and a name: "Russian or Syrian government aircraft". */
const OR_PEOPLE_BEFORE = /(?:^|\s)(?:\p{Lu}\p{Ll}+(?:an|i|ish|ese)|US|U\.S\.)\s+or\s+(?:the\s+)?$/u;

function attributionOf(text: string, m: ActorMention, sentence: Span): Attribution {
  const within = text.slice(sentence.start, sentence.end);
  const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
  if (CONFIRMED_NEAR.test(within)) return 'confirmed';
  // (Past an aside that says what the actor is: "Al-Shabaab, the al-Qaeda-linked group that has fought the
  // federal government for more than 15 years, claimed the attack".)
  const raw = text.slice(m.end, Math.min(sentence.end, m.end + 140));
  const after = (ASIDE_OPENS.test(raw) ? raw.replace(WHAT_IT_IS_AFTER, ' ') : raw).slice(0, 80);
  if (CLAIMED_NEAR.test(after) || OWN_CONFIRMS_AFTER.test(after) || CLAIMED_BY_BEFORE.test(before)) return 'claimed';
  const lead = text.slice(Math.max(sentence.start, m.start - 70), m.start);
  if (SUSPECTED_BEFORE.test(before) || /\b(?:suspected|believed|thought|presumed)\s+(?:to|of)\b[^.;]*$/i.test(lead) || /\bsuspected of\b/i.test(within)) return 'suspected';
  // One of two or more the report cannot tell between: "It was not clear whether Russian or Syrian jets carried
  // out the raid", "carried out either by the regime or Russian warplanes".
  // (Or that it could not tell: "Human Rights Watch could not determine whether Russian or Syrian aircraft".)
  if (/\b(?:(?:not (?:immediately )?clear|unclear|unknown|uncertain) (?:whether|if)|either|(?:could not|cannot|can ?not|couldn['’]t|unable to|not able to) (?:determine|establish|confirm|verify|say|tell|identify) (?:whether|if|which))\b[^.;]*$/i.test(lead)) return 'suspected';
  if (SUSPECTED_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 60)))) return 'suspected';
  // One of two sides told as either: "Syrian government forces or Russian forces fired rockets".
  if (OR_SIDE_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 40))) || OR_SIDE_BEFORE.test(before) || OR_PEOPLE_BEFORE.test(before)) return 'suspected';
  return 'alleged';
}

type Role = 'agent' | 'victim' | 'other';

/** How a mention's sentence reads it: its role, and as a perpetrator how it is attributed and by whom. */
interface Reading {
  readonly sentenceStart: number;
  readonly role: Role;
  readonly strength: number;
  readonly attribution: Attribution;
  readonly by: string | null;
}

/** A source that is the actor itself or its own voice: "the YPG" after "Kurdish YPG", "the YPG's spokesman". */
function selfSource(source: string, words: string): boolean {
  const s = source.replace(/^the\s+/i, '');
  // "Kurdish YPG" and "the YPG": the name the mention ends with.
  if (/\p{Lu}/u.test(s) && words.toLowerCase().endsWith(` ${s.toLowerCase()}`)) return true;
  if (!s.toLowerCase().startsWith(words.toLowerCase())) return false;
  return /^(?:['’]s)?\s+(?:spokes(?:man|woman|person)|media (?:office|centre|center)|press office|general command|command)$/i.test(s.slice(words.length));
}

/** The last word of a key: the noun of an unnamed perpetrator ("unidentified gunmen"). */
function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** The clause of a sentence cut by semicolons that holds `at`; null for a sentence of one clause. */
function clauseOf(text: string, sentence: Span, at: number): Span | null {
  const first = text.indexOf(';', sentence.start);
  if (first < 0 || first >= sentence.end) return null;
  const before = text.lastIndexOf(';', at);
  const after = text.indexOf(';', at);
  const start = before >= sentence.start ? before + 1 : sentence.start;
  const end = after >= 0 && after < sentence.end ? after : sentence.end;
  return start === sentence.start && end === sentence.end ? null : { start, end };
}

/** What a source names in the registry ("the US military", "US Africa Command"), per registry and source, looked up once. */
const sourceEntries = new WeakMap<ActorRegistry, Map<string, AliasEntry | null>>();

function sourceEntry(reg: ActorRegistry, source: string): AliasEntry | null {
  let memo = sourceEntries.get(reg);
  if (!memo) sourceEntries.set(reg, (memo = new Map()));
  let entry = memo.get(source);
  if (entry === undefined) {
    if (memo.size >= 10_000) memo.clear();
    entry = reg.resolve(source.replace(/^the\s+/i, ''), null);
    memo.set(source, entry);
  }
  return entry;
}

/** The actor a source names ("the US military"). */
function sourceActor(reg: ActorRegistry, source: string): string | null {
  const r = sourceEntry(reg, source);
  return r?.kind === 'actor' ? r.actor.id : null;
}

/**
 * Each mention read once: the same sentences are asked about by the headline incident (sometimes twice, when
 * its lead proves to hold another incident), by its later sentences and by incidents told in passing.
 */
const readings = new WeakMap<ActorMention, Reading>();

/** A name, then "which" or "who" and a verb of blame right before a mention: "Islamic Jihad, which ... blamed an". */
const BLAMED_BY_WHICH = /(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el|of|the)[-\s]+)?\p{Lu}[\p{L}'’-]*){0,4}),?\s+(?:which|who)\s+[^.;]*?\b(?:blam\w*|accus\w*)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$/u;

/** Words of denial: a sentence with them claims nothing for the side it names. */
const DENIES = /\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed)?|refut(?:es|ed)|dismiss(?:es|ed))\b/i;

function readingOf(text: string, m: ActorMention, sentence: Span, reg: ActorRegistry): Reading {
  const known = readings.get(m);
  if (known && known.sentenceStart === sentence.start) return known;
  const { role, strength } = roleOf(text, m, sentence);
  const agent = role === 'agent';
  const words = text.slice(m.start, m.end);
  // "Kurdish YPG fighters killed 20 ..., the YPG said in a statement": the actor speaks of its own act.
  // Or another name of the same actor: "American warplanes struck ..., the US military said".
  // Or one who speaks for it, in a sentence that denies nothing: "A US air strike killed 30 al-Shabaab fighters
  // ..., US Africa Command said" (not "Moscow has denied involvement and the Russian Defense Ministry said ...").
  const speaksForIt = (source: string) => {
    const r = m.entry.kind === 'actor' ? sourceEntry(reg, source) : null;
    return r?.kind === 'source' && r.speaksFor?.id === (m.entry.kind === 'actor' ? m.entry.actor.id : null) && !DENIES.test(text.slice(sentence.start, sentence.end));
  };
  const isItself = (source: string | null) =>
    source !== null && (strictKey(source) === strictKey(words) || selfSource(source, words) || (m.entry.kind === 'actor' && sourceActor(reg, source) === m.entry.actor.id) || speaksForIt(source));
  let source = agent ? perSentence(citesSource, text, sentence, sourceOf) : null;
  // "The group blamed the RSF for the shelling; the RSF accused the army": a source that speaks in another
  // clause than the mention's is not its own voice, and names no one who blames it.
  const clause = source !== null ? clauseOf(text, sentence, m.start) : null;
  if (clause) source = sourceOf(text.slice(clause.start, clause.end)) ?? (isItself(source) ? null : source);
  // "Israel said the blast was caused by a rocket launched by Islamic Jihad, which denied responsibility and blamed
  // an Israeli air strike": a side the sentence's speaker blames in another's words is no claim of its own; the
  // one who blames is the other ("which" names it).
  const lead200 = agent && source !== null ? text.slice(Math.max(sentence.start, m.start - 200), m.start) : '';
  const blamedBy = lead200 !== '' && /\b(?:which|who)\b/.test(lead200) && /blam|accus/.test(lead200) ? BLAMED_BY_WHICH.exec(lead200) : null;
  if (blamedBy) source = blamedBy[1]!;
  const itself = isItself(source);
  const attribution = itself ? 'claimed' : agent ? attributionOf(text, m, sentence) : 'alleged';
  // "Islamic State claimed responsibility": the one claiming is the actor, not a source about it.
  // (Nor is the side it belongs to, named in its aside: "Jamaatul Ahrar a faction of the Tehreek-i-Taliban Pakistan
  // claimed".)
  const parentOfIt = (s: string) => m.entry.kind === 'actor' && lineage(m.entry.actor.id, reg.parentOf).includes(sourceActor(reg, s) ?? '');
  const own = source !== null && attribution === 'claimed' && (itself || source.includes(words) || parentOfIt(source));
  const r: Reading = { sentenceStart: sentence.start, role, strength, attribution, by: own ? null : source };
  readings.set(m, r);
  return r;
}

/** Its role, and for an agent how strongly the words make it one: 3 a weapon or a killing, 2 an act, 1 a side. */
function roleOf(text: string, m: ActorMention, sentence: Span): { role: Role; strength: number } {
  const { role, strength } = baseRole(text, m, sentence);
  if (role !== 'agent') return { role, strength };
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  // "killed in Syrian government air strikes": the one the toll is laid on.
  if (HARM_IN_BEFORE.test(before)) return { role, strength: 4 };
  // "a day after Turkish-backed rebels drove IS out of the town": the one who acted in another event, a time
  // before, that harmed no one (one that killed, "a day after air strikes by Russian warplanes killed 26 people",
  // is an incident of its own, whose side this is).
  if (SOME_TIME_AFTER_BEFORE.test(before) && !HARM_IN_CLAUSE_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 100)))) return { role: 'other', strength: 0 };
  // "after rebel fire on Damascus": the one who acted in what came before.
  if (AFTER_BEFORE.test(before)) return { role, strength: 1 };
  return { role, strength };
}

/** Kin of a side's fighters, named before them: "the victims were family members of Daesh fighters". */
const KIN_OF_BEFORE = /\b(?:family|families|family members|relatives|wives|widows|children|kin)\s+of\s+(?:the\s+)?$/i;

/** People who worked for a side, named after them: "targeted translators and collaborators with the American army". */
const WORKED_WITH_BEFORE = /\b(?:collaborators?|collaborated|collaborating|cooperated|cooperating|worked|working|translators?|interpreters?|contractors?|employees?|staff)\s+(?:with|for)\s+(?:the\s+)?$/i;

/**
 * An aside right after a name that says what it is: ", a faction of the Tehreek-i-Taliban Pakistan,"; and with
 * its commas lost, up to the claim: "Hayat Tahrir al-Sham an alliance led by the former al-Qaeda affiliate claimed".
 */
const WHAT_IT_IS_AFTER =
  /^\s*,\s*(?:a|an|the)\s+[^,.;()]{1,100},\s*|^\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:alliance|faction|group|coalition|branch|affiliate|offshoot|wing|militia|organi[sz]ation|movement)\b[^,.;()]{0,100}?(?=\s(?:has\s+|had\s+|have\s+)?(?:claimed|said|says|announced)\b)/i;

/** A side that brought the attack's weapons down defended against it: "Ukraine's air force said it shot down 24 of 31 Shahed drones". */
const DEFENDS_AFTER =
  /^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}?(?:said\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?)?(?:shot down|intercepted|downed)\s+(?:(?:\d+|all|most)\s+(?:of\s+(?:the\s+)?(?:\d+\s+)?|out of\s+\d+\s+)?)?(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|uavs?|shaheds?|projectiles?)\b/i;

/** How every WHAT_IT_IS_AFTER aside opens (tested first: most names have none). */
const ASIDE_OPENS = /^\s*,|^\s+(?:an?|the)\s/i;

/** True inside a relative clause between commas that names a year: what happened then, not the incident. */
function inPastAside(text: string, m: ActorMention, sentence: Span): boolean {
  const open = text.slice(Math.max(sentence.start, m.start - 120), m.start);
  if (!open.includes('which') && !open.includes('who')) return false;
  // (Its commas may be lost: "The YPG which was driven out of Afrin by Turkish forces ... in 2018 denied".)
  const k = open.search(/(?:,\s*|\s)(?:which|who)\s[^,]*$/i);
  if (k < 0) return false;
  const close = text.indexOf(',', m.end);
  const clause = text.slice(m.start - (open.length - k), close < 0 || close > sentence.end ? sentence.end : close);
  return /\b(?:19|20)\d\d\b/.test(clause);
}

/** A news agency in brackets, as a dateline has it after its city: "MOSCOW (Sputnik)", "BEIRUT (Reuters)". */
const AGENCY_AFTER = /^\s*,?\s*\((?:Reuters|AFP|AP|Sputnik|SANA|Anadolu|AA|IRNA|TASS|RIA Novosti|Xinhua|dpa|DPA|EFE|UPI|CNN|BBC|Al Jazeera|ANI|KUNA|WAFA|Ma'an)\)/;

/** What a group named outside the registry is said to be, before its name: "a little-known local Islamist group, ". */
const GROUP_DESCRIBED = new RegExp(
  `(?:\\b(?:an?|the)\\s+)?(?:(?!(?:an?|the)\\b)[\\w-]+\\s+){0,4}${GROUP_NOUNS}(?:\\s*,\\s*|\\s+(?:called|named|known as|calling (?:itself|themselves))\\s+(?:the\\s+)?|\\s+)$`,
  'i',
);

function baseRole(text: string, m: ActorMention, sentence: Span): { role: Role; strength: number } {
  // Such a group is read as its description would be: "blamed [a local group, ]X for the attacks".
  // (So is a known one: "Officials blamed a little-known local Islamist group, National Thowheeth Jama'ath, for".)
  const near = text.slice(Math.max(sentence.start, m.start - 45), m.start);
  const described = m.entry.kind === 'group' || /(?:,|\bcalled|\bnamed|\bas|\bitself|\bthemselves)\s*$/.test(near);
  const before = described ? text.slice(Math.max(sentence.start, m.start - 120), m.start).replace(GROUP_DESCRIBED, '').slice(-45) : near;
  // An acronym in brackets after a name stands for it: "The Israel Defense Forces (IDF) allegedly have struck".
  // And an aside that says who the subject is closes before its verb: "foreign fighters, believed to be Russian
  // mercenaries, killed about 300".
  const aside = /,\s*(?:believed|thought|suspected|said|reported|understood|alleged|presumed)\s+to\s+(?:be|have\s+been)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
  // So does an aside after the name that says what it is: "Jamaatul Ahrar, a faction of the Pakistani Taliban,
  // claimed responsibility".
  const after = text
    .slice(m.end, Math.min(sentence.end, m.end + 140))
    .replace(aside ? /^\s*,/ : /^\s*\([^()]{1,15}\)/, '')
    .replace(WHAT_IT_IS_AFTER, ' ')
    .slice(0, 80);
  const agent = (strength: number) => ({ role: 'agent' as const, strength });
  if (inTagList(text, m.start, m.end, sentence.start)) return { role: 'other', strength: 0 };
  // A dateline's city before its agency, "MOSCOW (Sputnik) Militants shelled ...", is where the story was filed.
  if (AGENCY_AFTER.test(text.slice(m.end, m.end + 30))) return { role: 'other', strength: 0 };
  if (HELD_BY_BEFORE.test(before) || HYPOTHETICAL_BEFORE.test(before) || HABITUAL_BEFORE.test(before) || WORKED_WITH_BEFORE.test(before) || KIN_OF_BEFORE.test(before)) return { role: 'other', strength: 0 };
  if (HYPOTHETICAL_AFTER.test(after) || HABITUAL_AFTER.test(after) || PURSUES_AFTER.test(after) || DEFENDS_AFTER.test(after)) return { role: 'other', strength: 0 };
  // A side in an aside of another time: "The YPG, which was driven out of Afrin by Turkish forces and allied
  // Syrian rebels in 2018, denied involvement".
  if (inPastAside(text, m, sentence)) return { role: 'other', strength: 0 };
  // "Russian ambassador shot dead", "Russia's envoy": a person of that side, not its forces.
  if (PERSON_OF_AFTER.test(after)) return { role: 'other', strength: 0 };
  // "the eastern Ukrainian city of Kramatorsk", "a Syrian border town": a place of that country, not its forces.
  if (m.end - m.start <= 12 && PLACE_OF_AFTER.test(after)) return { role: 'other', strength: 0 };
  if (HALLMARKS_BEFORE.test(before)) return agent(2);
  // (The side whose men they are, not a name that owns the next: "Russia's Wagner Group" is Wagner's.)
  const wider = text.slice(Math.max(sentence.start, m.start - 110), m.start);
  if ((wider.includes(' to be ') || wider.includes(' to have been ') || wider.includes(' as ')) && IDENTIFIED_AS_BEFORE.test(wider) && !/^['’]s\s+\p{Lu}/u.test(text.slice(m.end, m.end + 4))) return agent(2);
  // "Fighting between the Ethiopian National Defense Force and Fano militiamen ... killed dozens": both sides.
  // (Not a fight that only describes the place: "an area that witnessed fighting between the opposition and the
  // Assad regime".)
  if (BETWEEN_SIDES_BEFORE.test(before) && /^[^.;]{0,80}?\b(?:killed|killing|kills|left|leaving|claimed the lives)\b/i.test(after)) return agent(2);
  if (AGENT_BEFORE.test(before)) return ACCUSED_OF_OTHER.test(after) && ACCUSED_BEFORE.test(before) ? { role: 'other', strength: 0 } : agent(3);
  if (DOWNED_AIRCRAFT_AFTER.test(after) || VICTIM_AFTER.test(after) || KILL_BEFORE.test(before) || KILLED_LIST_BEFORE.test(before) || TARGET_BEFORE.test(before) || PASSIVE_AFTER.test(after) || STATIONED_AFTER.test(after)) return { role: 'victim', strength: 0 };
  if (KILLED_MEMBERS_BEFORE.test(before) || (COUNTED_MEMBERS_BEFORE.test(before) && HARM_SOON_AFTER.test(after))) return { role: 'victim', strength: 0 };
  if (CLAIMS_AFTER.test(after) || OWN_CONFIRMS_AFTER.test(after) || BEHIND_AFTER.test(after) || WHOSE_ATTACK_AFTER.test(after) || SUSPECTED_BARE_AFTER.test(after) || (LINKED_WORD.test(before) && LINKED_TO_BEFORE.test(before)) || ACCUSED_OF_AFTER.test(after)) return agent(3);
  // "forces loyal to President Assad" act for him, unless they are the ones fought ("battling forces loyal to").
  const loyal = LOYAL_TO_BEFORE.exec(before);
  if (loyal) return TARGET_BEFORE.test(before.slice(0, loyal.index)) ? { role: 'victim', strength: 0 } : agent(3);
  if (COUNT_BEFORE.test(before) && HARM_AFTER.test(after)) return { role: 'victim', strength: 0 };
  // "a suicide bomber from the Nusra Front" (after the victim tests: "killed 20 fighters from ISIS").
  if (MEMBER_OF_BEFORE.test(before)) return agent(3);
  if (ARMED_NAME.test(text.slice(m.start, m.end))) return agent(3);
  // "in Jaysh al-Islam chemical attack" acts; "the border with Turkey" does not.
  if (WEAPON_AFTER.test(after) || USED_WEAPON_AFTER.test(after)) return agent(3);
  // "pointed to Russian responsibility": the side held responsible.
  if (/^\s+responsibility\b/i.test(after)) return agent(3);
  if (SOURCE_AFTER.test(after)) return { role: 'other', strength: 0 };
  // "regime forces backed by Russian air support repel a rebel offensive, killing 40 attackers".
  if (REPEL_AFTER.test(after)) return agent(3);
  if (FORCES_AFTER.test(after)) return agent(KILL_VERB_AFTER.test(after) ? 3 : 1);
  if (PLACE_BEFORE.test(before) && !QUANTITY_OF_BEFORE.test(before)) return { role: 'other', strength: 0 };
  if (KILL_VERB_AFTER.test(after)) return agent(3);
  // "warplanes either Russia or Syrian carried out six strikes": an attack carried out is as strong as a weapon.
  if (CARRIED_OUT_AFTER.test(after)) return agent(3);
  if (AGENT_VERB_AFTER.test(after)) return agent(2);
  return { role: 'other', strength: 0 };
}

/**
 * True inside a list of tags ("Tags Syria Hassakeh Kurds Suicide Attack SDF"): keywords, not a sentence,
 * so no word of it acts on another.
 */
function inTagList(text: string, at: number, end: number, sentenceStart: number): boolean {
  // Tags are capitalised words in a row: a name in lower case ("suicide bomber"), or one a lower-case word
  // follows ("Syrian regime bombardment on"), is the story again.
  if (/[a-z]/.test(text[at] ?? '') || /^\s+[a-z]/.test(text.slice(end, end + 3))) return false;
  const from = Math.max(sentenceStart, at - 200);
  const k = text.slice(from, at).lastIndexOf('Tags ');
  if (k < 0) return false;
  const between = text.slice(from + k + 5, at);
  return !/[.,;:!?]/.test(between) && !/(?:^|\s)(?!(?:al|el|of|and|the|ar|as|ad)\b)[a-z]/.test(between);
}

/**
 * True when unnamed attackers `m` are members of the named group `n`, which then stands for them: "a suicide
 * bomber from the Nusra Front", "Jihadists from the al-Qaeda-linked JNIM group", "Al-Shabaab militants".
 */
function memberOf(text: string, m: ActorMention, n: ActorMention): boolean {
  if (n.entry.kind !== 'actor' || AGENCY_AFTER.test(text.slice(n.end, n.end + 30))) return false;
  if (n.start > m.end) return n.start - m.end <= 40 && /^\s+(?:from|of|belonging to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(m.end, n.start));
  // "Al-Shabaab militants", "Allied Democratic Forces (ADF) militants": right after the name, or after the
  // acronym in brackets that follows it.
  if (n.end > m.start || m.start - n.end > 16) return false;
  const between = text.slice(n.end, m.start);
  return /^[\s-]+$/.test(between) || /^\s*\([^()]{1,10}\)\s+$/.test(between);
}

const THE_BEFORE = /\bthe\s+$/i;

/** An act done to others right after a side's name: "units killed a number of terrorists", "repelled the attackers", "continued their operations against Jabhat al-Nusra terrorists". */
const ACTS_ON_AFTER = /^[^.;]{0,30}?\b(?:killed|kills|killing|targeted|targets|targeting|attacked|attacks|struck|strikes|hit|hits|shelled|shells|bombed|bombs|pounded|pounds|repelled|repels|destroyed|destroys|pursued|pursues|clashed with|clash with|(?:exchanged|exchange|traded|trade) (?:fire|gunfire|shots) with|returned fire (?:on|at|against)|fired back at|eliminated|eliminates|arrested|arrests|captured|captures|(?:operations?|offensive|campaign|attacks?|fight|fighting|fought|battle|battled|battling|clashes) (?:against|on|with))\b([^.;]{1,60})/i;

/** Words that say what kind of doers, not who: "unidentified gunmen", "armed men". */
const DOER_QUALIFIERS = new Set(['the', 'armed', 'unidentified', 'unknown', 'suspected', 'masked', 'local', 'foreign']);

/** A word without its plural s: "terrorist" and "terrorists" are one doer. */
/** True when two unnamed perpetrators' words name the same: the same last word, or one's noun among the other's words. */
function sameUnnamed(a: string, b: string): boolean {
  const [x, y] = [strictKey(a), strictKey(b)];
  if (lastWord(x) === lastWord(y)) return true;
  const [xs, ys] = [x.split(' ').map(singular), y.split(' ').map(singular)];
  return xs.includes(ys[ys.length - 1]!) || ys.includes(xs[xs.length - 1]!);
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/** How firmly an attribution ties an actor to the act: its own claim or a finding over what others say. */
const FIRMER: Readonly<Record<Attribution, number>> = { suspected: 0, alleged: 0, claimed: 1, confirmed: 2 };

/**
 * The perpetrators of the incident told in `lead`: agents named there, each once, the most strongly named
 * first (a weapon or a killing before a side; in a `focus` sentence, the headline's or the incident's own,
 * before others), then in the order the text names them; named actors before unnamed ones.
 */
export function perpetratorsIn(
  text: string,
  reg: ActorRegistry,
  mentions: readonly ActorMention[],
  lead: readonly Span[],
  focus: readonly Span[] = lead,
  /** The weakest sign that counts: 1 takes a side named with its forces, 3 only a weapon or a killing. */
  minStrength = 1,
): Perpetrator[] {
  const named: (Perpetrator & { weight: number })[] = [];
  const unnamed: Perpetrator[] = [];
  /** The nouns of members told of a named group ("NPA rebels"), and the group's id. */
  const memberNouns = new Map<string, string>();
  for (const mention of mentions) {
    const sentence = sentenceOf(lead, mention.start);
    if (!sentence) continue;
    // A source that speaks for an actor names it when it claims the act: "the Russian Defence Ministry said its
    // aircraft destroyed ...", "has reported the elimination of ...".
    const speaksFor = mention.entry.kind === 'source' ? mention.entry.speaksFor : undefined;
    if (mention.entry.kind === 'source' && !(speaksFor && CLAIMS_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 80))))) continue;
    const m: ActorMention = speaksFor ? { ...mention, entry: { kind: 'actor', actor: speaksFor, genericIn: null } } : mention;
    // "It was not immediately clear who carried out the attack, but Daesh has claimed previous bombings": only
    // an outright blame in such a sentence ("...but its supporters blamed IS"), or the manner of a group
    // ("bore the hallmarks of Islamic State"), still names someone.
    const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    // (Nor a suspicion: "No group claimed the attack, but suspicion fell on Boko Haram".)
    if (unattributed(text, sentence) && !/\b(?:blam|accus|suspicion)\w*\b[^.;]*$/i.test(before) && !HALLMARKS_BEFORE.test(before)) continue;
    const reading = coNamedReading(text, mentions, m, sentence, reg) ?? readingOf(text, m, sentence, reg);
    if (reading.role !== 'agent' || reading.strength < minStrength) continue;
    const words = text.slice(m.start, m.end);
    if (m.entry.kind === 'unnamed') {
      const group = mentions.find((n) => memberOf(text, m, n));
      if (group?.entry.kind === 'actor') {
        memberNouns.set(singular(lastWord(strictKey(words))), group.entry.actor.id);
        continue;
      }
    }
    const id = m.entry.kind === 'actor' ? m.entry.actor.id : `${m.entry.kind}:${strictKey(words)}`;
    const weight = reading.strength * 2 + (focus.some((f) => f.start === sentence.start) ? 1 : 0);
    const seen = named.find((p) => p.actor === id);
    if (seen) {
      // Named again, more strongly: the stronger mention decides its place. Its own claim, or an
      // investigation's finding, outranks what others say of it ("JNIM attacked..." then "JNIM claimed").
      // A bare name the text then qualifies takes the qualification: "ADF rebels kill dozens" … "Suspected Allied
      // Democratic Forces (ADF) rebels killed at least 40", as a headline leaves the doubt out.
      const hedged = reading.attribution === 'suspected' && seen.attribution === 'alleged' && seen.by === null;
      const firmer = FIRMER[reading.attribution] > FIRMER[seen.attribution] || hedged;
      if (weight > seen.weight || firmer) {
        named[named.indexOf(seen)] = { ...seen, weight: Math.max(weight, seen.weight), ...(firmer ? { attribution: reading.attribution, by: reading.attribution === 'claimed' ? null : reading.by, evidence: [...seen.evidence, evidenceAt(text, m.start, m.end)] } : {}) };
      }
      continue;
    }
    // "Gunmen" in the headline and "unidentified gunmen" in the text: the same unnamed perpetrator, told again,
    // under the fuller of its names. So are "Terrorists" and "terrorist groups": one's noun, the other's word.
    const told = m.entry.kind === 'unnamed' ? unnamed.findIndex((p) => sameUnnamed(p.name, words)) : -1;
    if (told >= 0) {
      const p = unnamed[told]!;
      if (words.length > p.name.length) unnamed[told] = { ...p, name: words.toLowerCase(), evidence: [...p.evidence, evidenceAt(text, m.start, m.end)] };
      continue;
    }
    const p: Perpetrator = {
      name: m.entry.kind === 'actor' ? m.entry.actor.name : m.entry.kind === 'group' ? words : words.toLowerCase(),
      actor: m.entry.kind === 'actor' ? m.entry.actor.id : null,
      attribution: reading.attribution,
      by: reading.by,
      certainty: 'stated',
      evidence: [evidenceAt(text, m.start, m.end)],
      rule: m.entry.kind === 'actor' ? 'perpetrator:registry' : m.entry.kind === 'group' ? 'perpetrator:named-group' : 'perpetrator:unnamed',
    };
    if (m.entry.kind === 'actor') named.push({ ...p, weight });
    else unnamed.push(p);
  }
  // A side that acts, outside the incident's own sentences, on those the incident's sentences say did it answers
  // the attack; it did not make it: "Terrorists fired rocket shells ..." … "The army units killed a number of
  // terrorists in al-Zahraa neighborhood".
  const inFocus = (p: Perpetrator) => focus.some((f) => p.evidence[0]!.start >= f.start && p.evidence[0]!.start < f.end);
  // (Told by any word of their name, "Jabhat al-Nusra terrorists" after "terrorist organizations", or as the
  // side named: "The SDF later said it had killed two other ISIS militants" after "An ISIS suicide bomber".)
  const doers = new Set(
    unnamed
      .filter(inFocus)
      .flatMap((p) => strictKey(p.name).split(' '))
      .filter((w) => w.length > 2 && !DOER_QUALIFIERS.has(w))
      .map(singular),
  );
  const doerSides = new Set(named.filter(inFocus).map((p) => p.actor));
  // (And the word for a doer side's men: "rebels" after "New People's Army (NPA) rebels ambushed".)
  for (const [noun, id] of memberNouns) if (doerSides.has(id)) doers.add(noun);
  const answering = (p: Perpetrator) => {
    if ((doers.size === 0 && doerSides.size === 0) || inFocus(p) || doerSides.has(p.actor)) return false;
    const end = p.evidence[0]!.end;
    const act = ACTS_ON_AFTER.exec(text.slice(end, end + 120));
    if (!act) return false;
    const objectEnd = end + act.index + act[0].length;
    const objectStart = objectEnd - act[1]!.length;
    return (
      act[1]!.toLowerCase().split(/[^a-z]+/).some((w) => doers.has(singular(w))) ||
      mentions.some((x) => x.start >= objectStart && x.start < objectEnd && x.entry.kind === 'actor' && doerSides.has(x.entry.actor.id))
    );
  };
  const ranked = named
    .filter((p) => !answering(p))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.weight - a.p.weight || a.i - b.i)
    .map(({ p: { weight: _w, ...p } }) => p);
  // "the attackers", "the gunmen": words that point back at whoever did it, who is already there when a named
  // actor is among the perpetrators or unnamed ones are told before ("Gunmen killed 11 ... The attackers stormed").
  const at = (p: Perpetrator) => p.evidence[0]!.start;
  const pointsBack = (p: Perpetrator) => THE_BEFORE.test(text.slice(Math.max(0, at(p) - 5), at(p))) && (ranked.length > 0 || unnamed.some((q) => at(q) < at(p)));
  // "rebels" in a headline over "New People's Army (NPA) rebels ambushed ...": the group's members, told without
  // its name, when the group is among the perpetrators.
  // So are "gang" in a headline over "the Gran Grif gang opened fire": the word the group's own name ends with.
  let namedNouns: Set<string> | null = null;
  const members = (p: Perpetrator) => {
    const noun = singular(lastWord(strictKey(p.name)));
    const id = memberNouns.get(noun);
    return (id !== undefined && ranked.some((q) => q.actor === id)) || (namedNouns ??= new Set(ranked.flatMap((q) => q.evidence.map((e) => singular(lastWord(strictKey(e.quote))))))).has(noun);
  };
  // "A suicide bomber struck a crowded market" … "The Islamic State group claimed responsibility": the words for
  // whoever did it name the side that says it did, once one does.
  const claimedBy = ranked.some((q) => q.attribution === 'claimed');
  const kept = claimedBy ? [] : unnamed.filter((p) => !pointsBack(p) && !members(p));
  return withDenials(text, reg, mentions, lead, [...mergeAncestors(ranked, reg), ...kept]);
}

/**
 * An actor that denies: "Russia denied its jets were involved", "Armenia's defence ministry denied firing", "TTP
 * initially claimed the attack but later distanced itself from it", "initially claimed responsibility, but a spokesman
 * for the group later denied involvement".
 */
const DENIES_AFTER = /^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}?(?:has |have |had )?(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\b|^[^.;]{0,50}?\b(?:distanced (?:itself|themselves)|retracted (?:its|their|the) claim)\b|^[^.;]{0,60}?\bclaimed\b[^.;]{0,30}?\bbut\b[^.;]{0,40}?\blater\s+(?:denied|disowned|retracted)\b/i;

/** What lies between two sides named together: "Russia or the Syrian government", "the regime and Russian jets". */
export const JOINED_SIDES = /^\s*(?:,\s*|,?\s*(?:and|or|and\/or|as well as)\s+)(?:the\s+|its\s+)?$/i;

/**
 * The reading of a side named together with the one before it, which the words read as doing it: "The US blamed
 * Russia or the Syrian government" blames both. Null when the mention is read on its own.
 */
function coNamedReading(text: string, mentions: readonly ActorMention[], m: ActorMention, sentence: Span, reg: ActorRegistry): Reading | null {
  if (m.entry.kind !== 'actor') return null;
  const k = mentions.indexOf(m);
  const prev = k > 0 ? mentions[k - 1]! : null;
  if (!prev || prev.entry.kind !== 'actor' || prev.start < sentence.start || !JOINED_SIDES.test(text.slice(prev.end, m.start))) return null;
  // Only after words that blame, or that lay an attack on someone: not "either government or opposition forces
  // would decline", "a mechanism established by Turkey Russia and Iran".
  if (!BLAMED_BEFORE.test(text.slice(Math.max(sentence.start, prev.start - 50), prev.start))) return null;
  const own = readingOf(text, m, sentence, reg);
  if (own.role === 'agent') return null;
  const before = readingOf(text, prev, sentence, reg);
  return before.role === 'agent' && before.attribution !== 'claimed' ? before : null;
}

/** Words that blame the side after them, or lay an attack on it: "blamed", "accused", "carried out by", "air strikes by". */
const BLAMED_BEFORE =
  /\b(?:blamed|blames|blaming|blame|accused|accuses|accusing|held responsible|(?:carried out|perpetrated|committed|launched|conducted) by|(?:air ?strikes?|airstrikes?|raids?|strikes?|attacks?|shelling|bombardment|bombing) (?:by|of))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;

/** Marks the perpetrators (or their parents or children) that the same sentences say deny it. */
function withDenials(text: string, reg: ActorRegistry, mentions: readonly ActorMention[], lead: readonly Span[], perps: Perpetrator[]): Perpetrator[] {
  const denials = new Map<string, Evidence[]>();
  for (const m of mentions) {
    // An actor, or one who speaks for it ("Russia's defence ministry denied").
    const actor = m.entry.kind === 'actor' ? m.entry.actor : m.entry.kind === 'source' ? m.entry.speaksFor : undefined;
    if (!actor) continue;
    const sentence = sentenceOf(lead, m.start);
    if (!sentence) continue;
    const d = DENIES_AFTER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 140)));
    // (Once for a denial that several names of the actor lead up to: "the Pakistani Taliban, Tehreek-e-Taliban Pakistan
    // (TTP), initially claimed ..., but ... later denied".)
    const had = denials.get(actor.id) ?? [];
    if (d && !had.some((e) => e.end === m.end + d[0].length)) denials.set(actor.id, [...had, evidenceAt(text, m.start, m.end + d[0].length)]);
  }
  if (denials.size === 0) return perps;
  return perps.map((p) => {
    if (!p.actor) return p;
    const related = [...denials].filter(([id]) => sameSide(id, p.actor!, reg.parentOf)).flatMap(([, ev]) => ev);
    return related.length > 0 ? { ...p, denial: related } : p;
  });
}

/**
 * "Regime" and "regime warplanes": the more specific actor stands for both, with both mentions as evidence.
 * Not a claim and an accusation: "The Islamic State group claimed responsibility for the blast, which the
 * Congolese army blamed on the Allied Democratic Forces" keeps the claim beside the accusation.
 */
function mergeAncestors(named: readonly Perpetrator[], reg: ActorRegistry): Perpetrator[] {
  const ancestors = (id: string): string[] => lineage(id, reg.parentOf).slice(1);
  const merges = (ancestor: Perpetrator, child: Perpetrator) => ancestor.attribution !== 'claimed' || child.attribution === 'claimed';
  const out: Perpetrator[] = [];
  for (const p of named) {
    const child = named.find((q) => q !== p && q.actor && p.actor && ancestors(q.actor).includes(p.actor) && merges(p, q));
    if (child) continue;
    const absorbed = named.filter((q) => q.actor && p.actor && ancestors(p.actor).includes(q.actor) && merges(q, p));
    if (absorbed.length === 0) {
      out.push(p);
      continue;
    }
    const evidence = [...absorbed.flatMap((q) => q.evidence), ...p.evidence].sort((a, b) => a.start - b.start);
    out.push({ ...p, by: p.by ?? absorbed.find((q) => q.by)?.by ?? null, evidence });
  }
  return out;
}
