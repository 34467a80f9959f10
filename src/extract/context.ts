// What every parser reads: the report's text, its sentences and its publication date.
import type { Span } from '../core/types.js';
import { isSpace } from './words.js';

export interface ExtractContext {
  readonly text: string;
  /** `YYYY-MM-DD`, the anchor for relative dates; null leaves them unresolved. */
  readonly publishedAt: string | null;
  /** Where the text states its publication date (its dateline): never the date of an incident. */
  readonly dateline: Span | null;
  readonly sentences: readonly Span[];
  /**
   * The time stamps that open the entries of a live blog ("16:45 GMT — The death toll ...", "Updated 21:10"), one a
   * line, in text order; empty unless the text has two or more (an entry runs to the next one's line).
   */
  readonly liveEntries: readonly Span[];
  /** Results already worked out for this report, by kind and span (a sentence's counts are asked for by several parsers). */
  readonly memo: Map<string, Map<number, unknown>>;
}

const ABBREVIATIONS = /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jr|Sr|U\.S|U\.N|U\.K|No|vs|approx|est|incl|excl|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** An agency's name between slashes, as TASS tags its copy: "/TASS/". */
const AGENCY_TAG_AFTER = /^\s*\/[A-Z][A-Za-z-]{1,15}\//;
const AGENCY_TAG_BEFORE = /\/[A-Z][A-Za-z-]{1,15}\/$/;

/** Sentence spans: ends at `.`, `!`, `?` (not after a known abbreviation or initial) and at line breaks. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const re = /[.!?]+["”’)]*(?=\s)|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    // TASS's dateline ends no sentence: "MOSCOW, September 25. /TASS/. Militants shelled ..." is one, as "BEIRUT
    // (Reuters) - Air strikes ..." is.
    if (m[0] === '.' && (AGENCY_TAG_AFTER.test(text.slice(end, end + 20)) || AGENCY_TAG_BEFORE.test(text.slice(Math.max(start, m.index - 17), m.index)))) continue;
    // An ellipsis before a word in lower case leaves words out of one sentence: "Russian aircraft... carried out".
    if (m[0].startsWith('..') && /^\s+[a-z]/.test(text.slice(end, end + 3))) continue;
    // Nor does "a.m." or "e.g." before one: "at about 9:30 a.m. a munition struck the school".
    if (/\b(?:[a-z]\.){2,}$/.test(text.slice(Math.max(start, m.index - 6), m.index + 1)) && /^\s+[a-z]/.test(text.slice(end, end + 3))) continue;
    push(end);
  }
  push(text.length);
  return spans;
}

/**
 * `compute()` for this span of the report, under `kind`, worked out once: a sentence's counts, dates or actors
 * are asked for by several parsers and by every incident that reads the sentence.
 */
export function remember<T>(ctx: ExtractContext, kind: string, span: Span, compute: () => T): T {
  let memo = ctx.memo.get(kind) as Map<number, T> | undefined;
  if (!memo) ctx.memo.set(kind, (memo = new Map()));
  // One number per span (start and end within the text), so no key string is built for each question.
  const key = span.start * (ctx.text.length + 1) + span.end;
  let value = memo.get(key);
  if (value === undefined && !memo.has(key)) {
    value = compute();
    memo.set(key, value);
  }
  return value as T;
}

/**
 * A time of day that opens a line, as a live blog stamps its entries: "16:45 GMT —", "Updated 21:10 -", "10.05am:",
 * or the time alone on its line. (The stamp is group 1.)
 */
const LIVE_STAMP =
  /^[ \t]*((?:(?:updated|posted|breaking)[ \t]*:?[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|IST|local time))?)(?:[ \t]*[—–|:-][ \t]*\S|[ \t]*$)/gim;

/** The stamps of a live blog's entries (LIVE_STAMP), when the text has two or more; else none. */
export function findLiveEntries(text: string): Span[] {
  // (Most texts have no time of day at a line's start: a look for a colon or a dot between digits first.)
  if (!/\d[:.]\d\d/.test(text)) return [];
  const out: Span[] = [];
  LIVE_STAMP.lastIndex = 0;
  for (let m = LIVE_STAMP.exec(text); m; m = LIVE_STAMP.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length });
    if (m[0].length === 0) LIVE_STAMP.lastIndex++;
  }
  return out.length >= 2 ? out : [];
}

/** The entry of a live blog that holds offset `at`: 0 before the first stamp, k within the k-th entry. */
export function liveEntryAt(ctx: ExtractContext, at: number): number {
  let k = 0;
  while (k < ctx.liveEntries.length && ctx.liveEntries[k]!.start <= at) k++;
  return k;
}

/** The same, with the headline above the first entry going with the first (the news it heads). */
export function liveEntryOf(ctx: ExtractContext, at: number): number {
  return Math.max(1, liveEntryAt(ctx, at));
}

export function createContext(text: string, publishedAt: string | null, dateline: Span | null = null): ExtractContext {
  return { text, publishedAt, dateline, sentences: splitSentences(text), liveEntries: findLiveEntries(text), memo: new Map() };
}
