// Place mentions: every name in a report that the gazetteer knows, resolved with the report's context.
//
// Parsers, in order:
//   1. names: windows of up to five capitalised words (with al-/ez-/de connectors) looked up by strict key as
//      a country (or demonym, or possessive "Syrias"), an admin-1 area, or a populated place
//   2. loose: a capitalised name with no strict hit, looked up by loose key inside the context country only
// Refiners, in order:
//   3. context: the report's countries (named, or holding its unambiguous places) filter every candidate
//   4. cues: "X province", "province of X", "countryside of X" → admin-1; "X city", "city/town/village of X" → town
//   5. choose: in a context country first, then by the cue, then seat/capital, then population
//   6. weak: a lone, small, uncued place is dropped (a capitalised word that happens to be a village somewhere)
//   7. inside: an unknown name told as inside a known place ("the neighbourhood of al-Kalasa in the northern
//      city of Aleppo", "Kafrnaha, Aleppo province") takes that place's location, under its own name
import type { PlacePrecision, Span } from '../../core/types.js';
import { looseKey, strictKey } from '../../core/name-key.js';
import type { Admin1, Gazetteer, Place, Region } from './gazetteer.js';
import { asciiWords, asciiWordTable, isSpace, scanAsciiWords, scanPatternWords, wordPatternFor, type WordPattern } from '../words.js';
import { matchesOf } from '../../core/matches.js';

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  /** The name as the report spells it. */
  readonly name: string;
  readonly country: string;
  readonly place: Place | null;
  readonly admin1: Admin1 | null;
  readonly precision: PlacePrecision;
  readonly rule: string;
  /** The words that told how to read the name ("province", "city of"), when there were any. */
  readonly cue: { readonly start: number; readonly end: number } | null;
  /** A named area that is no populated place ("Eastern Ghouta"), for rule place:region. */
  readonly region?: Region;
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** strictKey of the text and isCapitalised, each worked out on first use: windows ask for them again and again. */
  key?: string;
  cap?: boolean;
}

function keyOf(t: Token): string {
  return (t.key ??= strictKey(t.text));
}

const CONNECTORS = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'ash', 'az', 'ez', 'ed', 'es', 'at', 'de', 'del', 'la', 'le', 'of', 'bin', 'ibn', 'abu', 'umm', 'bani', 'wadi', 'ras', 'tal', 'tell']);

/** "in eastern", "in the north of": a part of a town between a place inside it and the town. */
const IN_PART_OF_TOWN = /^\s+in\s+(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+of\s+|of\s+)?(?:the\s+city\s+of\s+)?$/i;

/** A direction, as a word of its own: "Northwest", "southern". */
const DIRECTION_WORD = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?$/i;

/** A word of holding or backing, which opens no place's name: "Daesh-held", "Kurdish-controlled", "Saudi-led". */
const HELD_WORD = /-(?:held|controlled|backed|led|run|based|linked|allied|occupied|besieged|installed|appointed)$/i;
/** HELD_WORD's test, with its hyphen looked for first (most words have none). */
function isHeldWord(word: string): boolean {
  return word.includes('-') && HELD_WORD.test(word);
}

/** Capitalised words that begin sentences or name things other than places; never a place on their own. */
const NOT_PLACES = new Set(
  (
    'the a an this that these those there their they it its he she we you i his her our my monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ngo afp ap reuters sana monitor observatory ' +
    'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec date published posted updated more car blast ' +
    'human rights state islamic army forces force government regime president minister ministry news agency council security united nations ' +
    'russian russians american americans western eastern northern southern central north south east west un us uk eu nato isis isil daesh ' +
    'at in on of for and or but after before since when while as by with from to into over under near despite during ' +
    'syrian arab democratic free coalition opposition rebel rebels al qaeda nusra front hezbollah kurdish kurds turkish ' +
    'video photo tags share media local sources source according said says killed dead civil defense defence white helmets ' +
    'rural greater upper lower old new province governorate city town village countryside district region township ' +
    // Common words that open a sentence and are also some village's name somewhere ("Most", "Many").
    'most many some all other others several both each every few no not none one two three four five six seven eight nine ten ' +
    'only also even still then now here so thus however meanwhile yet later earlier today yesterday tonight people children women men ' +
    'victims witnesses activists residents doctors medics police security officials ' +
    // Armed groups whose names are also some place's other name ("Hamas" is an old name of Hamm).
    'hamas houthis houthi taliban shabaab jnim iswap hts ypg sdf pkk idf rsf'
  ).split(' '),
);

/**
 * A pattern that ends in a word and then white space ("province of ", "the city of the "): it can match
 * only a text whose last word is one of `words`, which is checked first, without running the pattern over
 * every position of the text.
 */
function endsAfter(words: readonly string[], re: RegExp): { test(s: string): boolean; exec(s: string): RegExpExecArray | null } {
  const last = new Set(words);
  const may = (s: string) => {
    const w = lastWord(s);
    return w !== null && last.has(w);
  };
  return { test: (s) => may(s) && re.test(s), exec: (s) => (may(s) ? re.exec(s) : null) };
}

/** The last run of ASCII letters in `s`, lower case, when white space follows it to the end; else null. */
/** The `n` characters before a name, less a hashtag's mark: "airstrikes on #Kafrnaha" reads as "airstrikes on Kafrnaha". */
function textBefore(text: string, at: number, n: number): string {
  const end = at > 0 && text.charCodeAt(at - 1) === 35 ? at - 1 : at;
  return text.slice(Math.max(0, end - n), end);
}

/** The words between two names, less a hashtag's mark on the second: "Kafrnaha village west #Aleppo". */
function gapTo(text: string, from: number, to: number): string {
  return text.slice(from, to > from && text.charCodeAt(to - 1) === 35 ? to - 1 : to);
}

function lastWord(s: string): string | null {
  let i = s.length - 1;
  if (i < 0 || !isSpace(s.charCodeAt(i))) return null;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && ((s.charCodeAt(i) | 32) >= 97 && (s.charCodeAt(i) | 32) <= 122)) i--;
  return end > i + 1 ? s.slice(i + 1, end).toLowerCase() : null;
}

/** Names of a level, after a name ("Aleppo province") or before it ("province of Aleppo"). */
const ADMIN_AFTER =
  /^(?:['’]s)?\s+(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?\s+|east(?:ern)?\s+|west(?:ern)?\s+|central\s+)?(province|governorate|countryside|region|provinces|governorates|state|oblast|district|rural areas?)\b/i;
/** Names listed before a plural "provinces": "Aleppo and Raqa provinces", "Aleppo, Hama and Idlib governorates". */
const LISTED_ADMIN_AFTER =
  /^(?:\s*,\s*(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|ez-|el-)?[A-Z][\w'’-]*)?){0,3}\s*,?\s+and\s+(?:the\s+)?(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|ez-|el-)?[A-Z][\w'’-]*)?\s+(provinces|governorates|regions|states|oblasts)\b/;
/** "rural Idlib": the province's countryside. */
const RURAL_BEFORE = endsAfter(['rural'], /\brural\s+$/i);
/**
 * Provinces a country names as the countryside of another: "rural Damascus", "the Damascus countryside" is
 * Rif Dimashq ("Damascus countryside"), not the city's own governorate.
 */
const COUNTRYSIDE_OF: Readonly<Record<string, string>> = { 'SY.13': 'SY.08' };
/** A word of position right before a run, that runs leave out: "Lower", "Upper", "Middle", "North". */
const POSITION_BEFORE = /\b(Lower|Upper|Middle|North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+$/;
// Not "state of": "Islamic State of Iraq" is an organisation.
const ADMIN_BEFORE = endsAfter(['of', 'the'], /\b(province|governorate|countryside|region|oblast)\s+of\s+(the\s+)?$/i);
// Not "Mozambique town of Palma": that "town" is Palma's.
const TOWN_AFTER = /^\s+(city|town|village|camp)\b(?!\s+of\b)/i;
/** A town or a village "in" a name: the name is the area around it ("a town in Daraa", "villages in rural Idlib"). */
/**
 * A direction before a name both a province and its seat go by: "positions in northern Hama", "south Idlib" are
 * the province's parts, not the town (a city of a million or more keeps its quarters: "eastern Aleppo").
 */
const DIRECTION_IN_PROVINCE_BEFORE = endsAfter(
  ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northwestern', 'northeastern', 'southwestern', 'southeastern', 'northwest', 'northeast', 'southwest', 'southeast'],
  /\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)\s+$/i,
);
/** A population from which a city's own quarters are told by direction. */
const CITY_OF_QUARTERS = 1_000_000;
const CONTAINER_BEFORE = endsAfter(
  ['in', 'rural', 'northern', 'southern', 'eastern', 'western', 'central', 'northwestern', 'northeastern', 'southwestern', 'southeastern'],
  /\b(?:towns?|villages?)\s+in\s+(?:(?:rural|northern|southern|eastern|western|central|north-?western|north-?eastern|south-?western|south-?eastern)\s+)?$/i,
);
const TOWN_BEFORE = endsAfter(
  ['of', 'the', 'capital', 'city', 'town', 'village', 'kibbutz'],
  /\b(city|town|village|capital|camp|suburb|district|neighbou?rhood|quarter|area|outskirts|countryside|kibbutz)\s+of\s+(the\s+)?$|\b(capital|city|town|village|kibbutz)\s+$/i,
);
/** Words that say a name is a place inside another: "the neighbourhood of X", "X village in Y". */
const PLACE_TYPE = '(?:neighbou?rhood|district|quarter|area|village|town|township|camp|suburb|kibbutz)';
const PLACE_TYPE_BEFORE = endsAfter(['of'], new RegExp(`\\b${PLACE_TYPE}\\s+of\\s+$`, 'i'));
const PLACE_TYPE_AFTER = new RegExp(`^\\s*${PLACE_TYPE}\\b`, 'i');
/** A word after a name that makes it a place the gazetteer may lack: "in Kabkabiya locality", "in the Bustan al-Qasr district". */
const LOCAL_AREA_AFTER = /^\s+(?:locality|county|municipality|commune|village|town|district|neighbou?rhood|quarter|area|port|(?:refugee\s+|displacement\s+|IDP\s+)?camp)\b/i;
/** A type of place and "of" between a known place and an unknown name: "Idlib village of Zardana". */
const TYPE_OF_BETWEEN = new RegExp(`^\\s+(?:(?:countryside|province|governorate)\\s+)?(?:(?:northern|southern|eastern|western|central|rebel-held|government-held|opposition-held)\\s+)?${PLACE_TYPE}\\s+of\\s+(?:the\\s+)?$`, 'i');
/** The parts of a city, as against the places of a province: "the Aleppo neighbourhood of Salaheddin". */
const URBAN_PART = /\b(?:neighbou?rhood|district|quarter|suburb)\b/i;
const INSIDE_NAME = new RegExp(`^\\s*(?:,\\s*|\\s+)${PLACE_TYPE}?\\s*(?:,\\s*)?(?:in|of|near)?\\s*(?:the\\s+)?(?:(?:[a-z-]+\\s+){0,2}[a-z-]+['’]s\\s+)?(?:[a-z-]+\\s+){0,3}(?:city of|town of|province of|countryside of|of)?\\s*$`, 'i');
// Up to two lowercase words may stand between: "in central Damascus", "of the rebel-held town". Verbs of
// striking, in a headline's present tense too: "Israeli missiles target Damascus airport", "Blast rocks Kabul".
const PREPOSITION_BEFORE = /\b(in|near|at|outside|of|on|to|from|into|around|over|across|throughout|hits?|struck|strikes|targets?|targeted|pounds?|pounded|shells?|shelled|bombs?|bombed|rocks|rocked)\s+(the\s+)?([a-z][a-z-]*\s+){0,2}$/;
/** A verb of storming right before a name the gazetteer may spell otherwise: "The fighters attacked Tel Abyad". */
const STORMED_BEFORE = /\b(?:attacked|attacks|attacking|stormed|storms|raided|seized|captured|overran|besieged)\s+(?:the\s+)?$/;

/** What stands between a name and a known place it lies near or in: "X near Y", "X (Y, Z)". */
const NEAR = /^\s*,?\s+near\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:(?:city|town|village) of\s+)?$/i;
const BRACKET = /^\s*\(\s*$/;
/** An apposition that says what a name is: "Kasindi, a town in eastern", "Moura, a village near". */
// (Its describing words may be a people's: "Burj al-Barajneh, a crowded Shiite district of Beirut".)
// (Or a group of them: "Houla, a cluster of villages in Homs province".)
const APPOSITION = /^\s*,?\s+(?:an?|the)\s+(?:[A-Za-z-]+\s+){0,2}(?:towns?|villages?|city|camps?|district|neighbou?rhoods?|suburbs?|locality|settlements?|hamlets?|port|area)\s+(?:in|of|near|on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;
/** A word for a place after a name, and where it lies: "Maghazi refugee camp in the central Gaza Strip". */
const TYPED_IN = /^\s+(?:refugee\s+|displacement\s+|idp\s+)?(?:camp|village|town|township|neighbou?rhood|district|quarter)\s+(?:in|of|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i;
/** A possessive between a town and a name of its own: "Baghdad's Karrada", "Aleppo’s Salaheddine". */
const POSSESSIVE_GAP = /^['’]?s\s+$/;
/** A part of a town told by what follows it: "the Brooklyn neighborhood of Cite Soleil". */
const PART_OF_AFTER = /^\s+(?:neighbou?rhood|district|quarter|suburb)\s+of\b/i;
const NEIGHBOURHOOD_AFTER = /^\s+(?:neighbou?rhoods?|quarters?|districts?)\b/i;
/** A part of a region named by its direction, right before the region: "in northwestern Tigray", "in central Mali's Mopti". */
export const PART_OF_REGION = /\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+$/i;
const IN_PROVINCE = /^\s*,?\s+in\s+(?:the\s+)?(?:[a-z-]+(?:\s+[a-z-]+)?['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:(?:province|governorate|region|state|countryside) of\s+(?:the\s+)?)?$/i;
/** Places struck, named after "on": "regime helicopters on Maarat Harma and Kafr Sajnah", "an attack on Ogossagou". */
const STRUCK_ON_BEFORE = /\b(?:strikes?|air ?strikes?|airstrikes?|raids?|attacks?|assault|shelling|bombardment|barrel bombs?|bombs|warplanes|jets|helicopters|rockets|missiles|shells)\b[^.;:]{0,40}?\bon\s+(?:the\s+)?$/i;
/** What stands between two names of a list: "Maarat Harma and Kafr Sajnah", "Kafr Nabl, Hass and Kafr Rouma". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** "near" right before a name: "near Galcad in central Somalia" is a place the gazetteer lacks, in that country. */
const NEAR_BEFORE = /\bnear\s+$/i;
/** Between a name and the country it lies in: "Qana, southern Lebanon", "Qana in Lebanon". */
const IN_COUNTRY = /^\s*(?:,|\s+in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?$/i;

/**
 * A day or a time right after a name the gazetteer lacks, told after "in" or "an attack on": the name is where it
 * happened ("an attack on Tchoma Bangou on Tuesday", "in Gidan Zaki overnight"). (Not a name it knows abroad only:
 * "in Idlib on Thursday night" in a Turkish report that names no Syrians.)
 */
const TIME_AFTER = /^\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|last\s+(?:night|week)|early\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|late\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+(?:morning|week)|yesterday)\b/i;
/** Words of what happened, in a headline's capitals: "Killed in Suspected Gas Attack in Syria" names no place. */
const EVENT_WORDS = /\b(?:attacks?|strikes?|airstrikes?|bomb\w*|raids?|shelling|gas|blasts?|explosions?|suspected|alleged|kill\w*|dead|ambush\w*|massacre|clashes|fighting|war|operation)\b/i;
/** An attack on a place: "the attack on Wad al-Noura village", "an air strike on the Shati camp". */
const ATTACK_ON_BEFORE = /\b(?:attacks?|assault|raids?|strikes?|air ?strikes?|airstrikes?|shelling|bombardment|bombing|massacre)\s+(?:on|in|against)\s+(?:the\s+)?$/i;
/** A preposition right before a name: "in Aleppo", "near the Damascus". */
const IN_BEFORE = endsAfter(['in', 'near', 'at', 'outside', 'into', 'around', 'the'], /\b(in|near|at|outside|into|around)\s+(the\s+)?$/i);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’`-]*/gu;

/** The characters besides letters and digits that go on a word (WORD's class, in ASCII). */
const WORD_TABLE = asciiWordTable("'`-");

/**
 * The words of a text, or of the spans of it given (in text order), that can be part of a name: capitalised
 * words and the connectors between them. Other words only part names, and so does the gap they leave (two
 * names are joined only by spaces or hyphens), so they are not kept.
 */
function tokens(text: string, within?: readonly Span[]): Token[] {
  const spans = within ?? [{ start: 0, end: text.length }];
  return asciiWords(text) ? asciiTokens(text, spans) : unicodeTokens(text, spans);
}

function unicodeTokens(text: string, spans: readonly Span[]): Token[] {
  const out: Token[] = [];
  scanPatternWords(text, spans, WORD, (start, whole) => {
    const end = withoutPossessive(text, start, whole);
    const word = text.slice(start, end);
    const cap = capitalised(word);
    if (cap || CONNECTORS.has(word.toLowerCase())) out.push({ start, end, text: word, cap });
  });
  return out;
}

/**
 * tokens() for a text whose letters are all ASCII: the same words as WORD finds, read character by character,
 * and only the kept ones made into strings (most words of a report are neither capitalised nor connectors).
 */
function asciiTokens(text: string, spans: readonly Span[]): Token[] {
  const out: Token[] = [];
  scanAsciiWords(text, spans, WORD_TABLE, (i, whole) => {
    const j = (text.charCodeAt(whole - 1) | 32) === 115 ? withoutPossessive(text, i, whole) : whole;
    const c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    // Lower case: a connector (at most four letters) or an article joined to a capital ("al-Kalasa").
    const joinedArticle = !upper && c >= 97 && (text.charCodeAt(i + 2) === 45 || text.charCodeAt(i + 3) === 45);
    if (!upper && !(c >= 97 && j - i <= 4) && !joinedArticle) return;
    const word = text.slice(i, j);
    const cap = upper || (joinedArticle && capitalised(word));
    if (cap || CONNECTORS.has(word.toLowerCase())) out.push({ start: i, end: j, text: word, cap });
  });
  return out;
}

/** Where a word ends without its possessive: "Aleppo's" is Aleppo ("Ma'arrat" keeps its apostrophe). */
function withoutPossessive(text: string, start: number, end: number): number {
  if (end - start <= 3 || (text.charCodeAt(end - 1) | 32) !== 115) return end;
  const q = text.charCodeAt(end - 2);
  return q === 39 || q === 0x2019 ? end - 2 : end;
}

function isCapitalised(t: Token): boolean {
  return (t.cap ??= capitalised(t.text));
}

/** The Arabic article and its assimilated forms, as a name may open with them ("al-Kalasa", "ez-Zor", "Al Quds"). */
const ARTICLE = '(?:al|el|ar|as|ad|an|ash|az|ez|ed|es|at)';
const ARTICLE_JOINED = new RegExp(`^${ARTICLE}[-‑]\\p{Lu}`, 'u');
const ARTICLE_FIRST = new RegExp(`^${ARTICLE}\\b`, 'i');

function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && word.charCodeAt(2) !== 45 && word.charCodeAt(3) !== 45 && word.charCodeAt(1) !== 45) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  // "al-Kalasa", "ez-Zor": a lowercase article joined to a capitalised name.
  if (ARTICLE_JOINED.test(word)) return true;
  return /^[\u0600-\u06ff]/.test(word);
}

/** A people's name right before a place word: "the southern Lebanese village of ", "a Palestinian town of ". */
const DEMONYM_TYPE_BEFORE = new RegExp(`\\b(\\p{Lu}\\p{Ll}+)\\s+${PLACE_TYPE}\\s+of\\s+$`, 'u');

/** The country a demonym before "village of X" names, with the demonym's span; null when there is none. */
function demonymBefore(text: string, start: number, g: Gazetteer): { country: string; cue: { start: number; end: number } } | null {
  const from = Math.max(0, start - 50);
  const m = DEMONYM_TYPE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const country = g.demonymCountry(strictKey(m[1]!));
  return country ? { country, cue: { start: from + m.index, end: from + m.index + m[1]!.length } } : null;
}

/** A demonym before a town's type and "of": "the central Syrian city of". */
const DEMONYM_TOWN_BEFORE = /\b(\p{Lu}\p{Ll}+)\s+(?:(?:port|border|coastal|frontline|front-line)\s+)?(?:city|town|village|capital|port|district|neighbou?rhood|suburb)\s+of\s+$/u;

/** The country a possessive names right before a name: "Saudi Arabia's Abha airport", "Sudan's El Fasher". */
function possessiveCountryBefore(text: string, start: number, g: Gazetteer): string | null {
  // (Or without its apostrophe, as a scraper may leave it: "Saudi Arabias Abha airport".)
  const m = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}?)(?:['’]s|s)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  // (The name may be the last words only: "The Saudi Arabia's".)
  const words = m[1]!.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const country = g.countryByName(strictKey(words.slice(k).join(' ')));
    if (country) return country;
  }
  return null;
}

/** The country a demonym names right before a town's type: "the central Syrian city of", "the Lebanese village of". */
function demonymTownBefore(text: string, start: number, g: Gazetteer): string | null {
  const m = DEMONYM_TOWN_BEFORE.exec(text.slice(Math.max(0, start - 45), start));
  return m ? g.demonymCountry(strictKey(m[1]!)) : null;
}

/** A direction away from a place: "north of Hama", "15 km south of Idlib city". */
const NEAR_OF_BEFORE = endsAfter(
  ['of', 'the'],
  /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+(?:outskirts\s+)?of\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$/i,
);

/** A distance from a place: "about 20 kilometres from the Borno state capital Maiduguri", "30 km (19 miles) east of". */
const DISTANCE_FROM_BEFORE = /\b\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles|mi)\b\s*(?:\(\s*[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s*\)\s*)?(?:[\w-]+\s+)?(?:from|of|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

/** "the Syrian capital", "the capital" (not "capital of X", which names X). */
const CAPITAL: WordPattern = { unicode: /\bthe\s+(?:(\p{Lu}\p{Ll}+)\s+)?capital\b(?!\s+(?:of|city of)\b)/gu, ascii: /\bthe\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of|city of)\b)/g };

const ORG_BEFORE = endsAfter(['of', 'in', 'for', 'the', 'and'], /\b(?:state|qaeda|emirate|front|army|brigades?)\s+(?:of|in|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+and\s+(?:the\s+)?)?$/i);

const ORG_AFTER = /^\s+(?:Airlines?|Airways|Times|Today|News|Post|Telegraph|Television|TV|Radio)\b/;

/** What can fill a window's middle: a capitalised word, or a lowercase connector between two of them. */
function fits(t: Token): boolean {
  return isCapitalised(t) || CONNECTORS.has(t.text.toLowerCase());
}

/** Only spaces or hyphens between two tokens: no punctuation, so no crossing into the next phrase. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  return gap >= 1 && gap <= 2 && joiner(text.charCodeAt(a.end)) && (gap === 1 || joiner(text.charCodeAt(a.end + 1)));
}

/** A space, a tab, a hyphen or a non-breaking hyphen. */
function joiner(c: number): boolean {
  return c === 32 || c === 9 || c === 45 || c === 0x2011;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly single: boolean;
  /** A demonym ("Syrian") points at a country but is no place mention. */
  readonly demonym: boolean;
  readonly countries: readonly string[];
  readonly admin1s: readonly Admin1[];
  readonly places: readonly Place[];
}

const MAX_WORDS = 5;

/** Arabic generic words that open place names (hill, village, monastery, spring, gate...). */
const GENERIC_FIRST = new Set(
  'tall tell tal kafr kfar kafar deir dayr der ain ayn bir jabal jebel jisr khan ras umm abu beit bayt bab bani qasr sheikh shaykh maarat maaret marat wadi tal hay hayy harat'.split(' '),
);

type Readings = Pick<Candidate, 'countries' | 'admin1s' | 'places'>;

/** Readings already looked up, per gazetteer: the same names recur window after window and report after report. */
const readingsOf = new WeakMap<Gazetteer, Map<string, Readings>>();
const READINGS_KEPT = 50_000;
/** The gazetteer asked last and its readings: one gazetteer serves a whole run, so the weak map is rarely asked. */
let lastGazetteer: Gazetteer | null = null;
let lastReadings: Map<string, Readings> | undefined;

/** The countries, admin-1 areas and places a strict key names (shared lists: callers only read them). */
function lookup(g: Gazetteer, key: string): Readings {
  let memo = g === lastGazetteer ? lastReadings : readingsOf.get(g);
  if (!memo) readingsOf.set(g, (memo = new Map()));
  lastGazetteer = g;
  lastReadings = memo;
  let r = memo.get(key);
  if (r === undefined) {
    if (memo.size >= READINGS_KEPT) memo.clear();
    r = readingsFor(g, key);
    memo.set(key, r);
  }
  return r;
}

function readingsFor(g: Gazetteer, key: string): Readings {
  const named = g.countriesByName(key);
  // "Syrias" (an apostrophe dropped) is Syria; "Afghans", a people's name and an s, is no country.
  const countries = named.length > 0 || !key.endsWith('s') || g.isDemonym(key.slice(0, -1)) ? named : g.countriesByName(key.slice(0, -1));
  const found = { countries, admin1s: g.admin1ByName(key), places: g.placesByKey(key) };
  if (found.countries.length + found.admin1s.length + found.places.length > 0 || !FUSED_ARTICLE.test(key)) return found;
  // "Deir Ezzor", "Arraqqa": an article fused to a sun letter it doubles, as "Deir ez-Zor" is keyed without it.
  const bare = key.replace(FUSED_ARTICLE_G, '$1$2');
  return { countries: [], admin1s: g.admin1ByName(bare), places: g.placesByKey(bare) };
}

const FUSED_ARTICLE = /(?:^| )[ae]([dnrstz])\1[a-z]{2,}/;
const FUSED_ARTICLE_G = /(^| )[ae]([dnrstz])\2(?=[a-z]{2,})/g;

/** Words that may stand beside a name without making it a longer name: datelines, agencies, directions, levels. */
const NEUTRAL = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ngo afp ap reuters sana monitor video photo tags northern southern eastern western central north south east west ' +
    'rural greater upper lower old new province governorate city town village countryside district region ' +
    // Prepositions and conjunctions that open a sentence: "In Aleppo, a missile hit ..." is no name "In Aleppo".
    'in on from near into inside outside across around over under with by for after before during while since when amid following and but ' +
    // Nouns of what happened, opening a sentence or a headline: "Shelling of Benghazi", "Siege of Mariupol".
    'shelling bombing bombings bombardment attack attacks strike strikes airstrike airstrikes raid raids siege battle fighting clashes ' +
    'explosion explosions blast blasts massacre killing killings assault offensive fall capture evacuation liberation outskirts ' +
    // A town's own airport or fair: "Damascus International Airport", "Kabul International Airport"; its own
    // university, hospital, stadium or station: "Garissa University College", "Kramatorsk Railway Station".
    'international university college airport stadium hospital railway station'
  ).split(' '),
);

function neutral(t: Token): boolean {
  const k = keyOf(t);
  return NEUTRAL.has(k) || CONNECTORS.has(k);
}

/**
 * True when a one-word name sits inside a longer proper noun: "Ban Ki-moon", "Vladimir Putin", "Jabhat Fateh
 * Al Sham". Its capitalised neighbours in the same run are neither neutral words nor known names themselves.
 */
function partOfLongerName(text: string, g: Gazetteer, toks: readonly Token[], i: number, runEnd: number, consumed: number): boolean {
  // A province named as such closes any name before it: "in Dahyan Saada province", "Kafrnaha Aleppo province"
  // (as texts stripped of their commas write "Dahyan, Saada province").
  if (/^\s+(?:province|governorate|countryside)\b/i.test(text.slice(toks[i]!.end, toks[i]!.end + 16)) && g.admin1ByName(keyOf(toks[i]!)).length > 0) return false;
  // Look past an article or "of": "Fateh Al Sham", "Ministry of Interior".
  let p = i - 1;
  while (p > consumed && CONNECTORS.has(toks[p]!.text.toLowerCase()) && joined(text, toks[p]!, toks[p + 1]!)) {
    // (Not a name's own first word, as written: "Tal as-Sultan", "Wadi Barada", "Umm Batina" are names of two words.)
    if (isCapitalised(toks[p]!) && GENERIC_FIRST.has(toks[p]!.text.toLowerCase())) return true;
    p--;
  }
  const prev = toks[p];
  // (Not a side's word for what it holds: "Russian-held Donetsk", "Turkish-backed Azaz".)
  if (prev && p > consumed && isCapitalised(prev) && joined(text, prev, toks[p + 1]!) && !neutral(prev) && !isHeldWord(prev.text)) return true;
  // A word with the article joined to it goes on the name, cue or not: "the village of Wad al-Noura" is not Wad.
  const following = toks[i + 1];
  if (following && i + 1 < runEnd && joined(text, toks[i]!, following) && ARTICLE_JOINED.test(following.text)) return true;
  // A place cue before the name settles it: "in Aleppo Mohammed said", "City of Daraa Sputnik".
  const before = text.slice(Math.max(0, toks[i]!.start - 40), toks[i]!.start);
  if (IN_BEFORE.test(before) || TOWN_BEFORE.test(before) || ADMIN_BEFORE.test(before)) return false;
  const next = toks[i + 1];
  if (!next || i + 1 >= runEnd || !isCapitalised(next) || neutral(next)) return false;
  for (let end = Math.min(runEnd, i + 4); end > i + 1; end--) {
    const r = lookup(g, strictKey(text.slice(next.start, toks[end - 1]!.end)));
    if (r.countries.length + r.admin1s.length + r.places.length > 0) return strangerAfter(g, toks[i]!, r);
  }
  return true;
}

/**
 * "an Ariana Grande concert": a name read only as towns, then, with no comma between, one read only as small
 * places, none in a country of the first. A place and the larger area it lies in ("Kafrnaha Aleppo"), or two
 * names of a list stripped of its commas ("Douma Harasta"), share a country; a first name and a surname that
 * happen to be towns do not.
 */
function strangerAfter(g: Gazetteer, tok: Token, next: Readings): boolean {
  if (next.countries.length > 0 || next.admin1s.length > 0 || next.places.some((p) => (RANK[p.featureCode] ?? 1) >= 4 || p.population >= 100_000)) return false;
  const own = lookup(g, keyOf(tok));
  if (own.countries.length > 0 || own.admin1s.length > 0 || own.places.length === 0) return false;
  const countries = new Set(own.places.map((p) => p.country));
  return !next.places.some((p) => countries.has(p.country));
}

/** Parser 1: longest known name at each capitalised word, left to right. */
function findCandidates(text: string, g: Gazetteer, within?: readonly Span[]): { found: Candidate[]; unknown: Token[][] } {
  const toks = tokens(text, within);
  const found: Candidate[] = [];
  const unknown: Token[][] = [];
  let consumed = -1;
  for (let i = 0; i < toks.length; ) {
    const first = toks[i]!;
    if (!isCapitalised(first)) {
      i++;
      continue;
    }
    let j = i + 1;
    // (A name ends before the letters of a kind of camp: "the Abu Shouk IDP camp".)
    while (j < toks.length && j - i < MAX_WORDS && fits(toks[j]!) && joined(text, toks[j - 1]!, toks[j]!) && !ENDS_A_NAME.has(toks[j]!.text)) j++;
    let hit: Candidate | null = null;
    let hitEnd = i;
    // Longer windows only when a known name of several words starts with this word (or its article).
    const firstKey = keyOf(first);
    const canBeLonger = g.startsLongerName(firstKey) || (CONNECTORS.has(first.text.toLowerCase()) && i + 1 < j && g.startsLongerName(keyOf(toks[i + 1]!)));
    for (let end = canBeLonger ? j : i + 1; end > i && !hit; end--) {
      const last = toks[end - 1]!;
      if (!isCapitalised(last)) continue;
      const start = first.start;
      const key = end - i === 1 ? firstKey : strictKey(text.slice(start, last.end));
      if (key.length < 2 || (end - i === 1 && NOT_PLACES.has(key))) continue;
      // "Tall Tawil", "Kafr Naha": a generic first word is never a name alone while a capitalised word follows.
      if (end - i === 1 && GENERIC_FIRST.has(key) && j > i + 1) break;
      const r = lookup(g, key);
      if (r.countries.length + r.admin1s.length + r.places.length > 0) {
        hit = { start, end: last.end, key, single: end - i === 1, demonym: g.isDemonym(key), ...r };
        hitEnd = end;
      }
    }
    // "Baghdads Karrada district", "Aleppos eastern districts": a possessive whose apostrophe a scraper dropped,
    // when the word is nothing itself and its stem is a province or a big town (not any village: "Afghans").
    if (!hit && firstKey.length > 4 && firstKey.endsWith('s') && !firstKey.includes(' ') && /^[A-Z]/.test(first.text) && !NOT_PLACES.has(firstKey)) {
      const stem = lookup(g, firstKey.slice(0, -1));
      const places = stem.places.filter((p) => (RANK[p.featureCode] ?? 1) >= 5 || p.population >= 100_000);
      if (stem.countries.length === 0 && (stem.admin1s.length > 0 || places.length > 0)) {
        hit = { start: first.start, end: first.end - 1, key: firstKey.slice(0, -1), single: true, demonym: false, countries: [], admin1s: stem.admin1s, places };
        hitEnd = i + 1;
      }
    }
    const oneWord = hit && (hit.single || (hitEnd - i === 2 && CONNECTORS.has(first.text.toLowerCase())));
    // A person's name after a word for a kinsman or a title: "his brother Salman", "King Salman", "Dr Hamza".
    if (hit && oneWord && hit.countries.length === 0 && PERSON_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) hit = null;
    // (A possessive ends a name: "Baghdads Karrada" is no name of two words.)
    if (hit && oneWord && hit.countries.length === 0 && hit.end === toks[hitEnd - 1]!.end) {
      const at = hit.single ? i : i + 1;
      if (partOfLongerName(text, g, toks, at, j, hit.single ? consumed : Math.max(consumed, i))) hit = null;
    }
    // "Islamic State of Iraq and the Levant", "al-Qaeda in Iraq": a country inside an organisation's name.
    // And a country's name that opens a company's or an outlet's: "Malaysia Airlines", "Syria Times".
    if (hit && hit.countries.length > 0 && (ORG_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)) || ORG_AFTER.test(text.slice(hit.end, hit.end + 20)))) hit = null;
    if (hit) {
      found.push(hit);
      consumed = hitEnd - 1;
      i = hitEnd;
      continue;
    }
    // No name starts here: keep the run (from its start) as unknown, and try again from the next word.
    const prev = toks[i - 1];
    // A run starts after a word that is never part of a place's name ("Eastern Ghouta", "The Ghouta").
    const runStart = !prev || consumed === i - 1 || !(isCapitalised(prev) && joined(text, prev, first)) || NOT_PLACES.has(keyOf(prev));
    // Nor a side's word for what it holds: "the Daesh-held town of Manbij", "the Kurdish-controlled city".
    if (runStart && !NOT_PLACES.has(firstKey) && !isHeldWord(toks[j - 1]!.text) && !isHeldWord(first.text)) unknown.push(toks.slice(i, j));
    i++;
  }
  return { found, unknown };
}

/** A word for a kinsman or a person's title right before a name: the name is a person's ("his brother Salman", "King Salman"). */
const PERSON_BEFORE =
  /(?:\b(?:his|her|their|the|whose|and)\s+(?:(?:elder|older|younger|late|eldest|youngest)\s+)?(?:brother|sister|son|daughter|father|mother|wife|husband|cousin|uncle|aunt|nephew|niece)|\b(?:Mr|Mrs|Ms|Dr|President|King|Prince|Princess|Queen|Judge|Imam|Pope|Senator|Colonel|Lieutenant|Sergeant|Captain|Major|Brigadier|Ayatollah|Mullah|Emir))\.?\s+$/;

/** Words, as written, that follow a place's name and are no part of it. */
const ENDS_A_NAME = new Set(['IDP', 'IDPs']);

const RANK: Readonly<Record<string, number>> = { PPLC: 6, PPLA: 5, PPLA2: 4, PPLA3: 3, PPLA4: 2, PPL: 1, PPLX: 0 };

function precisionOf(p: Place): PlacePrecision {
  return p.featureCode === 'PPLX' ? 'neighbourhood' : 'town';
}

function better(a: Place, b: Place): Place {
  const ra = RANK[a.featureCode] ?? 1;
  const rb = RANK[b.featureCode] ?? 1;
  if (ra !== rb) return ra > rb ? a : b;
  return a.population >= b.population ? a : b;
}

interface Context {
  /** The country the report is about: the one it names most (names and demonyms weigh most). */
  readonly home: string | null;
  /** Countries the report names outright. */
  readonly named: ReadonlySet<string>;
  /** Every country with any signal, strongest first. */
  readonly ranked: readonly string[];
  /** The home country and any other nearly as present (at most two): where loose keys may look. */
  readonly homes: readonly string[];
  /** True when only demonyms ("an Israeli airstrike") gave the home country: no place of it is named. */
  readonly byDemonym?: true;
}

/** Where a text's headline (with its dateline) ends, near enough: its first full stop, or 250 characters in. */
function headlineEnd(text: string): number {
  const stop = /[.!?]\s/.exec(text.slice(0, 250));
  return stop ? stop.index + 1 : 250;
}

/**
 * What follows a dateline's place: "SANAA (Reuters) - ", "BEIRUT, Aug 21 (Reuters) - ", "Aleppo, SANA- ", and
 * TASS's "MOSCOW, September 25. /TASS/.".
 */
// (Commas may be lost: "KYIV July 14 (Reuters) -", "DEIR AL-BALAH Gaza Strip (AP) —"; and two cities: "JERUSALEM/BEIRUT".)
export const DATELINE_AFTER = /^(?:\s*[,/]?\s*[\p{L}. ]{2,30}?)?(?:\s*,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:(?:\([^()\n]{2,30}\)\s*)?[-—–]{1,2}\s|\.?\s*\/[A-Z][A-Za-z-]{1,15}\/)/u;

/**
 * True when a name is a dateline's: "BEIRUT, LEBANON (4:20 P.M.) – The Syrian Arab Army ...", the city and the
 * country after it. (The country there says no more than its city of where the story was filed: it is not
 * counted again, at a country's weight, for what the report is about.)
 */
function inDateline(text: string, c: { start: number; end: number }): boolean {
  let i = c.start - 1;
  while (i >= 0 && text.charCodeAt(i) !== 10) i--;
  const before = text.slice(i + 1, c.start);
  if (!/^[ \t]*(?:\p{Lu}[\p{Lu}.'’ -]{1,30},?\s*)?$/u.test(before)) return false;
  return DATELINE_AFTER.test(text.slice(c.end, c.end + 50));
}

/**
 * Refiner 3's evidence: countries named, then provinces and big places that exist in one country only. A
 * headline kept apart from the text (`headline`: its candidates) weighs as a headline in the text does.
 */
function contextOf(cands: readonly Candidate[], headlineEnd: number, headline: readonly Candidate[] = [], text = '', headlineText = ''): Context {
  const score = new Map<string, number>();
  const named = new Set<string>();
  let add = (c: string, w: number) => score.set(c, (score.get(c) ?? 0) + w);
  const plain = add;
  for (const [k, c] of [...headline, ...cands].entries()) {
    if (k >= headline.length && c.countries.length > 0 && inDateline(text, c)) continue;
    // What the headline names counts twice: a report is about where its headline is.
    add = k < headline.length || c.start < headlineEnd ? (key, w) => plain(key, 2 * w) : plain;
    if (c.countries.length > 0) {
      // "Syria", "Syrias" name the country; "Syrian", "Russian" only point at it (often at a foreign actor),
      // and "Israeli strike", "Russian forces" at the actor only, wherever it struck.
      if (c.demonym && ACTOR_AFTER_DEMONYM.test((k < headline.length ? headlineText : text).slice(c.end, c.end + 30))) continue;
      for (const k of c.countries) {
        add(k, c.demonym ? 1 : 3);
        if (!c.demonym) named.add(k);
      }
      continue;
    }
    // "Al-Quds hospital in Aleppo", "the al-Quds Brigade": an Arabic name with its article before an
    // institution is the institution's own name, not the city of that name (Jerusalem).
    const source = k < headline.length ? headlineText : text;
    if (/^(?:al|el)[-\s]/i.test(source.slice(c.start, c.start + 3)) && NAMED_INSTITUTION_AFTER.test(source.slice(c.end, c.end + 20))) continue;
    // A name counts for a country only when every reading of it lies there ("Homs"; not "Palmyra", which
    // is also an atoll and a dozen American towns).
    const all = new Set([...c.admin1s.map((a) => a.country), ...c.places.map((p) => p.country)]);
    if (all.size !== 1) {
      // Or a capital, or a city of a million, beside villages of its name abroad: "Kabul" (also a village in
      // Israel and a town in Missouri) is Afghanistan's.
      const dominant = dominantPlace(c);
      if (dominant) add(dominant.country, 1.5);
      continue;
    }
    const big = c.admin1s.length > 0 || c.places.some((p) => (RANK[p.featureCode] ?? 1) >= 4 || p.population >= 100_000);
    if (big) add([...all][0]!, c.admin1s.length > 0 ? 2 : 1.5);
  }
  const top = [...score].sort((a, b) => b[1] - a[1])[0];
  const sorted = [...score].sort((a, b) => b[1] - a[1]);
  const ranked = sorted.map(([c]) => c);
  // Countries about as present as the first: a report on Syria and Iraq is about both.
  const homes = sorted.filter(([, v]) => top && v * 2 >= top[1]).slice(0, 2).map(([c]) => c);
  return { home: top ? top[0] : null, homes, named, ranked };
}

/**
 * A capital, a city of a million, the seat of the province of its name or a seat of a hundred thousand, that every
 * other reading of its name, elsewhere, is far smaller than.
 */
function dominantPlace(c: Candidate): Place | null {
  const top = c.places.reduce<Place | null>((b, p) => (b === null || p.population > b.population ? p : b), null);
  // (Or the seat of the province of its name: "Hama", city and governorate, beside a hamlet of that name abroad.)
  const seatOfItsProvince = top !== null && top.featureCode === 'PPLA' && c.admin1s.some((a) => a.country === top.country);
  // (Or a seat of a hundred thousand beside a hamlet abroad: "Rafah" in Gaza, not the Egyptian village of its name.)
  const bigSeat = top !== null && (RANK[top.featureCode] ?? 1) >= 4 && top.population >= 100_000;
  if (!top || (top.featureCode !== 'PPLC' && top.population < 1_000_000 && !seatOfItsProvince && !bigSeat)) return null;
  const abroad = (country: string) => country !== top.country;
  if (c.admin1s.some((a) => abroad(a.country))) return null;
  // (A province's name too, the seat is the stronger reading: a tenth of its people is far smaller.)
  const ratio = seatOfItsProvince ? 10 : 20;
  return c.places.every((p) => p === top || !abroad(p.country) || p.population * ratio < top.population) ? top : null;
}

/** What a demonym names when it names a side, not a place: "Israeli strike", "Russian forces", "Syrian army". */
const ACTOR_AFTER_DEMONYM =
  /^[\s-]+(?:(?:-?led|-?backed|air|government|military|occupation|regime|special|security|border|armed)\s+)?(?:forces|army|military|troops|soldiers|jets|warplanes|aircraft|planes|helicopters|drones?|strikes?|air ?strikes?|airstrikes?|raids?|shelling|fire|artillery|missiles?|rockets?|police|officials?|government|authorities|ministry|spokes(?:man|woman|person)|navy|air force|occupation|regime|tanks?|bombardment|bombing|attacks?|gunmen|militants|fighters|officers?|hezbollah|hamas|houthis?|taliban|militias?|rebels|insurgents|jihadists|paramilitar(?:y|ies)|separatists|group)\b/i;

/** What a country does when it is a side: "Israel said", "Russia has denied", "Israel strikes Iranian targets". */
const SIDE_ACTS_AFTER = /^\s+(?:(?:has|had|have|also|later|again)\s+)?(?:said|says|denied|denies|accused|accuses|claimed|claims|warned|warns|announced|announces|blamed|blames|vowed|vows|insisted|insists|confirmed|confirms|strikes|struck|attacked|attacks|launched|launches|fired|fires|bombed|bombs|shelled|shells|targeted|targets)\b(?!\s+(?:by|on)\b)/i;

/** An institution whose name a place name with an Arabic article may be: "Al-Quds hospital", "al-Quds Force". */
const NAMED_INSTITUTION_AFTER = /^\s+(?:hospital|clinic|school|university|mosque|brigades?|force|battalions?|front|corps|foundation|centre|center)\b/i;

/** The countries a text names by a demonym ("Syrian", "Libyan"). */
function demonymCountries(text: string, g: Gazetteer): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of matchesOf(TITLE_WORD, text)) {
    const country = g.demonymCountry(strictKey(m[0]));
    if (country) out.add(country);
  }
  return out;
}

/** A capitalised word: the demonyms withDemonyms() looks at. */
const TITLE_WORD = /\b\p{Lu}\p{Ll}+\b/gu;

/**
 * A report that names no country and no unambiguous place ("a central town retaken from IS") may still say
 * whose it is: "Syrian activists", "a Syrian town". Demonyms decide only then.
 */
function withDemonyms(ctx: Context, text: string, g: Gazetteer): Context {
  if (ctx.home !== null) return ctx;
  const score = new Map<string, number>();
  for (const m of matchesOf(TITLE_WORD, text)) {
    // "Russian-held Donetsk", "Turkish-backed rebels": a side's word, not whose the place is.
    if (text.charCodeAt(m.index + m[0].length) === 45 && HELD_WORD.test(text.slice(m.index, m.index + m[0].length + 12).split(/\s/)[0]!)) continue;
    const key = strictKey(m[0]);
    const country = g.demonymCountry(key);
    if (country) score.set(country, (score.get(country) ?? 0) + 1);
  }
  const top = [...score].sort((a, b) => b[1] - a[1])[0];
  return top ? { ...ctx, home: top[0], homes: [top[0]], ranked: [top[0]], byDemonym: true } : ctx;
}

/**
 * The same name in the spellings a transliteration varies between, letter for letter: a French "ou" for u
 * ("Tajoura" / "Tajura"), a final h after a vowel or none ("Shajara" / "Shajarah"), "Tel" for "Tall".
 */
function otherSpellings(key: string): string[] {
  const out: string[] = [];
  // "Tel Abyad", "Tel Rifaat": the hill of place names, written Tall, Tal or Tell as often.
  if (key.startsWith('tel ')) out.push(`tall ${key.slice(4)}`, `tal ${key.slice(4)}`, `tell ${key.slice(4)}`);
  if (key.includes('ou')) out.push(key.replace(/ou/g, 'u'));
  if (/[ae]h$/.test(key)) out.push(key.slice(0, -1));
  else if (/[ae]$/.test(key)) out.push(`${key}h`);
  return out;
}

/** A distance and a direction, or after a comma a direction alone, between a name and the place it is told from: ", 15 km southwest of ", ", west of ". */
const DISTANCE_FROM_AFTER =
  /^\s*,?\s*(?:(?:about|some|around|nearly|roughly|just|only)?\s*\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s*(?:\([^()]{1,20}\)\s*)?|(?<=,\s*)(?:just\s+)?)(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:city|town|village)\s+of\s+)?$/i;

/** A direction word right before a name: "Eastern " in "Eastern Ghouta". */
const DIRECTION_BEFORE = /\b(?:eastern|western|northern|southern|east|west|north|south)\s+$/i;

/** "in Donetsk region", "in northern Idlib province", "in northern Hama" (a part of a province) right after a name. */
const IN_REGION_AFTER =
  /^\s*,?\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s+(?:region|province|governorate|oblast|state)\b|^\s*\(\s*(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s*,\s*\p{Lu}[\p{L}'’ -]{1,40}\)|^\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+(?:city|town)\b)/u;

/** The admin-1 codes of the region named right after a name ("X in Donetsk region"), or null. */
function regionAfter(g: Gazetteer, text: string, end: number): string[] | null {
  const m = IN_REGION_AFTER.exec(text.slice(end, end + 70));
  if (!m) return null;
  const codes = g.admin1ByName(strictKey((m[1] ?? m[2] ?? m[3])!)).map((a) => a.code);
  return codes.length > 0 ? codes : null;
}

/** The one country every reading of a name lies in, or null (none, or several). */
function onlyIn(c: Candidate): string | null {
  const first = c.places[0]?.country ?? c.admin1s[0]?.country ?? null;
  if (first === null) return null;
  return c.places.every((p) => p.country === first) && c.admin1s.every((a) => a.country === first) ? first : null;
}

/** Whether an option fits the context: in the home country, or a big place in another country the report names. */
function fitsContext(ctx: Context, country: string, big: boolean): boolean {
  if (ctx.home === null) return big && ctx.ranked.length === 0;
  return country === ctx.home || (ctx.named.has(country) && big);
}

/** A name's loose key without its article (strictKey drops the Arabic ones): "An Nuşayrāt" and "Nuseirat" meet, "Turabah" and "Ramadan" do not. */
function ownNameKey(name: string): string {
  return looseKey(strictKey(name).replace(/^the /, ''));
}

/** A name in brackets after a place, then its country: "Owo (Ondo, Nigeria)". */
const PAREN_BEFORE = /[\p{L}.]\s*\(\s*$/u;
const PAREN_COUNTRY_AFTER = /^\s*,\s*\p{Lu}[\p{L}'’ -]{1,40}\)/u;

/** What happened in a place, right after its name: "Baghdad bombing", "Kabul blast", "Kyiv strike". */
const EVENT_AFTER = /^\s+(?:(?:suicide\s+|car\s+|truck\s+)?(?:bombings?|blasts?|explosions?|attacks?|strikes?|air\s?strikes?|shelling|massacre|siege|violence|clashes|fighting))\b/i;

/** A part of a place after its name: "Damascus suburbs" is a place, not the government. */
const PART_OF_PLACE_AFTER = /^(?:['’]s)?\s+(?:suburbs?|outskirts|neighbou?rhoods?|districts?|areas?|airport|countryside)\b/i;

/** Names of facilities: "Al-Quds hospital" is a hospital, not Jerusalem. */
const FACILITY_AFTER = /^\s+(hospital|school|mosque|church|market|bakery|university|clinic|stadium|street|road|bridge|airport|air base|base|prison|dam|square|hotel|centre|center|tv|television|agency|newspaper|brigades?|battalions?|front|army|group|forces|resistance committees?|coordination committees?|local council)\b/i;
/**
 * Facilities that stand in the town they are named after, when that town is a city of the report's own
 * country: "outside Kabul airport", "Aleppo university", "Homs central prison". (Not streets or roads, often
 * named after another city, nor groups and outlets.)
 */
const TOWN_FACILITY_AFTER =
  /^\s+(?:central\s+|international\s+|military\s+|main\s+|grand\s+|shiite\s+|shia\s+|sunni\s+)?(?:airport|air base|university|stadium|prison|dam|hospital|railway station|train station|bus station|mosque|church|market|school|hotel|bakery|mall|shopping centre|cafe)\b/i;

/**
 * A city (a seat, or 100,000 people) of the report's country that the name reads as, and nothing else there;
 * or, when the name reads as no place of that country (or the report has none), a country's capital: "Gunmen
 * stormed Kabul University", "Israeli missiles target Damascus airport". Not a name with an article: "Al Quds
 * hospital", "al-Razi hospital" are named after a saint, a scholar, a holy city, not after the town they stand in.
 */
function namesCityOf(c: Candidate, text: string, home: string | null): boolean {
  if (c.countries.length > 0 || ARTICLE_FIRST.test(text.slice(c.start, c.end))) return false;
  const atHome = home === null ? [] : c.places.filter((p) => p.country === home);
  const capital = c.places.find((p) => p.featureCode === 'PPLC');
  const local = atHome.length > 0 ? atHome : capital ? c.places.filter((p) => p.country === capital.country) : [];
  return local.length > 0 && local.every((p) => (RANK[p.featureCode] ?? 1) >= 4 || p.population >= 100_000);
}

/**
 * Words for a community that read as some village abroad or as a name the gazetteer lacks: "a majority Christian
 * area of Homs", "the Fulani village of Ogossagou", "a predominantly Hazara area of Kabul" name no place.
 * (Peoples whose name is also a province's, Amhara or Kachin, are left out: the gazetteer reads those first.)
 */
const COMMUNITIES = new Set(
  [
    'christian christians muslim sunni shia shiite alawite alawites druze kurdish arab arabs armenian assyrian turkmen yazidi jewish catholic orthodox bedouin',
    'ismaili sufi coptic maronite hazara hazaras pashtun tajik uzbek baloch baluch fulani peul dogon bambara tuareg hausa igbo yoruba tigrayan oromo',
    'rohingya masalit zaghawa nuer dinka hema lendu tutsi hutu banyamulenge',
  ]
    .join(' ')
    .split(' '),
);

/** The place mentions of a text, and the country it is about (null when it names none). */
export function findPlaceMentions(text: string, g: Gazetteer): PlaceMention[] {
  return findPlaces(text, g).mentions;
}

/**
 * The place mentions of a text and its home country. With `within`, only names inside those spans are looked
 * up (the sentences an extraction reads places from); the rest of the text is not read.
 */
export function findPlaces(
  text: string,
  g: Gazetteer,
  within?: readonly Span[],
  /** The report's headline when the text does not hold it: it counts for the report's country, names no place. */
  headline?: string,
): { mentions: PlaceMention[]; home: string | null } {
  const { found, unknown } = findCandidates(text, g, within);
  const context = withDemonyms(contextOf(found, headlineEnd(text), headline ? findCandidates(headline, g).found : [], text, headline ?? ''), text, g);
  const home = context.home;
  const mentions: PlaceMention[] = [];
  /** Names the gazetteer knows only elsewhere ("Solhan" is also a town in Turkey): unknown here, for refiner 7. */
  const elsewhere: { start: number; end: number }[] = [];
  /** Names read as a big seat abroad for want of a reading at home ("Beirut", "Geneva"): refiner 7 may undo it. */
  const abroad = new Set<number>();
  /** The countries the text names by their people ("Syrian"), read once when needed. */
  let demonyms: ReadonlySet<string> | undefined;
  /** Names read only as towns of one country the context did not take: taken below when the report points there. */
  const oneCountryOnly: Candidate[] = [];

  for (const c of found) {
    const before = textBefore(text, c.start, 40);
    const after = text.slice(c.end, c.end + 30);
    // "in Aleppo and Raqa provinces": each name of the list is a province.
    const adminAfter = ADMIN_AFTER.exec(after) ?? (/^\s*(?:,|and)\s/.test(after) ? LISTED_ADMIN_AFTER.exec(text.slice(c.end, c.end + 90)) : null);
    const adminBefore = ADMIN_BEFORE.exec(before) ?? RURAL_BEFORE.exec(before);
    const countryside = /^(?:countryside|rural)/i.test(adminAfter?.[1] ?? '') || (adminBefore !== null && /countryside|rural/i.test(adminBefore[0]));
    const townAfter = TOWN_AFTER.exec(after);
    const townBefore = TOWN_BEFORE.exec(before);
    const cue = adminAfter
      ? { start: c.end + adminAfter[0].indexOf(adminAfter[1]!), end: c.end + adminAfter[0].length }
      : adminBefore
        ? { start: c.start - adminBefore[0].length, end: c.start }
        : townAfter
          ? { start: c.end, end: c.end + townAfter[0].length }
          : townBefore
            ? { start: c.start - townBefore[0].length, end: c.start }
            : null;
    // "Owo (Ondo, Nigeria)", "Ad Durayhimi district (Hodeidah)": the province of a place before it, as event
    // datasets write it.
    const inParens = c.admin1s.length > 0 && PAREN_BEFORE.test(before) && (PAREN_COUNTRY_AFTER.test(after) || /^\s*\)/.test(after));
    const wantAdmin = !!(adminAfter || adminBefore || inParens);
    const name = text.slice(c.start, c.end);
    // "Saudi Arabia's Abha airport": the country whose town it is, said by a possessive before it.
    // (Tried only after an s: most names have no possessive before them.)
    const owner = c.places.length > 0 && text.charCodeAt(c.start - 2) === 115 && text.charCodeAt(c.start - 1) === 32 ? possessiveCountryBefore(text, c.start, g) : null;
    if (FACILITY_AFTER.test(after) && !(TOWN_FACILITY_AFTER.test(after) && namesCityOf(c, text, owner ?? context.home))) continue;
    if (c.demonym) continue;
    // A country's name is the country unless a cue reads it otherwise: "Mozambique" is also a name of a
    // province of Mozambique and a town in it, "Mexico" a state.
    if (c.countries.length > 0 && (c.admin1s.length === 0 || !wantAdmin) && (c.places.length === 0 || !cue)) {
      // Of a name two countries go by, the one the report is about.
      const country = home !== null && c.countries.includes(home) ? home : c.countries[0]!;
      // A country that speaks or acts is a side, not where anything happened: "Israel said it attacked ... in
      // Syria", "Russia denied".
      if (SIDE_ACTS_AFTER.test(after)) continue;
      mentions.push({ start: c.start, end: c.end, name, country, place: null, admin1: null, precision: 'country', rule: 'place:country', cue: null });
      continue;
    }
    // "the northern Syrian province of Idlib": a province named as such, of one country only, needs no context.
    const oneCountry = wantAdmin && c.admin1s.length > 0 && c.admin1s.every((a) => a.country === c.admin1s[0]!.country);
    const admins = c.admin1s.filter((a) => oneCountry || fitsContext(context, a.country, true));
    let places = c.places.filter((p) => fitsContext(context, p.country, (RANK[p.featureCode] ?? 1) >= 4 || p.population >= 100_000));
    // "the central Syrian city of Homs" in a report filed from Beirut: the demonym says whose town it is.
    const whose = owner ?? (places.length !== 1 && c.places.length > 0 && before.endsWith('of ') ? demonymTownBefore(text, c.start, g) : null);
    const ofThatCountry = whose ? c.places.filter((p) => p.country === whose) : [];
    if (ofThatCountry.length > 0) places = ofThatCountry;
    // (Not a part of a town: "the Brooklyn neighborhood of Cite Soleil" is no borough of New York.)
    // (Also before the event it names: "the November 2015 Paris attacks" in a Belgian report. Never when a demonym
    // says whose town it is: "the northern Mozambican town of Palma" is not Spain's Palma, though the gazetteer
    // lacks Mozambique's.)
    if (places.length === 0 && admins.length === 0 && whose === null && (cue || PREPOSITION_BEFORE.test(before) || EVENT_AFTER.test(after)) && !PART_OF_AFTER.test(after)) {
      // Abroad, unnamed country: only a big seat whose name has no other big reading ("Beirut", "Geneva"; not "Tripoli").
      const big = c.places.filter((p) => (RANK[p.featureCode] ?? 1) >= 4 && p.population >= 150_000);
      // Of big seats in several countries, the one whose people the text names: "The Syrian Arab Army ... in
      // eastern Homs" filed from Beirut is Syria's Homs, not Libya's Al Khums.
      // (And a smaller seat of a country whose people the text names: "killed in an air strike by Syrian government
      // forces in Idlib" in a Turkish report.)
      const seats = big.length > 0 ? big : c.places.filter((p) => (RANK[p.featureCode] ?? 1) >= 4 && (demonyms ??= demonymCountries(text, g)).has(p.country));
      const named = new Set(seats.map((p) => p.country)).size > 1 ? seats.filter((p) => (demonyms ??= demonymCountries(text, g)).has(p.country)) : seats;
      if (named.length > 0 && new Set(named.map((p) => p.country)).size === 1) {
        places = named;
        abroad.add(c.start);
      }
    }
    // An admin-1 area named as such: the home country's reading first.
    const adminMention = (): PlaceMention => {
      const first = admins.find((x) => x.country === home) ?? admins[0]!;
      const a = (countryside && COUNTRYSIDE_OF[first.code] ? g.admin1(COUNTRYSIDE_OF[first.code]!) : null) ?? first;
      return { start: c.start, end: c.end, name, country: a.country, place: null, admin1: a, precision: 'admin1', rule: 'place:admin1', cue };
    };
    if (wantAdmin && admins.length > 0) {
      mentions.push(adminMention());
      continue;
    }
    // "an opposition-held town in Daraa": a town lies in the province, not in the town of that name.
    const container = admins.length > 0 && !cue ? (CONTAINER_BEFORE.exec(before) ?? (places.every((p) => p.population < CITY_OF_QUARTERS) ? DIRECTION_IN_PROVINCE_BEFORE.exec(before) : null)) : null;
    if (container) {
      mentions.push({ ...adminMention(), cue: { start: c.start - container[0].length, end: c.start } });
      continue;
    }
    if (wantAdmin && places.length > 0) {
      // "Aleppo countryside": the province around the town.
      const p = places.reduce(better);
      // "Balochistan's Mastung district", "the Sinjar district": the district around its seat, at the seat's point.
      // So is "the Sinjar region", when the town is not its province's namesake ("the Idlib region" is the
      // province).
      const word = adminAfter?.[1] ?? '';
      if (/^district$/i.test(word) || (/^region$/i.test(word) && !!p.admin1 && looseKey(strictKey(p.admin1.name)) !== looseKey(strictKey(p.name)))) {
        mentions.push({ start: c.start, end: c.end, name, country: p.country, place: p, admin1: p.admin1, precision: 'district', rule: 'place:district-of-town', cue });
        continue;
      }
      if (p.admin1) {
        mentions.push({ start: c.start, end: c.end, name, country: p.country, place: null, admin1: p.admin1, precision: 'admin1', rule: 'place:admin1-of-town', cue });
        continue;
      }
    }
    // "the village of Hrabove in Donetsk region": of the places of that name, the one in that region; when
    // none is, the name is one the gazetteer lacks there (refiner 7 keeps it inside the region).
    const region = places.length > 0 ? regionAfter(g, text, c.end) : null;
    if (region) {
      const inside = places.filter((p) => p.admin1 !== null && region.includes(p.admin1.code));
      // (Or when the region lies in one country only: "the town of Maan in northern Hama" is no Ma'an of Jordan.)
      const regionCountries = new Set(region.map((code) => code.slice(0, code.indexOf('.'))));
      if (inside.length === 0 && (regionCountries.size === 1 || places.some((p) => regionCountries.has(p.country)))) {
        elsewhere.push({ start: c.start, end: c.end });
        continue;
      }
      if (inside.length > 0) places = inside;
    }
    if (places.length > 0) {
      const local = places.filter((p) => p.country === home);
      // A place by its own name before one that has it as another name ("Manchester" is Manchester, not
      // Richmond, Virginia, which took in a town of that name).
      const pool = local.length > 0 ? local : places;
      const own = pool.length > 1 ? pool.filter((x) => strictKey(x.name) === c.key) : [];
      // Unless the other is far bigger: "Odessa" is Ukraine's Odesa, not the Texan town spelt so.
      const any = pool.reduce(better);
      const ownBest = own.length > 0 ? own.reduce(better) : any;
      const p = any.population >= 5 * Math.max(ownBest.population, 1) ? any : ownBest;
      // Refiner 6: a capitalised word that is only some small place is not taken without a cue or a preposition.
      const weak = c.single && !cue && (RANK[p.featureCode] ?? 1) <= 1 && p.population < 5000 && !PREPOSITION_BEFORE.test(before);
      // A capital without a preposition speaks for its government: "despite Damascus promises", "Moscow said".
      // Not before what happened there: "Baghdad bombing kills 125", "Kabul blast".
      const metonym = p.featureCode === 'PPLC' && !cue && !PREPOSITION_BEFORE.test(before) && /^\s+[a-z]/.test(after) && !ADMIN_AFTER.test(after) && !PART_OF_PLACE_AFTER.test(after) && !EVENT_AFTER.test(after);
      if (weak || metonym) continue;
      // "north of Hama": somewhere near the town, perhaps across a provincial line; kept, but only as a hint.
      const near = NEAR_OF_BEFORE.test(before) || (/\d/.test(text.slice(Math.max(0, c.start - 70), c.start)) && DISTANCE_FROM_BEFORE.test(text.slice(Math.max(0, c.start - 70), c.start)));
      mentions.push({ start: c.start, end: c.end, name, country: p.country, place: p, admin1: p.admin1, precision: precisionOf(p), rule: near ? 'place:near-of' : 'place:gazetteer', cue });
      continue;
    }
    if (admins.length > 0) mentions.push(adminMention());
    else if (c.countries.length === 0 && !COMMUNITIES.has(c.key)) {
      elsewhere.push({ start: c.start, end: c.end });
      // A town of one country only, introduced as a place: perhaps of a country the report places others in.
      if (c.admin1s.length === 0 && onlyIn(c) !== null && (cue || PREPOSITION_BEFORE.test(before))) oneCountryOnly.push(c);
    }
  }
  // "a school in the Nuseirat camp in central Gaza", whose "Israeli" outnumbers "Gaza": a town of one country
  // only is taken when the report places something else in that country.
  for (const c of oneCountryOnly) {
    const country = onlyIn(c)!;
    // Or, in a report that names no place of any country (its demonyms aside), a name read in one country only:
    // "an Israeli airstrike targeted a position in Beit Lahia", "a Russian missile hit Kostiantynivka".
    // (By the place's own name, not another it has: "in Ramadan" is no town of Saudi Arabia.)
    const alone = (home === null || context.byDemonym === true) && c.admin1s.length === 0 && c.places.some((p) => ownNameKey(p.name) === ownNameKey(text.slice(c.start, c.end)));
    if (!alone && !mentions.some((m) => m.country === country && m.precision !== 'country')) continue;
    // Not a namesake outside the region named right after it ("Hrabove in Donetsk region" is not Odessa's).
    const region = regionAfter(g, text, c.end);
    const fit = region ? c.places.filter((x) => x.admin1 !== null && region.includes(x.admin1.code)) : c.places;
    if (fit.length === 0) continue;
    const p = fit.reduce(better);
    const at = elsewhere.findIndex((e) => e.start === c.start);
    if (at >= 0) elsewhere.splice(at, 1);
    mentions.push({ start: c.start, end: c.end, name: text.slice(c.start, c.end), country, place: p, admin1: p.admin1, precision: precisionOf(p), rule: 'place:gazetteer', cue: null });
  }

  // "near the Syrian capital", "in the capital": the country's capital, the demonym's or the report's own.
  // (Both forms of the pattern need the word as written: a text without it is not scanned.)
  for (const m of text.includes('capital') ? matchesOf(wordPatternFor(CAPITAL, text), text) : []) {
    const start = m.index! + m[0].indexOf(m[1] ?? 'capital');
    const end = m.index! + m[0].length;
    // "the capital Damascus", "the capital, Damascus": the name that follows is the mention.
    if (mentions.some((x) => x.start < end + 3 && x.end > start)) continue;
    if (/^\s*,?\s*\p{Lu}/u.test(text.slice(end, end + 4))) continue;
    const country = m[1] ? g.demonymCountry(strictKey(m[1])) : home;
    const p = country ? g.capitalOf(country) : null;
    if (!p) continue;
    mentions.push({ start, end, name: p.name, country: p.country, place: p, admin1: p.admin1, precision: 'town', rule: 'place:capital', cue: null });
  }

  // Parser 2: loose keys, inside the report's own countries, for a name that a preposition or cue introduces:
  // a name the gazetteer lacks; and a name it knows only abroad, by another spelling of the same letters only
  // ("in Tajoura" in a report on Libya is Tajura, not Djibouti's Tadjourah), as its loose key would read
  // "Nuseirat" as Nazareth in a report on Israel.
  // A run ends before a known name inside it, and the words that lead to that name: "Dahyan Saada province"
  // is Dahyan, then Saada; "al-Malaah Northwest of Aleppo" is al-Malaah. (A people's name in it stays: "the
  // Yarmouk Palestinian refugee camp in southern Damascus".)
  const starts = new Set(found.filter((c) => !c.demonym).map((c) => c.start));
  const unknownSpans = unknown.map((run) => {
    let k = run.findIndex((t, n) => n > 0 && starts.has(t.start));
    if (k < 0) k = run.length;
    else while (k > 1 && (CONNECTORS.has(keyOf(run[k - 1]!)) || DIRECTION_WORD.test(run[k - 1]!.text))) k--;
    return { start: run[0]!.start, end: run[k - 1]!.end };
  });
  // "the Khair Khana area of Kabul": a word known only abroad ("Khair", a town in India) run on to an unknown one
  // is one unknown name with it, not an unknown "Khana".
  // (Nor two such words: "Khana" is a Canadian Hanna's other name.)
  elsewhere.sort((a, b) => b.start - a.start);
  for (const e of [...elsewhere]) {
    if (text[e.end] !== ' ' && text[e.end] !== '-') continue;
    const run = unknownSpans.find((u) => u.start === e.end + 1);
    const known = run ? undefined : elsewhere.find((x) => x.start === e.end + 1);
    if (run) run.start = e.start;
    else if (known) e.end = known.end;
    else continue;
    elsewhere.splice(elsewhere.indexOf(run ? e : known!), 1);
  }
  const abroadOnly = new Set(elsewhere.map((e) => e.start));
  for (const { start, end } of [...unknownSpans, ...elsewhere]) {
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const key = strictKey(text.slice(start, end));
    const before = textBefore(text, start, 40);
    const after = text.slice(end, end + 30);
    const adminCue = ADMIN_AFTER.exec(after) ?? ADMIN_BEFORE.exec(before) ?? TOWN_BEFORE.exec(before);
    // (Not a district: "the Kirovskyi district" of Donetsk is no Kirov province of Russia.)
    if (adminCue && !abroadOnly.has(start) && !/district/i.test(adminCue[0])) {
      // "province of Raqa", "Deir Ezzor province": a loose match among the few provinces of the report's countries.
      // (With the word of position before it that no run takes: "the Lower Shabelle region" is Lower Shebelle.)
      const position = POSITION_BEFORE.exec(before);
      const positioned = position ? strictKey(`${position[1]} ${key}`) : null;
      const a = [...(positioned ? [positioned] : []), key]
        .flatMap((k) => context.homes.map((c) => g.admin1ByLooseKey(looseKey(k), c)))
        .find((xs) => xs.length === 1)?.[0];
      if (a) {
        const from = positioned && looseKey(strictKey(a.name)) === looseKey(positioned) ? start - position![0].length : start;
        const cue = ADMIN_AFTER.test(after) ? { start: end, end: end + ADMIN_AFTER.exec(after)![0].length } : { start: from - adminCue[0].length, end: from };
        mentions.push({ start: from, end, name: text.slice(from, end), country: a.country, place: null, admin1: a, precision: 'admin1', rule: 'place:admin1-loose', cue });
        continue;
      }
    }
    // "the Hamidiyeh neighbourhood": a part of a town, not the village of that name elsewhere in the country.
    // (The length first: the cues are patterns.)
    if (key.replace(/ /g, '').length < 5) continue;
    // "in Maarat al-Numan, Idlib province": a name the text puts inside a province is looked for, loosely, in that
    // province, whichever country the report names most (Russia, in a report on a Russian strike).
    const host = abroadOnly.has(start) ? undefined : mentions.find((x) => x.start >= end && x.start - end <= 40 && x.precision === 'admin1' && x.admin1 !== null && INSIDE_NAME.test(text.slice(end, x.start)));
    const inHost = host ? g.placesByLooseKey(looseKey(key), host.country).filter((p) => p.admin1?.code === host.admin1!.code) : [];
    if (inHost.length > 0) {
      const p = inHost.reduce(better);
      mentions.push({ start, end, name: text.slice(start, end), country: p.country, place: p, admin1: p.admin1, precision: precisionOf(p), rule: 'place:gazetteer-loose', cue: null });
      continue;
    }
    const cued = PREPOSITION_BEFORE.test(before) || STORMED_BEFORE.test(before) || TOWN_BEFORE.test(before) || TOWN_AFTER.test(after);
    if (!cued || NEIGHBOURHOOD_AFTER.test(after)) continue;
    // Loose keys invent matches abroad: only inside the report's own country. In a second one about as present
    // (a report on the Syrian-Turkish border is about both), the name as written or respelt only.
    // (Only in the country a demonym says the town is of: "the northern Mozambican town of Palma" is not
    // looked for in Spain, though the name's big seat there made Spain a second country of the report.)
    const whose = before.endsWith('of ') ? demonymTownBefore(text, start, g) : null;
    // (Nor a loose match outside the province of the place the text puts the name in: "the village of Kisunga in
    // Beni territory, North Kivu province" is no Kasongo of Maniema; it is left to be placed inside Beni.)
    const within = abroadOnly.has(start) ? undefined : mentions.find((x) => x.start >= end && x.start - end <= 40 && x.precision !== 'country' && x.admin1 !== null && INSIDE_NAME.test(gapTo(text, end, x.start)));
    for (const [n, country] of (whose ? [whose] : context.homes.slice(0, 2)).entries()) {
      const spellings = n === 0 ? otherSpellings(key) : [key, ...otherSpellings(key)];
      const respelt = spellings.flatMap((k) => g.placesByKey(k)).filter((p) => p.country === country);
      const loose = respelt.length > 0 || abroadOnly.has(start) || n > 0 ? null : g.placesByLooseKey(looseKey(key), country);
      const hits = !loose ? respelt : within ? loose.filter((p) => p.admin1?.code === within.admin1!.code) : loose;
      if (hits.length === 0) continue;
      const p = hits.reduce(better);
      mentions.push({ start, end, name: text.slice(start, end), country: p.country, place: p, admin1: p.admin1, precision: precisionOf(p), rule: 'place:gazetteer-loose', cue: null });
      break;
    }
  }

  // A big seat abroad that the text places inside a known place or the name of another country ("the town of
  // Palma in Mozambique's Cabo Delgado province", not Palma de Mallorca; "in Qana, southern Lebanon", not
  // Egypt's Qena) is a name the gazetteer lacks there.
  // So is any town read abroad, in a report with no country of its own, that the text places inside a
  // province named as such ("the village of al-Zara in Hama northern countryside" is not Zadar, once Zara).
  for (const m of home === null || abroad.size > 0 ? [...mentions] : []) {
    const cuedOnly = !abroad.has(m.start);
    if (cuedOnly && (home !== null || m.precision !== 'town' || m.rule !== 'place:gazetteer')) continue;
    const inside = mentions.some(
      (x) =>
        x.start > m.end &&
        x.start - m.end <= 60 &&
        x.country !== m.country &&
        (cuedOnly
          ? x.precision === 'admin1' && x.cue !== null && INSIDE_NAME.test(text.slice(m.end, x.start))
          : x.precision !== 'country' ? INSIDE_NAME.test(text.slice(m.end, x.start)) : x.rule === 'place:country' && IN_COUNTRY.test(text.slice(m.end, x.start))),
    );
    if (!inside) continue;
    mentions.splice(mentions.indexOf(m), 1);
    elsewhere.push({ start: m.start, end: m.end });
  }

  // A named area that is no populated place ("in the rebel-held Eastern Ghouta", "Jabal al-Zawiya"), of the
  // report's country or of one it points at: precision district, in its governorate.
  for (const span of unknownSpans) {
    const { end } = span;
    if (mentions.some((m) => m.start < end && m.end > span.start)) continue;
    // With a direction before it, when the area is named so: "Eastern Ghouta", "eastern Ghouta".
    const key = strictKey(text.slice(span.start, end));
    const direction = g.mayEndRegion(key) ? DIRECTION_BEFORE.exec(text.slice(Math.max(0, span.start - 15), span.start)) : null;
    const wide = direction ? g.region(strictKey(text.slice(span.start - direction[0].length, end))) : null;
    const start = wide ? span.start - direction![0].length : span.start;
    const region = wide ?? g.region(key);
    if (!region || (home !== null && !context.ranked.includes(region.country))) continue;
    mentions.push({ start, end, name: region.name, country: region.country, place: null, admin1: region.admin1, precision: 'district', rule: 'place:region', cue: null, region });
  }

  // Refiner 7: an unknown name inside a known place takes its location under its own name.
  // A name listed before others is read with the words after the list: "on Maarat Harma and Kafr Sajnah in the
  // southern countryside of Idlib" places both.
  const listEnd = new Map<number, number>();
  const inOrder = [...unknownSpans].sort((a, b) => b.start - a.start);
  for (let k = 1; k < inOrder.length; k++) {
    const [first, next] = [inOrder[k]!, inOrder[k - 1]!];
    if (LIST_GAP.test(text.slice(first.end, next.start))) listEnd.set(first.start, listEnd.get(next.start) ?? next.end);
  }
  for (const { start, end: ownEnd } of [...unknownSpans, ...elsewhere]) {
    const end = listEnd.get(start) ?? ownEnd;
    // Nor a known name with its article before it: "El Geneina" is Geneina.
    if (mentions.some((m) => m.start === start || (m.end === ownEnd && m.start > start && strictKey(text.slice(start, ownEnd)) === strictKey(text.slice(m.start, ownEnd))))) continue;
    // Nor a community's word: "the Druze town of Majdal Shams" names one town.
    if (COMMUNITIES.has(strictKey(text.slice(start, ownEnd)))) continue;
    const before = textBefore(text, start, 30);
    // (Or a name that opens on its type: "near Kibbutz Re'im", "Camp Bastion".)
    const named = PLACE_TYPE_BEFORE.test(before) || /^(?:[Kk]ibbutz|[Mm]oshav|[Cc]amp)\s+\p{Lu}/u.test(text.slice(start, ownEnd));
    // (Not across a line's end: "attack on Solhan village" closing a headline is not inside the dateline's
    // "OUAGADOUGOU (AFP)" opening the next line.)
    const after = mentions.find(
      (m) =>
        m.start > end &&
        m.start - end <= 60 &&
        m.precision !== 'country' &&
        text.lastIndexOf('\n', m.start) < end &&
        (INSIDE_NAME.test(gapTo(text, end, m.start)) || BRACKET.test(text.slice(end, m.start)) || TYPED_IN.test(gapTo(text, end, m.start)) || DISTANCE_FROM_AFTER.test(text.slice(end, m.start)) || APPOSITION.test(text.slice(end, m.start))),
    );
    // "in Baghdad's Karrada district": the town before, its part named as such after.
    const owner = after ? undefined : mentions.find((m) => start - m.end >= 2 && start - m.end <= 4 && m.precision !== 'country' && POSSESSIVE_GAP.test(text.slice(m.end, start)));
    const container = after ?? (owner && PLACE_TYPE_AFTER.test(text.slice(end, end + 20)) ? owner : undefined);
    // "in Idlib village of Zardana", "the Aleppo neighbourhood of Salaheddin": a known place right before the
    // type of place. A village or a town lies in its province; a neighbourhood or a district in the city.
    const typeOf = named && !container ? mentions.find((m) => m.end < start && start - m.end <= 40 && m.precision !== 'country' && TYPE_OF_BETWEEN.test(text.slice(m.end, start))) : undefined;
    if (typeOf) {
      // (A part of a city after a name read as its province is left to the rules below.)
      const urbanPart = URBAN_PART.test(text.slice(typeOf.end, start));
      const urban = urbanPart && typeOf.precision === 'town';
      const admin1 = typeOf.admin1;
      if (urban || (!urbanPart && admin1)) {
        mentions.push({
          start, end: ownEnd, name: text.slice(start, ownEnd), country: typeOf.country, place: urban ? typeOf.place : null, admin1, precision: urban ? 'town' : 'admin1',
          rule: 'place:inside-known-place', cue: { start: typeOf.start, end: typeOf.end },
        });
        continue;
      }
    }
    if (!container) {
      // "the town of Barsalogho in central Burkina Faso", "the southern Lebanese village of Hebbariyeh": the
      // name, in its country only.
      // And "in Mpondwe, western Uganda": a name after a preposition, its country right after it.
      const country = mentions.find(
        (m) =>
          m.start > end && m.start - end <= 40 && m.precision === 'country' &&
          (TYPED_IN.test(text.slice(end, m.start)) || APPOSITION.test(text.slice(end, m.start)) || (INSIDE_NAME.test(text.slice(end, m.start)) && (named || (/^\s*,/.test(text.slice(end, m.start)) && IN_BEFORE.test(before)))) || (IN_COUNTRY.test(text.slice(end, m.start)) && (NEAR_BEFORE.test(before) || ((IN_BEFORE.test(before) || ATTACK_ON_BEFORE.test(before)) && !EVENT_WORDS.test(text.slice(start, ownEnd)))))),
      );
      if (country) {
        mentions.push({ start, end: ownEnd, name: text.slice(start, ownEnd), country: country.country, place: null, admin1: null, precision: 'country', rule: 'place:inside-known-place', cue: { start: country.start, end: country.end } });
      } else if (
        named ||
        ((IN_BEFORE.test(before) || ATTACK_ON_BEFORE.test(before)) &&
          (LOCAL_AREA_AFTER.test(text.slice(end, end + 16)) || (TIME_AFTER.test(text.slice(end, end + 24)) && !abroadOnly.has(start) && !EVENT_WORDS.test(text.slice(start, ownEnd)))))
      ) {
        // "the southern Lebanese village of Hebbariyeh": the demonym's country; "the village of Wahijah" in a
        // report about Yemen, the report's: the name is kept, with only its country known. So is "in Kabkabiya
        // locality", a name told as a place by the word after it.
        const demonym = demonymBefore(text, start, g);
        const country = demonym?.country ?? home;
        if (country) mentions.push({ start, end: ownEnd, name: text.slice(start, ownEnd), country, place: null, admin1: null, precision: 'country', rule: 'place:inside-known-place', cue: demonym?.cue ?? null });
      }
      continue;
    }
    // For a town before, the words after the name say what it is ("district").
    const between = container === owner ? text.slice(end, end + 20) : gapTo(text, end, container.start);
    // "the neighbourhood of X in Y", "X village in Y", "X, Aleppo province": a word says X is a place.
    // Not after "a": "a Hazara neighbourhood", "a Christian village" say what kind of place, not its name.
    const typed = named || ((PLACE_TYPE_AFTER.test(between) || TYPED_IN.test(between) || APPOSITION.test(between)) && !/\ban?\s+$/i.test(before));
    // (Or with no comma, the province named as such: "in Dahyan Saada province".)
    const listed =
      container.precision === 'admin1' &&
      (/^\s*,\s*(?:(?:north|south|east|west|central)[a-z-]*\s+)?$/i.test(between) ||
        (/^\s+(?:(?:north|south|east|west|central)[a-z-]*\s+)?$/i.test(between) && container.cue !== null && container.cue.start >= container.end));
    // "in Zabarmari near Maiduguri", "in Moura (Djenne, Mopti)": a place by its preposition, and where it lies.
    // And "in Dahyan in northern Saada province", "in Dedebit in northwestern Tigray": a place in a province named
    // as such, or in a part of it.
    // And "in Jobar in eastern Damascus": a part of a town, told by the part of the town it lies in.
    // And "at Urum al-Kubra, west of Aleppo": a place by its preposition, and the direction it lies in from a town.
    const located =
      (named || IN_BEFORE.test(before) || STRUCK_ON_BEFORE.test(text.slice(Math.max(0, start - 80), start))) &&
      (NEAR.test(between) || BRACKET.test(between) || DISTANCE_FROM_AFTER.test(between) || (IN_PROVINCE.test(between) && container.precision === 'admin1' && (container.cue !== null || PART_OF_REGION.test(between))) || (IN_PART_OF_TOWN.test(between) && container.precision === 'town'));
    if (!typed && !listed && !located) continue;
    // "Khan Tuman, 15 km southwest of Aleppo": in the province, not at the town's point.
    const away = container === after && DISTANCE_FROM_AFTER.test(between);
    const p = away ? null : container.place;
    mentions.push({
      start,
      end: ownEnd,
      name: text.slice(start, ownEnd),
      country: container.country,
      place: p,
      admin1: container.admin1,
      precision: container.precision === 'admin1' || away ? 'admin1' : container.region ? 'district' : 'town',
      rule: 'place:inside-known-place',
      cue: { start: container.start, end: container.end },
      ...(container.region ? { region: container.region } : {}),
    });
  }
  // A name the gazetteer lacks, placed inside a known place once ("Kabul's Dasht-e-Barchi district"), is that place
  // where the text names it again with nothing around it ("Twin blasts at a boys' school in Dasht-e-Barchi").
  const insideByName = new Map<string, PlaceMention>();
  // (Only one placed in a town, at its point: a name known only as in some province says too little to take again.)
  for (const m of mentions) if (m.rule === 'place:inside-known-place' && m.precision === 'town' && m.place !== null && !insideByName.has(strictKey(m.name))) insideByName.set(strictKey(m.name), m);
  for (const { start, end } of insideByName.size === 0 ? [] : unknownSpans) {
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const first = insideByName.get(strictKey(text.slice(start, end)));
    if (!first) continue;
    mentions.push({ ...first, start, end, name: text.slice(start, end), rule: 'place:named-again', cue: { start: first.start, end: first.end } });
  }
  // The same name read as that seat abroad elsewhere in the text (its headline) is the place inside too.
  const placedInside = abroad.size === 0 ? null : new Set(mentions.filter((m) => m.rule === 'place:inside-known-place').map((m) => strictKey(m.name)));
  const kept = !placedInside ? mentions : mentions.filter((m) => !(m.rule !== 'place:inside-known-place' && abroad.has(m.start) && placedInside.has(strictKey(m.name))));
  return { mentions: kept.sort((a, b) => a.start - b.start), home };
}
