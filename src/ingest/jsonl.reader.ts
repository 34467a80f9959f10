// JSONL (and a JSON array of records): one report per record, streamed line by line.
import { message } from '../core/values.js';
import type { Origin } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { splitLines } from './lines.js';
import { DEFAULT_KEYS, mapRecord } from './record-fields.js';
import { messageItem, rawReport, type IngestItem, type ReadOptions } from './raw-report.js';

const TEXT_KEYS_HINT = `${DEFAULT_KEYS.text.join(', ')} or ${DEFAULT_KEYS.html.join(', ')}`;

/** Turns one parsed record into a report item, or a message saying why it is not one. */
export function recordItem(
  record: unknown,
  bytes: Uint8Array,
  origin: Origin,
  format: 'jsonl' | 'csv',
  opts: ReadOptions,
  messages: ReturnType<typeof decodeBytes>['messages'],
): IngestItem {
  const where = { source: origin.location, line: origin.line };
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return messageItem(message('error', `ingest:${format}-not-object`, 'record is not an object; skipped', where));
  }
  const { fields, metadata } = mapRecord(record as Record<string, unknown>, opts.fieldMap);
  if (fields.text === null && fields.html === null) {
    const mapped = opts.fieldMap.text ? `${opts.fieldMap.text}, ` : '';
    return messageItem(
      message('error', `ingest:${format}-no-text`, `record has no text (looked for ${mapped}${TEXT_KEYS_HINT}; name the column with --map text=COLUMN); skipped`, where),
    );
  }
  return rawReport(format, origin, bytes, fields, metadata, messages);
}

/** Reads JSONL from a byte stream; a malformed line is a message and the rest goes on. */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array>,
  location: string,
  kind: Origin['kind'],
  opts: ReadOptions,
): AsyncGenerator<IngestItem> {
  let records = 0;
  for await (const ev of splitLines(chunks, opts.maxReportBytes)) {
    if (ev.kind === 'oversized') {
      yield messageItem(
        message(
          'error',
          'ingest:too-large',
          `line of ${ev.line.length} bytes is over the ${opts.maxReportBytes}-byte report limit; skipped`,
          { source: location, line: ev.line.number },
        ),
      );
      continue;
    }
    const { number, bytes } = ev.line;
    const decoded = decodeBytes(bytes, { source: location, firstLine: number });
    const text = decoded.text.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    const origin: Origin = { kind, location, line: number };
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      yield messageItem(message('error', 'ingest:jsonl-malformed', `not valid JSON (${why}); skipped`, { source: location, line: number }));
      continue;
    }
    records++;
    yield recordItem(record, bytes, origin, 'jsonl', opts, decoded.messages);
  }
  if (records === 0) {
    yield messageItem(message('warning', 'ingest:empty', 'no records in this JSONL input', { source: location }));
  }
}

/** Reads a JSON document holding an array of records (or one record); read whole, so size-limited upstream. */
export function* readJsonArray(bytes: Uint8Array, location: string, kind: Origin['kind'], opts: ReadOptions): Generator<IngestItem> {
  const decoded = decodeBytes(bytes, { source: location });
  let doc: unknown;
  try {
    doc = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    yield messageItem(message('error', 'ingest:json-malformed', `not valid JSON (${why}); skipped`, { source: location }));
    return;
  }
  const list = Array.isArray(doc) ? doc : [doc];
  for (let i = 0; i < list.length; i++) {
    const rec = list[i];
    // Each element's raw bytes are its canonical JSON: the array's own bytes are one file, not one report.
    const recBytes = Buffer.from(JSON.stringify(rec), 'utf8');
    yield recordItem(rec, recBytes, { kind, location, line: i + 1 }, 'jsonl', opts, decoded.messages);
  }
}
