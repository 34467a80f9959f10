// RawReport → Report: one cleaned text, its title, publication date and language.
import { createHash } from 'node:crypto';
import { message } from '../core/values.js';
import type { Message, PublishedAt, RawReport, Report } from '../core/types.js';
import { htmlToText } from './html.js';
import { removeJunk } from './junk.js';
import { detectLanguage } from './language.js';
import { collapseBlankLines, normaliseText } from './normalise.js';
import { findDateline, parseMetadataDate } from './published-date.js';

/** A byline: a short run of capitalised names, perhaps with a dash and a date ("Amal Hanano – August 24, 2013"). */
const BYLINE = /^(by\s+)?(\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*(\s*[–—|-]\s*.{0,40}\d{4})?$/u;

/** A title for a report that states none: its first short line that is not a byline or a bare date. */
function firstLineTitle(text: string): string | null {
  for (const line of text.split('\n', 6).map((l) => l.trim())) {
    if (line === '' || BYLINE.test(line) || /^[\d\s./:,-]+$/.test(line) || /^(date of publication|published)\b/i.test(line)) continue;
    return line.length <= 200 ? line : null;
  }
  return null;
}

export function cleanReport(raw: RawReport): Report {
  const where = { source: raw.origin.location, line: raw.origin.line };
  const messages: Message[] = [...raw.messages];
  const f = raw.fields;
  let body: string;
  let title = f.title;
  let metaDate: { value: string; rule: string } | null = f.publishedAt ? { value: f.publishedAt, rule: 'published:metadata' } : null;
  let htmlLang: string | null = null;
  const metadata: Record<string, unknown> = { ...raw.metadata };
  if (f.html !== null) {
    const h = htmlToText(f.html);
    title = title ?? h.title;
    metaDate = metaDate ?? (h.publishedTime ? { value: h.publishedTime, rule: 'published:html-meta' } : null);
    htmlLang = h.lang;
    if (h.byline) metadata.byline = h.byline;
    metadata.htmlExtraction = h.method;
    // The headline is where the main incident is told: keep it in the text, so evidence can point at it.
    const head = normaliseText(title ?? '');
    body = head && !normaliseText(h.text).startsWith(head) ? `${head}\n\n${h.text}` : h.text;
  } else {
    body = f.text ?? '';
  }
  const junk = removeJunk(normaliseText(body));
  const text = collapseBlankLines(junk.text);
  if (text === '') messages.push(message('error', 'clean:empty-text', 'no text left after cleaning; nothing to extract', where));

  let publishedAt: PublishedAt | null = null;
  if (metaDate) {
    const value = parseMetadataDate(metaDate.value);
    // The text may state the same date at its opening ("AFP, Tuesday 13 Oct 2015"): those words are then the
    // article's dateline, evidence of its date, never an incident's date.
    const inText = value ? findDateline(text) : null;
    if (value) publishedAt = { value, certainty: 'stated', evidence: inText?.value === value ? [inText.evidence] : [], rule: metaDate.rule };
    else messages.push(message('warning', 'clean:bad-published-date', `publication date "${metaDate.value}" is not a date; ignored`, where));
  }
  if (!publishedAt) {
    const hit = findDateline(text);
    if (hit) publishedAt = { value: hit.value, certainty: 'stated', evidence: [hit.evidence], rule: hit.rule };
  }
  if (!publishedAt) {
    messages.push(
      message('info', 'clean:no-published-date', 'no publication date in metadata or dateline; relative dates will stay unresolved', where),
    );
  }
  const language = detectLanguage(text) ?? (htmlLang ? htmlLang.slice(0, 2).toLowerCase() : null);
  return {
    id: f.id ?? createHash('sha256').update(text).digest('hex'),
    rawSha256: raw.sha256,
    title: title ? normaliseText(title) : firstLineTitle(text),
    source: f.source,
    url: f.url,
    publishedAt,
    language,
    text,
    removed: junk.removed,
    metadata,
    messages,
  };
}
