// A report text's fingerprint: a MinHash signature of its word 4-grams (Broder 1997). The share of equal
// slots between two signatures estimates the Jaccard similarity of the two texts' 4-gram sets. Wire copies
// (one agency's text republished by several outlets with a new headline, a cut line, an outlet's dateline)
// share most of their 4-grams; two outlets' own stories of one event share few.

const WORD = /[\p{L}\p{N}]+/gu;
/** Words read: the opening of a text is enough to tell a copy, and a long text costs no more. */
const MAX_WORDS = 500;
/** Slots in a signature: 32 gives the Jaccard estimate a standard error of about 0.09. */
const SLOTS = 32;
/** Multipliers and offsets of the slot hashes: fixed odd numbers, so every run gives the same signatures. */
const MUL = Array.from({ length: SLOTS }, (_, i) => (Math.imul(0x9e3779b1, i + 1) | 1) >>> 0);
const ADD = Array.from({ length: SLOTS }, (_, i) => Math.imul(0x85ebca6b, i + 7) >>> 0);

/** 32-bit FNV-1a of a string's UTF-16 units, finished with murmur3's avalanche. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The signature as hex (8 digits a slot), or null for a text too short to say anything (under 12 words). */
export function textFingerprint(text: string): string | null {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
  if (words.length < 12) return null;
  // Each word hashed once; a 4-gram's hash mixes its four words' hashes.
  const wh = words.map(hash32);
  const mins = new Uint32Array(SLOTS).fill(0xffffffff);
  for (let i = 0; i + 3 < wh.length; i++) {
    let h = wh[i]!;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ wh[i + 1]!;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ wh[i + 2]!;
    h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ wh[i + 3]!;
    h = (h ^ (h >>> 15)) >>> 0;
    for (let k = 0; k < SLOTS; k++) {
      let x = (Math.imul(h, MUL[k]!) + ADD[k]!) >>> 0;
      x = (x ^ (x >>> 15)) >>> 0;
      if (x < mins[k]!) mins[k] = x;
    }
  }
  let hex = '';
  for (const m of mins) hex += m.toString(16).padStart(8, '0');
  return hex;
}

/** Estimated Jaccard similarity (0–1) of the two texts' 4-grams. */
export function fingerprintSimilarity(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let k = 0; k < a.length; k += 8) {
    let j = 0;
    while (j < 8 && a.charCodeAt(k + j) === b.charCodeAt(k + j)) j++;
    if (j === 8) same++;
  }
  return same / (a.length / 8);
}
