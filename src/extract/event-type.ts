// Event type claims: each phrase that names a kind of attack is a claim with its words as evidence.
// Order: the most specific kind first, so "suicide car bomb" is a suicide bombing, not a car bomb.
import { evidenceAt } from '../core/values.js';
import { insideAnsweredAttack, namesAnsweredAttack } from './answered.js';
import type { EventType, LabelFinding } from '../core/types.js';
import type { ExtractContext } from './context.js';
import { alternatives, whichAlternative } from './alternatives.js';

interface TypeRule {
  readonly id: string;
  readonly type: EventType;
  readonly re: RegExp;
}

/** The sides whose bombs fall from the air: "a Russian bomb hit a school" (read as an air strike, not an explosive). */
const STATE_BOMBS = '(?:russian|israeli|syrian|regime|coalition|saudi|american|u\\.s\\.|turkish)';

const RULES: readonly TypeRule[] = [
  { id: 'event:chemical', type: 'chemical_weapon', re: /\b(chemical (weapons? )?attack|chemical weapons?|toxic gas|poison(ous)? gas|gas attack|chlorine|sarin|nerve agent|mustard gas)\b/gi },
  { id: 'event:suicide', type: 'suicide_bomb', re: /\b(suicide (car )?(bomb(s|ings?|ers?)?|attack(s|er|ers)?|blasts?|vests?)|blew (himself|herself|themselves) up|suicide vehicle-borne (?:improvised explosive devices?|ieds?|bombs?)|svbieds?)\b/gi },
  { id: 'event:drone', type: 'drone_strike', re: /\b(drone (strikes?|attacks?)|(armed|unmanned|kamikaze|attack) (drones?|aerial vehicles?)|(shahed|geran)(-\d+)?s?|loitering munitions?|uavs?|(?:explosives?|bomb)-laden drones?|drones? (?:laden|packed|loaded|rigged) with explosives|(?:launched|fired|sent|flew) (?:[\w-]+ )?drones?(?= (?:at|on|into|against|toward|towards)\b)|drones? (?:struck|hit|attacked|targeted|slammed into|crashed into))\b/gi },
  { id: 'event:air', type: 'air_strike', re: new RegExp(String.raw`\b(air ?strikes?|air ?raids?|aerial (bombardment|bombing|attacks?|bombs?)|(?:guided|glide|gliding) (?:aerial )?bombs?|warplanes?|war ?planes?|fighter jets?|jets?|helicopters?|aircraft(?<!anti-aircraft|anti aircraft)(?! carriers?)|barrel bombs?|bombers|airstrikes?|bombing raids?|raids|strikes|bombs? (?:were |was |being )?dropped|dropped (?:\w+ )?bombs?|${STATE_BOMBS} bombs?(?! (?:squads?|makers?|disposal|threats?))|aerospace forces|air forces?(?! (?:intelligence|base|academy|college|officers?)))\b`, 'gi') },
  { id: 'event:explosive', type: 'remote_explosive', re: /\b((?:car|truck|lorry|vehicle|motorcycle|motorbike)[- ]bomb(s|ing|ings)?|vbieds?|vehicle-borne (?:improvised explosive devices?|ieds?|bombs?)|(?:explosives?|bomb)[- ]laden (?:car|truck|lorry|vehicle|motorcycle|motorbike)s?|booby[- ]trapped|ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|explosive devices?|bomb blasts?|explosions?|blasts?|(?:hand )?grenades?(?<!\b(?:stun|smoke|flash|sound|tear[- ]gas) (?:hand )?grenades?)|(?:twin|double|triple|coordinated|serial) bombings|(?:a )?(?:wave|series) of bombings|explosive remnants? of war|unexploded (?:ordnance|munitions?|bombs?|shells?|devices?)|uxos?|erws?)\b/gi },
  // A bomb that is not a barrel bomb or a car bomb (taken above): "Bomb in Idlib kills 3", "a bomb attack"; a bombing
  // on the ground, "a bombing outside a girls' school" ("regime bombing of Aleppo" is from the air).
  // (A state's bomb fell from the air: "a Russian bomb hit a school", taken above. Not any bomb that hit: "a
  // suicide car bomb has hit a convoy".)
  { id: 'event:bomb', type: 'remote_explosive', re: new RegExp(String.raw`\bbombs?\b(?<!\b${STATE_BOMBS} bombs?)(?! (?:raids?|strikes?))|\bbombings? (?=outside\b|near\b|at (?:an?|the)\b)`, 'gi') },
  { id: 'event:shelling', type: 'shelling', re: /\b(shell(ing|ed|s)?(?!-shock)|mortars?|artillery|tank (?:fire|shells?|rounds?)|rockets?|missiles?|scud|iskanders?|tochkas?|kinzhals?|kalibrs?|himars|bombardment|barrages?|grad)\b/gi },
  { id: 'event:execution', type: 'execution', re: /\b(execut(ed|ing|ion|ions|es)|beheaded|beheadings?|crucif(ied|ies|ixion)|summarily killed)\b/gi },
  { id: 'event:abduction', type: 'abduction', re: /\b(abduct(s|ed|ing|ions?)?|kidnap(s|ped|ping|pings)?|taken hostage)\b/gi },
  { id: 'event:sexual-violence', type: 'sexual_violence', re: /\b(rap(ed|e|es)|sexual (violence|assault))\b/gi },
  // (Not a side's cause told of it: "separatists, who have been fighting for an independent state since 2017".)
  { id: 'event:clash', type: 'armed_clash', re: /\b(clash(es|ed)?|fighting(?<!\b(?:who|which|that) (?:have|has|had) been fighting)(?! for (?:an? |their |the )?(?:independen|separate|breakaway|autonomous|own|self-rule|secession))|battles?|ambush(ed)?|offensive|firefights?|exchanges? of fire|exchanged fire|gun ?battles?|shoot-?outs?)\b/gi },
  // "Militants stormed the hotel": an assault on a place, told without its weapons; killings with blades; people
  // "massacred" (the deed; "the massacre" names an event whatever its means).
  { id: 'event:attack', type: 'attack', re: /\b(shot dead|shot and killed|shot down|shot (?:the|a|an|its|their) (?:[\w-]+ ){0,2}?(?:plane|aircraft|airliner|jet|helicopter|drone) down|gunfire|(?:killed|wounded|injured|shot) by (?:israeli |army |police |security |live |troops' |soldiers' |government |regime )?fire|snipers?|sniper fire|opened fire|live (?:ammunition|fire|rounds)|fired (?:on|at|into) (?:the )?(?:protesters|demonstrators|crowds?|civilians|mourners|worshippers)|stabb(ed|ing)|shooting|hacked to death|machete attacks?|with (?:machetes|knives)|knife attacks?|tortured? to death|(?:died|killed) under torture|storm(?:ed|ing)(?= (?:the|a|an) )|massacred|massacring|burned alive|burnt alive|burned to death|burnt to death)\b/gi },
];

/**
 * The weakest words, claims only in a report where no rule above names the kind of attack: "Gunmen killed 14
 * villagers", "JNIM militants attacked an army post", "An Israeli strike on a school". Looked for only then.
 */
const WEAK: readonly TypeRule[] = [
  { id: 'event:assault', type: 'attack', re: /\b(?:gunmen|gunman|attacked|attacking|raided|attacks? on|raid(?= (?:in|on|into)\b))\b/gi },
  // Armed men who kill, no means said: "Jihadists killed dozens of civilians" (not "29 fighters were killed"); and
  // "the attack" a group claimed.
  // And a side's men who kill with no means told: "Pro-government forces killed at least 82 civilians".
  { id: 'event:killing', type: 'attack', re: /\b(?:jihadists?|militants?|insurgents?|terrorists?|bandits?|assailants?|attackers?|forces|troops|soldiers|militiamen|militias?|fighters|gangs?|gang members|gangsters) (?:(?!(?:were|was|been|being|are|is)\b)[\w-]+ ){0,5}?(?:killed|kill|kills|massacred|slaughtered)\b|\b(?:claimed|claiming) (?:responsibility for )?the attack\b/gi },
  // A state's or a coalition's "strike", no more said: from the air as a rule ("An Israeli strike on a school").
  { id: 'event:state-strike', type: 'air_strike', re: /\b(?:israeli|russian|syrian|regime|coalition|us|u\.s\.|american|saudi|saudi-led|turkish|emirati|jordanian|egyptian|iraqi) strike\b/gi },
];

/** What is shot down, when it is an aircraft: "shot down a government helicopter", "MH17 was shot down". */
const AIRCRAFT_AFTER = /^ (?:(?:an?|the|its|their|two|three|[\w-]+) ){0,2}(?:planes?|aircraft|jets?|airliners?|helicopters?|drones?|flight|warplanes?)\b/i;
const SHOT_BEFORE = /\b(?:was|were|been|being) $/i;

/** What happens to an aircraft shot down, after or before its name. */
const DOWNED_AFTER = /^\s+(?:was|were|had been|has been|have been)\s+(?:reportedly\s+|apparently\s+)?(?:shot down|downed|brought down)\b/i;
const DOWNED_BEFORE = /\b(?:shot down|downed|brought down)\s+(?:an?|the|two|three|its|their)?\s*(?:[\w-]+\s+){0,2}$/i;

/** Aircraft sent, not striking: "had sent helicopters", "deployed medical helicopters", "evacuated by helicopter". */
const SENT_BEFORE = /\b(?:sent|sends|sending|dispatched|dispatches|deployed|deploys|evacuated by|airlifted by|flown out by|rescue|medical|evacuation|ambulance)\s+(?:(?:an?|two|three|several|its|their|the|more|military|medical|rescue|transport|surveillance|reconnaissance|army)\s+)*$/i;

/** Armed men acting, and no aircraft, in the sentence around "raids" at `at`: raids on the ground. */
function groundRaids(text: string, at: number): boolean {
  const from = Math.max(0, text.lastIndexOf('.', at) + 1);
  const stop = text.indexOf('.', at);
  const sentence = text.slice(from, stop < 0 ? text.length : stop);
  return ARMED_GROUP_ACTS.test(sentence) && !AIR_WORD.test(sentence);
}
const ARMED_GROUP_ACTS = /\b(?:fighters|militants|gunmen|insurgents|jihadists|bandits|militiamen|rebels)\b/i;
const AIR_WORD = /\b(?:air|aerial|warplanes?|planes?|jets?|aircraft|helicopters?|drones?|bombers|russian|syrian|regime|israeli|coalition|american|u\.s\.)\b/i;

/** True when the aircraft named at `start` was sent to help or to look, not to strike. */
export function sentAircraft(text: string, start: number): boolean {
  return SENT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** True when the aircraft named at [start, end) is one shot down: what was struck, not the means. */
export function downedAircraft(text: string, start: number, end: number): boolean {
  return DOWNED_AFTER.test(text.slice(end, end + 40)) || DOWNED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** True when "shot down" at `at` downs an aircraft, not "any hope of a comeback". */
function shotDownAircraft(text: string, at: number): boolean {
  return SHOT_BEFORE.test(text.slice(Math.max(0, at - 7), at)) || AIRCRAFT_AFTER.test(text.slice(at + 9, at + 60));
}

/** All the rules as one pattern: one pass over the text instead of one per rule. */
const ALL_RULES = alternatives(RULES.map((r) => r.re));

/** Every phrase in the text that names an event type, in text order. */
export function findEventTypeClaims(ctx: ExtractContext): LabelFinding<EventType>[] {
  const claims: LabelFinding<EventType>[] = [];
  const { re } = ALL_RULES;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const rule = RULES[whichAlternative(ALL_RULES, m)]!;
    const start = m.index;
    if (m[0].length === 9 && m[0].toLowerCase() === 'shot down' && !shotDownAircraft(ctx.text, start)) continue;
    // An aircraft shot down is what was struck, not the means: "A Russian helicopter was shot down over Idlib".
    if (rule.type === 'air_strike' && downedAircraft(ctx.text, start, start + m[0].length)) continue;
    // Nor aircraft sent to help or to look: "the UN mission said it had sent helicopters to the area".
    if (rule.type === 'air_strike' && sentAircraft(ctx.text, start)) continue;
    // Nor "raids" of armed men, with no aircraft told: "Boko Haram fighters killed 12 soldiers ..., bringing the toll
    // from raids in the area this week to 30" ("Russian raids on Idlib" are from the air).
    if (m[0].length === 5 && m[0].toLowerCase() === 'raids' && groundRaids(ctx.text, start)) continue;
    claims.push({ value: rule.type, certainty: 'stated', evidence: [evidenceAt(ctx.text, start, start + m[0].length)], rule: rule.id });
  }
  // (The means of an earlier attack the incident answers, "in response to rockets fired at northern Israel", is
  // no claim of its own: with only such claims, the weak words are looked for too.)
  if (claims.some((c) => !namesAnsweredAttack(ctx.text, c.evidence[0]!.start))) return claims;
  return [...claims, ...weakClaimsIn(ctx.text, [{ start: 0, end: ctx.text.length }])].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/**
 * The weakest words inside `spans` only: for an incident whose own sentences name no kind of attack in a report
 * whose other incidents do ("Gunmen attacked a maternity hospital ..., killing 24" beside "a suicide bomber killed
 * 32 people at a funeral").
 */
export function weakClaimsIn(text: string, spans: readonly { start: number; end: number }[]): LabelFinding<EventType>[] {
  const claims: LabelFinding<EventType>[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    for (const weak of WEAK) {
      weak.re.lastIndex = 0;
      for (let m = weak.re.exec(part); m; m = weak.re.exec(part)) {
        claims.push({ value: weak.type, certainty: 'stated', evidence: [evidenceAt(text, s.start + m.index, s.start + m.index + m[0].length)], rule: weak.id });
      }
    }
  }
  return claims.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

const MEANS_FIRST: readonly EventType[] = ['chemical_weapon', 'suicide_bomb'];

/**
 * A harm and then what caused it, right before a claim: "were killed in the strikes", "casualties came after
 * a rocket attack". The words between may describe the cause ("a Syrian regime barrel bomb"), never open a
 * clause of their own ("killed in an area that witnessed fighting").
 */
const HARMED_BY_BEFORE =
  /\b(?:killed|killing|died|dead|wounded|injured|casualties|deaths)\s+(?:[\w'-]+\s+){0,3}?(?:in|by|during|from|after|under)\s+(?:(?!(?:that|which|where|who|whose|when|while|as|and|but|or|witnessed|saw|seen)\s)[\w'-]+\s+){0,4}$/i;

/** The claims inside `spans` (sentences) that a harm is laid on by the words before them in their sentence. */
function harmedBy(text: string, claims: readonly LabelFinding<EventType>[], spans: readonly { start: number; end: number }[]): LabelFinding<EventType>[] {
  return claims.filter((c) => {
    const at = c.evidence[0]!.start;
    const s = spans.find((x) => x.start <= at && c.evidence[0]!.end <= x.end);
    return s !== undefined && HARMED_BY_BEFORE.test(text.slice(Math.max(s.start, at - 70), at));
  });
}

/** A killing, told as such: "kills 30", "were shot dead". */
const KILLING = /\b(?:kill(?:s|ed|ing)?|shot dead|gunned down|massacr(?:e|es|ed|ing))\b/i;

/**
 * Words before an attack named only to compare: "the highest toll since a 2013 chemical attack", "worse than
 * the sarin attack". (Not "five years since the 2013 chemical attack", nor "the 2013 sarin attack" alone: a
 * report may tell that attack itself, years on.)
 */
const BACKGROUND_BEFORE = /(?:\b(?:\w+est|most|worst|first)\b[^.;]{0,60}?\bsince|\b(?:than|like))\s+(?:the|a|an|(?:the\s+)?(?:19|20)\d\d)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Each claim's answer, asked once however many incidents of its report weigh it. */
const comparedOrAnsweredMemo = new WeakMap<LabelFinding<EventType>, { text: string; yes: boolean }>();

/** True for a claim named only to compare, or inside the clause telling an earlier attack the incident answers. */
function comparedOrAnswered(text: string, c: LabelFinding<EventType>): boolean {
  const known = comparedOrAnsweredMemo.get(c);
  if (known && known.text === text) return known.yes;
  const at = c.evidence[0]!.start;
  const before = text.slice(Math.max(0, at - 120), at);
  // (The comparing words hold "since", "than" or "like": looked for first, the pattern is costly.)
  const yes = (COMPARING_WORD.test(before) && BACKGROUND_BEFORE.test(before)) || insideAnsweredAttack(text, at);
  comparedOrAnsweredMemo.set(c, { text, yes });
  return yes;
}
const COMPARING_WORD = /since|than|like/i;
/** Words before an answer that has not happened: "seeking backing for the strikes in response to". */
const PLANNED_ANSWER = /\b(?:seek\w*|plan\w*|propos\w*|threat\w*|consider\w*|weigh\w*|debat\w*|authori[sz]\w*|request\w*|vow\w*|would|could|may|might|will|possible|potential)\b[^.;]*$/i;

/**
 * The type best supported for the incident told in `span`: the first claim inside it (a headline names
 * what happened first); else the type claimed most often in the report.
 */
export function bestEventType(
  told: readonly LabelFinding<EventType>[],
  span: { start: number; end: number },
  /** The sentences around it that tell the same incident (its lead): a chemical or suicide attack named there counts. */
  lead: readonly { start: number; end: number }[] = [span],
  /** The report's text: with it, what the words say the harm came from ("killed in the strikes") outranks the rest. */
  text?: string,
): EventType | null {
  // An attack named only to compare ("the highest toll since a 2013 chemical attack there") is another's type.
  // Nor is a means the clause telling an earlier attack names ("in retaliation for an attack that killed 86 people
  // with sarin"). (The answered attack's own name is kept: "strikes in response to an alleged chemical weapons
  // attack near Damascus" may be told for that attack's sake.)
  let claims =
    text === undefined
      ? told
      : told.filter((c) => !comparedOrAnswered(text, c));
  const within = (c: LabelFinding<EventType>, s: { start: number; end: number }) => c.evidence[0]!.start >= s.start && c.evidence[0]!.end <= s.end;
  // The earlier attack an incident answers, named right after the words that say so, does not type it when its own
  // sentence names its means: "An Israeli strike ... killed 10" ... "in response to rockets fired at northern
  // Israel" is an air strike. (With no means of its own, the incident may be that attack: "strikes in response
  // to an alleged chemical weapons attack" ... "blames the Syrian government for the attack which it says kills".)
  const own = text === undefined ? claims : claims.filter((c) => !namesAnsweredAttack(text, c.evidence[0]!.start));
  if (own.length < claims.length) {
    const answers = claims.filter((c) => !own.includes(c));
    if (own.some((c) => within(c, span))) claims = own;
    // Nor do its other words of the answered attack's kind, when its sentence or lead names another kind: "US strikes
    // Syrian air base after chemical attack" … "fired 59 Tomahawk cruise missiles ..., in response to Tuesday's
    // chemical attack" … "the base was used to launch the chemical attack" tell missiles.
    // (Not when the answer is only asked for or planned: "Obama is seeking backing for the strikes in response to an
    // alleged chemical weapons attack" tells that attack.)
    const answered = new Set(answers.map((c) => c.value));
    const planned = answers.some((c) => PLANNED_ANSWER.test(text!.slice(Math.max(0, c.evidence[0]!.start - 160), c.evidence[0]!.start)));
    if (!planned && own.some((c) => !answered.has(c.value) && (within(c, span) || lead.some((s) => within(c, s))))) claims = claims.filter((c) => !answered.has(c.value));
  }
  const inside = claims.filter((c) => within(c, span));
  // The means outranks the delivery: chlorine dropped from a helicopter is a chemical attack, an attack
  // "by a suicide bomber" a suicide bombing, wherever the lead says so; a weapon named in the sentence says
  // more than "fighting", a killing more than the kidnapping before it.
  const inLead = claims.filter((c) => lead.some((s) => within(c, s)));
  for (const t of MEANS_FIRST) if (inside.some((c) => c.value === t) || inLead.some((c) => c.value === t)) return t;
  // "...were killed in the strikes": the cause the words give the harm, in the sentence, then in its lead when
  // the sentence names only fighting ("repel an offensive, killing 40") or nothing.
  const caused = text === undefined ? [] : harmedBy(text, claims, [span, ...lead]);
  const causedHere = caused.find((c) => within(c, span));
  if (causedHere) return causedHere.value;
  // A means, not "fighting" or a kidnapping: from the lead, "killed during the fighting" says when as often as what.
  // Nor is storming a school to carry off its pupils: "stormed a school ... and abducted 287 pupils", with no
  // one killed, is an abduction.
  const carriedOff = text !== undefined && inside.some((c) => c.value === 'abduction') && !KILLING.test(text.slice(span.start, span.end));
  const means = (c: LabelFinding<EventType>) =>
    c.value !== 'armed_clash' && c.value !== 'abduction' && !(carriedOff && c.rule === 'event:attack' && /^storm/i.test(c.evidence[0]!.quote));
  const specific = inside.find(means);
  const causedInLead = caused.find(means);
  if (!specific && causedInLead) return causedInLead.value;
  const first = specific ?? (carriedOff ? inside.find((c) => c.value === 'abduction') : undefined) ?? inside[0];
  if (first) return first.value;
  // Nothing named in the sentence itself: a means its lead names says more than a kidnapping told beside it
  // ("killed 10 farmers and abducted four others ... opened fire on the farmers").
  const leadMeans = inLead.find(means);
  if (leadMeans && inLead.some((c) => c.value === 'abduction')) return leadMeans.value;
  // "Boko Haram kills 30 travellers" … "The militants also abducted women": a killing told with no means at all
  // is an attack, the kidnapping beside it another act of the same raid.
  if (text !== undefined && inside.length === 0 && claims.length > 0 && claims.every((c) => c.value === 'abduction') && KILLING.test(text.slice(span.start, span.end))) return 'attack';
  const counts = new Map<EventType, number>();
  for (const c of claims) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  let best: EventType | null = null;
  for (const [t, n] of counts) if (best === null || n > counts.get(best)!) best = t;
  return best;
}
