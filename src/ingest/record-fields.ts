// Maps a structured record (a JSONL object, a CSV row) onto the fields a report has; the rest is metadata.
import type { RecordFields } from '../core/types.js';

export type FieldName = keyof RecordFields;

/** Keys accepted for each field, first match wins. `--map field=column` puts a column in front. */
export const DEFAULT_KEYS: Readonly<Record<FieldName, readonly string[]>> = {
  // "notes": ACLED's and most event datasets' description of the event; "description", "summary": feeds and exports.
  text: ['text', 'content', 'body', 'article_content', 'full_text', 'story', 'article', 'notes', 'description', 'summary'],
  html: ['html'],
  // "event_id_cnty": ACLED's.
  id: ['id', 'event_id', 'event_id_cnty', 'guid', 'uuid'],
  title: ['title', 'headline'],
  source: ['source', 'outlet', 'publisher'],
  url: ['url', 'link'],
  publishedAt: ['publishedAt', 'published', 'published_at', 'publication_date', 'datePublished', 'pubDate', 'pubdate'],
};

export const FIELD_NAMES = Object.keys(DEFAULT_KEYS) as FieldName[];

/** A user's column mapping, e.g. `{text: 'story', publishedAt: 'pubdate'}`. */
export type FieldMap = Readonly<Partial<Record<FieldName, string>>>;

/** Parses `text=story,publishedAt=pubdate`; throws with a usage hint on a bad entry (a user's argument). */
export function parseFieldMap(spec: string): FieldMap {
  const out: Partial<Record<FieldName, string>> = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [field, column] = part.split('=').map((s) => s.trim());
    if (!field || !column || !(FIELD_NAMES as string[]).includes(field)) {
      throw new Error(`--map: "${part}" is not field=column; fields are ${FIELD_NAMES.join(', ')}`);
    }
    out[field as FieldName] = column;
  }
  return out;
}

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** Splits a record into report fields and metadata (every key not used as a field, kept as it was). */
export function mapRecord(
  record: Readonly<Record<string, unknown>>,
  map: FieldMap,
): { fields: RecordFields; metadata: Record<string, unknown> } {
  const used = new Set<string>();
  const pick = (field: FieldName): string | null => {
    const keys = map[field] ? [map[field]!, ...DEFAULT_KEYS[field]] : DEFAULT_KEYS[field];
    for (const key of keys) {
      if (key in record) {
        const v = asText(record[key]);
        if (v !== null) {
          used.add(key);
          return v;
        }
      }
    }
    return null;
  };
  const fields: RecordFields = {
    text: pick('text'),
    html: pick('html'),
    id: pick('id'),
    title: pick('title'),
    source: pick('source'),
    url: pick('url'),
    publishedAt: pick('publishedAt'),
  };
  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!used.has(k)) metadata[k] = v;
  return { fields, metadata };
}

export const EMPTY_FIELDS: RecordFields = {
  id: null,
  title: null,
  source: null,
  url: null,
  publishedAt: null,
  text: null,
  html: null,
};
