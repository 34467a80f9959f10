// Report → the incidents it tells, each an Account whose every value carries its evidence: the headline
// incident (primary), then the incidents later sentences tell in passing.
import { strictKey } from '../core/name-key.js';
import type { Account, DateFinding, Evidence, Extraction, Message, Perpetrator, PlaceFinding, RangeFinding, Report, Span } from '../core/types.js';
import { evidenceAt, message } from '../core/values.js';
import { createContext, liveEntryAt, liveEntryOf, remember, type ExtractContext } from './context.js';
import { findIncidentDate, headingDay } from './date.js';
import { bestEventType, findEventTypeClaims, weakClaimsIn } from './event-type.js';
import { countsIn, findCounts, GAPPED_COUNT, otherTolls, ownToll, withRollUp, withSameTollLater } from './victims.js';
import { findTargets, findWeapons } from './weapons-targets.js';
import { Gazetteer } from './places/gazetteer.js';
import { placeOfIncident } from './places/incident-place.js';
import { findPlaces } from './places/place-mentions.js';
import { ActorRegistry } from './actors/registry.js';
import { findActorMentions, mayNameOtherCoalition, namedOutright, withNamedCoalition, ITS_OWN, JOINED_SIDES, perpetratorsIn, type ActorMention } from './actors/perpetrators.js';
import { extractArabic, isArabicScript } from './arabic.js';
import { isCaption } from './captions.js';

/**
 * A sentence that opens on a time before the story's: "Earlier this month, a market in the town was hit",
 * "Last week, 18 people were killed". It tells what came before, not the incident the report is about.
 */
const BACKGROUND_OPENING = /^\W*(?:earlier this (?:week|month|year)|last (?:week|month|year)|(?:in|on) (?:19|20)\d\d\b|the previous (?:day|week|month)|previously|in a previous)/i;

/**
 * The sentence that tells the headline incident: the first with a count of dead or injured, else an attack.
 * A sentence that opens on an earlier time is passed over while another tells an attack (it is background).
 */
function headlineSentence(ctx: ExtractContext, claims: ReturnType<typeof findEventTypeClaims>): Span | null {
  const background = (s: Span) => BACKGROUND_OPENING.test(ctx.text.slice(s.start, s.end));
  const told = ctx.sentences.filter((s) => !background(s));
  const candidates = told.length > 0 && claims.some((c) => told.some((s) => s.start <= c.evidence[0]!.start && c.evidence[0]!.start < s.end)) ? told : ctx.sentences;
  // Look at the opening first: a lead sentence states the main event; counts further down are often other events.
  const opening = candidates.filter((s) => s.start < (ctx.sentences[4]?.start ?? Infinity));
  for (const s of opening) if (findCounts(ctx, 'killed', s).length > 0) return s;
  for (const s of opening) if (findCounts(ctx, 'injured', s).length > 0) return s;
  for (const s of candidates) if (findCounts(ctx, 'killed', s).length > 0) return s;
  const first = claims.find((c) => candidates.some((s) => s.start <= c.evidence[0]!.start && c.evidence[0]!.start < s.end));
  if (!first) return null;
  return sentenceAt(ctx, first.evidence[0]!.start) ?? null;
}

/** The sentence that holds the character at `at`. */
function sentenceAt(ctx: ExtractContext, at: number): Span | undefined {
  return ctx.sentences.find((s) => s.start <= at && at < s.end);
}

type Claims = ReturnType<typeof findEventTypeClaims>;

/** The claims whose words lie inside `s`. */
function claimsIn(claims: Claims, s: Span): Claims {
  return claims.filter((c) => c.evidence[0]!.start >= s.start && c.evidence[0]!.end <= s.end);
}

/** True when a sentence is the dateline and nothing else: "Date of publication: 5 November, 2016". */
function onlyDateline(ctx: ExtractContext, s: Span): boolean {
  const d = ctx.dateline;
  if (!d || d.start < s.start || d.end > s.end) return false;
  return !/\w/.test(ctx.text.slice(s.start, d.start)) && !/\w/.test(ctx.text.slice(d.end, s.end));
}

/** Causes of death that are not violence: disasters, accidents, disease. */
const NOT_VIOLENCE =
  /\b(?:floods?|flooding|flooded|earthquakes?|quakes?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|landslides?|mudslides?|avalanches?|heat ?waves?|tsunamis?|volcan\w*|eruptions?|wildfires?|forest fires?|bush ?fires?|lightning|(?:road|traffic|car|bus|train|rail|mining|mine|industrial|work(?:place)?) (?:accidents?|crash(?:es)?|collisions?|disasters?)|crash(?:ed|es)?|collid\w*|collisions?|derail\w*|capsiz\w*|drown\w*|stampedes?|outbreaks?|cholera|covid(?:-19)?|coronavirus|epidemic|pandemic|heatstroke|food poisoning)\b/i;

/**
 * The words of a cause of death that is not violence in the headline incident's sentence (or the text's first
 * sentence), when no sentence of the report's opening names an attack or a weapon; else null.
 */
function causeNotViolence(ctx: ExtractContext, sentence: Span, claims: Claims): Evidence | null {
  const opening = ctx.sentences.slice(0, 4);
  if (claims.some((c) => c.evidence[0]!.start < (opening[opening.length - 1]?.end ?? 0) || (c.evidence[0]!.start >= sentence.start && c.evidence[0]!.end <= sentence.end))) return null;
  // "A Russian drone crashed into a block of flats": a weapon in the opening makes it an attack.
  if (findWeapons(ctx, [sentence, ...opening]).length > 0) return null;
  for (const s of [sentence, ...opening.slice(0, 1)]) {
    const m = NOT_VIOLENCE.exec(ctx.text.slice(s.start, s.end));
    if (m) return evidenceAt(ctx.text, s.start + m.index, s.start + m.index + m[0].length);
  }
  return null;
}

/** Words for an attack that name no type of their own (ATTACK_WORD's besides "attack", which is everywhere). */
const BOMBING_WORD = /\b(?:bomb(?:ing|ings|ed)|raid|strike|massacre)\b/i;
/** A line of a page's furniture: a byline, or a line that only dates the publication. */
const FURNITURE = /^\W*(?:(?:by|written by|reporting by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?:published|updated|posted|date of publication)\b[^.!?]{0,40})\W*$/iu;

function isFurniture(ctx: ExtractContext, s: Span): boolean {
  return s.end - s.start < 80 && (FURNITURE.test(ctx.text.slice(s.start, s.end)) || onlyDateline(ctx, s));
}

/** Words for an attack, in a sentence a later one may point back at. */
const ATTACK_WORD = /\b(?:bomb(?:ing|ings|ed)|attack|air ?strike|strike|raid|shelling|blast|explosion|massacre)\b/i;
const DAY_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|last night)\b/i;
/** A sentence that opens on more of the dead: "Five others were killed ...". */
const OTHERS_OPENING = /^\W*(?:[\w-]+\s+)?others\s+(?:were|have been|had been|was)\b/i;
/** Words that point back at an incident the sentence before told: "In this attack at least 17 died", "Five others were killed". */
const POINTS_BACK = new RegExp(
  `\\b(?:this|that|the|these|those) (?:attacks?|strikes?|air ?strikes?|airstrikes?|raids?|bombings?|blasts?|explosions?|massacre|shelling|assault|battles?|clashes|fighting|offensive)\\b|${OTHERS_OPENING.source}`,
  'i',
);
/** The same, with the side whose attack it was: "The Syrian army said the US strike killed six soldiers". */
const POINTS_BACK_TO_SIDES = /\b(?:[Tt]his|[Tt]hat|[Tt]he|[Tt]hese|[Tt]hose) (?:[A-Z][\w-]* )(?:attacks?|strikes?|air ?strikes?|airstrikes?|raids?|bombings?|shelling|assault|offensive)\b/;

/**
 * The sentence that tells an incident and the two after it, where a lead under a headline gives the
 * details; and the sentence before it when it points back at that one.
 */
function leadOf(ctx: ExtractContext, sentence: Span, claims: Claims, placed: (s: Span) => boolean, opens: (s: Span) => boolean): Span[] {
  const i = ctx.sentences.findIndex((s) => s.start === sentence.start);
  if (i < 0) return [sentence];
  let from = i;
  // A toll that names no means, right after the sentence that tells the attack and no toll of its own ("On 19
  // October, an air strike hit the compound of the church in Gaza city" … "According to the Ministry of Health,
  // 18 people were killed"): that sentence is the lead's too.
  const before = i > 0 ? ctx.sentences[i - 1]! : null;
  if (
    before &&
    claimsIn(claims, sentence).length === 0 &&
    claimsIn(claims, before).length > 0 &&
    (placed(before) || DAY_WORD.test(ctx.text.slice(before.start, before.end))) &&
    findCounts(ctx, 'killed', before).length === 0 &&
    findCounts(ctx, 'killed', sentence).length > 0
  ) {
    from = i - 1;
  } else if (POINTS_BACK.test(ctx.text.slice(sentence.start, sentence.end)) || POINTS_BACK_TO_SIDES.test(ctx.text.slice(sentence.start, sentence.end))) {
    // Back to the nearest of the four sentences before that names an attack, with where or when it was.
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const s = ctx.sentences[j]!;
      const words = ctx.text.slice(s.start, s.end);
      const attack = claimsIn(claims, s).length > 0 || ATTACK_WORD.test(words);
      if (attack && (placed(s) || DAY_WORD.test(words))) {
        from = j;
        break;
      }
    }
  }
  // A toll told place by place after it ("28 killed across Gaza. In Rafah, a strike killed 11 ..."): from the
  // first part on, the sentences tell the parts, incidents of their own, not the lead of the whole.
  // The two sentences after it that say something: not a byline or a publication line between a headline and
  // its text ("By Staff Writer", "Published 14 March 2019").
  let after = ctx.sentences.slice(i + 1, i + 6).filter((s) => !isFurniture(ctx, s)).slice(0, 2);
  const toll = findCounts(ctx, 'killed', sentence).length > 0;
  // And a second sentence that tells a smaller toll in a place of its own, under a lead that gave the whole again
  // ("kill nearly 50" … "Missile attacks killed nearly 50 civilians ... in northern Syria" … "A hospital in
  // Maarat al-Numan was hit by four missiles, killing at least seven people").
  const tollOf = (s: Span) => Math.max(0, ...findCounts(ctx, 'killed', s).filter((h) => h.range.certainty === 'stated' && (h.group === 'total' || h.group === 'civilians')).map((h) => h.range.low));
  // (Only while the whole has no town of its own: "in Aleppo city" places the whole and its parts alike.)
  const smallerPart = (s: Span, k: number) => k >= 1 && placed(s) && !placed(sentence) && !placed(after[0]!) && tollOf(s) > 0 && tollOf(s) < Math.min(tollOf(sentence), tollOf(after[0]!));
  const part = toll ? after.findIndex((s, k) => (opens(s) && findCounts(ctx, 'killed', s).length > 0) || smallerPart(s, k)) : -1;
  if (part >= 0) after = after.slice(0, part);
  return [...ctx.sentences.slice(from, from + 1), sentence, ...after].filter((s, k, xs) => xs.findIndex((x) => x.start === s.start) === k);
}

/**
 * The next letter or digit of `s` from `i` in lower case, or a space for a run of anything else; -1 at the
 * end; -2 at a character whose lower case holds an ASCII letter ("İ", the Kelvin sign), which only
 * toLowerCase() reads as words() does.
 */
function normalAt(s: string, i: number): { c: number; next: number } {
  if (i >= s.length) return { c: -1, next: i };
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  const alnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  const odd = (c: number) => c === 0x130 || c === 0x212a;
  const c = lower(s.charCodeAt(i));
  if (alnum(c)) return { c, next: i + 1 };
  if (odd(c)) return { c: -2, next: i };
  let j = i;
  while (j < s.length && !alnum(lower(s.charCodeAt(j)))) {
    if (odd(s.charCodeAt(j))) return { c: -2, next: j };
    j++;
  }
  return { c: 32, next: j };
}

/**
 * True when `text`, read as separateHeadline's words() reads it, opens with `title` so read: the words of the
 * title, in order, at the text's start (so they are in it), without building either string.
 */
function opensWith(text: string, title: string): boolean {
  // words() trims a leading run of other characters.
  const from = (s: string) => {
    const first = normalAt(s, 0);
    return first.c === 32 ? first.next : 0;
  };
  let i = from(text);
  let j = from(title);
  let matched = 0;
  for (;;) {
    const b = normalAt(title, j);
    if (b.c === -2) return false;
    // The title's trailing run of other characters is trimmed away by words().
    if (b.c === -1 || (b.c === 32 && b.next >= title.length)) return matched > 0;
    const a = normalAt(text, i);
    if (a.c !== b.c) return false;
    i = a.next;
    j = b.next;
    matched++;
  }
}

/** A headline the text does not open with (a record whose title is a field of its own), else null. */
function separateHeadline(title: string | null | undefined, text: string): string | null {
  // Most texts open with their headline, up to case and punctuation: nothing more to compare.
  if (!title || opensWith(text, title)) return null;
  const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const head = words(title);
  return head && !words(text.slice(0, title.length + 300)).includes(head) ? title : null;
}

export function extractAccounts(report: Pick<Report, 'text' | 'publishedAt'> & { readonly title?: string | null }): { accounts: Account[]; messages: Message[] } {
  if (isArabicScript(report.text)) return extractArabic({ text: report.text, publishedAt: report.publishedAt?.value ?? null });
  const ctx = createContext(report.text, report.publishedAt?.value ?? null, report.publishedAt?.evidence[0] ?? null);
  const messages: Message[] = [];
  const claims = findEventTypeClaims(ctx);
  const sentence = headlineSentence(ctx, claims);
  if (!sentence) return { accounts: [], messages };
  // A flood, an earthquake or a road crash kills too: a report whose headline incident is told with such a
  // cause and no attack is no record of violence (a feed of news brings many).
  const notViolence = causeNotViolence(ctx, sentence, claims);
  if (notViolence) {
    messages.push(message('info', 'extract:not-violence', `the deaths told are by "${notViolence.quote}", not by violence: no incident recorded`, { span: notViolence }));
    return { accounts: [], messages };
  }
  const gazetteer = Gazetteer.load();
  // Places are read where incidents are told: the opening, and sentences with harm or an attack in them (a
  // type of attack, or a word for one: "during Friday's bombing of Kafrnaha, Aleppo province").
  const placeSentences = ctx.sentences.filter((s, k) => {
    if (k < PLACE_OPENING || claims.some((c) => c.evidence[0]!.start >= s.start && c.evidence[0]!.start < s.end)) return true;
    const words = ctx.text.slice(s.start, s.end);
    return HARM_WORD.test(words) || BOMBING_WORD.test(words);
  });
  const found = findPlaces(ctx.text, gazetteer, placeSentences, separateHeadline(report.title, ctx.text) ?? undefined);
  // (With no country of its own, a report whose places all lie in one country is about that one: "Hama, SANA-
  // Army units ... in the northern countryside of Hama province" is Syrian, and its "army" Syria's.)
  const countries = new Set(found.mentions.map((m) => m.country));
  const home = found.home ?? (countries.size === 1 ? [...countries][0]! : null);
  // A photo caption shows a picture, as often of another strike as of the one told: it gives the headline
  // incident neither its place nor its type. (Its weapons and targets are kept: as often as not they are the
  // incident's, and each is a claim with its words; a date right before its credit is the picture's, date.ts.)
  const captions = ctx.sentences.filter((s) => s.start !== sentence.start && isCaption(ctx.text, s));
  const mentions = captions.length === 0 ? found.mentions : found.mentions.filter((m) => !captions.some((c) => m.start >= c.start && m.end <= c.end));
  const placed = (s: Span) => mentions.some((m) => m.start >= s.start && m.end <= s.end && m.precision !== 'country');
  // A live blog's entries each tell news of their own: the headline incident is read from its own entry only (the
  // headline above the first entry goes with the first).
  const ownEntry = ctx.liveEntries.length > 0 ? liveEntryOf(ctx, sentence.start) : 0;
  const otherEntries = new Set(ownEntry === 0 ? [] : ctx.sentences.filter((s) => liveEntryOf(ctx, s.start) !== ownEntry).map((s) => s.start));
  const lead = leadOf(ctx, sentence, claims, placed, (s) => opensOnPlace(ctx.text, s, mentions)).filter((s) => !otherEntries.has(s.start));
  const registry = ActorRegistry.load();
  // The headline incident from its sentences, less any that tell another incident. Each account keeps its own
  // messages, so a draft that is rebuilt, or a sentence that proves not to be an incident, reports nothing.
  /** The headline toll from its lead, then the sentences after it that tell no other incident. */
  /** Every sentence but the lead's own and those of other incidents: the near ones, then the far ones. */
  const restOf = (ownLead: readonly Span[], elsewhere: ReadonlySet<number>) =>
    ctx.sentences.map((s, k) => ({ s, k })).filter(({ s }) => !elsewhere.has(s.start) && !ownLead.some((l) => l.start === s.start));
  const killedFrom = (ownLead: readonly Span[], elsewhere: ReadonlySet<number>) => {
    const rest = restOf(ownLead, elsewhere);
    const near = countsIn(ctx, 'killed', ownLead, rest.filter(({ k }) => k < LATER_GROUPS).map(({ s }) => s));
    const counts = withSameTollLater(ctx, near, rest.filter(({ k }) => k >= LATER_GROUPS).map(({ s }) => s));
    // The sentence of the toll, and the ones after it, that may tell its parts.
    const tollAt = ownLead.find((s) => findCounts(ctx, 'killed', s).length > 0);
    return tollAt ? withRollUp(ctx, counts, tollAt, ctx.sentences.filter((s) => s.start > tollAt.start)) : counts;
  };
  // (Not from a sentence that gives only an earlier count, "The previous death toll was 20 with 50 others
  // injured": its figures are the ones the toll rose from.)
  const earlier = ctx.sentences.filter((s) => EARLIER_TOLL_SENTENCE.test(ctx.text.slice(s.start, s.end)));
  /** `otherPlaces`: the gazetteer ids of the places of the incidents told in passing. */
  const primaryFrom = (skip: ReadonlySet<number>, told: ReadonlySet<number> = skip, otherPlaces: ReadonlySet<string> = new Set()): Told => {
    const elsewhere = otherEntries.size === 0 ? told : new Set([...told, ...otherEntries]);
    const own: Message[] = [];
    const keep = (xs: readonly Span[]) => xs.filter((s) => !skip.has(s.start));
    /** Nor any sentence that tells another incident: the headline incident takes no place or perpetrator from one. */
    const apart = (xs: readonly Span[]) => xs.filter((s) => !skip.has(s.start) && !elsewhere.has(s.start));
    const ownLead = keep(lead);
    const headlineAndLead = keep([ctx.sentences[0]!, ...lead.filter((s) => s.start !== ctx.sentences[0]!.start)]);
    const uncaptioned = headlineAndLead.filter((s) => !captions.some((c) => c.start === s.start));
    // Perpetrators are named in the opening as often as in the incident's own sentence (a line that is only
    // the dateline, "Date of publication: 5 November, 2016", is not part of it).
    // (Nor a sentence on the line of another incident's, after it: "March 8, 2017 - Gunmen ... attacked the
    // military hospital, killing at least 49 people. Islamic State claimed responsibility." claims that one.)
    // (Only where that incident's sentence opens its line, as an entry of a list does.)
    const entries = elsewhere.size === 0 ? [] : [...elsewhere].filter((o) => opensLine(ctx.text, o)).map((o) => ({ start: o, end: lineEndAt(ctx.text, o) }));
    const onOthersLine = (x: Span) => entries.length > 0 && entries.some((o) => o.start < x.start && x.start < o.end);
    const opening = apart(ctx.sentences.filter((s) => !onlyDateline(ctx, s)).slice(0, 3)).filter((s) => !onOthersLine(s));
    const actorSentences = keep([...opening, ...lead.filter((s) => !opening.some((o) => o.start === s.start) && !onOthersLine(s))]);
    // (Nor the claims of a sentence that tells another incident: "In August, more than 1,400 people died in the
    // Ghouta chemical attack" names no means of this one.)
    const toldHere = claims.filter((c) => {
      const at = sentenceAt(ctx, c.evidence[0]!.start)?.start ?? -1;
      return !skip.has(at) && !elsewhere.has(at);
    });
    // (With none of its own, the weakest words of its own sentences: "Gunmen attacked a maternity hospital".)
    const ownClaims = toldHere.length > 0 ? toldHere : weakClaimsIn(ctx.text, headlineAndLead.filter((s) => !skip.has(s.start) && !elsewhere.has(s.start)));
    const countLead = earlier.length === 0 ? ownLead : ownLead.filter((s) => !earlier.includes(s));
    const killed = killedFrom(countLead, earlier.length === 0 ? elsewhere : new Set([...elsewhere, ...earlier.map((s) => s.start)]));
    // (Nor, outside its own sentences, a town another incident told in passing is placed in: "Missiles hit
    // hospitals in northern Syria" … "In Azaz, missiles struck ..., killing 14" … "Turkey blamed Russia for the
    // strike in Azaz".)
    const ownSentence = (m: (typeof mentions)[number]) => headlineAndLead.some((s) => m.start >= s.start && m.end <= s.end);
    // (Nor a town a sentence further on gives a smaller toll of its own in: a part of the whole, "Missile attacks
    // killed nearly 50 civilians ... in northern Syria" … "A hospital in Maarat al-Numan was hit, killing at least seven".)
    const whole = statedToll(killed);
    const tellsAPart = (x: Span) =>
      whole !== null &&
      !headlineAndLead.some((l) => l.start === x.start) &&
      !TOLL_OF_A_SOURCE.test(ctx.text.slice(x.start, x.end)) &&
      findCounts(ctx, 'killed', x).some((h) => h.range.certainty === 'stated' && h.range.low < whole.low);
    const elsewherePlaced = otherPlaces.size === 0 ? undefined : (m: (typeof mentions)[number]) => !!m.place && otherPlaces.has(`geonames:${m.place.id}`) && !ownSentence(m);
    // Other sources' tolls in the same sentences the toll was read from. (Beside the civilians when they are all
    // the report counts: "killing at least 29 children" ... "The Houthi-run health ministry put the toll at 43 dead".)
    const tolls = otherTolls(ctx, killed.total ?? (killed.combatants ? null : killed.civilians), [...countLead, ...restOf(countLead, elsewhere).filter(({ k, s }) => k < LATER_GROUPS && !earlier.includes(s)).map(({ s }) => s)]);
    const account: Account = {
      primary: true,
      date: findIncidentDate(ctx, ownLead, own),
      // (A roll-up's first part is not the whole's place.)
      // (Nor a sentence of the lead told of another time: "Two days earlier, RSF fighters had looted the nearby
      // village of Al-Tukaina".)
      place: placeOfIncident(ctx.text, gazetteer, mentions, headlineAndLead.filter((s) => s === sentence || !EARLIER_TIME.test(ctx.text.slice(s.start, s.end))), apart(ctx.sentences.slice(0, 6)).filter((x) => !tellsAPart(x)), home, true, elsewherePlaced),
      eventType: bestEventType(ownClaims, sentence, uncaptioned, ctx.text),
      eventTypeClaims: ownClaims,
      weapons: findWeapons(ctx, headlineAndLead),
      // (Nor is the whole's perpetrator a part's: "In Deir Ezzor, Islamic State militants executed 10 men".)
      perpetrators: perpetratorsOf(ctx, registry, home, actorSentences, [ctx.sentences[0]!, sentence], apart(ctx.sentences).filter((x) => !onOthersLine(x))),
      killed,
      injured: injuredOf(ctx, countLead, killed, elsewhere),
      targets: findTargets(ctx, headlineAndLead),
      ...disputedIn(ctx, headlineAndLead),
      ...(tolls.length > 0 ? { otherTolls: tolls } : {}),
      evidence: [evidenceAt(ctx.text, sentence.start, sentence.end)],
    };
    return { account, messages: own };
  };
  const draft = primaryFrom(new Set());
  // Incidents told in passing: in any sentence but the headline's and the incident's own, the lead included,
  // up to MAX_OTHER_INCIDENTS; those a list records, each with its own day named outright and its own place
  // ("On 4 March 2020, an airstrike hit ... in Saraqib, killing 3 civilians"), up to MAX_LISTED_INCIDENTS.
  // What is left out is said in a message.
  const others: (Told & { start: number })[] = [];
  let passing = 0;
  let left = 0;
  for (const s of ctx.sentences) {
    if (others.length >= MAX_LISTED_INCIDENTS) break;
    if (s.start === sentence.start || s.start === ctx.sentences[0]!.start) continue;
    // A sentence that tells two parts of the toll, each in its place: each is a part ("... on Kafr Nabudah,
    // killing seven, while Russian warplanes struck Khan Sheikhoun, killing four civilians").
    const parts = partsOfToll(ctx, s, draft.account, mentions);
    let before: Account | null = null;
    for (const c of parts ?? [s]) {
      const read = otherIncident(ctx, c, draft.account, claims, mentions, gazetteer, registry, home, !parts && lead.some((l) => l.start === s.start), !!parts);
      // A part whose verb the clause before gave has its subject from there too: "Russian shelling killed five
      // people in Kharkiv and three in Kherson" - the shelling, and Russia's, in Kherson as well.
      const other: Told | null = read && before && parts && GAPPED_COUNT.test(ctx.text.slice(c.start, c.end)) ? { ...read, account: withSubjectOf(read.account, before) } : read;
      before = other?.account ?? before;
      if (!other) continue;
      const listed = namesItsDay(other.account.date) && !!other.account.place && other.account.place.precision !== 'country';
      if (!listed && passing >= MAX_OTHER_INCIDENTS) {
        left++;
        continue;
      }
      // (One told again, as a summary's bullet is in the body under it: the same incident, told twice.)
      const retold = others.find((o) => tellsAgain(o.account, other.account));
      if (retold) {
        others[others.indexOf(retold)] = { start: retold.start, account: mergedAccounts(retold.account, other.account), messages: [...retold.messages, ...other.messages] };
        continue;
      }
      // (Or an entry of a live blog told in its heading, then in its text: the text's place and day, where finer.)
      const headed = ctx.liveEntries.length > 0 ? others.find((o) => sameEntryRetold(ctx, o.account, other.account)) : undefined;
      if (headed) {
        const finer = placeRank(other.account) > placeRank(headed.account) || (placeRank(other.account) === placeRank(headed.account) && headed.account.date?.rule === 'date:live-entry');
        const account = finer ? mergedAccounts(other.account, headed.account) : mergedAccounts(headed.account, other.account);
        others[others.indexOf(headed)] = { start: headed.start, account, messages: [...headed.messages, ...other.messages] };
        continue;
      }
      if (!listed) passing++;
      others.push({ start: c.start, ...other });
    }
  }
  if (left > 0) {
    messages.push(message('info', 'extract:incidents-left-out', `${left} more incident${left === 1 ? '' : 's'} told in passing left out: at most ${MAX_OTHER_INCIDENTS} are kept besides the headline's and those listed with their own day and place`));
  }
  const inLead = others.filter((o) => lead.some((l) => l.start === o.start));
  // The headline toll's later sentences leave out those that tell other incidents.
  const told = new Set(others.map((o) => o.start));
  const laterTold = others.some((o) => ctx.sentences.slice(0, LATER_GROUPS).some((s) => s.start === o.start));
  const otherPlaces = new Set(others.flatMap((o) => (o.account.place?.gazetteerId && o.account.place.precision !== 'country' ? [o.account.place.gazetteerId] : [])));
  const placedElsewhere = draft.account.place?.gazetteerId ? otherPlaces.has(draft.account.place.gazetteerId) : false;
  const primary =
    inLead.length > 0
      ? primaryFrom(new Set(inLead.map((o) => o.start)), told, otherPlaces)
      : laterTold || placedElsewhere
        ? primaryFrom(new Set(), told, otherPlaces)
        : draft;
  // (A lead sentence told wholly as parts, "killed five people in Kharkiv and three in Kherson on Tuesday", still
  // dates the whole: its day, as the draft read it, when the rebuilt whole found none.)
  const partsDay =
    primary !== draft &&
    primary.account.date?.rule === 'date:publication-date' &&
    !!draft.account.date &&
    draft.account.date.rule !== 'date:publication-date' &&
    others.some((o) => o.account.date?.rule === 'date:part-of-headline-toll' && o.account.date.start === draft.account.date!.start);
  const whole = partsDay ? { ...primary.account, date: draft.account.date } : primary.account;
  messages.push(...primary.messages, ...others.flatMap((o) => o.messages));
  const account = withTypeOfParts(withPlaceOfParts(withPlaceOfSameToll(ctx, whole, sentence, told, gazetteer, mentions), others.map((o) => o.account), gazetteer), others.map((o) => o.account));
  return { accounts: [account, ...others.map((o) => o.account)], messages };
}

/** The first figure of a harm's counts, whichever group it is told of. */
function firstFigure(k: Account['killed']): number | undefined {
  return (k.total ?? k.civilians ?? k.combatants ?? k.children ?? k.women)?.low;
}

/**
 * Whether `b`, an incident told in passing, is `a` told again: the same day named outright, the same place below
 * the country, no other kind of attack and no other figure of the dead or injured. A flash update's bullet
 * ("Two health facilities were damaged by shelling in Atareb ... on 2 March") and its paragraph ("On 2 March,
 * shelling damaged the Atareb surgical hospital ...") tell one incident; two strikes on a town the same day
 * with tolls of their own are two.
 */
function tellsAgain(a: Account, b: Account): boolean {
  if (!namesItsDay(a.date) || !namesItsDay(b.date) || a.date!.start !== b.date!.start || a.date!.end !== b.date!.end) return false;
  if (!a.place?.gazetteerId || a.place.precision === 'country' || a.place.gazetteerId !== b.place?.gazetteerId) return false;
  if (a.eventType && b.eventType && a.eventType !== b.eventType) return false;
  // (Placed in a province only, by names it lacks: the same name, or the same kind of place hit.)
  if (a.place.precision === 'admin1' && a.place.name !== b.place.name && !a.targets.some((t) => b.targets.some((u) => u.value === t.value))) return false;
  const agree = (x: number | undefined, y: number | undefined) => x === undefined || y === undefined || x === y;
  return agree(firstFigure(a.killed), firstFigure(b.killed)) && agree(firstFigure(a.injured), firstFigure(b.injured));
}

/** `a` with the means, the weapons and the sides of `b` where it names none of its own (a clause whose subject `b`'s gave). */
function withSubjectOf(a: Account, b: Account): Account {
  const claims = a.eventTypeClaims.length > 0 ? null : b.eventTypeClaims;
  return {
    ...a,
    ...(claims ? { eventType: b.eventType, eventTypeClaims: claims } : {}),
    weapons: a.weapons.length > 0 ? a.weapons : b.weapons,
    perpetrators: a.perpetrators.length > 0 ? a.perpetrators : b.perpetrators,
  };
}

/** How finely an account is placed: none, country, province, district, town. */
function placeRank(a: Account): number {
  return !a.place ? 0 : a.place.precision === 'country' ? 1 : a.place.precision === 'admin1' ? 2 : a.place.precision === 'district' ? 3 : 4;
}

/**
 * True when `b` tells `a` again inside one entry of a live blog, as an entry's heading and its text do ("08:30 GMT -
 * Three killed in West Bank raid" … "Israeli forces killed three Palestinians during a raid on the Jenin refugee
 * camp"): the same first figure of the dead (or of the injured), and places that do not differ.
 */
function sameEntryRetold(ctx: ExtractContext, a: Account, b: Account): boolean {
  const k = liveEntryAt(ctx, a.evidence[0]?.start ?? 0);
  if (k === 0 || k !== liveEntryAt(ctx, b.evidence[0]?.start ?? 0)) return false;
  if (a.place && b.place && (a.place.country !== b.place.country || (placeRank(a) > 1 && placeRank(b) > 1 && a.place.gazetteerId !== b.place.gazetteerId))) return false;
  const killed = firstFigure(a.killed);
  return killed !== undefined ? killed === firstFigure(b.killed) : firstFigure(a.injured) !== undefined && firstFigure(a.injured) === firstFigure(b.injured);
}

/** One incident from two tellings: the first's values where it has them, the second's where it has none, all the words of both. */
function mergedAccounts(a: Account, b: Account): Account {
  const byValue = <T extends { readonly value: unknown }>(x: readonly T[], y: readonly T[]) => [...x, ...y.filter((v) => !x.some((w) => w.value === v.value))];
  const hasCounts = (k: Account['killed']) => firstFigure(k) !== undefined;
  return {
    ...a,
    eventType: a.eventType ?? b.eventType,
    eventTypeClaims: [...a.eventTypeClaims, ...b.eventTypeClaims],
    weapons: byValue(a.weapons, b.weapons),
    targets: byValue(a.targets, b.targets),
    perpetrators: [...a.perpetrators, ...b.perpetrators.filter((p) => !a.perpetrators.some((q) => q.actor === p.actor && q.name === p.name))],
    killed: hasCounts(a.killed) ? a.killed : b.killed,
    injured: hasCounts(a.injured) ? a.injured : b.injured,
    evidence: [...a.evidence, ...b.evidence],
  };
}

/**
 * Whether a sentence opens a short line, as an entry of a list does: a line break, or nothing but spaces and a
 * list's mark, before it, and the line's end within a few sentences (not a whole story run on one line).
 */
function opensLine(text: string, at: number): boolean {
  // (Looked for from the sentence back a few characters only: a list's mark and spaces are all that may stand before.)
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0 || at - lineStart > 8 || !/^[\s\-•*–]*$/.test(text.slice(lineStart, at))) return false;
  return lineEndAt(text, at) - at <= LIST_ENTRY_LENGTH;
}
/** Where the line that holds `at` ends. */
function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}
/** The longest line read as one entry of a list. */
const LIST_ENTRY_LENGTH = 500;

/**
 * An incident's sides, with those that claim it in the sentences after it on its own line: a list's entry, "March
 * 8, 2017 - Gunmen ... attacked the Sardar Daud Khan military hospital, killing at least 49 people. Islamic State
 * claimed responsibility."
 */
function withClaimsOnItsLine(ctx: ExtractContext, registry: ActorRegistry, home: string | null, s: Span, sides: Perpetrator[]): Perpetrator[] {
  if (!opensLine(ctx.text, s.start)) return sides;
  const after: Span[] = [];
  for (const x of ctx.sentences) {
    if (x.start < s.end) continue;
    if (ctx.text.slice(s.end, x.start).includes('\n')) break;
    after.push(x);
  }
  const claiming = after.filter((x) => CLAIM_WORD.test(ctx.text.slice(x.start, x.end)) && aboutTheAttack(ctx, x));
  if (claiming.length === 0) return sides;
  const claims = perpetratorsIn(ctx.text, registry, actorMentions(ctx, registry, home, claiming), claiming, [], 3).filter((p) => p.actor && p.attribution === 'claimed' && !sides.some((q) => q.actor === p.actor));
  return claims.length === 0 ? sides : [...claims, ...sides];
}

/** A line that is an entry of a list: "- Idlib: ...", "• ...", "* ...". */
const LIST_ENTRY = /^[-•*–]\s/;

/**
 * The day of a live blog's entry that names none: the blog's own, implied, with the entry's time stamp for its words
 * ("13:05 GMT — Russian shelling killed two people in the village of Bilozerka"). Null outside an entry.
 */
function entryDay(ctx: ExtractContext, s: Span): DateFinding | null {
  const k = ctx.publishedAt ? liveEntryAt(ctx, s.start) : 0;
  if (k === 0) return null;
  const stamp = ctx.liveEntries[k - 1]!;
  return { start: ctx.publishedAt, end: ctx.publishedAt, precision: 'day', certainty: 'implied', evidence: [evidenceAt(ctx.text, stamp.start, stamp.end)], rule: 'date:live-entry' };
}

/** A toll of an attack told before: "the death toll from the strike", "the number of dead in the attack". */
const TOLL_FROM_THE = /\b(?:toll|number of (?:the )?(?:dead|deaths|victims))\s+(?:from|of|in)\s+(?:the|this|that|last|yesterday['’]s|\w+day['’]s)\b/i;

/** A word for an attack of no kind: "a strike", "the attack", "raids". */
const GENERIC_ATTACK = /\b(?:strikes?|attacks?|raids?)\b/i;
/** One more attack of the kind told before: "a second strike", "another attack", "a further raid". */
const ANOTHER_OF_THE_KIND = /\b(?:a (?:second|third|further|new|similar)|another) (?:strikes?|attacks?|raids?)\b/i;

/** Where a sentence's clauses part, each telling an attack of its own: ", while", ", whereas", "; ". */
const CLAUSES_PART = /,\s+(?:while|whereas)\s+|;\s+/g;
/** A verb of harm a gapped clause may take from the clause before. */
const GAPPED_VERB = /\b(?:killed|died|dead|injured|wounded|hurt)\b/i;
/** Where a clause whose verb the one before gave may open: "... killed in Avdiivka and another in Toretsk". */
const GAPPED_AND = /,?\s+and\s+/g;

/**
 * The clauses of sentence `s` when it tells two or more parts of the headline toll, each with a stated count of
 * the dead and a place of its own below the country, together no more than the whole (which is more than any
 * one of them): "helicopters dropped barrel bombs on Kafr Nabudah ..., killing seven, while Russian warplanes
 * struck Khan Sheikhoun ..., killing four civilians" under "11 civilians killed". Otherwise null.
 */
function partsOfToll(ctx: ExtractContext, s: Span, primary: Account, mentions: ReturnType<typeof findPlaces>['mentions']): Span[] | null {
  // (A whole with no stated toll has no parts.)
  if (!statedToll(primary.killed) && !statedToll(primary.injured)) return null;
  const words = ctx.text.slice(s.start, s.end);
  // (Most sentences have neither: a look for the characters first.)
  const gapped = words.includes(' and ') && GAPPED_VERB.test(words);
  if (!words.includes(';') && !words.includes('while') && !words.includes('whereas') && !gapped) return null;
  const cuts: { at: number; to: number }[] = [];
  CLAUSES_PART.lastIndex = 0;
  for (let m = CLAUSES_PART.exec(words); m; m = CLAUSES_PART.exec(words)) cuts.push({ at: m.index, to: m.index + m[0].length });
  // A count whose verb the clause before gave: "One person was killed in Avdiivka and another in Toretsk".
  if (gapped) {
    GAPPED_AND.lastIndex = 0;
    for (let m = GAPPED_AND.exec(words); m; m = GAPPED_AND.exec(words)) {
      if (GAPPED_COUNT.test(words.slice(m.index + m[0].length))) cuts.push({ at: m.index, to: m.index + m[0].length });
    }
  }
  if (cuts.length === 0) return null;
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Span[] = [];
  let from = s.start;
  for (const c of cuts) {
    clauses.push({ start: from, end: s.start + c.at });
    from = s.start + c.to;
  }
  clauses.push({ start: from, end: s.end });
  // Each clause a part of the whole toll of `harm`, with a stated figure below the whole's and a place of its own,
  // together no more than the whole.
  const asParts = (harm: 'killed' | 'injured'): boolean => {
    const whole = statedToll(harm === 'killed' ? primary.killed : primary.injured);
    if (!whole) return false;
    let sum = 0;
    const places = new Set<string>();
    for (const c of clauses) {
      const part = statedToll(countsIn(ctx, harm, [c]), true);
      const named = mentions.filter((m) => m.start >= c.start && m.end <= c.end && m.precision !== 'country');
      if (!part || part.low >= whole.low || named.length === 0) return false;
      sum += part.low;
      places.add(named.map((m) => strictKey(m.name)).join(' '));
    }
    return places.size === clauses.length && sum <= (whole.high ?? Infinity);
  };
  if (asParts('killed')) return clauses;
  // Parts of the injured where no clause counts dead: "Six people were injured in Kurakhove and three in Krasnohorivka".
  const countsDead = clauses.some((c) => firstFigure(countsIn(ctx, 'killed', [c])) !== undefined);
  return !countsDead && asParts('injured') ? clauses : null;
}

/**
 * A toll's figure told outright: its total, else its civilians (with `orFighters`, else its combatants); null
 * when that figure is vague, or there is none.
 */
function statedToll(counts: Account['killed'], orFighters = false): RangeFinding | null {
  const r = counts.total ?? counts.civilians ?? (orFighters ? counts.combatants : null);
  return r?.certainty === 'stated' ? r : null;
}

/**
 * A whole that names no kind of attack, whose parts told with their own day as the whole's all name one: that kind,
 * implied ("Russian attacks killed four civilians ... across Ukraine" … "In Kherson Oblast, Russian shelling killed
 * two people" … "In Kharkiv Oblast, shelling injured four people"), with the parts' words.
 */
function withTypeOfParts(account: Account, others: readonly Account[]): Account {
  if (account.eventType !== null) return account;
  const parts = others.filter((o) => o.date?.rule === 'date:part-of-headline-toll' && o.eventType !== null);
  const kinds = new Set(parts.map((o) => o.eventType));
  if (parts.length < 2 || kinds.size !== 1) return account;
  const value = parts[0]!.eventType!;
  const evidence = parts.flatMap((o) => o.eventTypeClaims.filter((c) => c.value === value).slice(0, 1).flatMap((c) => c.evidence));
  if (evidence.length === 0) return account;
  return { ...account, eventType: value, eventTypeClaims: [...account.eventTypeClaims, { value, certainty: 'implied', evidence, rule: 'event:type-of-parts' }] };
}

/**
 * A whole placed in its country only, whose parts the report tells place by place, all in one province: that
 * province, implied ("21 civilians killed in northern Syria" … "15 people were killed ... in a northern district
 * of Manbij city" … "six more ... in a village near Manbij").
 * So is a whole placed in the town of one of its parts for want of the other's, when they lie in one province.
 */
function withPlaceOfParts(account: Account, others: readonly Account[], gazetteer: Gazetteer): Account {
  const whole = statedToll(account.killed);
  if (!whole) return account;
  const parts = others.filter((o) => {
    const t = statedToll(o.killed);
    return t !== null && t.low < whole.low && o.place !== null && o.place.precision !== 'country' && o.place.admin1 !== null;
  });
  if (parts.length < 2) return account;
  // (So is a whole placed in the town of one of its parts, for want of the other's: "11 killed as barrel bombs hit
  // Kafr Nabudah and Khan Sheikhoun", Kafr Nabudah unknown to the gazetteer.)
  // (Only when the whole's own sentence names the parts' places: not "Rebel shelling on the capital Damascus killed
  // four" beside other attacks in the city.)
  const own = account.evidence[0]?.quote ?? '';
  const named = parts.filter((o) => own.includes(o.place!.evidence[0]!.quote));
  const atAPart = !!account.place?.gazetteerId && named.some((o) => o.place!.gazetteerId === account.place!.gazetteerId) && new Set(named.map((o) => o.place!.name)).size > 1;
  if (account.place && account.place.precision !== 'country' && !atAPart) return account;
  const [first] = parts;
  const { admin1, country } = first!.place!;
  if (parts.some((o) => o.place!.admin1 !== admin1 || o.place!.country !== country) || (account.place && account.place.country !== country)) return account;
  const a = gazetteer.admin1ByName(strictKey(admin1!)).find((x) => x.country === country);
  if (!a) return account;
  return {
    ...account,
    place: {
      name: a.name, admin1: a.name, country, lat: a.lat, lon: a.lon, precision: 'admin1', gazetteerId: `admin1:${a.code}`, certainty: 'implied',
      evidence: parts.flatMap((o) => o.place!.evidence), rule: 'place:province-of-parts',
    },
  };
}

/**
 * An incident placed in its country only, whose toll a later sentence tells again with a place ("a chemical
 * attack in Syria that killed 72 people" … "At least 72 people died in the town of Khan Sheikhoun"): that
 * place, in the same country, is the incident's.
 */
function withPlaceOfSameToll(
  ctx: ExtractContext,
  account: Account,
  sentence: Span,
  /** Sentences that tell other incidents. */
  told: ReadonlySet<number>,
  gazetteer: Gazetteer,
  mentions: ReturnType<typeof findPlaces>['mentions'],
): Account {
  const toll = statedToll(account.killed);
  // (Not one told "across" two or more provinces: country-wide on purpose.)
  if ((account.place && (account.place.precision !== 'country' || account.place.rule === 'place:across-provinces')) || !toll) return account;
  for (const s of ctx.sentences) {
    if (s.start <= sentence.start || told.has(s.start)) continue;
    const again = findCounts(ctx, 'killed', s).some((h) => h.range.certainty === 'stated' && h.range.low === toll.low && (h.group === 'total' || h.group === 'civilians'));
    if (!again) continue;
    const place = placeOfIncident(ctx.text, gazetteer, mentions, [s], [], null, false);
    if (place && place.precision !== 'country' && (!account.place || place.country === account.place.country)) return { ...account, place: { ...place, rule: `${place.rule}+same-toll` } };
  }
  return account;
}

/**
 * The injured of the headline incident: those its lead counts; when the lead counts none, those the toll's own
 * sentence counts beside it when the toll was read further on ("A health official ... put the toll at 46 dead
 * and 143 wounded"), else those a sentence right after the lead counts.
 */
function injuredOf(ctx: ExtractContext, lead: readonly Span[], killed: ReturnType<typeof countsIn>, elsewhere: ReadonlySet<number>): ReturnType<typeof countsIn> {
  const inLead = countsIn(ctx, 'injured', lead);
  if (Object.values(inLead).some((r) => r !== null)) return inLead;
  const at = (killed.total ?? killed.civilians)?.evidence[0];
  const s = at ? sentenceAt(ctx, at.start) : undefined;
  if (s && at!.end <= s.end && !lead.some((l) => l.start === s.start)) {
    const there = countsIn(ctx, 'injured', [s]);
    if (there.total) return there;
  }
  // Or one of the next two sentences after the lead that opens on a count of the injured, with no dead of its own
  // and no other incident: "At least 31 civilians were killed ... rescuers said. Among the dead were four children
  // and two women. Another 40 people were wounded."
  // Or that says the toll may rise: "The number of dead is expected to rise because some of the 25 wounded are in
  // critical condition".
  // (After the toll's own sentence when that comes after the lead: "Bomb at Damascus mosque kills top cleric" …
  // "BEIRUT (AP) — A suicide bomber ... killing ... at least 14 other people" … "Syrian state TV said 84 people
  // were wounded".)
  const leadEnd = lead.length === 0 ? -1 : ctx.sentences.findIndex((x) => x.start === lead[lead.length - 1]!.start);
  const last = leadEnd < 0 ? -1 : Math.max(leadEnd, s ? ctx.sentences.findIndex((x) => x.start === s.start) : -1);
  if (last < 0 || (!killed.total && !killed.civilians)) return inLead;
  for (const next of ctx.sentences.slice(last + 1, last + 3)) {
    const words = ctx.text.slice(next.start, next.end);
    if (elsewhere.has(next.start) || !(OPENS_ON_COUNT.test(words) || TOLL_MAY_RISE.test(words)) || findCounts(ctx, 'killed', next).length > 0) continue;
    const there = countsIn(ctx, 'injured', [next]);
    if (there.total) return there;
  }
  // Or a later sentence that tells the same toll again, with the injured beside it: a summary's bullet gives the
  // dead, its paragraph "killed at least nine civilians, among them four children and two women, and injured 21
  // others".
  const toll = statedToll(killed);
  if (!toll || toll.low < 3) return inLead;
  for (const later of ctx.sentences.slice(last + 1)) {
    if (elsewhere.has(later.start)) continue;
    const again = findCounts(ctx, 'killed', later).some((h) => h.range.certainty === 'stated' && h.range.low === toll.low && h.range.high === toll.high);
    if (!again) continue;
    const there = countsIn(ctx, 'injured', [later]);
    if (there.total) return there;
  }
  return inLead;
}

/** The toll told as likely to rise: "The number of dead is expected to rise because some of the 25 wounded ...". */
const TOLL_MAY_RISE = /\b(?:toll|number of (?:the )?(?:dead|deaths|victims|fatalities))\b[^.;]{0,30}?\b(?:expected|likely|feared|set|could|may|might)\s+(?:to\s+)?rise\b/i;

/**
 * A sentence that opens on a count: "Another 40 people were wounded", "Dozens of others were hurt", "Some 20 ...";
 * or on a source saying one: "Syrian state TV said 84 people were wounded".
 */
// (The source may have an aside: "The rescue group, also known as the White Helmets, said 17 people were wounded".)
const OPENS_ON_COUNT = /^\W*(?:(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:\s*,[^,.;]{2,60},)?\s+(?:said|says|reported|added)\s+(?:that\s+)?)?(?:another|more than|at least|over|some|nearly|around|about|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens|scores|several|many)\b/i;

/** A side's word that it did the act: "the ministry said its forces had hit a gathering of mercenaries". */
const OWN_ACT = String.raw`(?:said|announced|stated)(?: in a statement)? (?:that )?${ITS_OWN} (?:had )?(?:carried out|attacked|targeted|struck|hit|fired on|blew|detonated|killed|destroyed)`;
/**
 * A later sentence about the incident already told: "the attack", "the strikes", who is to blame, or the weapon a
 * side used ("the Russian military used a Tochka-U missile").
 */
const ABOUT_THE_ATTACK = new RegExp(
  String.raw`\b(?:(?:the|this|these|its|their|both|all(?: three| four)?) (?:\w+ )?(?:attacks?|strikes?|air ?strikes?|raids?|bombings?|blasts?|explosions?|massacre|shelling|assault|bombardment)|carried out (?:[\w-]+ ){0,3}?(?:attacks?|strikes?|air ?strikes?|airstrikes?|raids?|bombings?|shelling|bombardment)|${OWN_ACT}|blam\w+|accus\w+|responsib\w+|behind (?:the|it|this)|used (?:an?|the) (?:[\w-]+ ){0,3}?(?:missiles?|rockets?|bombs?|munitions|drones?)|(?:shot|brought) down (?:the|a|an) (?:[\w-]+ )?(?:plane|aircraft|airliner|jet|helicopter|flight))\b`,
  'i',
);
/** A later sentence about the attack told, not turning to something else (asked once a sentence). */
function aboutTheAttack(ctx: ExtractContext, s: Span): boolean {
  return remember(ctx, 'about-the-attack', s, () => ABOUT_THE_ATTACK.test(ctx.text.slice(s.start, s.end)) && !TURNS_AWAY.test(ctx.text.slice(s.start, s.end)));
}
/**
 * A word of claiming or owning an act: the only later sentences read for another side once one is named ("A
 * junta spokesman confirmed the strike", "Russia's defence ministry said its forces had hit ...").
 */
const CLAIM_WORD = new RegExp(String.raw`\b(?:claim|confirm|admit|acknowledg)|\b${OWN_ACT}`, 'i');
/** A later sentence that turns to something else: "Meanwhile", "also saw", "elsewhere". */
const TURNS_AWAY = /\b(?:meanwhile|also saw|elsewhere|separately|in the same context|in another|in a separate|last year|in 20\d\d)\b/i;

/** The actors named in `spans`, each sentence read once however many incidents ask about it. */
function actorMentions(ctx: ExtractContext, registry: ActorRegistry, home: string | null, spans: readonly Span[]): ActorMention[] {
  const seen = new Set<number>();
  const inSentence = (s: Span) => remember(ctx, 'actors', s, () => findActorMentions(ctx.text, registry, home, [s]));
  const found = [...spans]
    .sort((a, b) => a.start - b.start)
    .filter((s) => !seen.has(s.start) && seen.add(s.start))
    .flatMap(inSentence);
  // A word two coalitions go by names the one the whole report names (its sentences read one by one above).
  // (Only such a word, when the text holds words of the other: "the regime" is one side's alone.)
  if (!found.some((m) => remember(ctx, 'actors:other-coalition', m, () => mayNameOtherCoalition(ctx.text, registry, m)))) return found;
  const whole = { start: 0, end: ctx.text.length };
  const named = remember(ctx, 'actors:named', whole, () => namedOutright(ctx.sentences.flatMap(inSentence)));
  return withNamedCoalition(ctx.text, registry, found, named);
}

/**
 * Who the opening and the incident's sentences say did it; when they name nobody, the first actor later
 * sentences name with a weapon or a killing ("...blamed the attack on Syrian government forces"), and any
 * its sentence names beside it.
 */
function perpetratorsOf(ctx: ExtractContext, registry: ActorRegistry, home: string | null, sentences: readonly Span[], focus: readonly Span[], all: readonly Span[]) {
  const found = perpetratorsIn(ctx.text, registry, actorMentions(ctx, registry, home, sentences), sentences, focus);
  const named = found.some((p) => p.actor);
  const rest = all.filter(
    (s) => !sentences.some((x) => x.start === s.start) && aboutTheAttack(ctx, s) && (!named || CLAIM_WORD.test(ctx.text.slice(s.start, s.end))),
  );
  if (rest.length === 0) return found;
  const later = perpetratorsIn(ctx.text, registry, actorMentions(ctx, registry, home, rest), rest, [], 3).filter((p) => p.actor);
  // With a side named already, a later one that claims the attack too stands beside it ("Jamaatul Ahrar ...
  // claimed responsibility" … "Islamic State also claimed the attack"): competing claims are kept side by side.
  // A side named already that claims the attack further on claims it ("The death toll from an attack by al
  // Shabaab militants ..." … "Al Shabaab claimed responsibility for the attack in a statement").
  if (named) {
    const claims = later.filter((p) => p.attribution === 'claimed');
    const firmed = found.map((f) => {
      const own = f.actor && f.attribution !== 'claimed' && f.attribution !== 'confirmed' ? claims.find((p) => p.actor === f.actor) : undefined;
      return own ? { ...f, attribution: 'claimed' as const, by: null, evidence: [...f.evidence, ...own.evidence] } : f;
    });
    return [...firmed, ...claims.filter((p) => !found.some((f) => f.actor === p.actor))];
  }
  if (later.length === 0) return found;
  // The first named, with the sides named beside it ("blamed government and Russian warplanes", "by the
  // regime or Russian warplanes").
  // And any other side that claims the attack.
  const taken = [later[0]!];
  for (const p of later.slice(1)) {
    const end = Math.max(...taken.map((q) => q.evidence[0]!.end));
    if ((p.evidence[0]!.start > end && JOINED_SIDES.test(ctx.text.slice(end, p.evidence[0]!.start))) || p.attribution === 'claimed') taken.push(p);
  }
  return [...taken, ...found];
}


/** Words that say an attack did not happen as told. */
const DISPUTED =
  /\b(?:fabricat\w+|hoax|never happened|did not happen|didn't happen|did not take place|never took place|denie[sd] (?:that )?(?:the |any |an )?(?:attack|strike|air ?strike|bombing|massacre|shelling|chemical attack)(?: (?:took place|happened|had taken place|occurred))?|denie[sd] (?:carrying out|conducting|launching) (?:any|the|an)?)\b/i;

/** `disputed` with its words when a sentence of the incident says it did not happen as told; nothing otherwise. */
function disputedIn(ctx: ExtractContext, sentences: readonly Span[]): { disputed?: Evidence[] } {
  const found: Evidence[] = [];
  for (const s of sentences) {
    const m = DISPUTED.exec(ctx.text.slice(s.start, s.end));
    if (m) found.push(evidenceAt(ctx.text, s.start + m.index, s.start + m.index + m[0].length));
  }
  return found.length > 0 ? { disputed: found } : {};
}

/** An account and the messages its extraction raised. */
interface Told {
  readonly account: Account;
  readonly messages: readonly Message[];
}

/**
 * True when the sides a sentence names as doing it are all of one kind (states and their coalitions, or
 * armed groups) and the headline incident's all of the other: the two sides of a war, each with its own dead.
 */
function opposedSides(registry: ActorRegistry, primary: readonly Perpetrator[], here: () => readonly Perpetrator[]): boolean {
  const kind = (ps: readonly Perpetrator[]) => {
    const kinds = new Set(ps.flatMap((p) => (p.actor ? [registry.actor(p.actor)?.kind === 'non_state_armed_group' ? 'group' : 'state'] : [])));
    return kinds.size === 1 ? [...kinds][0]! : null;
  };
  const ours = kind(primary);
  if (!ours) return false;
  const theirs = kind(here());
  return theirs !== null && theirs !== ours;
}

/** Words that make a place a point of reference, not where something happened: "outside Damascus", "north of Hama". */
const REFERENCE_BEFORE = /\b(?:outside|near|from|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|(?:kilometres?|kilometers?|km|miles?)\s+(?:from|of))\s+(?:the\s+)?$/i;

/** The sentences at the start of a report whose places are always read: the headline, the dateline, the lead. */
const PLACE_OPENING = 8;

const HARM_WORD = /\b(?:kill|dead|died|death|deaths|wound|injur|hurt|lives|casualt|massacre|slain|perished|gunned down)/i;
const LATER = /^\W*(?:(one|a|two|three|four|five|six|seven|\d+) (day|week|month)s? (later|after|earlier|before)|the (?:(previous|next|following) (day|week)|(day|week) (before|after)))\b/i;
const SMALL: Readonly<Record<string, number>> = { one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/**
 * "The attack came a day after a car bombing in Tripoli killed four people": what it came after is earlier, when
 * the sentence names no day of its own (not what someone said: "came a day after UNICEF said 22 children had been
 * killed").
 */
const CAME_AFTER = /\b(?:came|comes|occurred|happened|followed|follows)\s+(one|a|two|three|four|five|six|seven|\d+)\s+(day|week|month)s?\s+after\b(?![^.;]{0,60}?\b(?:said|says|reported|announced|warned|stated)\b)/i;

/**
 * "One week later, ...", "A day earlier, ...", "The previous day, ...": dated from the headline incident it
 * follows or comes before, not from publication.
 */
function laterThan(ctx: ExtractContext, s: Span, primary: Account, pattern: RegExp = LATER): DateFinding | null {
  const m = pattern.exec(ctx.text.slice(s.start, s.end));
  if (!m) return null;
  // "A day earlier", "the previous day": counted back from the headline incident's first day; so is what the
  // headline incident "came a day after".
  const back = pattern === CAME_AFTER || /^(?:earlier|before|previous)$/i.test(m[3] ?? m[4] ?? m[7] ?? '');
  const base = back ? primary.date?.start : (primary.date?.end ?? primary.date?.start);
  if (!base) return null;
  const n = m[1] ? (SMALL[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const unit = (m[2] ?? m[5] ?? m[6]!).toLowerCase();
  const d = new Date(`${base}T00:00:00Z`);
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + (back ? -n : n));
  else d.setUTCDate(d.getUTCDate() + (back ? -n : n) * (unit === 'week' ? 7 : 1));
  const day = d.toISOString().slice(0, 10);
  // Later than the report itself: the words count from something else than the headline incident.
  if (ctx.publishedAt && day > ctx.publishedAt) return null;
  const start = s.start + m.index + m[0].length - m[0].replace(/^\W*/, '').length;
  return { start: day, end: day, precision: 'day', certainty: 'implied', evidence: [evidenceAt(ctx.text, start, s.start + m.index + m[0].length)], rule: back ? 'date:earlier-than-incident' : 'date:later-than-incident' };
}

const SAME_DAY = /\b(?:(?:on )?the same day|(?:on )?that same day|later that day|earlier that day|later the same day|(?:hours|minutes) (?:later|earlier))\b/i;

/** Words that point back at the headline incident's place: "in the same town", "a market in the town", "the same intersection". */
const THE_PLACE = /\b(?:the same|the) (?:town|city|village|neighbou?rhood|district|camp)\b|\bthe same (?:[\w'’-]+ ){0,2}?(?:area|place|spot|location|square|street|road|market|intersection|junction|roundabout|crossroads|site|building|camp)\b/i;

/**
 * A part of a town named with no town ("targeted al-Sabil neighborhood", "the neighbourhood of al-Midan"), a
 * name the gazetteer lacks: group 1 or 2 is the name.
 */
const UNKNOWN_QUARTER = /\b((?:(?:al|el|ar|as|ash|ad|az)-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|ar|as|ash|ad|az)-)?\p{Lu}[\p{L}'’-]+){0,2})\s+(?:neighbou?rhood|district|quarter)\b|\b(?:neighbou?rhood|district|quarter) of\s+((?:(?:al|el|ar|as|ash|ad|az)-)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|ar|as|ash|ad|az)-)?\p{Lu}[\p{L}'’-]+){0,2})/u;

/**
 * An incident told in passing "in the same town" or "in the town", naming no place of its own: the headline
 * incident's town (or neighbourhood), with both words as evidence. A part of a town it names with no town
 * ("a woman was killed when terrorists targeted al-Sabil neighborhood"), in a report whose headline incident
 * is in a town: that part of that town, as a neighbourhood the gazetteer lacks inside a known town is.
 */
function samePlaceAs(ctx: ExtractContext, s: Span, primary: Account, gazetteer: Gazetteer, mentions: ReturnType<typeof findPlaces>['mentions']): Account['place'] {
  const p = primary.place;
  if (!p || (p.precision !== 'town' && p.precision !== 'neighbourhood')) return null;
  const words = ctx.text.slice(s.start, s.end);
  const m = THE_PLACE.exec(words);
  const quarter = m || p.rule === 'place:inside-known-place' ? null : UNKNOWN_QUARTER.exec(words);
  if (quarter) {
    const name = quarter[1] ?? quarter[2]!;
    const at = s.start + quarter.index + quarter[0].indexOf(name);
    const evidence = [...p.evidence, evidenceAt(ctx.text, s.start + quarter.index, s.start + quarter.index + quarter[0].length)].sort((a, b) => a.start - b.start);
    if (!/^(?:The|A|An|This|That|Its|Their|Old|New)$/.test(name)) return { ...p, name: ctx.text.slice(at, at + name.length), gazetteerId: null, certainty: 'implied', evidence, rule: 'place:quarter-of-incident-town' };
  }
  if (!m) return null;
  const at = s.start + m.index;
  // "The city" of a neighbourhood named inside a city ("al-Kalasa in the city of Aleppo") is that city: the
  // place its name was read as.
  if (p.rule === 'place:inside-known-place' && !/neighbou?rhood|district/i.test(m[0])) {
    const city = mentions.find((x) => x.precision === 'town' && x.rule === 'place:gazetteer' && p.evidence.some((e) => e.start === x.start && e.end === x.end));
    const place = city ? placeOfIncident(ctx.text, gazetteer, [city], [{ start: city.start, end: city.end }], []) : null;
    if (!place) return null;
    return { ...place, certainty: 'implied', evidence: [...place.evidence, evidenceAt(ctx.text, at, at + m[0].length)], rule: 'place:same-as-incident' };
  }
  const evidence = [...p.evidence, evidenceAt(ctx.text, at, at + m[0].length)].sort((a, b) => a.start - b.start);
  return { ...p, certainty: 'implied', evidence, rule: 'place:same-as-incident' };
}

/** The article a place name may open on in lower case: "al-Numan", "ar-Raqqa", "el-Fasher". */
const NAME_PARTICLE = '(?:al|el|ar|as|ash|ad|az|ed|es|ez|an|at)-';
/**
 * The words a sentence opens on when it opens on its place: "In Deir Ezzor", "In the town of Azaz", "In the
 * town of Maarat al-Numan", "In al-Bab", "In western Aleppo".
 */
const OPENS_ON_PLACE = String.raw`^\W*(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:[Tt]he\s+(?:[a-z]+\s+){0,2}(?:(?:town|city|village|province|district|neighbou?rhood)\s+of\s+)?|(?:north|south|east|west|central)[a-z-]*\s+)?(?:${NAME_PARTICLE})?\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:${NAME_PARTICLE})?\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:province|governorate|city|region|district|countryside))?`;
/** Those words with their comma: "In Deir Ezzor, ...". */
const PLACE_OPENING_WORDS = new RegExp(`${OPENS_ON_PLACE}\\s*,`, 'u');
/** Without it, "In Kafr Nabl six people ...": taken only when a place is named there. */
const PLACE_OPENING_BARE = new RegExp(`${OPENS_ON_PLACE}(?=\\s+[a-z\\d])`, 'u');

/**
 * True when sentence `s` opens on its place: with a comma, or without one (a text stripped of them) when the
 * words name a place there ("In Kafr Nabl six people were killed"; not "In Turkish airstrikes ... 40 killed").
 */
function opensOnPlace(text: string, s: Span, mentions: ReturnType<typeof findPlaces>['mentions']): boolean {
  const words = text.slice(s.start, s.end);
  if (PLACE_OPENING_WORDS.test(words)) return true;
  const bare = PLACE_OPENING_BARE.exec(words);
  return !!bare && mentions.some((m) => m.precision !== 'country' && m.start >= s.start && m.end <= s.start + bare[0].length);
}

/**
 * A part of the headline toll told in another place with no day of its own ("10 killed in attacks on Aleppo
 * and Deir Ezzor on Monday" … "In Deir Ezzor, IS shelling killed four people"): the headline incident's day,
 * implied, with the words that told it.
 */
function partOfToll(
  ctx: ExtractContext,
  s: Span,
  primary: Account,
  killed: Account['killed'],
  other: boolean,
  opens: boolean,
  mentions: ReturnType<typeof findPlaces>['mentions'],
  place: Account['place'] = null,
): DateFinding | null {
  const whole = statedToll(primary.killed);
  const part = statedToll(killed, true);
  const d = primary.date;
  if (other || !whole || !part || !d || d.precision !== 'day' || part.low >= whole.low) return null;
  // Not fighters under a whole of civilians ("six civilians" in Kafr Nabl … "In Deir Ezzor, ... killed two SDF
  // fighters"), nor a part in another province than the town the whole was told in.
  if (!primary.killed.total && primary.killed.civilians && !killed.total && !killed.civilians) return null;
  // (A town the whole's own sentence names: not one it took, for want of a town, from a part further on.)
  const own = primary.evidence[0];
  const town =
    primary.place && (primary.place.precision === 'town' || primary.place.precision === 'district') && own && primary.place.evidence.every((e) => e.start >= own.start && e.end <= own.end)
      ? primary.place
      : null;
  // (Unless the whole's own words name the part's place or its province: "11 civilians killed as regime barrel bombs
  // hit Kafr Nabudah and Khan Sheikhoun", placed in Khan Sheikhoun for want of the other; "strikes kill 15 across
  // Idlib and Hama".)
  const ownWords = own?.quote ?? '';
  const named = !!place && ((place.evidence.length > 0 && ownWords.includes(place.evidence[0]!.quote)) || (place.admin1 !== null && ownWords.includes(place.admin1)));
  if (town && place && !named && place.precision !== 'country' && place.country === town.country && place.admin1 !== null && town.admin1 !== null && place.admin1 !== town.admin1) return null;
  // Told place by place ("In Deir Ezzor, ...", "Five others were killed in shelling on Kafr Zita"), close after the toll;
  // or in any words after a toll told with no town ("Missiles hit hospitals in northern Syria, killing nearly 50" …
  // "A hospital in Maarat al-Numan was hit four times, killing at least nine people").
  const words = ctx.text.slice(s.start, s.end);
  if (!opens && !OTHERS_OPENING.test(words) && !MORE_DEAD.test(words) && !smallerThanWideToll(ctx, killed, primary, mentions)) return null;
  // (The sentence that holds it: a part may be a clause of one, partsOfToll.)
  const k = ctx.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  // After the last sentence that tells the toll or its civilians (a headline, then its lead).
  // (Not the parts' own words a roll-up gathered: "including three children" of each part; and the sentence
  // that gives the headline's toll again, "At least 25 people were killed across Syria", is one.)
  const civilians = primary.killed.civilians?.rule === 'victims:roll-up' ? null : primary.killed.civilians;
  const told = [...whole.evidence, ...(civilians?.evidence ?? [])];
  let tollAt = -1;
  ctx.sentences.forEach((x, i) => {
    if (i < k && (told.some((e) => e.start >= x.start && e.end <= x.end) || findCounts(ctx, 'killed', x).some((h) => h.range.certainty === 'stated' && h.range.low === whole.low))) tollAt = i;
  });
  if (k < 0 || tollAt < 0 || k <= tollAt || k - tollAt > 3) return null;
  return { ...d, certainty: 'implied', rule: 'date:part-of-headline-toll' };
}

/**
 * The headline incident's day, implied, for a part told place by place that counts only injured, fewer than the
 * whole's: "Russian attacks killed four civilians and injured 19 ... over the past 24 hours" … "In Kharkiv Oblast,
 * shelling injured four people in Kupiansk".
 */
function injuredPartOfToll(primary: Account, killed: Account['killed'], injured: Account['injured'], other: boolean, opens: boolean): DateFinding | null {
  const whole = statedToll(primary.injured);
  const part = statedToll(injured, true);
  const d = primary.date;
  if (other || !opens || firstFigure(killed) !== undefined || !whole || !part || !d || part.low >= whole.low) return null;
  return { ...d, certainty: 'implied', rule: 'date:part-of-headline-toll' };
}

/**
 * A part of a town the gazetteer lacks, named in another incident's sentence with no town ("On Thursday, 18 people
 * were killed in a strike on another school in the Tuffah neighbourhood"), in a report whose headline incident
 * is in a town of that country: that town's quarter, implied.
 */
function quarterOfIncidentTown(ctx: ExtractContext, s: Span, place: PlaceFinding, town: PlaceFinding | null): PlaceFinding | null {
  if (!town || town.precision !== 'town' || place.precision !== 'country' || place.rule !== 'place:inside-known-place' || place.country !== town.country) return null;
  const at = place.evidence[0]!;
  if (!/^\s+(?:neighbou?rhood|quarter|district)\b/i.test(ctx.text.slice(at.end, Math.min(s.end, at.end + 16))) && !/\b(?:neighbou?rhood|quarter|district) of\s+$/i.test(ctx.text.slice(Math.max(s.start, at.start - 20), at.start))) return null;
  return { ...town, name: place.name, gazetteerId: null, certainty: 'implied', evidence: [...place.evidence, ...town.evidence].sort((a, b) => a.start - b.start), rule: 'place:quarter-of-incident-town' };
}

/** "A second hospital ... was hit the same day", "Hours later ...": dated as the headline incident it is told beside. */
function sameDayAs(ctx: ExtractContext, s: Span, primary: Account): DateFinding | null {
  const m = SAME_DAY.exec(ctx.text.slice(s.start, s.end));
  const d = primary.date;
  if (!m || !d || d.precision !== 'day') return null;
  const at = s.start + m.index;
  return { start: d.start, end: d.end, precision: 'day', certainty: 'implied', evidence: [evidenceAt(ctx.text, at, at + m[0].length)], rule: 'date:same-day-as-incident' };
}

/**
 * How far into a report the groups of the headline toll are looked for, before its sentence (a headline
 * that says "those killed include 14 children") or after ("There were also 20 women among the dead").
 */
const LATER_GROUPS = 8;

const ATTACK_NOUN = '(?:attacks?|strikes?|air ?strikes?|airstrikes?|raids?|bombings?|blasts?|explosions?|shelling|massacre|assault|incident|bomb|operations?)';
/** Words that tell another attack: "a separate airstrike", "an earlier raid" (not "another 30 injured", which adds to the toll). */
const ANOTHER_ATTACK = new RegExp(`\\b(?:separate|another|earlier|previous|second|similar)\\s+(?:[\\w-]+\\s+)?${ATTACK_NOUN}\\b|\\bseparately\\b`, 'i');
/**
 * Words that say an attack is not the headline's, even in its lead: "a separate strike", "another bombing",
 * "Hours later a second suicide bomber struck a restaurant", "A second bomb exploded in a market".
 */
const SAYS_OTHER = new RegExp(`\\b(?:separate|another)\\s+(?:[\\w-]+\\s+)?${ATTACK_NOUN}\\b|\\bseparately\\b|\\ba (?:second|third)\\s+(?:[\\w-]+\\s+)?(?:${ATTACK_NOUN}|bomber|attacker)\\b(?=[^.;]{0,80}\\b(?:exploded|went off|struck|hit|killed|killing|detonated)\\b)|\\b(?:hours|minutes) (?:later|earlier)\\b[^.]*\\b(?:second|third|another)\\s+(?:[\\w-]+\\s+)?(?:${ATTACK_NOUN}|bomber|attacker)`, 'i');
/** Attacks like the one told, so others: "similar airstrikes". */
const SIMILAR_ATTACK = new RegExp(`\\bsimilar\\s+(?:[\\w-]+\\s+)?${ATTACK_NOUN}\\b`, 'i');
/** Words that set a sentence at another, earlier time: "Two days earlier", "the day before", "last year". */
const EARLIER_TIME = /\b(?:(?:a|one|two|three|four|five|\d+) (?:day|days|week|weeks|month|months) (?:earlier|before)|the (?:day|week|month) before|(?:last|the previous) year)\b/i;
/** A sentence that gives only an earlier count: "The previous death toll was 20", "Officials had put the toll at 7". */
const EARLIER_TOLL_SENTENCE = /^\W*(?:the|a|an)\s+(?:previous|earlier|initial|first|preliminary)\s+(?:death\s+)?toll\b|^\W*(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report|item)\b|\b(?:had|initially)\s+(?:put|given|counted)\s+the\s+(?:death\s+)?(?:toll|number of (?:the\s+)?dead)\b/i;
/** An earlier count of the same dead: "A previous toll had put the number at seven", "an initial toll of 11". */
const EARLIER_TOLL = /\b(?:previous|earlier|initial|first|preliminary|last) (?:death )?tolls?\b|\b(?:had|initially) (?:put|given|reported|said|counted)\b[^.;]*\b(?:toll|number of (?:the )?dead)\b/i;
/** A count given before, in the pluperfect or as earlier: "Earlier, police had said 76 were killed". */
const EARLIER_SAYING = /\b(?:had (?:earlier |initially |previously |first )?(?:said|reported|put|given|announced)|(?:earlier|initially|previously) (?:said|reported|put|announced))\b/i;
/** A sentence that opens on more dead: "Four more people died in ...", "Another 27 people were killed in ...". */
const MORE_DEAD = /^\W*(?:another\s+[\w-]+|[\w-]+\s+more)\s+(?:(?:people|persons|civilians|children|women|men|fighters|soldiers|others)\s+)?(?:(?:were|was|have been|had been|also)\s+)*(?:killed|died|dead)\b/i;
/** A sentence that opens by turning to another matter: "Meanwhile, terrorists fired rocket shells ... killing two". */
const OPENS_AWAY = /^\W*(?:meanwhile|elsewhere|separately|in (?:a |an )?(?:separate|another) (?:incident|attack|development)|in the same context)\b/i;

/** Words that react to an attack pointed back at: "condemned the weekend bombing", "mourned Saturday's blasts". */
const REACTS_TO_ATTACK =
  /\b(?:condemn|denounc|mourn|buri|bury|protest|commemorat|criticis|criticiz|deplor|react|decr)\w*\s+(?:[\w-]+\s+){0,3}?(?:the|this|that|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|airstrikes?|bombings?|blasts?|explosions?|massacre|shelling|raids?|killings?)\b/i;

/** A day or a place told as a part: "On Tuesday alone", "in Douma alone". */
const ALONE = /\b(?:on|in|during|over)\s+(?:[\w'’-]+\s+){1,3}?alone\b/i;

/** A toll told of several attacks at once: "were killed in separate attacks", "in two separate incidents". */
const SEPARATE_PARTS = /\b(?:in|during|across)\s+(?:[\w-]+\s+)?separate\s+(?:attacks|incidents|strikes|air ?strikes|airstrikes|raids|shootings|bombings|assaults)\b/i;

/** Whether the headline incident's toll is told, in the report's opening, of separate attacks: a whole of parts. */
function ofSeparateAttacks(ctx: ExtractContext, primary: Account): boolean {
  const toll = statedToll(primary.killed, true);
  return (
    !!toll &&
    ctx.sentences.slice(0, 3).some((s) => SEPARATE_PARTS.test(ctx.text.slice(s.start, s.end)) && findCounts(ctx, 'killed', s).some((h) => h.range.low === toll.low && h.range.high === toll.high))
  );
}

/** Harm told of the attack already told: "died in the attack", "were killed in the strikes". */
const IN_THE_ATTACK = new RegExp(`\\b(?:killed|died|dead|perished|lost their lives|wounded|injured)\\s+(?:in|during|by)\\s+(?:the|this|that|these)\\s+(?:[\\w-]+\\s+)?${ATTACK_NOUN}\\b`, 'i');

/** True when `place` is named right after `at`, as where the attack told there was: "the attack in Eastern Ghouta". */
function placedAfter(text: string, at: number, place: Account['place']): boolean {
  return !!place && place.evidence.some((e) => e.start >= at && e.start - at <= 40 && /^\s+(?:in|on|at|near|against)\s+(?:the\s+)?(?:[A-Za-z-]+,?\s+){0,5}$/.test(text.slice(at, e.start)));
}

/** At most this many incidents told in passing besides the headline's: a report that tells more in passing is a summary, not a record. */
const MAX_OTHER_INCIDENTS = 5;
/** At most this many incidents a report lists, each with its own day and place: a list of incidents is a record of each. */
const MAX_LISTED_INCIDENTS = 100;

function sameRegion(a: Account['place'], b: Account['place']): boolean {
  if (!a || !b) return true;
  if (a.admin1 && b.admin1) return a.admin1 === b.admin1;
  return a.country === b.country;
}

const WAR = /\b(?:war|conflict|uprising|revolution|revolt|rebellion|protests?|demonstrations|crisis)\b/i;
const BEGAN = /\b(?:since|began|begun|erupted|started|broke out|outbreak|beginning|onset)\b/i;

/** True when a sentence's date is when a war or an uprising began, not the day of an incident. */
function datesTheWar(text: string, sentence: Span, date: DateFinding): boolean {
  const ev = date.evidence[0];
  if (!ev) return false;
  const before = text.slice(Math.max(sentence.start, ev.start - 100), ev.start);
  const after = text.slice(ev.end, Math.min(sentence.end, ev.end + 50));
  // The war and its beginning before the date ("since protests erupted in March 2011"), or after it
  // ("in 2011, when the uprising began").
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return (BEGAN.test(clauseBefore) && WAR.test(clauseBefore)) || /^[\s,]*(?:when|as|after)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:war|conflict|uprising|revolution|protests?)\s+(?:began|erupted|started|broke out)\b/i.test(after);
}

/**
 * True when a sentence of the lead gives the toll the headline gave first ("Eight killed in mortar fire on
 * Damascus" … "Mortar shells fired by insurgents in Eastern Ghouta killed eight people"): the same incident,
 * whatever other place the sentence names.
 */
function tellsTheSameToll(s: Span, killed: Account['killed'], primary: Account): boolean {
  const same = (a: Account['killed']['total'], b: Account['killed']['total']) =>
    a !== null && b !== null && a.certainty === 'stated' && b.certainty === 'stated' && a.low === b.low && a.high === b.high && b.evidence.some((e) => e.end <= s.start || e.start >= s.end);
  // (A headline's "kills 6" and its lead's "Six civilians were killed" are one toll too.)
  // (Nor is a toll of one side the other side's dead were added to told again any other: "killed 270 soldiers" …
  // "had killed and executed 270 people during the assault".)
  const own = ownToll(primary.killed.total);
  return (
    same(killed.total, primary.killed.total) ||
    (own !== primary.killed.total && same(killed.total, own)) ||
    same(killed.civilians, primary.killed.civilians) ||
    same(killed.total ?? killed.civilians, primary.killed.total ?? primary.killed.civilians) ||
    // ("killing 14 fighters from Jaish al-Islam" … "Fourteen members of the Jaish al-Islam rebel group were killed".)
    same(killed.combatants, primary.killed.combatants)
  );
}

/** True when a date was read from a day named outright ("5 March", "2019-03-05"), not from relative words or publication. */
/** True when `date` lies in the month the headline incident's own sentence names, and `killed` is fewer than its dead. */
function dayInsideMonthOf(ctx: ExtractContext, primary: Account, date: DateFinding, killed: Account['killed']): boolean {
  const own = primary.evidence[0];
  const whole = primary.killed.total ?? primary.killed.civilians;
  const part = killed.total ?? killed.civilians ?? killed.combatants;
  if (!own || !whole || !part || part.low >= whole.low || !date.start) return false;
  const month = findIncidentDate(ctx, [{ start: own.start, end: own.end }], [], false);
  // (Or inside the span of days it gives: "Between 12 and 18 February, at least 35 civilians were killed" … "on 15
  // February, killing 12".)
  return !!month && (month.precision === 'month' || month.precision === 'week') && !!month.start && !!month.end && month.start !== month.end && date.start >= month.start && date.start <= month.end;
}

function namesItsDay(date: DateFinding | null | undefined): boolean {
  return !!date && date.precision === 'day' && !/relative|reported|publication|part-of|same-day|later-than|days-ago/.test(date.rule ?? '');
}

/**
 * True when `killed` is a stated part of the headline's stated toll, and the sentence of that toll places it
 * in no town (a country, "across Syria"): a roll-up whose parts its lead tells place by place.
 */
function smallerThanWideToll(ctx: ExtractContext, killed: Account['killed'], primary: Account, mentions: ReturnType<typeof findPlaces>['mentions']): boolean {
  const whole = statedToll(primary.killed);
  const part = statedToll(killed, true);
  if (!whole || !part || part.low >= whole.low) return false;
  // (A toll told "across" two or more provinces is as wide: "killed at least 15 civilians across Idlib and northern Hama".)
  if (primary.place?.rule === 'place:across-provinces') return true;
  const at = whole.evidence[0]!.start;
  const tollSentence = sentenceAt(ctx, at);
  return !!tollSentence && !mentions.some((m) => m.start >= tollSentence.start && m.end <= tollSentence.end && m.precision !== 'country');
}

/** Words that open a clause telling another time: "came a day after", "following", "when". */
const CLAUSE_OF_ANOTHER_TIME = /\b(?:after|following|before|when|while)\b/gi;

/**
 * The claims of the clause that holds an incident's toll, when a word of time sets that clause apart and it
 * names a means: "The strikes came a day after a car bomb killed nine people in Azaz" tells a car bombing (the
 * strikes are the headline's). Otherwise all the sentence's claims.
 */
function ofTollClause(text: string, s: Span, own: Claims, killed: Account['killed']): Claims {
  const toll = killed.total ?? killed.civilians ?? killed.combatants ?? killed.children ?? killed.women;
  if (!toll || own.length < 2) return own;
  const at = toll.evidence[0]!.start;
  if (at < s.start || at > s.end) return own;
  let from = -1;
  CLAUSE_OF_ANOTHER_TIME.lastIndex = 0;
  const part = text.slice(s.start, at);
  for (let m = CLAUSE_OF_ANOTHER_TIME.exec(part); m; m = CLAUSE_OF_ANOTHER_TIME.exec(part)) from = s.start + m.index;
  if (from < 0) return own;
  const inClause = own.filter((c) => c.evidence[0]!.start > from);
  return inClause.length > 0 && inClause.length < own.length ? inClause : own;
}

/** A source giving the toll of the incident told: "the Local Coordination Committees put the death toll at 1,338". */
const SOURCE_PUTS_TOLL = /\bput(?:s|ting)? the (?:death )?toll at\b/i;

/**
 * Another source's count of the same dead, or an earlier one: "put the death toll at 494", "said it had recorded
 * three deaths", "there were more than 20 dead", "reported on Thursday that 90 people had been killed".
 */
const TOLL_OF_A_SOURCE =
  /\b(?:recorded|documented|counted|tallied|put the (?:death )?toll|put the number|toll (?:at|of|stood|was)|death toll|there (?:were|was|are) [^.;]{0,30}?\b(?:dead|killed|deaths)|had been killed|had died)\b/i;

/**
 * An incident a later sentence tells in passing ("a car bombing in Beirut the day before", "the 2013 Ghouta
 * attack", a part of a roll-up headline): it has its own count, and its own date or province. A sentence
 * that only repeats the headline incident (same date, same province) is not another incident.
 */
function otherIncident(
  ctx: ExtractContext,
  s: Span,
  primary: Account,
  claims: Claims,
  mentions: ReturnType<typeof findPlaces>['mentions'],
  gazetteer: Gazetteer,
  registry: ActorRegistry,
  home: string | null,
  /** In the headline incident's lead, a different day is not enough: it may be that incident's own day. */
  inLead: boolean,
  /** A clause that partsOfToll found to be one of the headline toll's parts. */
  asPart = false,
): Told | null {
  const words = ctx.text.slice(s.start, s.end);
  const own = claimsIn(claims, s);
  // Cheap test first: a sentence that names neither harm nor an attack tells no incident.
  // (A part partsOfToll cut out may have lost its verb to the clause before: "and another in Toretsk".)
  if (!asPart && !HARM_WORD.test(words) && own.length === 0) return null;
  const killed = countsIn(ctx, 'killed', [s]);
  const injured = countsIn(ctx, 'injured', [s]);
  const counted = Object.values(killed).some((r) => r && r.certainty === 'stated') || Object.values(injured).some((r) => r && r.certainty === 'stated');
  let targets: ReturnType<typeof findTargets> | null = null;
  const targetsHere = () => (targets ??= findTargets(ctx, [s]));
  // Without a count, an attack told as another one: "a separate airstrike hit the hospital".
  const told = own.length > 0 && (targetsHere().length > 0 || ANOTHER_ATTACK.test(words));
  if (!counted && !told) return null;
  // "Afghan leaders on Tuesday condemned the weekend bombing outside a girls' school": a reaction to an attack
  // pointed back at, with no count of its own, tells no other one (its day is the reaction's).
  if (!counted && REACTS_TO_ATTACK.test(words) && !ANOTHER_ATTACK.test(words)) return null;
  // "The Local Coordination Committees put the death toll at 1,338", the toll the headline incident took (its headline
  // said only "kills hundreds"): a source's toll of that incident, wherever else the sentence names, no other one.
  const tollTaken = primary.killed.total?.evidence.some((e) => e.start >= s.start && e.end <= s.end);
  if (counted && tollTaken && SOURCE_PUTS_TOLL.test(words) && !TURNS_AWAY.test(words)) return null;
  // "A previous toll had put the number of dead at seven": the same incident's earlier count, no other incident.
  if (counted && EARLIER_TOLL.test(words)) return null;
  // "Earlier, police had said 76 were killed" under a toll that rose to 81: the same dead, counted before.
  if (counted && EARLIER_SAYING.test(words) && (statedToll(killed, true)?.low ?? Infinity) <= (statedToll(primary.killed, true)?.low ?? -1)) return null;
  const messages: Message[] = [];
  // (A day counted back from the headline incident that it "came three days after" wins over a coarser date the
  // sentence names: "... killed more than 150 people, the deadliest attack since 2001".)
  const found = laterThan(ctx, s, primary) ?? findIncidentDate(ctx, [s], messages, false);
  const cameAfter = found && found.precision === 'day' ? null : laterThan(ctx, s, primary, CAME_AFTER);
  const date =
    cameAfter ??
    found ??
    sameDayAs(ctx, s, primary) ??
    // (An entry of a list, "- Hama: Regime artillery shelled ...", under a heading that names its day: that day.)
    (LIST_ENTRY.test(words) ? headingDay(ctx) : null) ??
    entryDay(ctx, s);
  // "since the outbreak of Syria's civil war in 2011", "the war, which began in 2011, has killed 280,000":
  // the sentence is about the war at large (a running total, or the headline attack's place in it).
  if (date && datesTheWar(ctx.text, s, date)) return null;
  const place = placeOfIncident(ctx.text, gazetteer, mentions, [s], [], null, false);
  const otherDay = date?.start && primary.date?.start && (date.start > (primary.date.end ?? primary.date.start) || (date.end ?? date.start) < primary.date.start);
  // (Not when the sentence names the headline incident's own place too, other than as a point of reference:
  // "attacked a train travelling from Abuja to Kaduna" under "Gunmen attack Kaduna train"; not "Eastern Ghouta
  // an opposition stronghold outside Damascus".)
  const namesOwnPlace = () =>
    !!primary.place?.gazetteerId &&
    mentions.some(
      (m) => m.start >= s.start && m.end <= s.end && !!m.place && `geonames:${m.place.id}` === primary.place!.gazetteerId && !REFERENCE_BEFORE.test(ctx.text.slice(Math.max(s.start, m.start - 24), m.start)),
    );
  const otherPlace = place && place.precision !== 'country' && !sameRegion(place, primary.place) && !namesOwnPlace();
  // (And "similar airstrikes on Manbij on Monday" with a toll of their own; not what a side "has carried out
  // similar attacks" before.)
  // (A count of its own says it too where the sentence names no means: "In a separate strike in Gaza City, three
  // people were killed".)
  const saysOther = (own.length > 0 || counted) && (SAYS_OTHER.test(words) || (counted && SIMILAR_ATTACK.test(words)));
  // "Earlier, five people were killed in a strike on Sunday": a sentence that opens on "earlier" and gives a
  // toll of its own tells what came before ("Earlier in the day a blast occurred near the convoy" is the same blast).
  const saysBefore =
    /\b(?:(?:a|one|two|three|\d+) (?:day|days|week|weeks) (?:after|before|earlier|later)|the day before|earlier (?:this|that|last)|previous(?:ly)?|(?:last|the previous) year|(?:a|one|two|three|\d+) years? (?:ago|earlier))\b/i.test(words) ||
    (counted && (/^\W*earlier\b(?!\s+(?:in\s+the\s+day|today|that\s+day|on\s+the\s+same\s+day))/i.test(words) || BACKGROUND_OPENING.test(words)));
  // "In Rafah, a strike on a house killed 11" after "28 killed across Gaza": a part told place by place, in
  // another town than the headline's, is an incident of its own though in the same province.
  const opens = opensOnPlace(ctx.text, s, mentions);
  // (In the headline's own town too, when the toll it is part of was told with no town: "Missiles hit hospitals in
  // northern Syria, killing nearly 50" … "In Azaz, near the Turkish border, missiles struck a children's hospital
  // ..., killing 14 people": the whole was placed in Azaz only for want of another place.)
  // (Without a place to open on too, when it is a smaller part of a toll told of no town: "Missile attacks killed nearly
  // 50 civilians ... in northern Syria" … "A hospital ... in Maarat al-Numan was hit by four missiles, killing at least seven".)
  // (A live blog's other entries tell news of their own: no part of the headline incident's toll.)
  const primaryAt = primary.evidence[0]?.start ?? 0;
  const inOtherEntry = ctx.liveEntries.length > 0 && liveEntryOf(ctx, s.start) !== liveEntryOf(ctx, primaryAt);
  const partOfRollUp =
    counted &&
    !inLead &&
    !inOtherEntry &&
    place !== null &&
    place.precision !== 'country' &&
    (asPart ||
      (opens && place.gazetteerId !== primary.place?.gazetteerId) || (smallerThanWideToll(ctx, killed, primary, mentions) && (opens || !TOLL_OF_A_SOURCE.test(words))));
  // In the lead too, when the toll it is part of was told of a whole country: "At least 25 people were killed
  // across Syria on Monday" … "In Idlib province, Russian air strikes killed 10 civilians".
  const partOfWideToll = inLead && counted && opens && place !== null && place.precision !== 'country' && smallerThanWideToll(ctx, killed, primary, mentions);
  // In the lead too, a smaller toll with a day or a place of its own, under a toll told of separate attacks: "Five
  // community leaders were killed in separate attacks in Cauca over the past week" … "On Sunday, gunmen shot dead
  // ... in Toribío".
  // So is a day's toll told as a part of the whole: "At least 250 civilians have been killed in two days" … "On
  // Tuesday alone, 106 civilians ... were killed".
  const smallerToll = (statedToll(killed, true)?.low ?? Infinity) < (statedToll(primary.killed, true)?.low ?? -1);
  // (Under a whole told in vague words, "Tens of civilians have been killed since ...", "alone" says it outright.)
  const vagueWhole = Object.values(primary.killed).some((r) => r?.certainty === 'implied' && !r.evidence.some((e: Evidence) => e.start >= s.start && e.end <= s.end));
  const partAlone = inLead && counted && ALONE.test(words) && (smallerToll || vagueWhole);
  const partOfSeparate = inLead && counted && (namesItsDay(date) || (place !== null && place.precision !== 'country')) && ofSeparateAttacks(ctx, primary) && smallerToll;
  // In the lead, a day stated outright that is not the headline incident's stated day: "On 3 March, an airstrike
  // hit a market in Ariha ..." … "On 5 March, a drone strike near Sarmada killed three men".
  // (Or two weekdays, each the day of its own toll: "... in Jalalabad on Sunday, killing at least 26" … "It was the
  // second attack in two days: on Saturday, a bombing in Rodat district killed 36".)
  const statedOtherDay =
    inLead &&
    counted &&
    !!otherDay &&
    ((namesItsDay(date) && namesItsDay(primary.date)) ||
      (date?.rule === 'date:relative-weekday' &&
        primary.date?.rule === 'date:relative-weekday' &&
        firstFigure(killed) !== undefined &&
        firstFigure(killed) !== firstFigure(primary.killed) &&
        // (Not a running total from that day: "Since Saturday at least 68 civilians have been killed".)
        !/\b(?:since|from)\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(words)));
  // A day named outright inside the month the headline's own sentence gives, with fewer dead: one of its parts
  // ("air strikes on two markets in Idlib in January killed at least 23 civilians" … "On the afternoon of
  // January 30, an air strike hit the main market in Ariha, killing at least 10 civilians").
  const dayOfMonth = inLead && counted && namesItsDay(date) && dayInsideMonthOf(ctx, primary, date!, killed);
  // "Meanwhile, ... killing two civilians": a count of its own after words that turn away is another incident,
  // when it has a place or a day of its own (not "Meanwhile rebel fire killed 1,102 people", a running total)
  // and is not the attack told already ("Meanwhile the Coalition said the attack killed more than 100").
  const turnsAway = counted && OPENS_AWAY.test(words) && (!!date || (place !== null && place.precision !== 'country')) && !ABOUT_THE_ATTACK.test(words);
  // (The headline's toll told again in its place is that incident, whatever the sentence says came before:
  // "UN observers counted 92 bodies ... in Houla, a day after activists said government forces shelled the area".)
  const sameToll = tellsTheSameToll(s, killed, primary);
  // "Five community leaders were killed in separate attacks in Cauca over the past week", the headline's toll told
  // again: the attacks are the whole's parts, not another incident.
  const saysAnother = saysOther && !(sameToll && SEPARATE_PARTS.test(words));
  const sameTollHere = !otherPlace && sameToll;
  // "In western Aleppo, mortars fired by non-state armed groups killed four people" after air strikes on the east of
  // the city: a count of its own, told from its place, by another means than the headline incident's, is another
  // incident, though in the same town.
  // So is one told of a side the headline incident's other sentences do not name, by its own means: "Rebel shelling of
  // western Aleppo killed four people" after air strikes and barrel bombs on the east.
  // (Asked last, and only when nothing else has told the sentence apart: it reads the sentence's means and sides.)
  // (Not the same figure told again, however qualified: "kill 40" … "At least 40 people were killed when government
  // forces fired missiles".)
  const figure = (k: Account['killed']) => (k.total ?? k.civilians ?? k.combatants)?.low;
  const otherMeansHere = () =>
    counted && !!primary.eventType && own.some((c) => c.value !== primary.eventType) && figure(killed) !== figure(primary.killed) && !sameToll && !ABOUT_THE_ATTACK.test(words) && bestEventType(own, s, [s], ctx.text) !== primary.eventType;
  // "Four more people died in artillery shelling on Jisr al-Shughur": more dead, told in another town, are a part.
  const moreDead = counted && MORE_DEAD.test(words) && place !== null && place.precision !== 'country' && place.gazetteerId !== primary.place?.gazetteerId;
  // "In January 2018, twin suicide bombings in the same Tayaran Square killed 38 people", in the lead of a report
  // of 2021: a stated date over a month before the headline incident's is another incident, in the lead too.
  const farBefore = counted && date?.certainty === 'stated' && !!date.end && !!primary.date?.start && Date.parse(primary.date.start) - Date.parse(date.end) > 31 * 86_400_000;
  // A toll of its own that the other side inflicted the same day: "Regime helicopters dropped barrel bombs on
  // al-Shaar, killing at least 15 civilians" … "Rebel shelling of government-held neighbourhoods killed two
  // people the same day".
  // (The headline incident's sides as told outside this sentence: the draft took this one's too.)
  const elsewhereNamed = primary.perpetrators.filter((p) => p.evidence.some((e) => e.start < s.start || e.end > s.end));
  // (Told as of the same day: not a running total, nor context.)
  let sides: Perpetrator[] | null = null;
  const sidesHere = () => (sides ??= perpetratorsIn(ctx.text, registry, actorMentions(ctx, registry, home, [s]), [s]));
  const otherSide = counted && !sameToll && SAME_DAY.test(words) && opposedSides(registry, elsewhereNamed, sidesHere);
  // (A side named only: with a place of its own below the country, not a running total of the war.)
  const placedHere = place !== null && place.precision !== 'country';
  const otherMeans = () => (opens || placedHere) && otherMeansHere() && (opens || sidesHere().some((p) => p.actor !== null && !elsewhereNamed.some((e) => e.actor === p.actor)));
  // An entry of a live blog other than the headline incident's, with a count of its own, is news of its own ("Updated
  // 19:30 — An Israeli strike on a UN school in al-Maghazi refugee camp killed at least six people"); not a toll of
  // the attack told again ("The death toll from the strike on Odesa has risen to 12").
  const otherEntry = counted && inOtherEntry && !sameToll && !TOLL_FROM_THE.test(words);
  if (inLead ? (!otherPlace || sameToll) && !saysAnother && (!(saysBefore || farBefore) || sameTollHere) && !partOfWideToll && !partOfSeparate && !partAlone && !statedOtherDay && !dayOfMonth && !turnsAway && !moreDead && !otherSide && !otherMeans() : !otherDay && !otherPlace && !saysAnother && !partOfRollUp && !turnsAway && !moreDead && !otherSide && !otherEntry && !otherMeans()) return null;
  // "1,300 people died in the attack in Eastern Ghouta": a toll of "the attack" is the one told, wherever it
  // says the attack struck, unless it names another day or turns to something else.
  // (Another province counts only when named as the attack's: "in the attacks" after "Sources in Deir Ezzor
  // said" may be attacks there.)
  const ofTheAttack = IN_THE_ATTACK.exec(words);
  if (ofTheAttack && !otherDay && !saysAnother && !saysBefore && !partOfRollUp && !TURNS_AWAY.test(words) && (!otherPlace || placedAfter(ctx.text, s.start + ofTheAttack.index + ofTheAttack[0].length, place))) return null;
  // Further on, the headline's toll told again in its region is the headline incident too, whatever day it
  // adds ("Air strike kills nine at Idlib market" … a byline … "Nine civilians were killed on Tuesday when
  // an air strike hit a market in Maarat al-Numan"); not after "meanwhile" or "elsewhere".
  // So is a toll of five or more told again in the same country, though its place reads otherwise ("killing 14
  // fighters" in al-Dumayr … "Fourteen members of the Jaish al-Islam rebel group were killed ... in the northeast
  // Damascus suburbs"), unless it is a part told place by place.
  const sameCountry = !place || !primary.place || place.country === primary.place.country;
  const bigSameToll = sameToll && sameCountry && !partOfRollUp && !moreDead && (figure(killed) ?? 0) >= 5;
  if (!inLead && (!otherPlace || bigSameToll) && !saysAnother && !saysBefore && !TURNS_AWAY.test(words) && sameToll) return null;
  // A part of the headline toll that names its attack by a word of any kind ("In the Bekaa town of Sohmor, a
  // strike on a house killed a family of six", under "Israeli air strikes ... killed 558"): the whole's type,
  // implied, with that word.
  // So does "a second strike", "another attack": one more of the same kind.
  const generic = own.length === 0 && primary.eventType ? (partOfRollUp || partOfWideToll ? GENERIC_ATTACK.exec(words) : ANOTHER_OF_THE_KIND.exec(words)) : null;
  // (Else, with no word of any kind, its weakest words: "JNIM militants attacked a military post ..., killing 30
  // soldiers" in a report whose other incidents name their means.)
  const asWhole: Claims = generic
    ? [{ value: primary.eventType!, certainty: 'implied', evidence: [evidenceAt(ctx.text, s.start + generic.index, s.start + generic.index + generic[0].length)], rule: 'event:as-whole' }]
    : own.length > 0
      ? own
      : weakClaimsIn(ctx.text, [s]);
  const account: Account = {
    primary: false,
    date: date ?? partOfToll(ctx, s, primary, killed, saysBefore || saysAnother, opens || asPart, mentions, place) ?? injuredPartOfToll(primary, killed, injured, saysBefore || saysAnother, opens || asPart),
    place: (place && quarterOfIncidentTown(ctx, s, place, primary.place)) ?? place ?? samePlaceAs(ctx, s, primary, gazetteer, mentions),
    eventType: bestEventType(ofTollClause(ctx.text, s, asWhole, killed), s, [s], ctx.text),
    eventTypeClaims: asWhole,
    weapons: findWeapons(ctx, [s]),
    perpetrators: withClaimsOnItsLine(ctx, registry, home, s, sidesHere()),
    killed,
    injured,
    targets: targetsHere(),
    evidence: [evidenceAt(ctx.text, s.start, s.end)],
  };
  return { account, messages };
}

/** The extract contract's line for one report. */
export function toExtraction(report: Report, accounts: readonly Account[], messages: readonly Message[]): Extraction {
  return {
    id: report.id,
    title: report.title,
    source: report.source,
    url: report.url,
    publishedAt: report.publishedAt?.value ?? null,
    language: report.language,
    incidents: accounts,
    messages: [...report.messages, ...messages],
  };
}
