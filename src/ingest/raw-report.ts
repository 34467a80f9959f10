// Builds RawReports and the items an ingest source yields.
import { createHash } from 'node:crypto';
import type { InputFormat, Message, Origin, RawReport, RecordFields } from '../core/types.js';
import type { FieldMap } from './record-fields.js';

/** What reading inputs yields: a report as received, or a message about an input that gave none. */
export type IngestItem =
  | { readonly kind: 'report'; readonly raw: RawReport }
  | { readonly kind: 'message'; readonly message: Message };

export interface ReadOptions {
  /** Largest report accepted, in bytes (a whole file, a JSONL line, a CSV record, a feed item). */
  readonly maxReportBytes: number;
  readonly urlTimeoutMs: number;
  readonly maxRedirects: number;
  readonly fieldMap: FieldMap;
  /** Forces a format instead of guessing it from the name and content. */
  readonly format: InputFormat | null;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = Object.freeze({
  maxReportBytes: 20 * 1024 * 1024,
  urlTimeoutMs: 15_000,
  maxRedirects: 5,
  fieldMap: {},
  format: null,
});

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function rawReport(
  format: InputFormat,
  origin: Origin,
  bytes: Uint8Array,
  fields: RecordFields,
  metadata: Record<string, unknown>,
  messages: readonly Message[],
): IngestItem {
  const raw: RawReport = {
    format,
    origin,
    bytes,
    sha256: sha256Hex(bytes),
    receivedAt: new Date().toISOString(),
    fields,
    metadata,
    messages,
  };
  return { kind: 'report', raw };
}

export function messageItem(m: Message): IngestItem {
  return { kind: 'message', message: m };
}
