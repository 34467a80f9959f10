// Removes what scrapers drag in around an article: headline lists, newsletter and share prompts,
// photo credits, tag lines, recommendation blocks. Each rule is small and named; what it removes is kept.
import type { Removal } from '../core/types.js';

/** A line rule: removes one line on its own. Short lines only: a prompt is never a long paragraph. */
interface LineRule {
  readonly id: string;
  readonly maxLength: number;
  readonly test: (line: string) => boolean;
}

const LINE_RULES: readonly LineRule[] = [
  {
    id: 'clean:newsletter',
    maxLength: 220,
    test: (l) =>
      /\b(sign(ing)? up|subscribe|newsletter|donate|donation|support (our|independent|quality) (journalism|reporting)|become a (member|subscriber|patron)|to your inbox|tax-deductible|get our [\w -]*magazine)\b/i.test(l),
  },
  {
    // "We use cookies to improve your experience. Accept all": a site's consent banner.
    id: 'clean:cookies',
    maxLength: 300,
    test: (l) =>
      /\b(we use cookies|this (site|website) uses cookies|uses? cookies to|cookie (policy|settings|preferences)|accept (all )?cookies|manage (your )?(cookies|consent|privacy settings))\b/i.test(l) ||
      /^(accept( all)?|reject( all)?|agree|i agree|got it|ok|manage (settings|preferences))\W*$/i.test(l),
  },
  {
    id: 'clean:share',
    maxLength: 100,
    test: (l) =>
      /^(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|copy link|comments?)( (this|the) (article|story|page))?( on [\w ]+)?\W*$/i.test(l) ||
      /^(follow us on|share (this|on)|click (here )?to share|get short url|short url)\b/i.test(l),
  },
  {
    id: 'clean:photo-credit',
    maxLength: 250,
    test: (l) =>
      /^(photo|image|picture|video|graphic)s?( credits?)?( by)?\s*[:：]/i.test(l) ||
      /^photo credits?\b/i.test(l) ||
      // A caption whose credit is bracketed or glued on at its end: "... bombers [Aleppo24]", "...hashtagUNKNOWN".
      /\s\[[\w .'/-]{2,40}\]$/.test(l) ||
      /[a-z](UNKNOWN|Getty Images|AFP|Reuters|REUTERS|AP Photo)$/.test(l) ||
      /(\(|\/\s?|\b)(AFP|Reuters|AP|EPA|Anadolu)( Photo)?\s?\/\s?[\w .'-]+\)?$/.test(l) ||
      /\b(Getty Images|Shutterstock|Wikimedia Commons)\)?$/.test(l),
  },
  {
    // "READ MORE: Car bomb kills 12 in Azaz": a link to another article, its headline after the prompt.
    id: 'clean:read-more',
    maxLength: 200,
    test: (l) => /^(read (more|also|next)|also read|see also|related( story| article)?|more on this|watch|listen)\s*[:：|–—-]\s*\S/i.test(l),
  },
  {
    id: 'clean:tags',
    maxLength: 400,
    test: (l) => /^(tags?|topics?|filed under|keywords|categories)\s*[:：]/i.test(l),
  },
  {
    id: 'clean:boilerplate',
    maxLength: 120,
    test: (l) =>
      /^(advertisement|skip to (main )?content|continue reading|read the full (story|article)|all rights reserved|this (post|article|story) has been updated|loading\.*|related topics)\W*$/i.test(l) ||
      /^(©|\(c\)|copyright\b)/i.test(l),
  },
];

/** Headers that open a block of links to other articles; the short lines after one go with it. */
const BLOCK_HEADER =
  /^(we recommend|recommended( for you| stories| articles)?|latest( news| stories| articles)?|related( articles| stories| news| coverage| content)?|read (more|also|next)|more (from|on|stories|news|in)\b.*|most (read|popular|viewed|shared)|you (may|might) (also )?like|also read|trending( now)?|top stories|editor'?s picks|popular( now)?|in other news|what to read next)\s*[:：]?$/i;

/** A line of an unrelated-headline list: bulleted, short, and not a sentence that ends in a full stop. */
const LIST_LINE = /^([-•*–—▪►]|\d{1,2}[.)])\s+\S/;

const SHORT = 200;

/** Title Case: most words of four letters or more start with a capital, as headlines are written. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

/** A headline in a list: not a sentence ending in a full stop, unless it is written in Title Case ("…to the U.N."). */
function isListedHeadline(line: string): boolean {
  return LIST_LINE.test(line) && line.length <= SHORT && (!/[^.]\.["”’]?$/.test(line) || isTitleCase(line));
}

function isProse(line: string): boolean {
  return line.length > SHORT;
}

/**
 * A headline under a video's label: five words or more, no full stop (a caption is told in sentences), no credit
 * at its end.
 */
const VIDEO_HEADLINE = /^(?:video|watch)\s*[:：]\s*[^\s:：.!?]+(?:\s+[^\s:：.!?]+){4,}$(?<!\b(?:AFP|Reuters|REUTERS|AP|EPA|Anadolu|Getty Images|Shutterstock)\)?)/i;

/** Removes junk lines; returns the kept text (not yet normalised) and what was removed, in text order. */
export function removeJunk(text: string): { text: string; removed: Removal[] } {
  const lines = text.split('\n');
  const rule: (string | null)[] = lines.map(() => null);

  const head = lines.findIndex((l) => l.trim() !== '');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    // "Video: The moment a missile struck Kramatorsk station" over a story: a video piece's headline, not a credit.
    if (i === head && VIDEO_HEADLINE.test(line)) return;
    for (const r of LINE_RULES) {
      if (line.length <= r.maxLength && r.test(line)) {
        rule[i] = r.id;
        return;
      }
    }
  });

  // Recommendation blocks: the header and every short line after it, up to the next prose paragraph.
  for (let i = 0; i < lines.length; i++) {
    if (!BLOCK_HEADER.test(lines[i]!.trim())) continue;
    rule[i] = 'clean:recommendations';
    for (let j = i + 1; j < lines.length && !isProse(lines[j]!.trim()); j++) {
      if (lines[j]!.trim() !== '') rule[j] = rule[j] ?? 'clean:recommendations';
      i = j;
    }
  }

  // A trailing list of headlines: from the end, bulleted short lines (blank lines and junk between them).
  let bullets = 0;
  let first = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '' || rule[i] !== null) continue;
    if (isListedHeadline(line)) {
      bullets++;
      first = i;
      continue;
    }
    break;
  }
  if (bullets >= 2) for (let i = first; i < lines.length; i++) if (lines[i]!.trim() !== '') rule[i] = rule[i] ?? 'clean:headline-list';

  // A caption that is all a report says is its story: a video's description, a post ("VIDEO: Moment a Russian
  // missile hits a crowded shopping centre in Kremenchuk ... At least 18 people were killed").
  if (lines.every((l, i) => l.trim() === '' || rule[i] !== null)) lines.forEach((_, i) => rule[i] === 'clean:photo-credit' && (rule[i] = null));

  const removed: Removal[] = [];
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const r = rule[i];
    if (r) removed.push({ rule: r, text: line.trim() });
    else kept.push(line);
  });
  return { text: kept.join('\n'), removed };
}
