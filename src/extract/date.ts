// The incident's date, sentence by sentence from the one that tells it, in this order:
//   1. an explicit date in the incident's sentence ("on 5 April 2017")               → stated
//   2. a relative word there ("on Thursday", "yesterday", "last night"), resolved
//      against the publication date (a weekday is the latest such day on or before it) → implied
//      (not the day a source spoke: "a monitor said on Thursday")
//   3. only the day a source spoke: that day                                        → implied
//   4. nothing said: the publication date, with the incident's sentence as evidence   → implied
// With no publication date, 2 to 4 give no date: never resolve against today.
import { evidenceAt, message } from '../core/values.js';
import type { DateFinding, Message, Span } from '../core/types.js';
import { findDates, isoDate, valid } from '../core/dates.js';
import { liveEntryOf, remember, type ExtractContext } from './context.js';
import { CREDIT_WORDS } from './captions.js';
import { findCounts } from './victims.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function addDays(iso: string, days: number): string {
  const d = utcDay(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The UTC midnight of a `YYYY-MM-DD` day, read from its digits (parsing the string as a date costs several times more). */
function utcDay(iso: string): Date {
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  // Anything else (no such month or day) as the parser reads it.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || !(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return new Date(`${iso}T00:00:00Z`);
  const d = new Date(0);
  d.setUTCFullYear(Number(iso.slice(0, 4)), month - 1, day);
  return d;
}

/** True when words at [start, end) are not part of the article's dateline, which dates the article only. */
function outsideDateline(ctx: ExtractContext, start: number, end: number): boolean {
  const d = ctx.dateline;
  return !d || end <= d.start || start >= d.end;
}

/** The latest `weekday` on or before `iso`. */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  const d = utcDay(iso).getUTCDay();
  return addDays(iso, -((d - weekday + 7) % 7));
}

// "Friday's bombing", and "Mondays suicide bombing" in a text stripped of apostrophes.
const RELATIVE =
  /\b((?:late |early )?(?:on )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s|s(?=\s))?(?: (?:night|morning|evening|afternoon))?( (?:of )?last week)?|the day before yesterday|yesterday|last night|overnight|today|this morning|tonight|earlier today|(a|one|two|three|four|five|six|seven|\d) days? ago)\b/gi;
/** A weekday told as a possessive, naming the day's news: "Friday's bombing", "Tuesdays casualties". */
const POSSESSIVE_WEEKDAY = /day(?:['’]s|s)$/i;
/** Words before an attack that another answers or follows: "in response to", "after", "a day after". */
const ANSWERED_BEFORE = /\b(?:in (?:response|reply|retaliation) (?:to|for)|after|following|since|avenge|revenge for|days? before)\s+$/i;
/** A weekday's attack: "Wednesday's air strike", "Friday's bombing". */
const WEEKDAY_OF_ATTACK = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|airstrikes?|bombings?|blasts?|explosions?|shelling|raids?|massacre|ambush|shooting)\b/i;
/** The weekday a source spoke on: "the medical charity said on Thursday". */
const SAID_ON_WEEKDAY = /\b(?:said|says|reported|told \w+|announced|stated)\s+(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** A second weekday that closes a span of days after a first: "Saturday and Sunday", "Friday to Sunday". */
const WEEKDAY_THROUGH = /^\s*(?:night\s+)?(?:and|to|into|through|until|till|-|–)\s+(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** The night "overnight" names: "overnight Sunday into Monday", "overnight on Friday". */
const OVERNIGHT_WEEKDAY = /^\s+(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+night)?(?:\s+(?:into|to|and)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+morning)?)?\b/i;
/** Small numbers of days, weeks or months ago: "two days ago", "a week ago". */
const DAYS_AGO: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The weekday a source spoke on ("said on Friday"), when a sentence gives one. */
interface SaidDay {
  found: (Span & { weekday: number }) | null;
}

/**
 * A wire story's dateline after a date: "BAMAKO, March 25 (Reuters) - ", "MOSCOW, September 25. /TASS/.": the day
 * it was filed, not the incident's.
 */
const WIRE_DATELINE_AFTER = /^\s*\([^()\n]{2,30}\)\s*[-—–]{1,2}\s|^\.?\s*\/[A-Z][A-Za-z-]{1,15}\//;

/** The words of a byline's date: "Published time 4 May 2016", "Last updated: 12 March", "Posted on". */
const PUBLISHED_BEFORE = /\b(?:published|updated|posted|date of publication)(?:\s+(?:time|on|at|date))?\s*:?\s*$/i;

/** A dateline's city in capitals opening a line, then a date and a dash: "YANGON, April 12 - " (no agency named). */
const CAPITALS_CITY_BEFORE = /\n[ \t]*\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+)*,\s*$/u;
const DASH_AFTER = /^\s*[-—–]{1,2}\s/;

/** True when the date at [start, end) is the article's own: in its dateline, a wire story's, or a byline's. */
function datesTheArticle(ctx: ExtractContext, start: number, end: number): boolean {
  const after = ctx.text.slice(end, end + 40);
  return (
    !outsideDateline(ctx, start, end) ||
    WIRE_DATELINE_AFTER.test(after) ||
    PUBLISHED_BEFORE.test(ctx.text.slice(Math.max(0, start - 30), start)) ||
    // (The text's start counts as a line's.)
    (DASH_AFTER.test(after) && CAPITALS_CITY_BEFORE.test((start < 40 ? '\n' : '') + ctx.text.slice(Math.max(0, start - 40), start)))
  );
}

/** A date with a photo credit after it dates a picture: "Syria on July 9 2016 (Photo AFP)". */
const PHOTO_CREDIT_AFTER = new RegExp(String.raw`^\.?\s*\(\s*${CREDIT_WORDS}\b`, 'i');

/** A saying right before a day: "said on Friday", "said in a report on Friday", "said in a statement released on Friday". */
// (And an inquiry's finding: "a Pentagon investigation found on Thursday"; and what was put out: "militants released a
// video on Tuesday".)
const SAID_BEFORE =
  /\b(?:said|says|reported|reports|told \w+|announced|stated|added|confirmed|claimed|acknowledged|admitted|conceded|denied)(?:\s+in\s+(?:a|its|their|the)\s+(?:[\w-]+\s+)?(?:report|statement|briefing)(?:\s+(?:released|published|issued))?)?\s*(?:,\s*)?$|\b(?:investigation|inquiry|probe|review|investigators)\s+(?:[\w-]+\s+){0,2}?(?:found|concluded|determined|showed|revealed)\s*$|\b(?:released|published|posted|aired|broadcast|issued)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:video|statement|footage|report|images|photos|pictures|recording)\s*$/i;
/** True when `part` names a day of a month ("on October 8", "8 October"). */
function namesDayOfMonth(part: string): boolean {
  return DIGIT.test(part) && firstDated(MONTH_DAY, part, (x) => x[1] ?? x[4]) !== null;
}

/** A saying right after a day: "on Saturday admitted that", "on Monday said". */
const SAID_AFTER_DAY = /^\s*,?\s*(?:(?:also|again|later|formally|publicly)\s+)?(?:said|says|admitted|announced|acknowledged|confirmed|conceded|denied|claimed|reported|told|stated|blamed|accused|condemned)\b/i;
/** A figure the toll reached, right before the day: "the death toll rose to 213 on Monday" gives the day of the count. */
const TOLL_FIGURE_BEFORE = /\b(?:rose|rises|risen|rising|climbed|climbing|increased|increasing|jumped|reached|reaching|stood at|stands at|standing at)\s+(?:to\s+)?(?:at least\s+|more than\s+|over\s+)?\d[\d,]*(?:\s+[a-z]+){0,2}\s*(?:,\s*)?$/i;

function day(start: string, ev: Span, ctx: ExtractContext, certainty: 'stated' | 'implied', rule: string): DateFinding {
  return { start, end: start, precision: 'day', certainty, evidence: [evidenceAt(ctx.text, ev.start, ev.end)], rule };
}

/** True when two sentences give the same figure of dead. */
function givesSameToll(ctx: ExtractContext, a: Span, b: Span): boolean {
  const first = findCounts(ctx, 'killed', a);
  return first.length > 0 && findCounts(ctx, 'killed', b).some((h) => first.some((f) => f.range.low === h.range.low));
}

/** The explicit dates of a sentence, read once however many incidents ask about it. */
function datesIn(ctx: ExtractContext, sentence: Span, part: string): ReturnType<typeof findDates> {
  return remember(ctx, 'dates', sentence, () => findDates(part));
}

/**
 * The first date a sentence states outright, as the incident's: not the article's own (its dateline, a wire
 * story's, a byline's), nor a photo's ("Syria August 6 2016 (TRT World and Agencies)"; the credit may open the
 * next sentence: "... Syria August 6 2016. (Reuters) Syrian opposition-held ...").
 */
function statedDate(ctx: ExtractContext, sentence: Span, part: string): DateFinding | null {
  const c = datesIn(ctx, sentence, part).find(
    (x) => !datesTheArticle(ctx, sentence.start + x.start, sentence.start + x.end) && !PHOTO_CREDIT_AFTER.test(ctx.text.slice(sentence.start + x.end, sentence.start + x.end + 24)),
  );
  if (!c) return null;
  // "03/10/2024" in a report of 20 March 2024: not 3 October, after publication, but 10 March, as the US writes it.
  const value = c.monthFirst && ctx.publishedAt && c.value > ctx.publishedAt && c.monthFirst <= ctx.publishedAt ? c.monthFirst : c.value;
  return day(value, { start: sentence.start + c.start, end: sentence.start + c.end }, ctx, 'stated', value === c.value ? `date:${c.pattern}` : 'date:numeric-month-first');
}

/**
 * The date of the incident told in `sentences` (the sentence that tells it, then the ones right after it:
 * a headline gives the count and the lead under it the day). Explicit dates win over relative words.
 */
export function findIncidentDate(
  ctx: ExtractContext,
  sentences: readonly Span[],
  messages: Message[],
  /** False for an incident told in passing: it does not take the publication date when it states none. */
  fallback = true,
): DateFinding | null {
  const said: SaidDay = { found: null };
  // (In a live blog, the sentences of other entries tell other news: only the incident's own entry is read past
  // its sentences.)
  const ref = sentences[sentences.length - 1];
  const ownEntry = (xs: readonly Span[]) => (ctx.liveEntries.length === 0 || !ref ? xs : xs.filter((x) => liveEntryOf(ctx, x.start) === liveEntryOf(ctx, ref.start)));
  // Sentence by sentence: the incident's own sentence says its day before a photo caption further on does.
  for (const [k, sentence] of sentences.entries()) {
    const part = ctx.text.slice(sentence.start, sentence.end);
    // "Between 12 and 14 March 2019", "on the night of 4 to 5 April": the days from the first to the last.
    const range = DIGIT.test(part) ? dayRange(ctx, sentence, part) : null;
    if (range) return range;
    const explicit = statedDate(ctx, sentence, part);
    if (explicit) return explicit;
    // "the Easter Sunday suicide bombings": a movable feast names its day as well as a date would.
    const feast = part.includes('Easter') || part.includes('Good Friday') || part.includes('Palm Sunday') ? feastDay(ctx, sentence, part) : null;
    if (feast) return feast;
    // "on Sunday 10 March": the day and month named with their weekday are the day, not the last such weekday.
    const named = (part.includes('day ') || part.includes('day,')) && DIGIT.test(part) && WEEKDAY_THEN_DAY.test(part) ? monthDay(ctx, sentence) : undefined;
    if (named) return named;
    // null: a relative word that cannot be resolved (no publication date); it ends the search.
    const relative = relativeDate(ctx, sentence, messages, said);
    // "Syrians on Monday marked the anniversary of the attack that killed 1,400 in August 2013": a month of an
    // earlier year in the same sentence dates what was killed; the weekday, what is done now.
    const earlier = relative && ctx.publishedAt && FOUR_DIGITS.test(part) ? spanOfDays(ctx, [sentence], ctx.publishedAt) : null;
    if (earlier && earlier.precision === 'month' && (earlier.start ?? '').slice(0, 4) < ctx.publishedAt!.slice(0, 4)) return earlier;
    // So does an earlier year named as the attack's own: "A court on Thursday sentenced a man ... for his role in
    // the 2016 bombing outside a football stadium that killed 46 people".
    const namedYear = relative && ctx.publishedAt && !earlier ? YEAR_OF_ATTACK.exec(part) : null;
    if (namedYear && namedYear[1]! < ctx.publishedAt!.slice(0, 4)) {
      const at = sentence.start + namedYear.index + namedYear[0].indexOf(namedYear[1]!);
      return { start: `${namedYear[1]}-01-01`, end: `${namedYear[1]}-12-31`, precision: 'year', certainty: 'stated', evidence: [evidenceAt(ctx.text, at, at + 4)], rule: 'date:year-of-attack' };
    }
    if (relative !== undefined) return (relative && sameWordSaidOn(ctx, relative, sentences[k + 1])) ?? relative;
    const dayOfMonth = monthDay(ctx, sentence);
    if (dayOfMonth) return dayOfMonth;
    const alone = dayOfMonthAlone(ctx, sentence, part);
    if (alone) return alone;
  }
  // A day named at the story's opening ("It's August 16.") dates what follows it (the headline incident only),
  // unless its own sentence names a span that day may be one of ("strikes on two markets in January" … "On the
  // afternoon of January 30, ...": one of its parts).
  const ownSpan = fallback && ctx.publishedAt && sentences.length > 0 ? spanOfDays(ctx, sentences.slice(0, 1), ctx.publishedAt) : null;
  for (const sentence of fallback && !ownSpan ? ownEntry(ctx.sentences.slice(0, 3)) : []) {
    // (Or, in the heading, a date with its year: "Incident code CS583: March 17, 2017 - Al Jadida, Mosul".)
    const part = ctx.text.slice(sentence.start, sentence.end);
    const stated = sentence.start === ctx.sentences[0]?.start && DIGIT.test(part) ? statedDate(ctx, sentence, part) : null;
    if (stated && (!ctx.publishedAt || stated.start! <= ctx.publishedAt)) return stated;
    const found = monthDay(ctx, sentence);
    if (found) return found;
  }
  // An incident told in passing may give a span of days of its own ("Last week, 18 people were killed").
  if (!fallback) return coarseDate(ctx, sentences) ?? (ctx.publishedAt ? spanOfDays(ctx, sentences.slice(0, 1), ctx.publishedAt) : null);
  if (!ctx.publishedAt || sentences.length === 0) return null;
  // No day told, but the incident's own sentence tells a span of days ("earlier this month", "last week",
  // "in April"): that span. (In the sentences after it, such words tell what came before: "since rebels
  // attacked a base last week".)
  // (A headline's toll told again in the sentence under it is the same incident's: "Shelling of El Fasher
  // kills 27" … "killed at least 27 civilians over the weekend".)
  const own = sentences.length > 1 && sentences[0]!.start === ctx.sentences[0]?.start && givesSameToll(ctx, sentences[0]!, sentences[1]!) ? sentences.slice(0, 2) : sentences.slice(0, 1);
  const span = spanOfDays(ctx, own, ctx.publishedAt);
  // Nor a span, but a year before the publication's: "the 2019 Christchurch attacks, in which 51 people
  // were killed", told in a report of 2024.
  const year = span ? null : coarseDate(ctx, sentences.slice(0, 1));
  if (year && year.precision === 'year' && (year.start ?? '').slice(0, 4) < ctx.publishedAt.slice(0, 4)) return year;
  if (span) return span;
  // Only the day a source spoke: wire copy tells an incident on the day it is reported, so that day, implied;
  // unless the words that report it give a span of days of their own: "killed 79 over the weekend, the
  // government said on Monday".
  const saying = said.found ? sentences.find((s) => s.start <= said.found!.start && said.found!.end <= s.end) : undefined;
  const spoken = saying ? spanOfDays(ctx, [saying], ctx.publishedAt) : null;
  if (spoken) return spoken;
  // The day the attack itself is told on elsewhere: with only a day the source or the count was given, in the
  // two sentences after the lead ("the toll rose to 100 on Tuesday, officials said. ... The bomber struck
  // during prayers on Monday"); with nothing at all, in the story's opening ("A Boeing 777 was shot down over
  // eastern Ukraine on Thursday. ... All 298 on board were killed").
  const i = ctx.sentences.findIndex((s) => s.start === sentences[sentences.length - 1]!.start);
  const acted = said.found
    ? attackDay(ctx, i < 0 ? [] : ownEntry(ctx.sentences.slice(i + 1, i + 3)), messages)
    : attackDay(ctx, ownEntry(ctx.sentences.slice(0, 3)).filter((s) => !sentences.some((x) => x.start === s.start)), messages);
  if (acted) return acted;
  if (said.found) return day(weekdayOnOrBefore(ctx.publishedAt, said.found.weekday), said.found, ctx, 'implied', 'date:reported-weekday');
  // The day an assault of several days began, told further on of the attack itself: "Amnesty International said
  // the assault, which began on 3 January, could be the group's deadliest massacre".
  return beganOn(ctx, ownEntry(ctx.sentences.slice(0, 6))) ?? day(ctx.publishedAt, sentences[0]!, ctx, 'implied', 'date:publication-date');
}

/** The attack told again, with the day it began: "the assault, which began on", "the offensive, launched on". */
const BEGAN_ON = /\b(?:the|this) (?:[\w-]+ )?(?:assault|attack|attacks|offensive|raid|massacre|siege|killings|violence|fighting)\b[^.;]{0,20}?\b(?:began|started|was launched|were launched|launched) (?:on )?/i;

/** The day named right after BEGAN_ON in the first sentences, when it is no later than publication. */
function beganOn(ctx: ExtractContext, sentences: readonly Span[]): DateFinding | null {
  for (const s of sentences) {
    const part = ctx.text.slice(s.start, s.end);
    if (!part.includes('began') && !part.includes('started') && !part.includes('launched')) continue;
    const m = BEGAN_ON.exec(part);
    if (!m) continue;
    const from = s.start + m.index + m[0].length;
    const next = { start: from, end: Math.min(s.end, from + 30) };
    const found = monthDay(ctx, next) ?? statedDate(ctx, next, ctx.text.slice(next.start, next.end));
    if (found && found.evidence[0]!.start === from && (!ctx.publishedAt || (found.start ?? '') <= ctx.publishedAt)) return { ...found, rule: 'date:began-on' };
  }
  return null;
}

/**
 * The day a report's heading names outright ("Daily civilian casualty summary, 19 May 2019"), for the entries of
 * a list under it: implied, with the heading's words; null when the heading names none, or only the report's own
 * publication.
 */
export function headingDay(ctx: ExtractContext): DateFinding | null {
  const heading = ctx.sentences[0];
  if (!heading) return null;
  const part = ctx.text.slice(heading.start, heading.end);
  const stated = DIGIT.test(part) ? statedDate(ctx, heading, part) : null;
  return stated && stated.precision === 'day' && (!ctx.publishedAt || stated.start! <= ctx.publishedAt) ? { ...stated, certainty: 'implied', rule: 'date:heading-of-list' } : null;
}

/**
 * A headline's "overnight" (or "yesterday") told again in the lead with the day its source spoke: "gunmen kill 132
 * in overnight attack" … "in an overnight attack ..., the government said on Saturday" is the night before that
 * Saturday, not before the day the story came out. The lead's reading, or null.
 */
function sameWordSaidOn(ctx: ExtractContext, relative: DateFinding, next: Span | undefined): DateFinding | null {
  if (!next || relative.rule !== 'date:relative-day') return null;
  const part = ctx.text.slice(next.start, next.end);
  if (!SAID_ON_WEEKDAY.test(part)) return null;
  const again = relativeDate(ctx, next, []);
  return again && again.rule === 'date:relative-day' && again.evidence[0]!.quote.toLowerCase() === relative.evidence[0]!.quote.toLowerCase() ? again : null;
}

/**
 * The day the first of `candidates` that tells the attack itself was carried out (ACT_WORD) tells, or null: "the
 * explosion on Friday morning", "Friday's bombing" date the attack too.
 */
function attackDay(ctx: ExtractContext, candidates: readonly Span[], messages: Message[]): DateFinding | null {
  for (const s of candidates) {
    if (!ACT_WORD.test(ctx.text.slice(s.start, s.end))) continue;
    const told = relativeDate(ctx, s, messages);
    if (told) return told;
  }
  return null;
}

/**
 * The first match of a day-and-month pattern (global) in `part` whose month is a month: "may" and "mar" in
 * lower case are the verbs ("29 may amount to crimes", "at least 30 may have died").
 */
function firstDated(re: RegExp, part: string, month: (m: RegExpExecArray) => string | undefined): RegExpExecArray | null {
  // (Most sentences with digits name no month: passed over at once.)
  if (!MONTH_HINT.test(part)) return null;
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const word = month(m);
    if (word !== 'may' && word !== 'mar') return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** The letters every month's name, and its short form, opens with. */
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const MONTH_DAY = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? (\d{1,2})(?:st|nd|rd|th)?\b(?!,? \d{4})|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,? \d{4})/gi;

/** A day and month with no year ("August 16"): the latest such day on or before publication; undefined if none. */
function monthDay(ctx: ExtractContext, sentence: Span): DateFinding | undefined {
  const part = ctx.text.slice(sentence.start, sentence.end);
  // The day is in digits: a sentence without one is not read with the month names. (Or a feast of a fixed day:
  // "on Christmas Day", "on New Year's Eve".)
  const holiday = part.includes('Christmas') || part.includes('New Year') ? HOLIDAY.exec(part) : null;
  const m = holiday ?? (DIGIT.test(part) ? firstDated(MONTH_DAY, part, (x) => x[1] ?? x[4]) : null);
  if (!m || !ctx.publishedAt) return undefined;
  const at = sentence.start + m.index;
  if (datesTheArticle(ctx, at, at + m[0].length)) return undefined;
  // The day a source spoke, as a weekday would be ("Governor Vadym Filashkin said on Feb. 6"): not the incident's.
  if (!holiday && SAID_BEFORE.test(ctx.text.slice(Math.max(sentence.start, at - 60), at).replace(/\bon\s+$/i, ''))) return undefined;
  const [month, dayOfMonth] = holiday ? HOLIDAYS[holiday[1]!.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ')]! : [MONTHS.findIndex((x) => x.startsWith((m[1] ?? m[4])!.toLowerCase().slice(0, 3))) + 1, Number(m[2] ?? m[3])];
  let year = Number(ctx.publishedAt.slice(0, 4));
  const iso = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  if (iso(year) > ctx.publishedAt) year--;
  if (new Date(`${iso(year)}T00:00:00Z`).getUTCDate() !== dayOfMonth) return undefined;
  return day(iso(year), { start: at, end: at + m[0].length }, ctx, 'implied', 'date:month-day');
}

const DIGIT = /\d/;

/** "on the 10th": that day of the month of publication, or of the month before when it is yet to come; else null. */
function dayOfMonthAlone(ctx: ExtractContext, sentence: Span, part: string): DateFinding | null {
  const ordinal = ctx.publishedAt && DIGIT.test(part) && ORDINAL_WORD.test(part) ? ORDINAL_DAY.exec(part) : null;
  if (!ordinal) return null;
  const dayNo = Number(ordinal[1]);
  const pub = ctx.publishedAt!;
  let [y, m] = [Number(pub.slice(0, 4)), Number(pub.slice(5, 7))];
  if (dayNo > Number(pub.slice(8, 10))) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  if (!valid(y, m, dayNo)) return null;
  const at = sentence.start + ordinal.index + ordinal[0].indexOf('the');
  return day(isoDate(y, m, dayNo), { start: at, end: sentence.start + ordinal.index + ordinal[0].length }, ctx, 'implied', 'date:day-of-month');
}

/** The feasts that move with Easter, by their distance in days from Easter Sunday. */
const MOVABLE_FEAST = /\b(Easter Sunday|Easter Day|Easter Monday|Good Friday|Palm Sunday)\b/;
const FROM_EASTER: Readonly<Record<string, number>> = { 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, 'good friday': -2, 'palm sunday': -7 };

/** Easter Sunday of a year in the Gregorian calendar (the Western churches'), `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  // The anonymous Gregorian computus (Meeus, Astronomical Algorithms, ch. 8).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** A movable feast named in a sentence: its day in the latest year it falls on or before publication. */
function feastDay(ctx: ExtractContext, sentence: Span, part: string): DateFinding | null {
  const m = MOVABLE_FEAST.exec(part);
  // (Not a feast that only bounds the time: "since Easter Sunday", "ahead of Good Friday".)
  if (!m || !ctx.publishedAt || /\b(?:since|ahead of|before|until|till|after|by)\s+(?:the\s+)?$/i.test(part.slice(Math.max(0, m.index - 20), m.index))) return null;
  const offset = FROM_EASTER[m[1]!.toLowerCase()]!;
  let year = Number(ctx.publishedAt.slice(0, 4));
  if (addDays(easterSunday(year), offset) > ctx.publishedAt) year--;
  const at = sentence.start + m.index;
  return day(addDays(easterSunday(year), offset), { start: at, end: at + m[0].length }, ctx, 'implied', 'date:movable-feast');
}

/** Feasts of a fixed day, by month and day: "on Christmas Day". */
const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25], 'christmas eve': [12, 24], 'new years day': [1, 1], 'new years eve': [12, 31],
};
const HOLIDAY = /\bon (Christmas Day|Christmas Eve|New Year['’]?s Day|New Year['’]?s Eve)\b/;

/** Two days of one month: "between 12 and 14 March 2019", "from 1 to 3 May", "the night of 4 to 5 April", "12-14 March". */
const DAY_RANGE =
  /\b(?:between\s+|from\s+|night\s+of\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+((?:19|20)\d{2}))?/gi;

/** The same, the month first: "November 28 and 29", "March 12-14, 2019", "from May 1 to 3". */
const MONTH_FIRST_RANGE =
  /\b(?:between\s+|from\s+|night\s+of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2}))?/gi;

/**
 * A span of days of one month, told with its month (and year, else the latest such days up to publication):
 * precision week for two to seven days, as a weekend is, month for more; null when there is none, or no year to
 * give it.
 */
function dayRange(ctx: ExtractContext, sentence: Span, part: string): DateFinding | null {
  const dayFirst = firstDated(DAY_RANGE, part, (x) => x[3]);
  const monthFirst = firstDated(MONTH_FIRST_RANGE, part, (x) => x[1]);
  const useMonthFirst = monthFirst !== null && (dayFirst === null || monthFirst.index < dayFirst.index);
  const m = useMonthFirst ? monthFirst : dayFirst;
  if (!m) return null;
  const at = sentence.start + m.index;
  if (!outsideDateline(ctx, at, at + m[0].length)) return null;
  const [from, to] = useMonthFirst ? [Number(m[2]), Number(m[3])] : [Number(m[1]), Number(m[2])];
  if (to <= from) return null;
  const month = MONTHS.indexOf((useMonthFirst ? m[1] : m[3])!.toLowerCase()) + 1;
  let year = m[4] ? Number(m[4]) : ctx.publishedAt ? Number(ctx.publishedAt.slice(0, 4)) : null;
  if (year === null) return null;
  const iso = (y: number, d: number) => `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!m[4] && ctx.publishedAt && iso(year, from) > ctx.publishedAt) year--;
  if (new Date(`${iso(year, to)}T00:00:00Z`).getUTCDate() !== to) return null;
  return {
    // (Longer than a week, "Between 1 and 11 September 2022": as coarse as a month, though its days are told.)
    start: iso(year, from), end: iso(year, to), precision: to - from > 6 ? 'month' : 'week', certainty: m[4] ? 'stated' : 'implied',
    evidence: [evidenceAt(ctx.text, at, at + m[0].length)], rule: 'date:day-range',
  };
}
/**
 * Words that tell the attack itself was carried out: "the bomber struck", "gunmen stormed", "the car exploded",
 * "warplanes carried out ... strikes", "the killings took place", "the attack, which took place".
 */
const ACT_WORD = /\b(?:struck|attacked|exploded|blew (?:himself|herself|themselves) up|detonated|stormed|opened fire|bombed|shelled|hit|hits|hitting|shot down|pounded|(?:carried out|launched) (?:[\w-]+ ){0,2}?(?:air ?strikes?|airstrikes?|strikes|raids?|assault|offensive|attacks?)|(?:killings?|attacks?|strikes?|air ?strikes?|raids?|bombings?|blasts?|explosions?|massacres?|shelling|executions?|shootings?|ambush),? (?:(?:which|that) )?(?:\w+ )?(?:took place|happened|occurred)|(?:the|an?) (?:attack|strike|air ?strike|airstrike|raid|bombing|blast|explosion|massacre|shelling|shooting|ambush) (?:(?:late|early) )?on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)['’]s (?:[\w-]+ )?(?:attack|strike|air ?strike|airstrike|raid|bombing|blast|explosion|massacre|shelling|shooting|ambush))\b/i;
const FOUR_DIGITS = /\d{4}/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_YEAR = /\b(january|february|march|april|may|june|july|august|september|october|november|december) ((?:19|20)\d{2})\b/i;
// (Not "since 2013": where a span starts, or what a toll is compared with, "the highest toll since 2013", is no
// day of the incident's.)
const YEAR = /\b(?:in|of|the|during) ((?:19|20)\d{2})\b/;
/** A year told as the attack's own, its harm after it: "the 2016 bombing ... that killed 46 people". */
const YEAR_OF_ATTACK = /\bthe ((?:19|20)\d{2}) (?:[\w-]+ ){0,2}?(?:bombings?|attacks?|massacre|strikes?|air ?strikes?|blasts?|shooting|explosions?|assault)\b[^.;]{0,80}?\b(?:killed|left [^.;]{0,20}dead)\b/i;

/** A month or a year ("in August 2013", "the 2013 Ghouta attack"), with that precision, or null. */
function coarseDate(ctx: ExtractContext, sentences: readonly Span[]): DateFinding | null {
  for (const sentence of sentences) {
    const part = ctx.text.slice(sentence.start, sentence.end);
    // Both forms give a year in four digits.
    if (!FOUR_DIGITS.test(part)) continue;
    const my = MONTH_YEAR.exec(part);
    if (my && !/\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$/i.test(part.slice(Math.max(0, my.index - 16), my.index))) {
      const month = MONTHS.indexOf(my[1]!.toLowerCase()) + 1;
      const year = Number(my[2]);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const mm = String(month).padStart(2, '0');
      const at = sentence.start + my.index;
      return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}`, precision: 'month', certainty: 'stated', evidence: [evidenceAt(ctx.text, at, at + my[0].length)], rule: 'date:month-year' };
    }
    const y = YEAR.exec(part);
    if (y) {
      const at = sentence.start + y.index + y[0].length - 4;
      return { start: `${y[1]}-01-01`, end: `${y[1]}-12-31`, precision: 'year', certainty: 'stated', evidence: [evidenceAt(ctx.text, at, at + 4)], rule: 'date:year' };
    }
  }
  return null;
}

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** A weekday with its day and month: "on Sunday 10 March", "Sunday, March 10". */
const WEEKDAY_THEN_DAY = new RegExp(`\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})|(?:${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d{1,2})\\b`, 'i');
/** A number with its ordinal ending: "10th", "3rd". */
const ORDINAL_WORD = /\d(?:st|nd|rd|th)\b/;
/** A day of the month named alone: "on the 10th", "on the night of the 3rd". */
const ORDINAL_DAY = new RegExp(`\\bon (?:the (?:night|morning|evening|afternoon) of )?the (\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH_NAMES}|anniversary|floor|storey|day|century|time|attempt|round|minute|hour|week|month|year|edition|session|division|brigade|battalion|regiment|corps|army|anniversary)\\b)`, 'i');
/** "since" right before a weekday: "Since Tuesday", "since last Monday". */
const SINCE_BEFORE = /\bsince\s+(?:last\s+)?$/i;
/** "since" a beginning told on a weekday: "since Israel began striking Gaza on Monday", "since the offensive started on". */
const SINCE_BEGAN_BEFORE = /\bsince\s+(?:[\w'’-]+\s+){1,5}?(?:began|started|launched|opened|resumed|erupted|broke out)\s+(?:[\w'’-]+\s+){0,3}?(?:on\s+)?(?:last\s+)?$/i;
/** "over the past 24 hours", "in the last 48 hours", "over the past day". */
// (Two or three days only: "during the last five days" tells a running total more often than one attack.)
const PAST_HOURS = /\b(?:over|in|during|within) the (?:past|last|previous) (?:(24|36|48|72) hours|(two|three|2|3) days|(day))\b/i;
const FEW: Readonly<Record<string, number>> = { two: 2, three: 3 };
const MONTH_OF_YEAR_BEFORE = new RegExp(`\\b(?:(?:in|during|early|late|since) (?:mid-? ?)?)?(${MONTH_NAMES}),? (?:of )?(?:last|the previous) year\\b|\\blast (${MONTH_NAMES})\\b(?! \\d)`, 'i');
/** A span of days relative to publication, or a month ("in April", "in May 2016"; "may" alone is a verb). */
const SPAN_OF_DAYS = new RegExp(
  `\\b(?:(earlier|later) this (week|month)|(last|this|past) (week|month)|(?:(?:in|during|early|late) (?:mid-? ?)?|mid-? ?)(?:(${MONTH_NAMES.replace('|may', '')})(?! \\d)|(${MONTH_NAMES}),? ((?:19|20)\\d{2}))|((?:over|at|during) the weekend|(?:this|last|past) weekend)|(a|one|two|three|four|five|six|\\d) (weeks?|months?) ago)\\b`,
  'i',
);

/** A date's `YYYY-MM-DD`. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A month's days (0 = January): of `year`, or with none the latest such month that began by publication. */
export function monthSpan(month: number, year: number | null, pub: Date): { start: Date; end: Date } {
  let y = year ?? pub.getUTCFullYear();
  if (year === null && Date.UTC(y, month, 1) > pub.getTime()) y--;
  return { start: new Date(Date.UTC(y, month, 1)), end: new Date(Date.UTC(y, month + 1, 0)) };
}

/**
 * The days of "this week" (Monday to publication), "last week" (Monday to Sunday of the week before), "the
 * past week" (the seven days up to publication), and the same for a month, as the report's publication day
 * sees them.
 */
export function relativeSpan(which: 'this' | 'last' | 'past', unit: 'week' | 'month', pub: Date): { start: Date; end: Date } {
  if (which === 'past') {
    const start = unit === 'month' ? new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, pub.getUTCDate())) : new Date(pub.getTime() - 7 * 86_400_000);
    return { start, end: pub };
  }
  if (unit === 'month') {
    const y = pub.getUTCFullYear();
    const mo = pub.getUTCMonth() - (which === 'last' ? 1 : 0);
    return { start: new Date(Date.UTC(y, mo, 1)), end: which === 'last' ? new Date(Date.UTC(y, mo + 1, 0)) : pub };
  }
  // Weeks start on Monday.
  const monday = new Date(pub.getTime() - ((pub.getUTCDay() + 6) % 7) * 86_400_000);
  return which === 'last' ? { start: new Date(monday.getTime() - 7 * 86_400_000), end: new Date(monday.getTime() - 86_400_000) } : { start: monday, end: pub };
}

/**
 * "Over the weekend", "last weekend": the Saturday and Sunday latest on or before publication (a report of a
 * Saturday has only that day of it).
 */
export function weekendSpan(pub: Date): { start: Date; end: Date } {
  const d = pub.getUTCDay();
  if (d === 6) return { start: pub, end: pub };
  const sunday = new Date(pub.getTime() - d * 86_400_000);
  return { start: new Date(sunday.getTime() - 86_400_000), end: sunday };
}

/**
 * A span of days the incident's sentences give instead of a day, resolved against the publication date:
 * "earlier this month" (the month's first day to publication), "last week" (Monday to Sunday of the week
 * before), "this week", "last month", "the past week" (the seven days up to publication), "over the weekend"
 * (weekendSpan), "in April" (the latest April up to publication), "in April 2016".
 * Precision week or month; the start is the span's first day.
 */
function spanOfDays(ctx: ExtractContext, sentences: readonly Span[], publishedAt: string): DateFinding | null {
  const pub = new Date(`${publishedAt}T00:00:00Z`);
  for (const sentence of sentences) {
    const part = ctx.text.slice(sentence.start, sentence.end);
    const m = SPAN_OF_DAYS.exec(part);
    // "over the past 24 hours": the days those hours reach back over, to publication.
    // And "over the past two days": that day and the day before.
    const hours = part.includes('hours') || part.includes('day') ? PAST_HOURS.exec(part) : null;
    if (hours && (!m || hours.index <= m.index)) {
      const at = sentence.start + hours.index;
      // (24 hours are the day of publication, 48 that day and the day before.)
      // (And "over the past day", as the day's reports of officials say it, is the day of publication too.)
      const days = hours[3] ? 1 : hours[1] ? Math.max(1, Math.ceil(Number(hours[1]) / 24)) : (FEW[hours[2]!.toLowerCase()] ?? Number(hours[2]));
      return { start: isoDay(new Date(pub.getTime() - (days - 1) * 86_400_000)), end: publishedAt, precision: days === 1 ? 'day' : 'week', certainty: 'implied', evidence: [evidenceAt(ctx.text, at, at + hours[0].length)], rule: 'date:past-hours' };
    }
    // "In May last year", "in March of last year", "last May": a month of the year before, or the latest such
    // month before this one.
    // (Both forms need "last" or "previous": a sentence without either is not scanned.)
    const y = part.includes('ast ') || part.includes('revious ') ? MONTH_OF_YEAR_BEFORE.exec(part) : null;
    if (y && (!m || y.index <= m.index)) {
      const at = sentence.start + y.index;
      if (!outsideDateline(ctx, at, at + y[0].length)) continue;
      const month = MONTHS.indexOf((y[1] ?? y[2])!.toLowerCase());
      const year = y[1] ? pub.getUTCFullYear() - 1 : month >= pub.getUTCMonth() ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
      const { start, end } = monthSpan(month, year, pub);
      return { start: isoDay(start), end: isoDay(end), precision: 'month', certainty: 'implied', evidence: [evidenceAt(ctx.text, at, at + y[0].length)], rule: 'date:month-year-before' };
    }
    if (!m) continue;
    const at = sentence.start + m.index;
    if (!outsideDateline(ctx, at, at + m[0].length)) continue;
    const unit = (m[2] ?? m[4])?.toLowerCase() as 'week' | 'month' | undefined;
    const which = m[3]?.toLowerCase();
    let start: Date;
    let end: Date;
    const ago = m[10]?.toLowerCase().startsWith('week') ? 'week' : m[10] ? 'month' : null;
    if (m[8]) {
      ({ start, end } = weekendSpan(pub));
    } else if (ago) {
      // "two weeks ago": the week (Monday to Sunday) that held the day so far back; "three months ago": that month.
      const n = DAYS_AGO[m[9]!.toLowerCase()] ?? Number(m[9]);
      if (ago === 'week') {
        start = relativeSpan('this', 'week', new Date(pub.getTime() - 7 * n * 86_400_000)).start;
        end = new Date(start.getTime() + 6 * 86_400_000);
      } else ({ start, end } = monthSpan((pub.getUTCMonth() - n + 1200) % 12, pub.getUTCFullYear() + Math.floor((pub.getUTCMonth() - n) / 12), pub));
    } else if (unit) {
      ({ start, end } = relativeSpan(which === 'past' ? 'past' : which === 'last' ? 'last' : 'this', unit, pub));
    } else {
      ({ start, end } = monthSpan(MONTHS.indexOf((m[5] ?? m[6])!.toLowerCase()), m[7] ? Number(m[7]) : null, pub));
    }
    // A span that runs on past publication (this April) ends at publication.
    if (end > pub) end = pub;
    const stated = Boolean(m[7]);
    return {
      start: isoDay(start),
      end: isoDay(end),
      precision: unit === 'week' || m[8] || ago === 'week' ? 'week' : 'month',
      certainty: stated ? 'stated' : 'implied',
      evidence: [evidenceAt(ctx.text, at, at + m[0].length)],
      rule: m[8] ? 'date:relative-weekend' : ago ? `date:${ago}s-ago` : unit ? `date:relative-${unit}` : stated ? 'date:month-year' : 'date:month',
    };
  }
  return null;
}

/** An attack after a day, the harm told in its clause: "... on Tuesday after an attack on a convoy killed 20". */
const ATTACK_CLAUSE_AFTER =
  /^\s*,?\s+after\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|strike|air ?strike|airstrike|bombing|blast|explosion|shelling|raid|assault|massacre)s?\b[^.;]*?\b(?:killed|killing|left\s+[^.;]*\bdead|wounded|injured)\b/i;
/** A harm or an attack told before the day: "were killed on Tuesday after ...", "struck on Tuesday after ...". */
const HARM_BEFORE_DAY = /\b(?:killed|killing|kills|died|dead|wounded|injured|hit|struck|bombed|shelled|attacked|targeted|massacred|executed|exploded|detonated|fired)\b/i;

/** True when the day at [start, end) dates what was done after the attack its sentence tells, not the attack. */
function doneAfterTheAttack(part: string, start: number, end: number): boolean {
  return ATTACK_CLAUSE_AFTER.test(part.slice(end, end + 200)) && !HARM_BEFORE_DAY.test(part.slice(0, start));
}

/** A relative day word in `sentence`, resolved; null when it cannot be; undefined when there is none. */
function relativeDate(ctx: ExtractContext, sentence: Span, messages: Message[], said?: SaidDay): DateFinding | null | undefined {
  const part = ctx.text.slice(sentence.start, sentence.end);
  let rel: RegExpExecArray | null = null;
  // "funerals on Friday for the 12 people killed in Wednesday's air strike": the attack's own weekday is the day,
  // whatever else the sentence does on another.
  // (Not an attack answered, or one that came before: "in response to Tuesday's chemical attack".)
  const attackOfDay = part.includes("day's") || part.includes('day’s') ? WEEKDAY_OF_ATTACK.exec(part) : null;
  const attackOn = attackOfDay && !ANSWERED_BEFORE.test(part.slice(Math.max(0, attackOfDay.index - 40), attackOfDay.index)) ? attackOfDay : null;
  RELATIVE.lastIndex = 0;
  // The weekday of the dateline ("Thursday 9 Jul 2015") is the article's, not the incident's.
  for (let m = RELATIVE.exec(part); m; m = RELATIVE.exec(part)) {
    const at = sentence.start + m.index;
    if (attackOn && m[2] && m.index !== attackOn.index && outsideDateline(ctx, sentence.start + attackOn.index, sentence.start + attackOn.index + attackOn[0].length)) {
      if (m.index < attackOn.index) continue;
      break;
    }
    // "a monitor said on Thursday": the day of the saying, not of the incident; kept in case nothing better comes.
    // And "the toll rose to 213 on Monday": the day of the count, which the attack may well precede.
    // And "The United Nations suspended all aid convoys on Tuesday after an attack on a convoy killed around 20
    // people": the day of what was done after the attack, told with the harm in the clause after it.
    // (Or the saying after the day, when the sentence names the day of the month too: "The Saudi-led coalition on
    // Saturday admitted that its warplanes had bombed a funeral hall ... on October 8".)
    if (SAID_BEFORE.test(part.slice(Math.max(0, m.index - 30), m.index)) || (SAID_AFTER_DAY.test(part.slice(m.index + m[0].length, m.index + m[0].length + 30)) && namesDayOfMonth(part)) || TOLL_FIGURE_BEFORE.test(part.slice(Math.max(0, m.index - 50), m.index)) || doneAfterTheAttack(part, m.index, m.index + m[0].length)) {
      if (said && !said.found && m[2] && outsideDateline(ctx, at, at + m[0].length)) said.found = { start: at, end: at + m[0].length, weekday: WEEKDAYS.indexOf(m[2].toLowerCase()) };
      continue;
    }
    if (outsideDateline(ctx, at, at + m[0].length)) {
      // "Tuesdays casualties come on the heels of similar airstrikes ... on Monday": a weekday that only names
      // the day's news gives way to a day the sentence tells something on.
      if (rel === null && POSSESSIVE_WEEKDAY.test(m[0]) && !(attackOn && m.index === attackOn.index)) {
        rel = m;
        continue;
      }
      if (rel !== null && !/^on\b/i.test(m[0])) break;
      rel = m;
      break;
    }
  }
  if (rel) {
    const span = { start: sentence.start + rel.index, end: sentence.start + rel.index + rel[0].length };
    if (!ctx.publishedAt) {
      messages.push(
        message('warning', 'date:unresolved', `"${rel[0]}" cannot be resolved without a publication date; date left empty`, { span }),
      );
      return null;
    }
    const word = rel[0].toLowerCase();
    const weekday = rel[2] ? WEEKDAYS.indexOf(rel[2].toLowerCase()) : -1;
    // "on Tuesday last week": that weekday in the week (Monday to Sunday) before the publication's.
    if (weekday >= 0 && rel[3]) {
      const monday = weekdayOnOrBefore(ctx.publishedAt, 1);
      return day(addDays(monday, -7 + ((weekday + 6) % 7)), span, ctx, 'implied', 'date:relative-weekday');
    }
    // "on Saturday and Sunday", "from Friday to Sunday": the days between, the first no later than the last.
    const through = weekday >= 0 ? WEEKDAY_THROUGH.exec(part.slice(rel.index + rel[0].length, rel.index + rel[0].length + 30)) : null;
    if (through) {
      const last = weekdayOnOrBefore(ctx.publishedAt, WEEKDAYS.indexOf(through[1]!.toLowerCase()));
      const first = addDays(last, -((WEEKDAYS.indexOf(through[1]!.toLowerCase()) - weekday + 7) % 7));
      const end = span.end + through[0].length;
      return { start: first, end: last, precision: 'week', certainty: 'implied', evidence: [evidenceAt(ctx.text, span.start, end)], rule: 'date:weekday-range' };
    }
    // "Since Tuesday heavy artillery fire ... have killed at least 66 civilians": the days from that one to
    // publication, as coarse as a week. So with a beginning told between: "since Israel began striking Gaza on Monday".
    const since = weekday >= 0 && !/['’]s$/.test(rel[0]) && !/^['’]s\b/.test(part.slice(rel.index + rel[0].length)) ? (SINCE_BEFORE.exec(part.slice(Math.max(0, rel.index - 11), rel.index)) ?? SINCE_BEGAN_BEFORE.exec(part.slice(Math.max(0, rel.index - 90), rel.index))) : null;
    if (since) {
      const from = weekdayOnOrBefore(addDays(ctx.publishedAt, -1), weekday);
      return { start: from, end: ctx.publishedAt, precision: 'week', certainty: 'implied', evidence: [evidenceAt(ctx.text, span.start - since[0].length, span.end)], rule: 'date:since-weekday' };
    }
    if (weekday >= 0) return day(weekdayOnOrBefore(ctx.publishedAt, weekday), span, ctx, 'implied', 'date:relative-weekday');
    // "two days ago".
    if (rel[4]) return day(addDays(ctx.publishedAt, -(DAYS_AGO[rel[4].toLowerCase()] ?? Number(rel[4]))), span, ctx, 'implied', 'date:days-ago');
    // "overnight Sunday into Monday", "overnight on Friday": the weekday says which night.
    const night = word === 'overnight' ? OVERNIGHT_WEEKDAY.exec(part.slice(rel.index + rel[0].length, rel.index + rel[0].length + 40)) : null;
    if (night) {
      const end = span.end + night[0].length;
      const firstDay = WEEKDAYS.indexOf(night[1]!.toLowerCase());
      if (!night[2]) return day(weekdayOnOrBefore(ctx.publishedAt, firstDay), { start: span.start, end }, ctx, 'implied', 'date:relative-weekday');
      const lastDay = WEEKDAYS.indexOf(night[2].toLowerCase());
      const last = weekdayOnOrBefore(ctx.publishedAt, lastDay);
      return { start: addDays(last, -((lastDay - firstDay + 7) % 7)), end: last, precision: 'week', certainty: 'implied', evidence: [evidenceAt(ctx.text, span.start, end)], rule: 'date:weekday-range' };
    }
    const back = /day before yesterday/.test(word) ? 2 : /yesterday|last night|overnight/.test(word) ? 1 : 0;
    // "... overnight, the charity said on Thursday": the night before the day the source spoke, which a story
    // published the day after still reports.
    const spoke = back > 0 ? SAID_ON_WEEKDAY.exec(part) : null;
    const anchor = spoke ? weekdayOnOrBefore(ctx.publishedAt, WEEKDAYS.indexOf(spoke[1]!.toLowerCase())) : ctx.publishedAt;
    return day(addDays(anchor, -back), span, ctx, 'implied', 'date:relative-day');
  }
  return undefined;
}
