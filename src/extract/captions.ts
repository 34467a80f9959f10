// Photo captions in scraped articles: "... in Aleppo on July 9 2016 (Photo AFP)", "... Syria August 6 2016.
// (Reuters) Syrian opposition-held ...". A caption shows a picture, which may be of another strike.
import type { Span } from '../core/types.js';

/** The words a photo credit opens with, in brackets: "(Reuters)", "(Photo AFP)", "(TRT World and Agencies)". */
export const CREDIT_WORDS = '(?:photo|pic|picture|image|afp|reuters|ap|aa|epa|getty|trt|sana|anadolu|dha|ihlas)';

const CREDIT = String.raw`\(\s*${CREDIT_WORDS}\b[^()]{0,40}\)`;
/** A credit that opens the text after a sentence; not a dateline's, which a dash follows ("(AFP) - ..."). */
const CREDIT_NEXT = new RegExp(String.raw`^\s*${CREDIT}(?!\s*[-–—])`, 'i');
const CREDIT_LAST = new RegExp(String.raw`${CREDIT}\s*\.?$`, 'i');

/** A photo caption: a sentence that ends with a photo credit, or that one opens the next sentence after. */
export function isCaption(text: string, s: Span): boolean {
  return CREDIT_NEXT.test(text.slice(s.end, s.end + 60)) || CREDIT_LAST.test(text.slice(Math.max(s.start, s.end - 60), s.end));
}
