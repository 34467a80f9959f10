// What every parser reads: the report's text, its sentences and its publication date.
import type { Span } from '../core/types.js';

export interface ExtractContext {
  readonly text: string;
  /** `YYYY-MM-DD`, the anchor for relative dates; null leaves them unresolved. */
  readonly publishedAt: string | null;
  /** Where the text states its publication date (its dateline): never the date of an incident. */
  readonly dateline: Span | null;
  readonly sentences: readonly Span[];
  /** Results already worked out for this report (a sentence's counts are asked for by several parsers). */
  readonly memo: Map<string, unknown>;
}

const ABBREVIATIONS = /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jr|Sr|U\.S|U\.N|U\.K|No|vs|approx|est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Sentence spans: ends at `.`, `!`, `?` (not after a known abbreviation or initial) and at line breaks. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const re = /[.!?]+["”’)]*(?=\s)|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    push(end);
  }
  push(text.length);
  return spans;
}

/**
 * `compute()` for this report under `key`, worked out once: a sentence's counts, dates or actors are asked
 * for by several parsers and by every incident that reads the sentence.
 */
export function remember<T>(ctx: ExtractContext, key: string, compute: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = compute();
  ctx.memo.set(key, value);
  return value;
}

export function createContext(text: string, publishedAt: string | null, dateline: Span | null = null): ExtractContext {
  return { text, publishedAt, dateline, sentences: splitSentences(text), memo: new Map() };
}
