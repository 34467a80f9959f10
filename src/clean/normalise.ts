// The one text normalisation every report goes through before offsets are taken.


/**
 * NFC, LF line ends, ordinary spaces for the exotic ones (a no-break space between thousands is kept), no zero-width noise (ZWNJ/ZWJ are kept: Persian
 * and Arabic spelling needs them), no trailing spaces, at most one blank line in a row.
 */
export function normaliseText(s: string): string {
  const nfc = s.normalize('NFC');
  // Most texts from an export or a feed have none of what the passes below change: one look settles it.
  if (!NEEDS_NORMALISING.test(nfc)) return nfc;
  return collapseBlankLines(
    nfc
      .replace(/\r\n?/g, '\n')
      // (Not the no-break space that sets thousands apart, as many languages write them: "1 300".)
      .replace(/[\u1680\u2000-\u200a\u205f\u3000\t\f\v]|(?<!\d)[\u00a0\u202f]|[\u00a0\u202f](?!\d{3}(?!\d))/g, ' ')
      .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
      .replace(/ {2,}/g, ' ')
      // Two passes that each start with a literal: far faster than one pattern with optional spaces.
      .replace(/ \n/g, '\n')
      .replace(/\n /g, '\n'),
  );
}

/** Anything normaliseText() changes after NFC: CR, exotic or repeated spaces, zero-width characters, spaces at a line's ends, three line breaks, white space at either end. */
const NEEDS_NORMALISING = /[\r\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\t\f\v\u2060\ufeff\u00ad]| {2}| \n|\n |\n{3}|^\s|\s$/;

/** At most one blank line in a row, nothing around the text: what removing lines from normalised text needs. */
export function collapseBlankLines(s: string): string {
  return s.replace(/\n{3,}/g, '\n\n').trim();
}
