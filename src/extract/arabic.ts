// Reports in Arabic script: the headline incident, read with Arabic words for harm, victims, attacks,
// weapons, targets, days and places, under the same contract as the English rules (every value with the
// words it came from). Narrower than the English rules: one incident per report, the opening's.
//
// Patterns run on a folded copy of the text (hamza forms of alif as alif, alif maqsura as ya, ta marbuta as
// ha, as strictKey folds names; Arabic-Indic digits as digits; vowel marks and tatweel dropped) with a
// table back to the original offsets, so a quote is always the report's own words. The patterns' own
// letters are folded the same way.
import type { Account, DateFinding, EventType, LabelFinding, Message, Perpetrator, PlaceFinding, RangeFinding, Span, VictimCounts } from '../core/types.js';
import { evidenceAt, message } from '../core/values.js';
import { strictKey } from '../core/name-key.js';
import { bestEventType } from './event-type.js';
import { addDays, isoDay, monthSpan, relativeSpan, weekdayOnOrBefore } from './date.js';
import { Gazetteer, type Admin1, type Place } from './places/gazetteer.js';
import { ActorRegistry } from './actors/registry.js';
import { findActorMentions } from './actors/perpetrators.js';
import { asciiWords } from './words.js';
import { matchesOf } from '../core/matches.js';

const LETTERS = /\p{L}+/gu;
/** A run up to and through its closing marks: one sentence. */
const SENTENCE = /[^.!?؟\n]+[.!?؟]*/gu;

/** True when most of a text's letters are Arabic script. */
export function isArabicScript(text: string): boolean {
  // No letter outside ASCII, no Arabic (and the answer is kept for the parsers that read the text next).
  if (asciiWords(text)) return false;
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length && arabic + latin < 2000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic > 20 && arabic > 2 * latin;
}

interface Folded {
  readonly text: string;
  /** Original offset of each folded character, and the text's length at the end. */
  readonly at: Int32Array;
  /** How many vowel marks follow each folded character in the original ("مدنياً"): a quote keeps them. */
  readonly marksAfter: Uint8Array;
}

function fold(original: string): Folded {
  let out = '';
  const at: number[] = [];
  const marks: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    const code = c.charCodeAt(0);
    // Vowel marks, the superscript alif and tatweel carry no letter.
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) {
      if (marks.length > 0 && at[at.length - 1]! + marks[marks.length - 1]! + 1 === i) marks[marks.length - 1]!++;
      continue;
    }
    let f = c;
    if ('أإآٱ'.includes(c)) f = 'ا';
    else if (c === 'ى') f = 'ي';
    else if (c === 'ة') f = 'ه';
    else if (code >= 0x0660 && code <= 0x0669) f = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) f = String(code - 0x06f0);
    else if (c === '٬') f = ',';
    out += f;
    at.push(i);
    marks.push(0);
  }
  at.push(original.length);
  return { text: out, at: Int32Array.from(at), marksAfter: Uint8Array.from(marks) };
}

/** The original span of folded [start, end). */
function back(f: Folded, start: number, end: number): Span {
  return { start: f.at[start]!, end: end > start ? f.at[end - 1]! + 1 + (f.marksAfter[end - 1] ?? 0) : f.at[start]! };
}

/** Word edges: JavaScript's \b knows only Latin letters. */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** The letters that join a word in front: and, with/by, for, so. */
const P = '(?:و|ف)?(?:ب|ل)?';
/** The same as whole prefixes, longest first ("ولقوات" is "و" + "ل" + "قوات"). */
const JOINED_PREFIXES = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];

/** How many letters of `word` are a joined prefix before a rest of three letters or more that `known` knows; 0 if none. */
function prefixBefore(word: string, known: (rest: string) => boolean): number {
  for (const p of JOINED_PREFIXES) if (word.startsWith(p) && word.length - p.length >= 3 && known(word.slice(p.length))) return p.length;
  return 0;
}

/** A pattern over folded text, its own Arabic letters folded alike ("على" is written as the text reads). */
const re = (source: string, flags = 'gu') => new RegExp(fold(source).text, flags);
const folded = (words: readonly string[]) => new Set(words.map((w) => fold(w).text));

// Numbers ---------------------------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90, مئه: 100, مائه: 100,
};
/** Words for many, after ACLED: tens as 12 ("عشرات", dozens), hundreds as 100. */
const VAGUE: Record<string, number> = { عشرات: 12, العشرات: 12, مئات: 100, المئات: 100 };
const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(VAGUE)].sort((a, b) => b.length - a.length).join('|');
const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+|(?:${NUMBER_WORDS})(?:\\s+و(?:${Object.keys(UNITS).join('|')}))?)`;

function numberOf(words: string): { n: number; vague: boolean } | null {
  const w = words.replace(/,/g, '');
  if (/^\d+$/.test(w)) return { n: Number(w), vague: false };
  if (VAGUE[w] !== undefined) return { n: VAGUE[w]!, vague: true };
  // "خمسة وعشرين": five and twenty.
  const parts = w.split(/\s+و/);
  let n = 0;
  for (const p of parts) {
    const v = UNITS[p.trim()];
    if (v === undefined) return null;
    n += v;
  }
  return { n, vague: false };
}

/** Before a number: at least, more than, about, up to (as the English rules read them). */
const QUAL = `((?:ما\\s+)?لا\\s+يقل\\s+عن|اكثر\\s+من|ما\\s+يزيد\\s+(?:عن|على)|نحو|حوالي|قرابه|زهاء|ما\\s+يقارب|اقل\\s+من)?\\s*`;
function openEnded(qual: string | undefined): boolean {
  return !!qual && /يقل|اكثر|يزيد/.test(qual);
}

// Victims ---------------------------------------------------------------------------------------------

type Group = keyof VictimCounts;
const GROUPS: readonly (readonly [Group, string])[] = [
  ['civilians', 'مدني|مدنيا|مدنيين|مدنيون|المدنيين'],
  ['children', 'طفل|طفلا|اطفال|الاطفال|طفلين|طفلان|قاصرين'],
  ['women', 'امراه|امراتين|نساء|النساء|سيده|سيدات|مواطنه|مواطنات'],
  ['combatants', 'مقاتل|مقاتلا|مقاتلين|مقاتلون|عنصر|عنصرا|عناصر|جندي|جنديا|جنود|عسكري|عسكريا|عسكريين|مسلح|مسلحا|مسلحين'],
  ['total', 'شخص|شخصا|اشخاص|شخصين|مواطن|مواطنا|مواطنين|اخرين|اخرون|قتيل|قتيلا|قتلى|شهيد|شهيدا|شهداء|جريح|جريحا|جرحى|مصابا|مصابين|ضحيه|ضحايا'],
];
const WHO = `(${GROUPS.map(([, w]) => w).join('|')})`;
function groupOf(word: string | undefined): Group {
  if (!word) return 'total';
  for (const [g, words] of GROUPS) if (re(`^(?:${words})$`, 'u').test(word)) return g;
  return 'total';
}

type Harm = 'killed' | 'injured';
interface CountRule {
  readonly id: string;
  readonly harm: Harm;
  readonly re: RegExp;
}
const KILLED_NOUN = 'قتيل|قتيلا|قتلى|شهيد|شهيدا|شهداء';
const INJURED_NOUN = 'جريح|جريحا|جرحى|مصاب|مصابا|مصابين|اصابات';
const COUNT_RULES: readonly CountRule[] = [
  // "مقتل 12 مدنياً", "استشهاد خمسة أطفال", "قُتل 17 شخصاً"
  { id: 'victims:ar-killed-noun', harm: 'killed', re: re(`${B}${P}(?:مقتل|قتل|استشهاد|استشهد|استشهدت|مصرع|وفاه|اعدام|قضى)\\s+${QUAL}${NUM}(?:\\s+${WHO})?${E}`) },
  // "5 أشخاص قتلوا", "ثلاثة مدنيين لقوا مصرعهم"
  { id: 'victims:ar-count-then-verb', harm: 'killed', re: re(`${B}${QUAL}${NUM}\\s+${WHO}\\s+(?:قتلوا|قتلن|استشهدوا|لقوا\\s+(?:مصرعهم|حتفهم)|قضوا)${E}`) },
  // "سقوط 10 قتلى", "12 قتيلاً"
  { id: 'victims:ar-killed-count', harm: 'killed', re: re(`${B}${QUAL}${NUM}\\s+(?:${KILLED_NOUN})(?:\\s+${WHO})?${E}`) },
  // "لقي 12 شخصاً مصرعهم"
  { id: 'victims:ar-met-death', harm: 'killed', re: re(`${B}${P}(?:لقي|لقيت)\\s+${QUAL}${NUM}(?:\\s+${WHO})?\\s+(?:مصرعهم|مصرعهن|حتفهم|حتفهن)${E}`) },
  // "ارتفعت حصيلة القتلى إلى 30"
  { id: 'victims:ar-toll-rose', harm: 'killed', re: re(`${B}(?:ارتفعت|ارتفاع)\\s+(?:حصيله|عدد)\\s+(?:القتلى|الضحايا|الشهداء)(?:\\s+\\S+){0,4}?\\s+(?:الى|ل)\\s*${QUAL}${NUM}${E}`) },
  // "إصابة 30 آخرين", "جرح 20 شخصاً"
  { id: 'victims:ar-injured-noun', harm: 'injured', re: re(`${B}${P}(?:اصابه|جرح|اصيب|اصيبت|جرحت)\\s+${QUAL}${NUM}(?:\\s+${WHO})?${E}`) },
  // "30 جريحاً"
  { id: 'victims:ar-injured-count', harm: 'injured', re: re(`${B}${QUAL}${NUM}\\s+(?:${INJURED_NOUN})${E}`) },
];
/** "بينهم 5 أطفال": a group among the count just before it. */
const AMONG = re(`${B}(?:من\\s+)?(?:بينهم|بينهن|منهم|منهن)\\s+${QUAL}${NUM}\\s+${WHO}${E}`);
/** "... و4 مواطنات": another group joined to the one just counted. */
const AND_GROUP = re(`^\\s*،?\\s*و\\s*${QUAL}${NUM}\\s+${WHO}${E}`, 'u');
/** "... وامرأتان": two of a group, told by the dual alone, joined to the one just counted. */
const AND_DUAL = re(`^\\s*،?\\s*و\\s*(امراتان|امراتين|سيدتان|سيدتين|طفلان|طفلين|طفلتان|طفلتين)${E}`, 'u');
/** "... وامرأة": one of a group, told by the singular alone, joined to the one just counted. */
const AND_ONE = re(`^\\s*،?\\s*و\\s*(امراه|سيده|طفل|طفله|رضيع|رضيعه)${E}`, 'u');
/** The group word each dual counts two of. */
const DUAL_OF: Readonly<Record<string, string>> = { امراتان: 'امراه', امراتين: 'امراه', سيدتان: 'سيده', سيدتين: 'سيده', طفلان: 'طفل', طفلين: 'طفل', طفلتان: 'طفل', طفلتين: 'طفل' };

/** The next group joined with "و": counted ("و4 مواطنات"), two told by the dual ("وامرأتان"), or one ("وامرأة"). */
function joinedGroup(rest: string): RegExpExecArray | null {
  const counted = AND_GROUP.exec(rest);
  if (counted) return counted;
  const dual = AND_DUAL.exec(rest);
  // As AND_GROUP's groups read: no qualifier, the number, the group's word.
  if (dual) return Object.assign([dual[0], undefined, '2', DUAL_OF[dual[1]!]!], { index: dual.index, input: rest }) as unknown as RegExpExecArray;
  const one = AND_ONE.exec(rest);
  if (!one) return null;
  return Object.assign([one[0], undefined, '1', one[1]!.startsWith('رضيع') || one[1]!.startsWith('طفل') ? 'طفل' : 'امراه'], { index: one.index, input: rest }) as unknown as RegExpExecArray;
}

interface Hit {
  readonly harm: Harm;
  readonly group: Group;
  readonly range: RangeFinding;
  readonly at: number;
}

function countsIn(f: Folded, original: string, span: Span): Hit[] {
  const hits: Hit[] = [];
  const part = f.text.slice(span.start, span.end);
  const taken: Span[] = [];
  for (const rule of COUNT_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(part); m; m = rule.re.exec(part)) {
      // Every rule's groups: qualifier, number, then (when it has one) the group counted.
      const [, qual, num, who] = m;
      const value = numberOf(num!);
      // A year is no count: "مقتل 2016" does not happen, "عام 2016" is a date.
      if (!value || value.n === 0 || (/^(19|20)\d{2}$/.test(num!) && !qual)) continue;
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end });
      const ev = back(f, start, end);
      const range: RangeFinding = {
        low: value.n,
        high: value.vague || openEnded(qual) ? null : value.n,
        certainty: value.vague ? 'implied' : 'stated',
        evidence: [evidenceAt(original, ev.start, ev.end)],
        rule: rule.id,
      };
      hits.push({ harm: rule.harm, group: groupOf(who), range, at: start });
    }
  }
  AMONG.lastIndex = 0;
  for (let m = AMONG.exec(part); m; m = AMONG.exec(part)) {
    const start = span.start + m.index;
    const before = hits.filter((h) => h.at < start).sort((a, b) => b.at - a.at)[0];
    if (!before) continue;
    // The group after "بينهم", then any joined to it with "و".
    let end = start + m[0].length;
    const groups: [number, number, RegExpExecArray][] = [[start, end, m]];
    for (let more = joinedGroup(f.text.slice(end, span.end)); more; more = joinedGroup(f.text.slice(end, span.end))) {
      groups.push([end + more[0].length - more[0].trimStart().length, end + more[0].length, more]);
      end += more[0].length;
    }
    for (const [s0, e0, g] of groups) {
      const value = numberOf(g[2]!);
      if (!value) continue;
      const ev = back(f, s0, e0);
      const range: RangeFinding = {
        low: value.n,
        high: value.vague || openEnded(g[1]) ? null : value.n,
        certainty: value.vague ? 'implied' : 'stated',
        evidence: [evidenceAt(original, ev.start, ev.end)],
        rule: 'victims:ar-among',
      };
      hits.push({ harm: before.harm, group: groupOf(g[3]), range, at: s0 });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

function victims(hits: readonly Hit[], harm: Harm): VictimCounts {
  const counts: Record<Group, RangeFinding | null> = { total: null, civilians: null, children: null, women: null, combatants: null };
  // The first figure of each group is the headline's; a later toll that rose replaces the total, and so does a
  // figure stated outright one in vague words ("مقتل العشرات" … "قتل 58 شخصا").
  for (const h of hits) {
    if (h.harm !== harm) continue;
    const had = counts[h.group];
    if (had === null || h.range.rule === 'victims:ar-toll-rose' || (had.certainty === 'implied' && h.range.certainty === 'stated')) counts[h.group] = h.range;
  }
  return counts;
}

// Event types, weapons, targets -------------------------------------------------------------------------

type Lexicon<T extends string> = readonly (readonly [T, string])[];
const EVENT_WORDS: Lexicon<EventType> = [
  ['chemical_weapon', 'كيماوي|كيميائي|كيمياوي|غاز\\s+الكلور|الكلور|السارين|غازات\\s+سامه|غاز\\s+سام|غاز\\s+اعصاب|غاز\\s+الاعصاب'],
  ['suicide_bomb', 'انتحاري|انتحاريه|حزام\\s+ناسف|تفجير\\s+انتحاري'],
  ['drone_strike', 'طائره\\s+مسيره|طائرات\\s+مسيره|المسيرات|مسيره|طائره\\s+بدون\\s+طيار|طائرات\\s+بدون\\s+طيار'],
  ['air_strike', 'غاره\\s+جويه|غارات\\s+جويه|غاره|غارات|الغارات|قصف\\s+جوي|الطيران\\s+الحربي|طائرات\\s+حربيه|الطائرات\\s+الحربيه|طيران|براميل\\s+متفجره|برميل\\s+متفجر|البراميل\\s+المتفجره'],
  ['remote_explosive', 'سياره\\s+مفخخه|مفخخه|عبوه\\s+ناسفه|عبوات\\s+ناسفه|انفجار|تفجير|لغم|الغام'],
  ['shelling', 'قصف\\s+مدفعي|قصف\\s+صاروخي|قذائف|قذيفه|صواريخ|صاروخ|راجمات|هاون|المدفعيه|مدفعي'],
  ['armed_clash', 'اشتباكات|معارك|مواجهات|اشتباك'],
  ['execution', 'اعدام|اعدم|اعدمت|ذبح'],
  ['abduction', 'اختطاف|خطف|اختطف|اختطفت'],
  ['attack', 'هجوم|هجمات|استهداف|استهدف|استهدفت|اعتداء|اعتداءات'],
];
/** Words that say only that a place was bombarded or attacked: a claim when nothing names the means. */
const GENERIC_EVENT_WORDS: Lexicon<EventType> = [['shelling', 'قصف']];
const WEAPON_WORDS: Lexicon<string> = [
  ['barrel_bomb', 'براميل\\s+متفجره|برميل\\s+متفجر|البراميل\\s+المتفجره|البرميل\\s+المتفجر'],
  ['cluster_munition', 'قنابل\\s+عنقوديه|ذخائر\\s+عنقوديه|القنابل\\s+العنقوديه'],
  ['scud', 'سكود'],
  ['chlorine', 'الكلور|كلور'],
  ['sarin', 'السارين|سارين'],
  ['nerve_agent', 'غاز\\s+اعصاب|غاز\\s+الاعصاب|غازات\\s+اعصاب'],
  ['toxic_gas', 'غازات\\s+سامه|غاز\\s+سام'],
  ['car_bomb', 'سياره\\s+مفخخه|مفخخه'],
  ['ied', 'عبوه\\s+ناسفه|عبوات\\s+ناسفه'],
  ['suicide_vest', 'حزام\\s+ناسف|احزمه\\s+ناسفه'],
  ['landmine', 'لغم|الغام'],
  ['drone', 'طائره\\s+مسيره|طائرات\\s+مسيره|مسيره|طائره\\s+بدون\\s+طيار'],
  ['helicopter', 'مروحي|مروحيه|مروحيات|الحوامات|طائره\\s+مروحيه'],
  ['fighter_jet', 'طائرات\\s+حربيه|الطائرات\\s+الحربيه|طائره\\s+حربيه|الطيران\\s+الحربي'],
  ['mortar', 'هاون'],
  ['artillery', 'مدفعي|المدفعيه|مدفعيه'],
  ['rocket', 'صواريخ|صاروخ|راجمات|قذائف\\s+صاروخيه|القذائف\\s+الصاروخيه'],
  ['sniper', 'قناص|قناصه|القناصه'],
];
const TARGET_WORDS: Lexicon<string> = [
  ['hospital', 'مستشفى|مستشفيات|مشفى|المشفى|المستشفى|مشافي|نقطه\\s+طبيه'],
  ['school', 'مدرسه|المدرسه|مدارس|روضه'],
  ['market', 'سوق|السوق|اسواق|الاسواق'],
  ['bakery', 'فرن|الفرن|مخبز|المخبز|افران'],
  ['mosque', 'مسجد|المسجد|جامع|الجامع|مساجد'],
  ['church', 'كنيسه|الكنيسه'],
  ['camp', 'مخيم|المخيم|مخيمات'],
  ['shelter', 'ملجا|الملجا|ملاجي'],
  ['residential_building', 'مبنى\\s+سكني|بناء\\s+سكني|مباني\\s+سكنيه|حي\\s+سكني|الاحياء\\s+السكنيه|منازل|منزل|المنازل'],
  ['convoy', 'قافله|القافله'],
  ['funeral', 'جنازه|الجنازه|عزاء|مجلس\\s+عزاء'],
  ['wedding', 'عرس|حفل\\s+زفاف'],
  ['civil_defence_centre', 'مركز\\s+للدفاع\\s+المدني|مركز\\s+الدفاع\\s+المدني'],
  ['power_facility', 'محطه\\s+كهرباء|محطه\\s+توليد'],
  ['water_facility', 'محطه\\s+مياه|محطه\\s+ضخ'],
];

const lexiconPatterns = new Map<string, RegExp>();
/** A lexicon entry as a pattern: each of its words with or without the article ("قصف مدفعي", "القصف المدفعي"). */
function lexiconPattern(words: string): RegExp {
  let p = lexiconPatterns.get(words);
  if (!p) {
    const withArticle = words
      .split('|')
      .map((alt) => alt.split('\\s+').map((w) => (w.startsWith('ال') ? w : `(?:ال)?${w}`)).join('\\s+'))
      .join('|');
    lexiconPatterns.set(words, (p = re(`${B}${P}(?:${withArticle})${E}`)));
  }
  p.lastIndex = 0;
  return p;
}

function labelsIn<T extends string>(f: Folded, original: string, spans: readonly Span[], lexicon: Lexicon<T>, kind: string): LabelFinding<T>[] {
  const out: LabelFinding<T>[] = [];
  for (const span of spans) {
    const part = f.text.slice(span.start, span.end);
    const taken: Span[] = [];
    for (const [value, words] of lexicon) {
      const pattern = lexiconPattern(words);
      for (const m of matchesOf(pattern, part)) {
        const start = span.start + m.index!;
        const end = start + m[0].length;
        if (taken.some((t) => start < t.end && end > t.start)) continue;
        taken.push({ start, end });
        if (out.some((o) => o.value === value)) continue;
        const ev = back(f, start, end);
        out.push({ value, certainty: 'stated', evidence: [evidenceAt(original, ev.start, ev.end)], rule: `${kind}:ar-lexicon` });
      }
    }
  }
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

// Dates -------------------------------------------------------------------------------------------------

const MONTHS: readonly (readonly [number, string])[] = [
  [1, 'كانون\\s+الثاني|يناير'], [2, 'شباط|فبراير'], [3, 'اذار|مارس'], [4, 'نيسان|ابريل'], [5, 'ايار|مايو'], [6, 'حزيران|يونيو'],
  [7, 'تموز|يوليو'], [8, 'اب|اغسطس'], [9, 'ايلول|سبتمبر'], [10, 'تشرين\\s+الاول|اكتوبر'], [11, 'تشرين\\s+الثاني|نوفمبر'], [12, 'كانون\\s+الاول|ديسمبر'],
];
const MONTH = `(${MONTHS.map(([, w]) => w).join('|')})`;
/** "5 نيسان 2017", "5 أبريل/نيسان 2017", "الخامس من ..." is not read. */
const EXPLICIT = re(`${B}(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTH}(?:\\s*[/(]\\s*\\S+?\\s*\\)?)?(?:\\s+(?:من\\s+)?(?:عام|العام|سنه)?\\s*(\\d{4}))?${E}`);
const NUMERIC = re(`${B}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${E}`);
/** A span instead of a day: this/last/the past week or month. */
const SPAN = re(`${B}(?:(خلال)\\s+)?(?:(?:في\\s+)?(?:مطلع|بدايه|اوائل)\\s+)?(?:(?:هذا|هذه)\\s+)?(الاسبوع|الشهر)(?:\\s+(الماضي|المنصرم|الفائت|الجاري|الحالي))?${E}`);
/** A month without its day: "في شهر نيسان", "في نيسان 2016" ("نيسان" alone may be a name). */
const MONTH_SPAN = re(`${B}(?:(?:في|خلال)\\s+)?(?:(شهر)\\s+)?${MONTH}(?:\\s+(?:من\\s+)?(?:عام|العام|سنه)?\\s*(\\d{4}))?${E}`);
const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];
const RELATIVE = re(`${B}(?:(?:يوم|نهار|ليل|ليله|مساء|صباح|فجر)\\s+)?(${WEEKDAYS.join('|')}|امس|البارحه|اليوم)${E}`);

function monthOf(words: string): number {
  for (const [n, w] of MONTHS) if (re(`^(?:${w})$`, 'u').test(words)) return n;
  return 0;
}

function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
}

function dateOf(f: Folded, original: string, spans: readonly Span[], publishedAt: string | null, messages: Message[]): DateFinding | null {
  const finding = (iso: string, s: number, e: number, certainty: 'stated' | 'implied', rule: string): DateFinding => {
    const ev = back(f, s, e);
    return { start: iso, end: iso, precision: 'day', certainty, evidence: [evidenceAt(original, ev.start, ev.end)], rule };
  };
  for (const span of spans) {
    const part = f.text.slice(span.start, span.end);
    EXPLICIT.lastIndex = 0;
    const x = EXPLICIT.exec(part);
    if (x) {
      const month = monthOf(x[2]!);
      const year = x[3] ? Number(x[3]) : publishedAt ? Number(publishedAt.slice(0, 4)) : NaN;
      let iso = Number.isFinite(year) ? isoOf(year, month, Number(x[1])) : null;
      // No year: the latest such day on or before publication.
      if (iso && !x[3] && publishedAt && iso > publishedAt) iso = isoOf(year - 1, month, Number(x[1]));
      if (iso) return finding(iso, span.start + x.index, span.start + x.index + x[0].length, x[3] ? 'stated' : 'implied', x[3] ? 'date:ar-day-month-year' : 'date:ar-day-month');
    }
    NUMERIC.lastIndex = 0;
    const n = NUMERIC.exec(part);
    const iso = n ? isoOf(Number(n[3]), Number(n[2]), Number(n[1])) : null;
    if (n && iso) return finding(iso, span.start + n.index, span.start + n.index + n[0].length, 'stated', 'date:ar-numeric');
    RELATIVE.lastIndex = 0;
    const r = RELATIVE.exec(part);
    if (r) {
      const s = span.start + r.index;
      const e = s + r[0].length;
      if (!publishedAt) {
        const ev = back(f, s, e);
        messages.push(message('warning', 'date:unresolved', `"${original.slice(ev.start, ev.end)}" cannot be resolved without a publication date; date left empty`, { span: ev }));
        return null;
      }
      const word = r[1]!;
      const weekday = WEEKDAYS.indexOf(word);
      if (weekday >= 0) return finding(weekdayOnOrBefore(publishedAt, weekday), s, e, 'implied', 'date:ar-relative-weekday');
      return finding(addDays(publishedAt, word === 'اليوم' ? 0 : -1), s, e, 'implied', 'date:ar-relative-day');
    }
  }
  if (!publishedAt || spans.length === 0) return null;
  const first = spans[0]!;
  return spanIn(f, original, first, publishedAt) ?? finding(publishedAt, first.start, first.end, 'implied', 'date:publication-date');
}

/** A span of days the incident's own sentence gives instead of a day, as the English rules read them. */
function spanIn(f: Folded, original: string, sentence: Span, publishedAt: string): DateFinding | null {
  const pub = new Date(`${publishedAt}T00:00:00Z`);
  const part = f.text.slice(sentence.start, sentence.end);
  const make = (start: Date, end: Date, precision: 'week' | 'month', at: number, length: number, certainty: 'stated' | 'implied', rule: string): DateFinding => {
    const ev = back(f, sentence.start + at, sentence.start + at + length);
    return { start: isoDay(start), end: isoDay(end > pub ? pub : end), precision, certainty, evidence: [evidenceAt(original, ev.start, ev.end)], rule };
  };
  SPAN.lastIndex = 0;
  const m = SPAN.exec(part);
  // "الأسبوع" or "الشهر" alone names no span; "هذا الشهر", "الشهر الماضي", "مطلع الشهر" do.
  if (m && (m[3] || /هذا|هذه|مطلع|بدايه|اوائل/u.test(m[0]))) {
    const unit = m[2] === 'الاسبوع' ? 'week' : 'month';
    const last = !!m[3] && /الماضي|المنصرم|الفائت/u.test(m[3]);
    const { start, end } = relativeSpan(last ? (m[1] ? 'past' : 'last') : 'this', unit, pub);
    return make(start, end, unit, m.index, m[0].length, 'implied', `date:ar-relative-${unit}`);
  }
  MONTH_SPAN.lastIndex = 0;
  const mm = MONTH_SPAN.exec(part);
  if (mm && (mm[1] || mm[3])) {
    const { start, end } = monthSpan(monthOf(mm[2]!) - 1, mm[3] ? Number(mm[3]) : null, pub);
    return make(start, end, 'month', mm.index, mm[0].length, mm[3] ? 'stated' : 'implied', mm[3] ? 'date:ar-month-year' : 'date:ar-month');
  }
  return null;
}

// Places ------------------------------------------------------------------------------------------------

/** Words after which a place is named: in, on, city, town, village, neighbourhood, countryside, province, near. */
const PLACE_CUE = folded(['في', 'على', 'مدينه', 'بلده', 'قريه', 'حي', 'ريف', 'محافظه', 'منطقه', 'مخيم', 'قرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الى', 'من', 'مدن', 'بلدات', 'قرى', 'احياء']);
const ADMIN_CUE = folded(['محافظه', 'ريف']);
/** Words for a town's quarter, whose names the gazetteer mostly lacks. */
const QUARTER_CUE = folded(['حي', 'احياء']);
/** Words that are never places however the gazetteer spells some village. */
const NOT_PLACES = folded(['مدينه', 'بلده', 'قريه', 'حي', 'ريف', 'محافظه', 'منطقه', 'سوق', 'السوق', 'شارع', 'مقتل', 'قتلى', 'غارات', 'قصف', 'اطفال', 'مدنيين', 'النظام', 'قوات', 'الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'اليوم', 'امس']);

interface ArabicPlace {
  readonly start: number;
  readonly end: number;
  readonly place: Place | null;
  readonly admin1: Admin1 | null;
  readonly country: string | null;
}

function placesIn(f: Folded, g: Gazetteer, spans: readonly Span[], home: string | null): ArabicPlace[] {
  const out: ArabicPlace[] = [];
  // A cue may carry a joined letter itself: "بريف إدلب", "ومدينة حلب".
  const oneOf = (set: ReadonlySet<string>) => (w: string) => set.has(w) || set.has(w.slice(prefixBefore(w, (rest) => set.has(rest))));
  const cue = oneOf(PLACE_CUE);
  const adminCue = oneOf(ADMIN_CUE);
  const quarterCue = oneOf(QUARTER_CUE);
  const known = (w: string) => {
    const k = strictKey(w);
    return g.placesByKey(k).length > 0 || g.admin1ByName(k).length > 0 || g.countryByName(k) !== null || g.startsLongerName(k);
  };
  for (const span of spans) {
    const words = matchesOf(LETTERS, f.text.slice(span.start, span.end)).map((m) => ({ text: m[0], start: span.start + m.index!, end: span.start + m.index! + m[0].length }));
    for (let i = 0; i < words.length; i++) {
      const prev = i > 0 ? words[i - 1]!.text : '';
      // A joined "in"/"and" ("بدوما", "وحلب") is a cue of its own, if the rest is a name.
      const cut = prefixBefore(words[i]!.text, (rest) => known(rest));
      if (!cue(prev) && cut === 0) continue;
      // The longest name from here: three words, two, one; with a joined "in"/"and" taken off if need be.
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const span3 = words.slice(i, i + n);
        const raw = span3.map((w) => w.text).join(' ');
        const tries = cut > 0 ? [raw, raw.slice(cut)] : [raw];
        let found: ArabicPlace | null = null;
        for (const t of tries) {
          if (NOT_PLACES.has(t) || t.length < 3) continue;
          const key = strictKey(t);
          if (key.length < 3) continue;
          const start = span3[0]!.start + (t === raw ? 0 : cut);
          const end = span3[span3.length - 1]!.end;
          const country = g.countryByName(key);
          if (country && !g.isDemonym(key)) {
            found = { start, end, place: null, admin1: null, country };
            break;
          }
          const admins = g.admin1ByName(key).filter((a) => !home || a.country === home);
          const places = g.placesByKey(key).filter((p) => !home || p.country === home);
          if (admins.length > 0 && (adminCue(prev) || places.length === 0)) {
            found = { start, end, place: null, admin1: admins[0]!, country: admins[0]!.country };
            break;
          }
          if (places.length > 0) {
            const p = places.reduce((a, b) => (b.population > a.population ? b : a));
            found = { start, end, place: p, admin1: p.admin1, country: p.country };
            break;
          }
        }
        // After "حي" (a neighbourhood), a name that the next word goes on is longer than the one found: "حي باب توما"
        // is Bab Touma in Damascus, not the town of al-Bab.
        const next = words[i + n];
        if (found && quarterCue(prev) && next && /^\s+$/.test(f.text.slice(words[i + n - 1]!.end, next.start)) && !cue(next.text)) {
          i += n - 1;
          break;
        }
        if (found) {
          out.push(found);
          i += n - 1;
          break;
        }
      }
    }
  }
  return out;
}

function topOf(counts: ReadonlyMap<string, number>): string | null {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function mostCommon(xs: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return topOf(counts);
}

/** The report's country: the one its words name most ("سوريا", "بسوريا"), or null. */
function homeOf(f: Folded, g: Gazetteer): string | null {
  const counts = new Map<string, number>();
  const country = (w: string) => g.countryByName(strictKey(w));
  for (const m of matchesOf(LETTERS, f.text)) {
    const c = country(m[0]) ?? country(m[0].slice(prefixBefore(m[0], (rest) => country(rest) !== null)));
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return topOf(counts);
}

function placeFinding(original: string, f: Folded, g: Gazetteer, p: ArabicPlace): PlaceFinding {
  const ev = back(f, p.start, p.end);
  const evidence = [evidenceAt(original, ev.start, ev.end)];
  if (p.place) {
    return {
      name: p.place.name, admin1: p.place.admin1?.name ?? null, country: p.place.country, lat: p.place.lat, lon: p.place.lon, precision: 'town',
      gazetteerId: `geonames:${p.place.id}`, certainty: 'stated', evidence, rule: 'place:ar-gazetteer',
    };
  }
  if (p.admin1) {
    return {
      name: p.admin1.name, admin1: p.admin1.name, country: p.admin1.country, lat: p.admin1.lat, lon: p.admin1.lon, precision: 'admin1',
      gazetteerId: `admin1:${p.admin1.code}`, certainty: 'stated', evidence, rule: 'place:ar-gazetteer',
    };
  }
  return {
    name: g.countryName(p.country!) ?? p.country!, admin1: null, country: p.country, lat: null, lon: null, precision: 'country',
    gazetteerId: `country:${p.country}`, certainty: 'stated', evidence, rule: 'place:ar-gazetteer',
  };
}

// Perpetrators ------------------------------------------------------------------------------------------

/** Words right before an actor that make it the one who struck: its aircraft, shelling, raids, forces. */
const AGENT_WORDS = 'طائرات|طائره|طيران|غارات|غاره|قصف|قذائف|صواريخ|مدفعيه|راجمات|مسيرات|مروحيات|مروحي|قناصه|قوات|جيش|ميليشيا|ميليشيات';
const AGENT_BEFORE = re(`(?:${AGENT_WORDS}|نفذتها|نفذها|نفذته|نفذوه|شنتها|شنها|شنته|شنه|ارتكبها|ارتكبته|ارتكبتها|شنت|شن|نفذ|نفذت|تبنى|تبنت|قبل|يد|ايدي|اعتداء|اعتداءات|هجوم|هجمات)(?:\\s+(?:ال)?(?:حربي|حربيه|مدفعي|جوي|جويه))?\\s*$`, 'u');
/** An alias that is itself the strike ("الطائرات الروسية", "غارات روسية"). */
const AGENT_START = re(`^(?:ال)?(?:${AGENT_WORDS})${E}`, 'u');
/** Words right before an actor that make it the one struck: its members, fighters, soldiers. */
const VICTIM_BEFORE = re(`(?:عناصر|عنصرا|عنصر|مقاتلي|مقاتلين|مقاتلا|جنود|جنديا|افراد|ضد|مواقع|مقرات)\\s+(?:من\\s+)?(?:(?:ل|ب)?(?:ال)?(?:قوات|جيش|ميليشيا|ميليشيات)\\s+)?$`, 'u');
const CLAIMED = re(`(?:تبنى|تبنت|تبنيه|اعلن\\s+مسؤوليته|اعلنت\\s+مسؤوليتها)`, 'u');
const SOURCE_SAYS = re(`(?:بحسب|حسب|وفق|وفقا\\s+ل|قال|قالت|افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|رصد|وثق|اكد|اكدت)\\s*$`, 'u');
/** A source that heads a report: "المرصد السوري لحقوق الإنسان: ...". */
const SOURCE_HEADS = /^\s*:/u;

/**
 * The folded text with the letters joined in front of an actor's name blanked out ("لقوات النظام" reads
 * " قوات النظام"): same length, so every offset still holds. Only where the word itself starts no alias.
 */
function unjoined(text: string, registry: ActorRegistry): string {
  const starts = (w: string) => registry.reachOf(strictKey(w)) > 0;
  return text.replace(/(?<![\p{L}\p{N}])\p{L}{4,}/gu, (word) => {
    if (starts(word)) return word;
    const cut = prefixBefore(word, starts);
    return ' '.repeat(cut) + word.slice(cut);
  });
}

function perpetratorsIn(original: string, f: Folded, spans: readonly Span[], home: string | null): Perpetrator[] {
  const registry = ActorRegistry.load();
  const mentions = findActorMentions(unjoined(f.text, registry), registry, home, spans);
  const source = mentions.find((m) => m.entry.kind === 'source' && (SOURCE_SAYS.test(f.text.slice(Math.max(0, m.start - 20), m.start)) || SOURCE_HEADS.test(f.text.slice(m.end, m.end + 3))));
  const sourceName = source ? original.slice(back(f, source.start, source.end).start, back(f, source.start, source.end).end) : null;
  const out: Perpetrator[] = [];
  /** A named actor that did it, claimed when its sentence (`words`) claims the attack, else alleged by the source. */
  const agent = (actor: { id: string; name: string }, words: string, ev: Span, rule: string): Perpetrator => {
    const claimed = CLAIMED.test(words);
    return { name: actor.name, actor: actor.id, attribution: claimed ? 'claimed' : 'alleged', by: claimed ? null : sourceName, certainty: 'stated', evidence: [evidenceAt(original, ev.start, ev.end)], rule };
  };
  for (const m of mentions) {
    // (Arabic text is read with the registry only: no group is named outside it.)
    if (m.entry.kind === 'source' || m.entry.kind === 'group') continue;
    const before = f.text.slice(Math.max(0, m.start - 30), m.start);
    if (VICTIM_BEFORE.test(before) || !(AGENT_BEFORE.test(before) || AGENT_START.test(f.text.slice(m.start, m.end)))) continue;
    const ev = back(f, m.start, m.end);
    if (m.entry.kind === 'unnamed') {
      // "المجموعات الإرهابية": the words, without a canonical actor.
      if (out.length === 0) {
        const words = original.slice(ev.start, ev.end);
        out.push({ name: words, actor: null, attribution: 'alleged', by: sourceName, certainty: 'stated', evidence: [evidenceAt(original, ev.start, ev.end)], rule: 'perpetrator:ar-unnamed' });
      }
      continue;
    }
    if (out.some((p) => p.actor === (m.entry as { actor: { id: string } }).actor.id)) continue;
    const sentence = spans.find((s) => s.start <= m.start && m.end <= s.end);
    out.push(agent(m.entry.actor, sentence ? f.text.slice(sentence.start, sentence.end) : '', ev, 'perpetrator:ar-agent'));
  }
  // "غارة جوية إسرائيلية", "قصف روسي": an attack told with a people's adjective is that state's forces'.
  for (const span of spans) {
    const part = f.text.slice(span.start, span.end);
    for (const m of matchesOf(ATTACK_OF_A_PEOPLE, part)) {
      const id = PEOPLE_FORCES[m[1]!];
      const actor = id ? registry.actor(id) : undefined;
      if (!actor || out.some((p) => p.actor === actor.id)) continue;
      const at = span.start + m.index!;
      out.push(agent(actor, part, back(f, at, at + m[0].length), 'perpetrator:ar-attack-of-people'));
    }
  }
  // A named actor outranks unnamed words.
  return out.some((p) => p.actor) ? out.filter((p) => p.actor) : out;
}

/** The forces a people's adjective names after an attack (folded: "اسرائيلي", "روسيه"). */
const PEOPLE_FORCES: Readonly<Record<string, string>> = {
  اسرائيلي: 'il-forces',
  روسي: 'ru-armed-forces',
  تركي: 'tr-forces',
  امريكي: 'us-forces',
  ايراني: 'ir-forces',
  اوكراني: 'ua-forces',
};
/** An attack and a people's adjective after it, with a kind between: "غاره جويه اسرائيليه", "قصف روسي", "الغارات التركيه". */
const ATTACK_OF_A_PEOPLE = re(
  `${B}${P}(?:ال)?(?:قصف|غاره|غارات|ضربه|ضربات|هجوم|هجمات|قذائف|صواريخ|طائرات|طائره|طيران|مسيره|مسيرات|قوات|جيش|مدفعيه)(?:\\s+(?:ال)?(?:جوي|جويه|حربي|حربيه|مدفعي|صاروخي|صاروخيه|مسير|مسيره))?\\s+(?:ال)?(${Object.keys(PEOPLE_FORCES).join('|')})(?:ه|ين|ون|يه)?${E}`,
  'gu',
);

// The incident ------------------------------------------------------------------------------------------

/** Sentences end at full stops, question and exclamation marks (Arabic and Latin), and line breaks. */
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matchesOf(SENTENCE, text)) {
    const s = m[0];
    const lead = s.length - s.trimStart().length;
    const body = s.trim();
    if (body.length > 0) out.push({ start: m.index! + lead, end: m.index! + lead + body.length });
  }
  return out;
}

/** The headline incident of a report in Arabic script; none when it tells no harm and no attack. */
export function extractArabic(report: { text: string; publishedAt: string | null }): { accounts: Account[]; messages: Message[] } {
  const original = report.text;
  const f = fold(original);
  const messages: Message[] = [];
  // Folded and original texts have different offsets: spans are of the folded text, quotes of the original.
  const sentences = sentencesOf(f.text);
  const opening = sentences.slice(0, 4);
  // Each sentence's counts read once, however many of the searches below ask.
  const counted = new Map<Span, Hit[]>();
  const counts = (s: Span) => counted.get(s) ?? counted.set(s, countsIn(f, original, s)).get(s)!;
  const headline = opening.find((s) => counts(s).some((h) => h.harm === 'killed')) ??
    opening.find((s) => counts(s).length > 0) ??
    sentences.find((s) => counts(s).some((h) => h.harm === 'killed')) ??
    opening.find((s) => labelsIn(f, original, [s], EVENT_WORDS, 'event').length + labelsIn(f, original, [s], GENERIC_EVENT_WORDS, 'event').length > 0);
  if (!headline) return { accounts: [], messages };
  const i = sentences.indexOf(headline);
  const lead = sentences.slice(i, i + 3);
  const g = Gazetteer.load();
  // The report's country: named in it, else the one its places are in.
  const around = [headline, ...lead.slice(1), ...opening.filter((s) => !lead.includes(s))];
  const home = homeOf(f, g) ?? mostCommon(placesIn(f, g, around, null).map((p) => p.country));
  const hits = lead.flatMap(counts);
  // "استهدفت" (targeted) and "قصف" (bombardment) say an attack happened; a named means says which.
  const named = labelsIn(f, original, lead, EVENT_WORDS, 'event');
  const specific = named.filter((c) => c.value !== 'attack');
  const claims = specific.length > 0 ? specific : [...labelsIn(f, original, lead, GENERIC_EVENT_WORDS, 'event'), ...named];
  const headSpan = back(f, headline.start, headline.end);
  const origLead = lead.map((s) => back(f, s.start, s.end));
  const places = placesIn(f, g, around, home);
  const place = places.find((p) => p.country && p.place) ?? places.find((p) => p.admin1) ?? places[0] ?? null;
  const account: Account = {
    primary: true,
    date: dateOf(f, original, lead, report.publishedAt, messages),
    place: place ? placeFinding(original, f, g, place) : null,
    eventType: bestEventType(claims, headSpan, origLead),
    eventTypeClaims: claims,
    weapons: labelsIn(f, original, lead, WEAPON_WORDS, 'weapon'),
    perpetrators: perpetratorsIn(original, f, [...new Set([...opening, ...lead])], home),
    killed: victims(hits, 'killed'),
    injured: victims(hits, 'injured'),
    targets: labelsIn(f, original, lead, TARGET_WORDS, 'target'),
    evidence: [evidenceAt(original, headSpan.start, headSpan.end)],
  };
  return { accounts: [account], messages };
}
