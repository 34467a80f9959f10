// Small constructors for the shared values, so every stage builds them the same way.
import type { Evidence, Message, Severity, Span } from './types.js';

/** Builds a message; `where` names the file/URL and line, or a span in the cleaned text. */
export function message(
  severity: Severity,
  rule: string,
  text: string,
  where: { source?: string | null; line?: number | null; span?: Span | null } = {},
): Message {
  return { severity, rule, text, source: where.source ?? null, line: where.line ?? null, span: where.span ?? null };
}

/** Evidence for `text[start, end)`; the quote is always the exact slice. */
export function evidenceAt(text: string, start: number, end: number): Evidence {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`evidenceAt: span ${start}-${end} is outside a text of length ${text.length}`);
  }
  return { start, end, quote: text.slice(start, end) };
}

/** `file:line` (or `file`) for human-readable messages. */
export function formatWhere(m: Pick<Message, 'source' | 'line'>): string {
  if (!m.source) return '';
  return m.line === null ? m.source : `${m.source}:${m.line}`;
}

/** An actor id and its parents, nearest first ("sy-air-force" → ["sy-air-force", "sy-government"]). */
export function lineage(id: string, parentOf: (id: string) => string | null): string[] {
  const out = [id];
  for (let p = parentOf(id); p && !out.includes(p); p = parentOf(p)) out.push(p);
  return out;
}

/** True when one actor is the other or one of its parents: one side, not two. */
export function sameSide(a: string, b: string, parentOf: (id: string) => string | null): boolean {
  return lineage(a, parentOf).includes(b) || lineage(b, parentOf).includes(a);
}
