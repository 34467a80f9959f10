// Weapons and targets: lexicons of the words reports use, each hit a finding with its words as evidence.
// Order matters within a lexicon: the more specific phrase first ("surface-to-surface missile" before
// "missile"). A lexicon is read as one pattern, left to right, so a phrase taken is not read again by a
// shorter one inside it.
import type { LabelFinding, Span } from '../core/types.js';
import { insideAnsweredAttack, namesAnsweredAttack } from './answered.js';
import { evidenceAt } from '../core/values.js';
import { remember, type ExtractContext } from './context.js';
import { downedAircraft, sentAircraft } from './event-type.js';
import { alternatives, whichAlternative, type Alternatives } from './alternatives.js';

type Lexicon = readonly (readonly [value: string, pattern: RegExp])[];

const WEAPONS: Lexicon = [
  ['barrel_bomb', /\bbarrel[- ]bombs?\b/gi],
  ['cluster_munition', /\bcluster (?:munitions?|bombs?)\b/gi],
  ['vacuum_bomb', /\b(?:vacuum|thermobaric) (?:bombs?|weapons?)\b/gi],
  ['incendiary', /\b(?:incendiary (?:bombs?|weapons?|munitions?)|white phosphorus|napalm)\b/gi],
  ['bunker_buster', /\bbunker[- ]busters?\b/gi],
  // "A guided aerial bomb", "glide bombs", the Russian KAB and FAB series.
  ['guided_bomb', /\b(?:(?:guided|glide|gliding) (?:aerial )?bombs?|(?:kab|fab|upab)-\d+\w*)\b/gi],
  ['scud', /\bscuds?(?: missiles?)?\b/gi],
  // Named by model in the wars since 2014: Iskander, Tochka and Kinzhal are ballistic; Kalibr, the Kh- series,
  // Tomahawk and Storm Shadow cruise missiles; Shahed and Geran loitering drones.
  ['ballistic_missile', /\b(?:(?:ballistic|surface[- ]to[- ]surface) missiles?|(?:iskander(?:-m)?|tochka(?:-u)?|kinzhal)s?(?: (?:ballistic )?missiles?)?)\b/gi],
  ['cruise_missile', /\b(?:(?:kalibr|tomahawk|storm shadow|kh-\d+)s?(?: cruise)?(?: missiles?)?|cruise missiles?)\b/gi],
  ['anti_tank_missile', /\b(?:anti[- ]tank (?:guided )?missiles?|atgms?|tow missiles?)\b/gi],
  ['missile', /\bmissiles?\b/gi],
  ['grad_rocket', /\bgrad rockets?\b/gi],
  ['improvised_rocket', /\b(?:hell cannon|gas cylinder (?:bombs?|rockets?)|improvised rockets?)\b/gi],
  ['rocket', /\b(?:rockets?|himars)\b/gi],
  ['mortar', /\bmortars?(?: (?:shells?|rounds?|bombs?))?\b/gi],
  ['artillery', /\b(?:artillery|howitzers?|tank (?:shells?|fire))\b/gi],
  ['chlorine', /\bchlorine(?: gas)?\b/gi],
  ['sarin', /\bsarin(?: gas)?\b/gi],
  ['nerve_agent', /\bnerve (?:agents?|gas)\b/gi],
  ['mustard_gas', /\bmustard gas\b/gi],
  ['toxic_gas', /\b(?:toxic|poison(?:ous)?) gas(?:es)?\b/gi],
  // (A "suicide car bomber" drove one.)
  ['car_bomb', /\b(?:car|truck|lorry|motorcycle|motorbike|vehicle)[- ]bomb(?:s|ings?|ers?)?\b|\b(?:explosives?|bomb)[- ]laden (?:car|truck|lorry|vehicle|motorcycle|motorbike)s?\b|\bbooby[- ]trapped (?:car|vehicle|truck|motorcycle)s?\b|\bs?vbieds?\b|\b(?:suicide )?vehicle-borne (?:improvised explosive devices?|ieds?|bombs?)\b/gi],
  ['suicide_vest', /\b(?:suicide|explosive) (?:vests?|belts?)\b/gi],
  ['ied', /\b(?:ieds?|improvised explosive devices?|roadside bombs?|explosive devices?)\b/gi],
  ['landmine', /\b(?:land ?mines?|mines left behind)\b/gi],
  ['unexploded_ordnance', /\b(?:explosive remnants? of war|unexploded (?:ordnance|munitions?|bombs?|shells?|devices?)|uxos?|erws?)\b/gi],
  ['drone', /\b(?:(?:shahed|geran)(?:-\d+)?s?(?: (?:kamikaze |attack )?drones?)?|drones?|uavs?|unmanned aerial vehicles?|loitering munitions?)\b/gi],
  ['helicopter', /\bhelicopters?|\bchoppers?\b/gi],
  ['fighter_jet', /\b(?:fighter jets?|warplanes?|war planes?|jets?|bombers(?<!suicide bombers)|su-\d+|f-16s?|mig-\d+)\b/gi],
  ['grenade', /\b(?:hand )?grenades?\b(?<!\b(?:stun|smoke|flash|sound|tear[- ]gas) (?:hand )?grenades?)|\brpgs?\b/gi],
  ['sniper', /\bsnipers?(?: fire)?\b/gi],
  ['firearm', /\b(?:gunfire|machine guns?|rifles?|small arms|live ammunition|gunshots?|guns(?<!\b(?:artillery|anti-aircraft|heavy|naval|field|tank|howitzer) guns))\b/gi],
  ['knife', /\b(?:knives|knife|machetes?|stabbed)\b/gi],
];

const TARGETS: Lexicon = [
  ['hospital', /\b(?:hospitals?|field hospital|(?:medical|health|healthcare|health care) (?:facility|facilities)|medical (?:centre|center|point))\b/gi],
  ['clinic', /\b(?:clinics?|health (?:centre|center|post)s?)\b/gi],
  ['ambulance', /\bambulances?\b/gi],
  ['school', /\b(?:schools?(?! bus(?:es)?\b)|kindergartens?|schoolyard|(?:tuition|education(?:al)?) (?:centres?|centers?))\b/gi],
  ['university', /\buniversit(?:y|ies)\b/gi],
  ['market', /\b(?:markets?|marketplaces?|souks?|bazaars?)\b/gi],
  ['bakery', /\b(?:bakery|bakeries|bread (?:queue|line)s?)\b/gi],
  ['mosque', /\bmosques?\b/gi],
  ['church', /\bchurch(?:es)?\b/gi],
  ['funeral', /\bfunerals?\b/gi],
  ['wedding', /\bweddings?\b/gi],
  ['camp', /\b(?:refugee|displacement|idps?|displaced(?: (?:people|persons)'?s?)?) camps?\b|\bcamps? for (?:the )?(?:internally )?displaced\b/gi],
  ['shelter', /\b(?:shelters?|basements? (?:used as|sheltering))\b/gi],
  ['convoy', /\b(?:aid )?convoys?\b/gi],
  ['bus', /\bbus(?:es)?\b(?! (?:stations?|terminals?|stops?|depots?)\b)/gi],
  ['civil_defence_centre', /\b(?:civil defen[cs]e (?:centre|center|station|headquarters)s?|white helmets? (?:centre|center|base)s?)\b/gi],
  ['power_facility', /\b(?:power (?:station|plant|grid|lines?)s?|electricity (?:station|plant)s?)\b/gi],
  ['water_facility', /\b(?:water (?:station|plant|pumping station|treatment plant|facility|facilities)s?)\b/gi],
  // (One house as told of a family's, OWN_HOUSE_BEFORE: "a strike on a house", "their home"; not "the House of
  // Representatives", "the White House".)
  ['residential', /\b(?:residential (?:areas?|buildings?|neighbou?rhoods?|blocks?|districts?|quarters)|homes|houses|(?:house|home)(?! of\b)|apartment (?:buildings?|blocks?)|(?:residential )?tower blocks?|residential towers?|high-rise (?:buildings?|blocks?)|housing (?:blocks?|complex(?:es)?)|civilian (?:areas?|neighbou?rhoods?))\b/gi],
  ['prison', /\b(?:prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies)))\b/gi],
  ['transport', /\b(?:railway stations?|train stations?|bus stations?|(?:bus|train|railway) terminals?)\b/gi],
  ['hotel', /\bhotels?\b/gi],
  ['shopping_centre', /\b(?:shopping (?:malls?|centres?|centers?)|malls?|hypermarkets?|supermarkets?|department stores?|DIY (?:stores?|shops?))\b/gi],
  ['checkpoint', /\bcheckpoints?\b/gi],
  ['police_station', /\bpolice (?:stations?|headquarters)\b/gi],
  ['polling_station', /\b(?:polling (?:stations?|centres?|centers?|places?)|voting (?:centres?|centers?|stations?))\b/gi],
  ['military_position', /\b(?:military (?:base|post|position|airport|academy)s?|army (?:base|post|position|outpost)s?|outposts?|barracks)\b/gi],
];

/** A lexicon as one pattern: each entry an alternative, in order, so one pass finds the leftmost phrase. */
interface Compiled extends Alternatives {
  /** Cheap test first: a sentence with none of these stems names nothing in the lexicon. */
  readonly hint: RegExp;
  readonly values: readonly string[];
}

function compile(lexicon: Lexicon, hint: RegExp): Compiled {
  return { hint, ...alternatives(lexicon.map(([, re]) => re)), values: lexicon.map(([v]) => v) };
}

/** The lexicon's phrases in one span, read once however many incidents ask about it. */
function phrasesIn(ctx: ExtractContext, lexicon: Compiled, span: Span, rule: string): readonly { start: number; end: number; value: string }[] {
  return remember(ctx, rule, span, () => {
    const out: { start: number; end: number; value: string }[] = [];
    const part = ctx.text.slice(span.start, span.end);
    if (lexicon.hint.test(part)) {
      const re = lexicon.re;
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: lexicon.values[whichAlternative(lexicon, m)]! });
      }
    }
    return out;
  });
}

function findAll(ctx: ExtractContext, lexicon: Compiled, spans: readonly Span[], rule: string): LabelFinding[] {
  const found = new Map<string, LabelFinding>();
  const seen = new Set<number>();
  for (const span of spans) {
    // Spans may repeat or overlap (a headline that is also the lead): each phrase is read once.
    for (const { start, end, value } of phrasesIn(ctx, lexicon, span, rule)) {
      if (seen.has(start)) continue;
      seen.add(start);
      const had = found.get(value);
      const ev = evidenceAt(ctx.text, start, end);
      found.set(value, had ? { ...had, evidence: [...had.evidence, ev] } : { value, certainty: 'stated', evidence: [ev], rule: `${rule}:${value}` });
    }
  }
  if (found.size === 0) return [];
  // In the lexicon's order, most specific first, as the findings were always listed.
  return lexicon.values.flatMap((v) => found.get(v) ?? []);
}

/** The aircraft among the weapons, by which the helicopter shot down in "A Russian helicopter was shot down" is none. */
const AIRCRAFT = new Set(['helicopter', 'fighter_jet', 'drone']);

const WEAPON_PATTERN = compile(
  WEAPONS,
  /bomb|kab-|fab-|upab-|booby|barrel|cluster|vacuum|thermobaric|incendiar|phosphorus|napalm|bunker|scud|missile|iskander|tochka|kinzhal|kalibr|tomahawk|storm shadow|kh-|shahed|geran|loitering|himars|atgm|tow|grad|cannon|cylinder|rocket|mortar|artiller|howitzer|tank|chlorine|sarin|nerve|mustard|gas|vbied|vest|belt|ied|explosive|mine|unexploded|uxo|erw|drone|uav|unmanned|helicopter|chopper|jet|plane|bomber|su-|f-16|mig-|grenade|rpg|sniper|gun|rifle|arms|ammunition|knife|knives|machete|stabbed/i,
);
const TARGET_PATTERN = compile(
  TARGETS,
  /hospital|medical|clinic|health|ambulance|school|kindergarten|tuition|education|universit|market|souk|bazaar|baker|bread|mosque|church|funeral|wedding|camp|shelter|basement|convoy|bus|defen|helmet|power|electricity|water|residential|home|house|apartment|tower|high-rise|housing|civilian|checkpoint|police|military|army|outpost|barracks|prison|jail|detention|station|terminal|hotel|mall|shopping|market|store|polling|voting/i,
);

/** The weapons the incident's sentences name, one finding per weapon with every mention as evidence. */
export function findWeapons(ctx: ExtractContext, spans: readonly Span[]): LabelFinding[] {
  const found = findAll(ctx, WEAPON_PATTERN, spans, 'weapon');
  // Not the weapons of an earlier attack the incident answers: "struck Hezbollah infrastructure in response to
  // rockets fired at northern Israel".
  // Nor an aircraft shot down: "A Russian helicopter was shot down over Idlib".
  return found.length === 0
    ? found
    : keptWhere(
        found,
        (e, f) =>
          !namesAnsweredAttack(ctx.text, e.start) &&
          !insideAnsweredAttack(ctx.text, e.start) &&
          !(AIRCRAFT.has(f.value) && (downedAircraft(ctx.text, e.start, e.end) || sentAircraft(ctx.text, e.start))) &&
          !STORED_BEFORE.test(ctx.text.slice(Math.max(0, e.start - 50), e.start)),
      );
}

/**
 * Words before a weapon that say it was kept, made or found, not used: a target "used to store drones and missiles",
 * "a depot of rockets", "a workshop making IEDs", "seized weapons including mortars".
 */
const STORED_BEFORE =
  /\b(?:store|stores|stored|storing|stockpil\w+|depots?\s+(?:of|for)|warehouses?\s+(?:of|for)|caches?\s+of|arsenal\s+of|factory\s+(?:making|producing|for)|workshops?\s+(?:making|producing|for)|mak(?:e|es|ing)|manufactur\w+|assembl\w+|smuggl\w+|seiz\w+|confiscat\w+|found|discovered|defus\w+|dismantl\w+)\s+(?:(?:of|for)\s+)?(?:(?:the|a|an|its|their|some|several|dozens\s+of|hundreds\s+of|weapons\s+including)\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}$/i;

/** The findings with only the evidence `keep` accepts, and without those left with none. */
function keptWhere(found: readonly LabelFinding[], keep: (e: { start: number; end: number }, f: LabelFinding) => boolean): LabelFinding[] {
  return found.flatMap((f) => {
    const evidence = f.evidence.filter((e) => keep(e, f));
    return evidence.length === 0 ? [] : [evidence.length === f.evidence.length ? f : { ...f, evidence }];
  });
}

/**
 * Words before a place that say it was not struck: the wounded "taken to hospital", "died in hospital", three
 * men "sentenced to life in prison", "a medic at the al-Jamhouri hospital", a convoy "trying to flee a hotel",
 * families who "searched hospitals for relatives"; a court that "jails" a man; mourners who "attended funerals".
 */
const NOT_STRUCK_BEFORE =
  /\b(?:flee|flees|fled|fleeing|escape|escapes|escaped|escaping)\s+(?:from\s+)?(?:(?:a|an|the|their|its|nearby)\s+)?(?:[\w'’-]+\s+){0,2}$|\b(?:taken|rushed|transferred|transported|brought|admitted|evacuated|sent|moved|carried|treated|released|discharged|died|dying|remain(?:s|ed)?|receiving treatment|being treated)\s+(?:[\w-]+\s+){0,6}?(?:to|in|at|from)\s+(?:(?:a|an|another|the|nearby|local|several|two|three|different|other)\s+)*$|\b(?:search(?:ed|es|ing)?|scour(?:ed|ing)?|visit(?:ed|ing)?|wait(?:ed|ing) (?:outside|at))\s+(?:(?:a|an|the|nearby|local|several|city|their)\s+)*$|\b(?:life|years?|months?)\s+in\s+$|\b(?:medics?|doctors?|nurses?|surgeons?|physicians?|directors?|officials?|spokes(?:man|woman|person)|staff|workers?|head|chief|manager|teachers?|headmaster|principal|imam|priest)\s+(?:at|of|from|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$|\bsentenced\s+(?:[\w-]+\s+){0,4}?to\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?$|\b(?:court|courts|judge|judges|tribunal)\s+$|\b(?:attend\w*|held|holds?|holding|hold)\s+(?:(?:the|a|an|their|his|her|mass|joint)\s+)*$/i;

/** Funerals that "were held" or "took place": mourning, not a funeral struck. */
const FUNERAL_HELD_AFTER = /^\s+(?:(?:were|was|are|is)\s+)?(?:held|took place|take place)\b/i;

/** A verb of saying right after a name: the name is of one that speaks. */
const SPEAKS_AFTER = /^\s+(?:said|says|reported|stated|announced|condemned|denied|confirmed)\b/;
/** Its people who speak, after a place's word: "a hospital official said", "hospital sources told AFP". */
const ITS_SPEAKER_AFTER =
  /^\s+(?:officials?|sources?|directors?|spokes(?:man|woman|person)|administrators?|authorities|chief|head|doctors?|staff|employees?)\s+(?:[\w-]+\s+){0,3}?(?:said|says|told|reported|confirmed|added|stated)\b/i;

/** The words before one house or home that make it a family's: "a", "their", "a three-storey". */
const OWN_HOUSE_BEFORE = /\b(?:an?|the|his|her|their|its|one|family|civilian)\s+(?:(?:family|civilian|residential|[\w-]+-stor(?:e)?y)\s+)?$/i;

/** The targets the incident's sentences name (hospital, school, market...), less places told as not struck. */
export function findTargets(ctx: ExtractContext, spans: readonly Span[]): LabelFinding[] {
  const found = findAll(ctx, TARGET_PATTERN, spans, 'target');
  if (found.length === 0) return found;
  return keptWhere(found, (e, f) => {
    const before = ctx.text.slice(Math.max(0, e.start - 60), e.start);
    if (NOT_STRUCK_BEFORE.test(before) || (f.value === 'funeral' && FUNERAL_HELD_AFTER.test(ctx.text.slice(e.end, e.end + 20)))) return false;
    // Nor an institution that speaks: "the Coptic Orthodox Church said", "the Hospital said".
    // Nor a place whose people speak: "a hospital official said".
    const after = ctx.text.slice(e.end, e.end + 60);
    if ((ctx.text.charCodeAt(e.start) <= 90 && SPEAKS_AFTER.test(after)) || ITS_SPEAKER_AFTER.test(after)) return false;
    // (The pattern reads "house" and "home" alone, which are a family's only after these words.)
    if (f.value !== 'residential' || e.end - e.start > 5) return true;
    const word = ctx.text.slice(e.start, e.end).toLowerCase();
    return (word !== 'house' && word !== 'home') || OWN_HOUSE_BEFORE.test(before);
  });
}
