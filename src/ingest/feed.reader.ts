// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is a report whose raw bytes are its own XML.
import { XMLParser } from 'fast-xml-parser';
import { message } from '../core/values.js';
import type { Origin } from '../core/types.js';
import { messageItem, rawReport, type IngestItem, type ReadOptions } from './raw-report.js';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: true,
  // Item bodies are HTML; keep them as text rather than parsing their markup as XML.
  stopNodes: ['*.description', '*.content:encoded', '*.content', '*.summary'],
  trimValues: true,
});

/** The text of a parsed node: a string, a CDATA/text node, or an Atom link's href. */
function textOf(node: unknown): string | null {
  if (node === null || node === undefined) return null;
  if (typeof node === 'string') return node.trim() || null;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ('#text' in o) return textOf(o['#text']);
    if ('@href' in o) return textOf(o['@href']);
  }
  return null;
}

function stripCdata(s: string | null): string | null {
  if (s === null) return null;
  const m = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(s);
  return m ? m[1]! : s;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Whether a document is a feed, from its first kilobyte. */
export function isFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 2048));
}

const ITEM_RE = /<(item|entry)(?:\s[^>]*)?>[\s\S]*?<\/\1>/g;

export function* readFeed(text: string, location: string, kind: Origin['kind'], opts: ReadOptions): Generator<IngestItem> {
  const firstItem = text.search(/<(item|entry)[\s>]/);
  const head = firstItem >= 0 ? text.slice(0, firstItem) : text;
  const feedTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head);
  const source = feedTitle ? stripCdata(feedTitle[1]!.trim()) : null;
  let n = 0;
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(ITEM_RE)) {
    n++;
    const itemXml = m[0];
    for (let i = counted; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    counted = m.index;
    const where = { source: location, line };
    const bytes = Buffer.from(itemXml, 'utf8');
    if (bytes.length > opts.maxReportBytes) {
      yield messageItem(message('error', 'ingest:too-large', `feed item of ${bytes.length} bytes is over the report limit; skipped`, where));
      continue;
    }
    let item: Record<string, unknown>;
    try {
      const parsed = xml.parse(itemXml) as Record<string, Record<string, unknown>>;
      item = parsed[m[1]!] ?? {};
    } catch (e) {
      yield messageItem(message('error', 'ingest:feed-malformed', `item ${n} is not well-formed XML (${String(e)}); skipped`, where));
      continue;
    }
    const body =
      stripCdata(textOf(item['content:encoded'])) ?? stripCdata(textOf(item['content'])) ??
      stripCdata(textOf(item['description'])) ?? stripCdata(textOf(item['summary']));
    const title = stripCdata(textOf(item['title']));
    if (!body && !title) {
      yield messageItem(message('warning', 'ingest:feed-empty-item', `item ${n} has neither title nor content; skipped`, where));
      continue;
    }
    const fields = {
      id: textOf(item['guid']) ?? textOf(item['id']),
      title,
      source,
      url: textOf(item['link']),
      publishedAt: textOf(item['pubDate']) ?? textOf(item['published']) ?? textOf(item['dc:date']) ?? textOf(item['updated']),
      text: null,
      // A feed body is an HTML fragment; the title leads it so a title-only item still has text.
      html: `<html><head><title>${escapeHtml(title ?? '')}</title></head><body><article>${body ?? ''}</article></body></html>`,
    };
    yield rawReport('feed', { kind, location, line }, bytes, fields, {}, []);
  }
  if (n === 0) yield messageItem(message('warning', 'ingest:empty', 'feed has no items', { source: location }));
}
