// The incident's date, in this order:
//   1. an explicit date in the incident's sentence ("on 5 April 2017")               → stated
//   2. a relative word there ("on Thursday", "yesterday", "last night"), resolved
//      against the publication date (a weekday is the latest such day on or before it) → implied
//   3. nothing said: the publication date, with the incident's sentence as evidence   → implied
// With no publication date, 2 and 3 give no date: never resolve against today.
import { evidenceAt, message } from '../core/values.js';
import type { DateFinding, Message, Span } from '../core/types.js';
import { findDates } from '../core/dates.js';
import type { ExtractContext } from './context.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The latest `weekday` on or before `iso`. */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((d - weekday + 7) % 7));
}

const RELATIVE = /\b((?:late |early )?(?:on )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?(?: (?:night|morning|evening|afternoon))?|yesterday|last night|overnight|today|this morning|tonight|earlier today)\b/gi;

function day(start: string, ev: Span, ctx: ExtractContext, certainty: 'stated' | 'implied', rule: string): DateFinding {
  return { start, end: start, precision: 'day', certainty, evidence: [evidenceAt(ctx.text, ev.start, ev.end)], rule };
}

/**
 * The date of the incident told in `sentences` (the sentence that tells it, then the ones right after it:
 * a headline gives the count and the lead under it the day). Explicit dates win over relative words.
 */
export function findIncidentDate(ctx: ExtractContext, sentences: readonly Span[], messages: Message[]): DateFinding | null {
  for (const sentence of sentences) {
    const part = ctx.text.slice(sentence.start, sentence.end);
    const d = ctx.dateline;
    // The dateline dates the article, not the incident.
    const explicit = findDates(part).find((c) => !d || sentence.start + c.end <= d.start || sentence.start + c.start >= d.end);
    if (explicit) {
      return day(explicit.value, { start: sentence.start + explicit.start, end: sentence.start + explicit.end }, ctx, 'stated', `date:${explicit.pattern}`);
    }
  }
  for (const sentence of sentences) {
    const found = relativeDate(ctx, sentence, messages);
    if (found !== undefined) return found;
  }
  if (!ctx.publishedAt || sentences.length === 0) return null;
  return day(ctx.publishedAt, sentences[0]!, ctx, 'implied', 'date:publication-date');
}

/** A relative day word in `sentence`, resolved; null when it cannot be; undefined when there is none. */
function relativeDate(ctx: ExtractContext, sentence: Span, messages: Message[]): DateFinding | null | undefined {
  const part = ctx.text.slice(sentence.start, sentence.end);
  const d = ctx.dateline;
  let rel: RegExpExecArray | null = null;
  RELATIVE.lastIndex = 0;
  // The weekday of the dateline ("Thursday 9 Jul 2015") is the article's, not the incident's.
  for (let m = RELATIVE.exec(part); m; m = RELATIVE.exec(part)) {
    const at = sentence.start + m.index;
    if (!d || at + m[0].length <= d.start || at >= d.end) {
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
    if (weekday >= 0) return day(weekdayOnOrBefore(ctx.publishedAt, weekday), span, ctx, 'implied', 'date:relative-weekday');
    const back = /yesterday|last night|overnight/.test(word) ? 1 : 0;
    return day(addDays(ctx.publishedAt, -back), span, ctx, 'implied', 'date:relative-day');
  }
  return undefined;
}
