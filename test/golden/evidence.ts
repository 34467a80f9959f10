// The evidence invariants every extraction must keep, checked over any JSON it produces.
import assert from 'node:assert/strict';

/**
 * Every `evidence` entry quotes exactly `text.slice(start, end)`, in whole words, and every value that carries a
 * `certainty` (a finding) has at least one piece of evidence.
 */
/** Letters of scripts that write words apart (Arabic joins its clitics: a quote may start after "و" or "ل"). */
const LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9]/u;

export function assertEvidence(value: unknown, text: string, path = '$'): number {
  let checked = 0;
  if (Array.isArray(value)) {
    value.forEach((v, i) => (checked += assertEvidence(v, text, `${path}[${i}]`)));
    return checked;
  }
  if (value === null || typeof value !== 'object') return 0;
  const o = value as Record<string, unknown>;
  if ('certainty' in o && path !== '$.publishedAt') {
    assert.ok(Array.isArray(o.evidence) && o.evidence.length > 0, `${path} has a value but no evidence`);
  }
  if (Array.isArray(o.evidence)) {
    for (const e of o.evidence as { start: number; end: number; quote: string }[]) {
      assert.equal(text.slice(e.start, e.end), e.quote, `${path}: quote differs from text.slice(${e.start}, ${e.end})`);
      // A quote is whole words: it neither starts nor ends inside one ("killed 10 members of t"). The one cut
      // allowed is a possessive's s a scraper left without its apostrophe: "Aleppos" quotes "Aleppo".
      const cutAtEnd = LETTER.test(text[e.end - 1] ?? '') && LETTER.test(text[e.end] ?? '') && !/^s(?![\p{L}\p{N}])/u.test(text.slice(e.end, e.end + 2));
      const cutAtStart = LETTER.test(text[e.start - 1] ?? '') && LETTER.test(text[e.start] ?? '');
      assert.ok(!cutAtEnd && !cutAtStart, `${path}: quote ${JSON.stringify(e.quote)} cuts a word`);
      checked++;
    }
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'evidence') checked += assertEvidence(v, text, `${path}.${k}`);
  return checked;
}
