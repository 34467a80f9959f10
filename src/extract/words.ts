// Finding words fast in text whose letters are all ASCII (most reports in English): Unicode property classes
// (\p{L}) cost several times more per character than ASCII ones, and a pattern makes a string of every word it
// matches, where a scan of character codes makes none. The parsers scan ASCII text, and fall back to the
// Unicode patterns for any other.

const NON_ASCII = /[^\x00-\x7f]/g;
const WORDY = /[\p{L}\p{M}\p{N}]/u;

let lastText: string | null = null;
let lastAscii = false;

/**
 * True when every letter, mark and digit in `text` is ASCII (curly quotes, dashes and other punctuation may be
 * anything). Remembers the last text asked about: the parsers of one report ask in turn.
 */
export function asciiWords(text: string): boolean {
  if (text === lastText) return lastAscii;
  let ascii = true;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const c = m[0].charCodeAt(0);
    // Half of a character outside the basic plane: it may be a letter, so the Unicode forms are used.
    if ((c >= 0xd800 && c <= 0xdfff) || WORDY.test(m[0])) {
      ascii = false;
      break;
    }
  }
  lastText = text;
  lastAscii = ascii;
  return ascii;
}

/** A word pattern in its Unicode form and the same pattern for text where `asciiWords()` holds. */
export interface WordPattern {
  readonly unicode: RegExp;
  readonly ascii: RegExp;
}

/** The form of `p` that reads `text` correctly, the faster when it can. */
export function wordPatternFor(p: WordPattern, text: string): RegExp {
  return asciiWords(text) ? p.ascii : p.unicode;
}

/** For scanAsciiWords(): 1 for each character below 128 that opens (and continues) a word, 2 for those in `continuing`. */
export function asciiWordTable(continuing: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) t[c] = 1;
  for (const c of continuing) t[c.charCodeAt(0)] = 2;
  return t;
}

/** What \s matches, for the character code `c` (ASCII by its code; anything else asked of the pattern). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && /\s/.test(String.fromCharCode(c));
}

const RIGHT_QUOTE = 0x2019;

/**
 * Each word of the spans of an ASCII text (asciiWords() holds), as `visit(start, end)`: a run that opens on a
 * letter or digit and goes on through letters, digits, the table's other characters and ’. Read character by
 * character, no string made. A word that runs past its span's end ends the span, as a pattern scanning
 * from the span's start would.
 */
export function scanAsciiWords(text: string, spans: readonly { start: number; end: number }[], table: Uint8Array, visit: (start: number, end: number) => void): void {
  const n = text.length;
  const kind = (c: number) => (c < 128 ? table[c]! : c === RIGHT_QUOTE ? 2 : 0);
  for (const s of spans) {
    let i = s.start;
    while (i < n) {
      if (kind(text.charCodeAt(i)) !== 1) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && kind(text.charCodeAt(j)) !== 0) j++;
      if (j > s.end) break;
      visit(i, j);
      i = j;
    }
  }
}

/** Each match of a global word pattern in the spans, as `visit(start, end)`; a match past a span's end ends it. */
export function scanPatternWords(text: string, spans: readonly { start: number; end: number }[], re: RegExp, visit: (start: number, end: number) => void): void {
  for (const s of spans) {
    re.lastIndex = s.start;
    for (let m = re.exec(text); m && m.index + m[0].length <= s.end; m = re.exec(text)) visit(m.index, m.index + m[0].length);
  }
}
