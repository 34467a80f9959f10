// The evidence invariants every extraction must keep, checked over any JSON it produces.
import assert from 'node:assert/strict';

/**
 * Every `evidence` entry quotes exactly `text.slice(start, end)`, and every value that carries a
 * `certainty` (a finding) has at least one piece of evidence.
 */
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
      checked++;
    }
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'evidence') checked += assertEvidence(v, text, `${path}.${k}`);
  return checked;
}
