// Shared test helpers: temporary folders, reading inputs into arrays, a local HTTP server.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Message, RawReport } from '../src/core/types.js';
import { DEFAULT_READ_OPTIONS, sha256Hex, type ReadOptions } from '../src/ingest/raw-report.js';
import { EMPTY_FIELDS } from '../src/ingest/record-fields.js';
import { readInputs } from '../src/ingest/read-inputs.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A fresh folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes files (relative path → content) under `dir`; returns the absolute paths in the same order. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string[] {
  return Object.entries(files).map(([rel, content]) => {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  });
}

/** Reads inputs to the end; reports and messages in the order they came. */
export async function readAll(
  inputs: string[],
  opts: Partial<ReadOptions> = {},
  stdin?: AsyncIterable<Uint8Array>,
): Promise<{ reports: RawReport[]; messages: Message[] }> {
  const reports: RawReport[] = [];
  const messages: Message[] = [];
  for await (const item of readInputs(inputs, { ...DEFAULT_READ_OPTIONS, ...opts }, stdin)) {
    if (item.kind === 'report') reports.push(item.raw);
    else messages.push(item.message);
  }
  return { reports, messages };
}

export async function* chunksOf(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
}

/** A server on 127.0.0.1 for the duration of the test file. */
export async function localServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A plain-text report as read from a file, with any record fields set. */
export function rawText(text: string, fields: Partial<typeof EMPTY_FIELDS> = {}): RawReport {
  const bytes = Buffer.from(text);
  return {
    format: 'text',
    origin: { kind: 'file', location: 'fixture.txt', line: null },
    bytes,
    sha256: sha256Hex(bytes),
    receivedAt: '2020-01-01T00:00:00.000Z',
    fields: { ...EMPTY_FIELDS, text, ...fields },
    metadata: { desk: 'test' },
    messages: [],
  };
}
