// The place of one incident, from the place mentions in the sentences that tell it.
import type { PlaceFinding, PlacePrecision, Span } from '../../core/types.js';
import { insideAnsweredAttack } from '../answered.js';
import { evidenceAt } from '../../core/values.js';
import { distanceKm } from '../../core/geo.js';
import type { Gazetteer } from './gazetteer.js';
import { DATELINE_AFTER, PART_OF_REGION, type PlaceMention } from './place-mentions.js';

const FINER: Readonly<Record<PlacePrecision, number>> = { point: 5, neighbourhood: 4, town: 3, district: 2, admin1: 1, country: 0 };

/**
 * Words before a place the attack came from, or its side fled to: "crossed from", "fired from the", "fled
 * toward", "terrorist organizations positioned in Eastern Ghouta targeted ..."; or where it was only heard or
 * seen from: "explosions could be heard from the Turkish border town of Kilis"; or a journey's end: "carrying 298
 * people from Amsterdam to Kuala Lumpur", "a boat bound for Lampedusa"; or the towns a road runs between: "the
 * main highway between Kandahar and Herat".
 */
const ORIGIN_BEFORE = /\b(?:crossed|came|fired|launched|infiltrated|sneaked|advanced)\s+(?:[\w’'-]+\s+){0,3}?from\s+(?:the\s+)?(?:[a-z-]+\s+)?$|\b(?:positioned|stationed|entrenched|holed up|located|based|deployed)\s+in\s+(?:the\s+)?(?:[a-z-]+\s+)?$|\b(?:fled|retreated|withdrew|escaped|pulled back)\s+(?:to|toward|towards|into)\s+(?:the\s+)?$|\b(?:heard|seen|felt|watched)\s+(?:[\w-]+\s+){0,2}?(?:from|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$|\bfrom\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}to\s+(?:the\s+)?$|\b(?:bound|headed|heading|en route|flying|sailing|travell?ing)\s+(?:for|to)\s+(?:the\s+)?$|\b(?:highway|road|route|railway|railroad|motorway)\s+(?:between|from|linking|connecting)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}(?:and|to)\s+(?:the\s+)?)?$/i;

/** A side placed where it fired from, the firing right after: "Rebels in Eastern Ghouta fired rockets on Damascus". */
const SIDE_IN_BEFORE = /\b(?:rebels|militants|fighters|insurgents|jihadists|forces|troops|gunmen|groups|factions|militias?|positions)\s+(?:based\s+|stationed\s+|entrenched\s+)?in\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;
const FIRED_AFTER = /^\s+(?:have\s+|had\s+)?(?:fired|launched|lobbed|shelled|targeted)\b/i;
function firedFrom(text: string, m: PlaceMention): boolean {
  return FIRED_AFTER.test(text.slice(m.end, m.end + 24)) && SIDE_IN_BEFORE.test(before(text, m));
}

/** A relative clause that tells what a side holds, not where it struck: "the rebels, who control the capital Sanaa". */
const HELD_BEFORE = /\b(?:who|which|that)\s+(?:also\s+|still\s+|now\s+)?(?:control|controls|controlled|hold|holds|held|run|runs|rule|rules|seized|took|captured)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i;

/** Words before a place where someone spoke or met, not where anything struck: "told reporters in Paris". */
const SPOKEN_BEFORE = /\b(?:told (?:reporters|journalists|a news conference|a press conference|a briefing)|(?:news|press) (?:conference|briefing)|(?:said|spoke|speaking)(?: on \w+)?|talks|meeting|summit|visit(?:ing)?|(?:a )?visit to)\s+(?:in|at|to)?\s*$/i;

/** Words that tell an incident of a whole country: "across the country", "nationwide", "across Syria". */
const ACROSS_COUNTRY = /\b(?:across|throughout|all over)\s+(?:the\s+(?:country|nation)\b|[A-Z][a-z]+\b(?![\s-]+(?:province|governorate|region|city|town|state|district|countryside)\b))|\bnationwide\b/;

/** The words in the incident's sentences that tell it of a whole country, or null. */
function acrossCountry(text: string, lead: readonly Span[]): Span | null {
  for (const s of lead) {
    const m = ACROSS_COUNTRY.exec(text.slice(s.start, s.end));
    if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  return null;
}

/** "across" (or "throughout") right before a list of places: "across Sagaing, Magway and Rakhine". */
const ACROSS_BEFORE = /\b(?:across|throughout)\s+(?:the\s+)?(?:(?:provinces?|regions?|states?|governorates?|oblasts?)\s+of\s+)?$/i;
/** What joins the names of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** A list of places after "across" that lie in two or more provinces of one country: that country and the list's span. */
function acrossProvinces(text: string, pool: readonly PlaceMention[]): { country: string; start: number; end: number } | null {
  // (Only where a mention has the word right before it: most have not.)
  const opens = (m: PlaceMention) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return (before.includes('across') || before.includes('throughout')) && ACROSS_BEFORE.test(before);
  };
  if (!pool.some((m) => m.precision !== 'country' && opens(m))) return null;
  const sorted = [...pool].filter((m) => m.precision !== 'country').sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    if (!opens(sorted[i]!)) continue;
    const list = [sorted[i]!];
    for (let j = i + 1; j < sorted.length && LIST_GAP.test(text.slice(list[list.length - 1]!.end, sorted[j]!.start)); j++) list.push(sorted[j]!);
    const countries = new Set(list.map((m) => m.country));
    const provinces = new Set(list.map((m) => m.admin1?.code ?? null));
    if (list.length >= 2 && countries.size === 1 && !provinces.has(null) && provinces.size >= 2) return { country: list[0]!.country, start: list[0]!.start, end: list[list.length - 1]!.end };
  }
  return null;
}

/** How near the centre of a province a town of the next one may lie and still be taken as in it. */
const NEXT_PROVINCE_KM = 25;

const before = (text: string, m: PlaceMention) => text.slice(Math.max(0, m.start - 40), m.start);

/**
 * True when a mention is the place a report was filed from, opening a line (or, in capitals, a sentence): a
 * wire story's "SANAA (Reuters)" tells where the writer was, often not where the attack was.
 */
function isDateline(text: string, m: PlaceMention): boolean {
  // Only spaces between the line's start and the name (read back from the name: a report may be one long line).
  let i = m.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  // Or after the headline it was run on to, when written in capitals: "... after rocket fire. JERUSALEM/BEIRUT
  // (Reuters) - Israel said ...".
  const opensLine = i < 0 || text.charCodeAt(i) === 10;
  const name = opensLine ? '' : text.slice(m.start, m.end);
  const c = text.charCodeAt(i);
  const opensSentence = !opensLine && (c === 46 || c === 33 || c === 63 || c === 58) && isCapitals(name);
  if (!(opensLine || opensSentence)) return false;
  // Or, in capitals, with a colon: "PESHAWAR: Two soldiers were martyred" (not a headline's "Aleppo: ...").
  return DATELINE_AFTER.test(text.slice(m.end, m.end + 50)) || (/^:\s/.test(text.slice(m.end, m.end + 2)) && isCapitals(text.slice(m.start, m.end)));
}

/** A name alone in brackets at a line's start, as outlets tag their copy: "(Irrawaddy) At least 40 ...". */
function isOutletTag(text: string, m: PlaceMention): boolean {
  return text.charCodeAt(m.end) === 41 && /(?:^|\n)[ \t]*\($/.test(text.slice(Math.max(0, m.start - 10), m.start));
}

/** A name written in capitals, as datelines are: "PESHAWAR", "JERUSALEM/BEIRUT". */
function isCapitals(name: string): boolean {
  return name === name.toUpperCase() && /\p{Lu}{3}/u.test(name);
}

/**
 * How fine a mention is, for choosing among them. A locality the gazetteer lacks, named as inside a province
 * or a town ("Kafrnaha, Aleppo province"), is a place of its own, finer than any town: it carries the
 * province's or the town's precision only because its own point is unknown.
 */
function rank(m: PlaceMention): number {
  const r = FINER[m.precision];
  return m.rule === 'place:inside-known-place' && r >= FINER.admin1 && r <= FINER.town ? FINER.town + 0.5 : r;
}

function within(m: PlaceMention, spans: readonly Span[]): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}

/** What placeOfIncident reads of a report's mentions whatever the incident: the same for every incident it asks about. */
interface MentionReading {
  readonly text: string;
  readonly datelines: readonly PlaceMention[];
  readonly placed: readonly PlaceMention[];
  readonly origin: (m: PlaceMention) => boolean;
}

/** The reading of each report's mention list, worked out on the first incident that asks. */
const readMentionsMemo = new WeakMap<readonly PlaceMention[], MentionReading>();

function readMentions(text: string, mentions: readonly PlaceMention[]): MentionReading {
  const known = readMentionsMemo.get(mentions);
  if (known && known.text === text) return known;
  // Where someone spoke of an attack is no place of it: "Hague told reporters in Paris". Where the report was
  // filed from is one only when nothing else in its opening places it.
  // Nor is an outlet's name in brackets opening the report ("(Irrawaddy) At least 40 civilians ...").
  const told = mentions.filter((m) => !SPOKEN_BEFORE.test(before(text, m)) && !isOutletTag(text, m));
  const datelines = told.filter((m) => m.precision !== 'country' && isDateline(text, m));
  // (Nor where the earlier attack the incident answers struck: "in retaliation for a chemical attack that killed
  // at least 86 people in the rebel-held town of Khan Sheikhun".)
  const placed = (datelines.length === 0 ? told : told.filter((m) => !datelines.includes(m))).filter((m) => !insideAnsweredAttack(text, m.start));
  // Where the attackers came from is not where they struck: "gunmen who crossed from Gaza killed ... in Be'eri".
  // (Nor is it when the only other place the sentence names is the country struck: "infiltrated southern Israel
  // from Gaza".)
  const origins = new Map<PlaceMention, boolean>();
  const origin = (m: PlaceMention) => {
    let o = origins.get(m);
    if (o === undefined) origins.set(m, (o = ORIGIN_BEFORE.test(before(text, m)) || HELD_BEFORE.test(before(text, m)) || firedFrom(text, m)));
    return o;
  };
  const reading = { text, datelines, placed, origin };
  readMentionsMemo.set(mentions, reading);
  return reading;
}

/**
 * The region is set by the first mention with a province (a headline names where); inside it the finest
 * mention wins (a village over its province). With no mention in the incident's sentences, the first in the
 * report's opening is taken, in the report's own country if it has one there; with only a country named, the precision says country and there is no point.
 */
/** Words right before a name that make it a village: "the village of Kafr Nabudah". */
/** Whether `short` is a whole word or words of `full`, and shorter: "Samar" of "Northern Samar". */
function namesWithin(short: string, full: string): boolean {
  const [a, b] = [short.toLowerCase(), full.toLowerCase()];
  const at = b.indexOf(a);
  return a.length < b.length && at >= 0 && (at === 0 || b[at - 1] === ' ') && (at + a.length === b.length || b[at + a.length] === ' ');
}

const VILLAGE_TOLD = /\b(?:village|hamlet)\s+of\s+(?:the\s+)?$/i;

export function placeOfIncident(
  text: string,
  g: Gazetteer,
  mentions: readonly PlaceMention[],
  lead: readonly Span[],
  opening: readonly Span[],
  /** The report's country: in the opening, its places come before places abroad ("Washington", "Paris"). */
  home: string | null = null,
  /**
   * Whether a dateline may place the incident when nothing else does: the headline incident's may be where the
   * report was filed; an incident told in a later sentence (or the lead read as one) is never placed by it.
   */
  byDateline = true,
  /** Mentions not to take (the places of other incidents, for the headline incident). */
  skip?: (m: PlaceMention) => boolean,
): PlaceFinding | null {
  const read = readMentions(text, mentions);
  const { datelines, origin } = read;
  const placed = skip ? read.placed.filter((m) => !skip(m)) : read.placed;
  let pool = placed.filter((m) => within(m, lead));
  const struck = pool.filter((m) => !origin(m));
  if (struck.length > 0) pool = struck;
  // "opened fire on protesters across the country", "killed across Syria": an incident told of a whole country is
  // placed in it, not in the first town the opening names after (one of its parts, or the dateline).
  // "across Sagaing, Magway and Rakhine": a list of two or more provinces (or their towns) of one country after
  // "across" places the incident in that country, with the list as its words.
  const listed = acrossProvinces(text, pool);
  if (listed) {
    return {
      name: g.countryName(listed.country) ?? listed.country, admin1: null, country: listed.country, lat: null, lon: null, precision: 'country',
      gazetteerId: `country:${listed.country}`, certainty: 'stated', evidence: [evidenceAt(text, listed.start, listed.end)], rule: 'place:across-provinces',
    };
  }
  const across = pool.some((m) => m.precision !== 'country') ? null : acrossCountry(text, lead);
  if (across) {
    const country = pool.find((m) => m.precision === 'country')?.country ?? home;
    if (country) {
      return {
        name: g.countryName(country) ?? country, admin1: null, country, lat: null, lon: null, precision: 'country',
        gazetteerId: `country:${country}`, certainty: 'stated', evidence: [evidenceAt(text, across.start, across.end)], rule: 'place:across-country',
      };
    }
  }
  if (pool.filter((m) => m.precision !== 'country').length === 0) {
    // (A place named only as a distance from, "about 80 kilometres from Kaya", comes after a name the incident's
    // sentences give: "the town of Barsalogho".)
    const widerAll = placed.filter((m) => within(m, opening) && m.precision !== 'country' && !origin(m));
    // (Not a town of another country than the one the incident's own sentences place their name in: "killed 260 at
    // the Nova music festival near Kibbutz Re'im" is in Israel, whatever "air strikes on Gaza" the opening tells.)
    const inside = pool.find((m) => m.rule === 'place:inside-known-place');
    const wider = inside ? widerAll.filter((m) => m.rule !== 'place:near-of' && m.country === inside.country) : widerAll;
    // Else a place the gazetteer lacks that the opening names with its country ("the last ISIS pocket in the
    // village of Baghouz in eastern Syria"), or the report's own country named there.
    const named = (m: PlaceMention) => within(m, opening) && m.precision === 'country' && !origin(m);
    const first =
      wider.find((m) => m.country === home) ??
      wider[0] ??
      // A place the gazetteer lacks that the incident's own sentences name ("in the central village of Moura")
      // over the town the report was filed from ("BAMAKO —").
      pool.find((m) => m.rule === 'place:inside-known-place') ??
      // (Not a dateline in another country than the one the incident's sentences name: "JERUSALEM/BEIRUT
      // (Reuters) - Israel said it attacked ... in Syria".)
      // (Nor where the incident's sentences name a part of the country: "a bus in northern Yemen" is not in Sanaa.)
      (byDateline && !pool.some((c) => c.precision === 'country' && PART_OF_REGION.test(before(text, c)))
        ? datelines.find((m) => within(m, lead) && (!pool.some((c) => c.precision === 'country') || pool.some((c) => c.country === m.country)))
        : undefined) ??
      (pool.length === 0 ? (placed.find((m) => named(m) && m.rule === 'place:inside-known-place') ?? placed.find((m) => named(m) && m.country === home)) : undefined);
    pool = first ? [first] : pool;
  }
  if (pool.length === 0) return null;
  // A headline's name that the sentences under it give as a province is that province: "25 killed in strikes on
  // Aleppo and Idlib" … "air strikes on Aleppo and Idlib provinces" (not Aleppo the city).
  // (In the headline's place, so the headline still tells the region first.)
  if (lead.length > 1) {
    const head = lead[0]!;
    const provinces = pool.filter((a) => a.precision === 'admin1' && a.start >= head.end);
    const provinceOf = (m: PlaceMention) =>
      m.precision === 'town' && m.start >= head.start && m.end <= head.end ? provinces.find((a) => a.admin1?.code === m.admin1?.code && a.name.toLowerCase() === m.name.toLowerCase()) : undefined;
    if (provinces.length > 0 && pool.some(provinceOf)) pool = pool.map((m) => provinceOf(m) ?? m);
  }
  // A place named only as a direction from ("north of Hama") gives way to one named outright.
  const outright = pool.filter((m) => m.precision !== 'country' && m.rule !== 'place:near-of');
  // (And to a name the gazetteer lacks that the sentences give: "the town of Barsalogho" ... "80 kilometres from Kaya".)
  const located = outright.length > 0 ? outright : pool.some((m) => m.rule === 'place:inside-known-place') ? [] : pool.filter((m) => m.precision !== 'country');
  const first = located.find((m) => m.admin1);
  // (A province named short, then in full: "rebels ambush army patrol in Samar" … "in Las Navas town, Northern
  // Samar province" is in Northern Samar, not in the province of Samar.)
  const inFull = first?.precision === 'admin1' ? located.find((m) => m.precision === 'admin1' && m.admin1!.code !== first.admin1!.code && namesWithin(first.admin1!.name, m.admin1!.name)) : undefined;
  const region = (inFull ?? first)?.admin1 ?? null;
  // A place whose province the gazetteer does not know may lie in it, when it is in its country.
  // So does a town of the next province a few kilometres from the region's centre: "In Damascus province, regime
  // air strikes on the town of Douma" (Damascus the governorate is the city; Douma lies in Rif Dimashq around it).
  const near = (m: PlaceMention) => !!m.place && !!region && m.place.country === region.country && distanceKm(m.place.lat, m.place.lon, region.lat, region.lon) <= NEXT_PROVINCE_KM;
  const inRegion = located.filter((m) => !region || (m.admin1 ? m.admin1.code === region.code || near(m) : m.country === region.country));
  // Finer precision wins; at equal precision, the smaller place ("Maarat al-Numan" over "Idlib" city).
  // (And a name the gazetteer lacks over the place the text puts it in, at the same precision: "an attack on Ogossagou
  // in central Mali's Mopti region" is Ogossagou, in Mopti.)
  const finer = (m: PlaceMention, b: PlaceMention) =>
    rank(m) > rank(b) ||
    (rank(m) === rank(b) && ((!!m.place && !!b.place && m.place.population < b.place.population) || (m.rule === 'place:inside-known-place' && m.cue?.start === b.start && m.admin1?.code === b.admin1?.code)));
  const best = inRegion.reduce<PlaceMention | null>((b, m) => (b === null || finer(m, b) ? m : b), null);
  // With no finer place, a name told as inside the country ("the town of Barsalogho in Burkina Faso") over the country's name.
  // "a village in Sudan's Gezira state" ... "the attack on Wad al-Noura village": a place the gazetteer lacks, named
  // with only its country known, lies in the province the incident's sentences name (implied).
  // So does one under a headline that names only a town of the province's own name ("Family of 12 killed in Idlib
  // strike" … "their home in the village of Kafr Nabudah"): the headline's word may be the province as well.
  const provinceWord = (m: PlaceMention) =>
    m.precision === 'admin1' ||
    (lead.length > 1 && m.precision === 'town' && !!m.admin1 && m.name.toLowerCase() === m.admin1.name.toLowerCase() && m.start >= lead[0]!.start && m.end <= lead[0]!.end);
  const village =
    best && provinceWord(best) && best.admin1 && best.rule !== 'place:inside-known-place'
      ? pool.find(
          (x) =>
            x.rule === 'place:inside-known-place' && x.precision === 'country' && x.country === best.country &&
            // (Under a town's name, only a village: "the Shaar neighbourhood" lies in Aleppo the city.)
            (best.precision === 'admin1' || (x.start >= lead[0]!.end && VILLAGE_TOLD.test(text.slice(Math.max(0, x.start - 20), x.start)))),
        )
      : undefined;
  if (village && best?.admin1) {
    const a = best.admin1;
    return {
      name: village.name, admin1: a.name, country: a.country, lat: a.lat, lon: a.lon, precision: 'admin1', gazetteerId: `admin1:${a.code}`, certainty: 'implied',
      evidence: [evidenceAt(text, village.start, village.end), evidenceAt(text, best.start, best.end)].sort((x, y) => x.start - y.start), rule: 'place:inside-known-place',
    };
  }
  const m = best ?? pool.find((x) => x.rule === 'place:inside-known-place') ?? pool[0]!;
  const evidence = [evidenceAt(text, m.start, m.end)];
  if (m.cue) evidence.push(evidenceAt(text, m.cue.start, m.cue.end));
  if (m.precision === 'country') {
    return {
      name: m.rule === 'place:inside-known-place' ? m.name : (g.countryName(m.country) ?? m.name), admin1: null, country: m.country, lat: null, lon: null, precision: 'country',
      gazetteerId: `country:${m.country}`, certainty: 'stated', evidence: evidence.sort((a, b) => a.start - b.start), rule: m.rule,
    };
  }
  if (m.region) {
    const r = m.region;
    return {
      // "the town of Salma in Jabal Akrad": the town's name, at the area's point.
      name: m.rule === 'place:inside-known-place' ? m.name : r.name, admin1: r.admin1?.name ?? null, country: r.country, lat: r.lat, lon: r.lon, precision: 'district',
      gazetteerId: m.rule === 'place:inside-known-place' ? null : `region:${r.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, certainty: 'stated', evidence: evidence.sort((a, b) => a.start - b.start), rule: m.rule,
    };
  }
  const exact = m.rule === 'place:gazetteer' || m.rule === 'place:gazetteer-loose';
  const name = exact && m.place ? m.place.name : m.precision === 'admin1' && m.rule !== 'place:inside-known-place' ? m.admin1!.name : m.name;
  const lat = m.place && m.precision !== 'admin1' ? m.place.lat : (m.admin1?.lat ?? null);
  const lon = m.place && m.precision !== 'admin1' ? m.place.lon : (m.admin1?.lon ?? null);
  return {
    name,
    admin1: m.admin1?.name ?? null,
    country: m.country,
    lat,
    lon,
    precision: m.precision,
    gazetteerId: m.place && m.precision !== 'admin1' ? `geonames:${m.place.id}` : m.admin1 ? `admin1:${m.admin1.code}` : null,
    certainty: 'stated',
    evidence: evidence.sort((a, b) => a.start - b.start),
    rule: m.rule,
  };
}
