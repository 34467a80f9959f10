// CSV/TSV with a header row: one report per record, streamed; a broken record is a message, not a stop.
import { once } from 'node:events';
import { parse, type CsvError } from 'csv-parse';
import { message } from '../core/values.js';
import type { Message, Origin } from '../core/types.js';
import { decodeBytes } from './decode.js';
import { recordItem } from './jsonl.reader.js';
import { messageItem, type IngestItem, type ReadOptions } from './raw-report.js';

interface ParsedRow {
  readonly record: Record<string, string>;
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/** A parser error as a message naming the line; an unclosed quote swallows the rest of the file, so it says so. */
function csvMessage(err: CsvError & { lines?: number }, location: string, lastGoodLine: number | null): Message {
  const line = err.lines ?? (lastGoodLine === null ? null : lastGoodLine + 1);
  const text =
    err.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `a quoted field is never closed (the file ends at line ${line ?? '?'} inside it); the records after the last good one are not read`
      : `${err.message.replace(/^Invalid [^:]*: /, '')}; record skipped`;
  return message('error', 'ingest:csv-malformed', text, { source: location, line });
}

export async function* readCsv(
  chunks: AsyncIterable<Uint8Array>,
  location: string,
  kind: Origin['kind'],
  opts: ReadOptions,
  delimiter = ',',
): AsyncGenerator<IngestItem> {
  const parser = parse({
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    delimiter,
    raw: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: opts.maxReportBytes,
  });
  const pending: Message[] = [];
  parser.on('skip', (err: CsvError & { lines?: number }) => pending.push(csvMessage(err, location, null)));
  const feeding = (async () => {
    for await (const chunk of chunks) if (!parser.write(chunk)) await once(parser, 'drain');
    parser.end();
  })().catch((e: unknown) => parser.destroy(e instanceof Error ? e : new Error(String(e))));
  let records = 0;
  let lastLine = 0;
  try {
    for await (const row of parser as AsyncIterable<ParsedRow>) {
      while (pending.length > 0) yield messageItem(pending.shift()!);
      const line = row.info.lines;
      lastLine = line;
      const bytes = Buffer.from(row.raw, 'utf8');
      const decoded = decodeBytes(bytes, { source: location, firstLine: line });
      records++;
      yield recordItem(row.record, bytes, { kind, location, line }, 'csv', opts, decoded.messages);
    }
  } catch (e) {
    yield messageItem(csvMessage(e as CsvError & { lines?: number }, location, lastLine));
  }
  await feeding;
  while (pending.length > 0) yield messageItem(pending.shift()!);
  if (records === 0) yield messageItem(message('warning', 'ingest:empty', 'no records in this CSV input', { source: location }));
}
