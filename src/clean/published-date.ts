// The publication date: from the record's metadata when it has one, else from the dateline or byline that
// opens the text ("Wed 05 Apr 2017", "03.10.2017", "Published April 15 2017", "Name – August 24, 2013").
import { findDates, valid, isoDate, type DateCandidate } from '../core/dates.js';
import type { Evidence } from '../core/types.js';

/** Words that announce a publication date just before it. */
const CUE = /(published|posted(\s+on)?|date of publication|(last\s+)?updated(\s+(at|on))?|first published|released)\s*[:：]?\s*$/i;
/** Words that put a date inside the story ("on 5 April 2017 a strike..."), not on the article. */
const NARRATIVE = /\b(on|since|in|until|till|from|by|before|after|of|between|and|to|during|late|early|mid)\s*$/i;

export interface DatelineHit {
  readonly value: string;
  readonly evidence: Evidence;
  readonly rule: string;
}

/** How far into the text a dateline is looked for: past a headline, a byline and an agency tag. */
const DATELINE_WINDOW = 400;

/**
 * The publication date the text states at its opening, with its evidence; null when there is none.
 * A cue ("Published", "Date of publication") anywhere in the opening wins; else a date at the very start
 * or at the start of a line; else the first date in the opening not told as part of the story.
 */
export function findDateline(text: string): DatelineHit | null {
  const cands = findDates(text, DATELINE_WINDOW);
  const hit = (c: DateCandidate, how: string): DatelineHit => {
    // The evidence takes in the cue words too, so a reader sees why this date is the publication's.
    const cue = CUE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const start = how === 'cue' && cue ? c.start - cue[0].length : c.start;
    return { value: c.value, evidence: { start, end: c.end, quote: text.slice(start, c.end) }, rule: `published:dateline-${how}` };
  };
  for (const c of cands) if (CUE.test(text.slice(Math.max(0, c.start - 40), c.start))) return hit(c, 'cue');
  for (const c of cands) {
    const before = text.slice(Math.max(0, c.start - 4), c.start);
    if (c.start === 0 || /\n\s*$/.test(before)) return hit(c, 'opening');
  }
  for (const c of cands) {
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    if (!NARRATIVE.test(before)) return hit(c, 'opening');
  }
  return null;
}

/** A metadata date (ISO 8601, RFC 822 as feeds write it, or a written date) as `YYYY-MM-DD`, else null. */
export function parseMetadataDate(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  // The date as the publisher wrote it; converting to UTC would move late-evening articles a day.
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!) ? isoDate(+iso[1]!, +iso[2]!, +iso[3]!) : null;
  const written = findDates(t)[0];
  if (written) return written.value;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString().slice(0, 10) : null;
}
