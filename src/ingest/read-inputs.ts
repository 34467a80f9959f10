// Expands the user's inputs (files, folders, globs, `-`, URLs) and reads each with the reader for its format.
import { createReadStream } from 'node:fs';
import { open, readFile as readWhole, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import fg from 'fast-glob';
import { message } from '../core/values.js';
import type { InputFormat, Origin } from '../core/types.js';
import { readCsv } from './csv.reader.js';
import { decodeBytes, looksBinary, sniffHtmlCharset } from './decode.js';
import { isFeed, readFeed } from './feed.reader.js';
import { fetchUrl } from './fetch-url.js';
import { readJsonArray, readJsonl } from './jsonl.reader.js';
import { EMPTY_FIELDS } from './record-fields.js';
import { messageItem, rawReport, type IngestItem, type ReadOptions } from './raw-report.js';

/** A format as read: JSON arrays and TSV are read differently from JSONL and CSV but store as those. */
type ReadFormat = InputFormat | 'json' | 'tsv';

const BY_EXTENSION: Readonly<Record<string, ReadFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.csv': 'csv', '.tsv': 'tsv',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

/** Extensions that are never reports; a folder walk passes them over with a note instead of reading them. */
const NOT_REPORTS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico', '.pdf', '.zip', '.gz', '.tgz', '.bz2', '.xz', '.7z',
  '.mp4', '.mov', '.mkv', '.webm', '.mp3', '.wav', '.ogg', '.db', '.sqlite', '.exe', '.bin', '.woff', '.woff2',
]);

/** Guesses the format from the first bytes when the name does not say. */
export function sniffFormat(head: Buffer): ReadFormat {
  const s = decodeBytes(head.subarray(0, 4096), { source: null }).text.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('<')) return isFeed(s) ? 'feed' : 'html';
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) return 'jsonl';
  return 'text';
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  yield* createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>;
}

async function readHead(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Reads a whole input that is one document (text, HTML, feed, JSON array) or many records (JSONL, CSV). */
function* readDocument(
  bytes: Buffer,
  format: ReadFormat,
  origin: Origin,
  opts: ReadOptions,
  declaredCharset: string | null = null,
): Generator<IngestItem> {
  const where = { source: origin.location };
  if (format === 'json') {
    yield* readJsonArray(bytes, origin.location, origin.kind, opts);
    return;
  }
  const decoded = decodeBytes(bytes, {
    source: origin.location,
    declared: declaredCharset ?? (format === 'html' ? sniffHtmlCharset(bytes) : null),
  });
  if (decoded.text.trim() === '') {
    yield messageItem(message('warning', 'ingest:empty', 'empty input (no text); skipped', where));
    return;
  }
  if (format === 'feed') {
    yield* readFeed(decoded.text, origin.location, origin.kind, opts);
    return;
  }
  const fields = format === 'html' ? { ...EMPTY_FIELDS, html: decoded.text } : { ...EMPTY_FIELDS, text: decoded.text };
  if (origin.kind === 'url') Object.assign(fields, { url: origin.location });
  yield rawReport(format === 'html' ? 'html' : 'text', origin, bytes, fields, {}, decoded.messages);
}

/** Records (JSONL, CSV) held in memory: a URL's body, a UTF-16 file. */
async function* fromBuffer(buf: Buffer): AsyncGenerator<Uint8Array> {
  yield buf;
}

async function* readRecords(
  chunks: AsyncIterable<Uint8Array>,
  format: 'jsonl' | 'csv' | 'tsv',
  location: string,
  kind: Origin['kind'],
  opts: ReadOptions,
): AsyncGenerator<IngestItem> {
  if (format === 'jsonl') yield* readJsonl(chunks, location, kind, opts);
  else yield* readCsv(chunks, location, kind, opts, format === 'tsv' ? '\t' : ',');
}

/** Whole-document inputs may be this large: a feed holds many reports. */
function documentLimit(format: ReadFormat, opts: ReadOptions): number {
  return format === 'feed' || format === 'json' ? opts.maxReportBytes * 5 : opts.maxReportBytes;
}

/** A folder's own documentation (README, LICENSE, ATTRIBUTION…): about the reports, not one of them. */
const FOLDER_DOCS = /^(readme|licen[cs]e|attribution|changelog|notice|copying)(\.[a-z]+)?$/i;

async function* readFile(path: string, opts: ReadOptions, fromWalk: boolean): AsyncGenerator<IngestItem> {
  const where = { source: path };
  const ext = extname(path).toLowerCase();
  if (fromWalk && NOT_REPORTS.has(ext)) {
    yield messageItem(message('info', 'ingest:not-a-report', `${ext} files are not reports; passed over`, where));
    return;
  }
  if (fromWalk && FOLDER_DOCS.test(basename(path))) {
    yield messageItem(message('info', 'ingest:not-a-report', 'a folder\'s documentation file, not a report; passed over (name it to read it)', where));
    return;
  }
  let size: number;
  let head: Buffer;
  try {
    size = (await stat(path)).size;
    head = await readHead(path, 8192);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield messageItem(message('error', 'ingest:unreadable', `cannot read (${code ?? String(e)})`, where));
    return;
  }
  if (size === 0) {
    yield messageItem(message('warning', 'ingest:empty', 'empty file; skipped', where));
    return;
  }
  if (looksBinary(head)) {
    yield messageItem(message('error', 'ingest:binary', 'binary file (not text); skipped', where));
    return;
  }
  const format: ReadFormat = opts.format ?? BY_EXTENSION[ext] ?? sniffFormat(head);
  const utf16 = head[0] === 0xff || head[0] === 0xfe;
  if ((format === 'jsonl' || format === 'csv' || format === 'tsv') && !utf16) {
    yield* readRecords(fileChunks(path), format, path, 'file', opts);
    return;
  }
  const limit = format === 'jsonl' || format === 'csv' || format === 'tsv' ? opts.maxReportBytes * 5 : documentLimit(format, opts);
  if (size > limit) {
    yield messageItem(message('error', 'ingest:too-large', `${size} bytes is over the ${limit}-byte limit; skipped`, where));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readWhole(path);
  } catch (e) {
    yield messageItem(message('error', 'ingest:unreadable', `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, where));
    return;
  }
  if (format === 'jsonl' || format === 'csv' || format === 'tsv') {
    // UTF-16 records: decode whole, then read as UTF-8 lines.
    const text = decodeBytes(bytes, { source: path }).text.replace(/^\uFEFF/, '');
    yield* readRecords(fromBuffer(Buffer.from(text, 'utf8')), format, path, 'file', opts);
    return;
  }
  yield* readDocument(bytes, format, { kind: 'file', location: path, line: null }, opts);
}

function formatFromContentType(ct: string | null): ReadFormat | null {
  if (!ct) return null;
  const t = ct.split(';')[0]!.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (/(rss|atom)\+xml$/.test(t)) return 'feed';
  if (t === 'application/x-ndjson' || t === 'application/jsonl') return 'jsonl';
  if (t === 'text/csv') return 'csv';
  if (t === 'text/plain') return 'text';
  return null;
}

async function* readUrl(url: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const got = await fetchUrl(url, { timeoutMs: opts.urlTimeoutMs, maxBytes: opts.maxReportBytes, maxRedirects: opts.maxRedirects });
  if (!got.ok) {
    yield messageItem(message('error', 'ingest:url-failed', got.reason, { source: url }));
    return;
  }
  if (got.bytes.length === 0) {
    yield messageItem(message('warning', 'ingest:empty', 'empty response; skipped', { source: url }));
    return;
  }
  if (looksBinary(got.bytes)) {
    yield messageItem(message('error', 'ingest:binary', `binary response (${got.contentType ?? 'no content type'}); skipped`, { source: url }));
    return;
  }
  const format = opts.format ?? formatFromContentType(got.contentType) ?? sniffFormat(got.bytes);
  const charset = /charset=([\w-]+)/i.exec(got.contentType ?? '')?.[1] ?? null;
  if (format === 'jsonl' || format === 'csv' || format === 'tsv') {
    yield* readRecords(fromBuffer(got.bytes), format, url, 'url', opts);
    return;
  }
  yield* readDocument(got.bytes, format, { kind: 'url', location: got.finalUrl, line: null }, opts, charset);
}

async function* readStdin(opts: ReadOptions, stdin: AsyncIterable<Uint8Array>): AsyncGenerator<IngestItem> {
  const it = stdin[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    yield messageItem(message('warning', 'ingest:empty', 'nothing on standard input', { source: '-' }));
    return;
  }
  const head = Buffer.from(first.value);
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: async function* () {
      yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  if (looksBinary(head)) {
    yield messageItem(message('error', 'ingest:binary', 'binary data on standard input; skipped', { source: '-' }));
    return;
  }
  const format = opts.format ?? sniffFormat(head);
  if (format === 'jsonl' || format === 'csv' || format === 'tsv') {
    yield* readRecords(rest, format, '-', 'stdin', opts);
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of rest) {
    size += c.byteLength;
    if (size > documentLimit(format, opts)) {
      yield messageItem(message('error', 'ingest:too-large', `standard input is over the ${documentLimit(format, opts)}-byte limit; skipped`, { source: '-' }));
      return;
    }
    parts.push(Buffer.from(c));
  }
  yield* readDocument(Buffer.concat(parts), format, { kind: 'stdin', location: '-', line: null }, opts);
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Reads every input in order. Folders are walked recursively (hidden files passed over) in sorted order,
 * globs expanded, `-` is standard input, http(s) URLs are fetched. Never throws for a bad input: it yields a
 * message naming it and goes on.
 */
export async function* readInputs(
  inputs: readonly string[],
  opts: ReadOptions,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(opts, stdin);
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, opts);
      continue;
    }
    let kind: 'file' | 'dir' | null = null;
    try {
      const s = await stat(input);
      kind = s.isDirectory() ? 'dir' : 'file';
    } catch (e) {
      if (!GLOB_CHARS.test(input)) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
        yield messageItem(message('error', 'ingest:unreadable', `cannot read (${why})`, { source: input }));
        continue;
      }
    }
    if (kind === 'file') {
      yield* readFile(input, opts, false);
      continue;
    }
    const pattern = kind === 'dir' ? `${fg.escapePath(input.replace(/\/+$/, ''))}/**/*` : input;
    const files = (await fg(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: true, suppressErrors: true })).sort();
    if (files.length === 0) {
      const what = kind === 'dir' ? 'folder has no files to read' : 'pattern matches no files';
      yield messageItem(message('error', kind === 'dir' ? 'ingest:empty-folder' : 'ingest:no-match', what, { source: input }));
      continue;
    }
    for (const f of files) yield* readFile(f, opts, true);
  }
}

/**
 * Reads a document sent over the API (an uploaded file, a pasted text) as `readInputs` reads a file: the
 * format from the name, else the content type, else the first bytes. `name` is what the client called it.
 */
export async function* readUpload(bytes: Buffer, name: string, contentType: string | null, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const location = `upload:${name}`;
  const where = { source: location };
  if (bytes.length === 0) {
    yield messageItem(message('warning', 'ingest:empty', 'empty upload; skipped', where));
    return;
  }
  if (looksBinary(bytes)) {
    yield messageItem(message('error', 'ingest:binary', `binary data (${contentType ?? 'no content type'}), not a report; skipped`, where));
    return;
  }
  const format = opts.format ?? BY_EXTENSION[extname(name).toLowerCase()] ?? formatFromContentType(contentType) ?? sniffFormat(bytes);
  if (format === 'jsonl' || format === 'csv' || format === 'tsv') {
    const text = decodeBytes(bytes, { source: location }).text.replace(/^\uFEFF/, '');
    yield* readRecords(fromBuffer(Buffer.from(text, 'utf8')), format, location, 'api', opts);
    return;
  }
  if (bytes.length > documentLimit(format, opts)) {
    yield messageItem(message('error', 'ingest:too-large', `over the ${documentLimit(format, opts)}-byte limit; skipped`, where));
    return;
  }
  yield* readDocument(bytes, format, { kind: 'api', location, line: null }, opts, /charset=([\w-]+)/i.exec(contentType ?? '')?.[1] ?? null);
}
