// Word patterns with a fast form for text whose letters are all ASCII: Unicode property classes (\p{L})
// cost several times more per character, and most reports in English have no letter outside ASCII.

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
