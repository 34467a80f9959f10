// The one place the stages meet: ingest → clean → extract → link → store.
import { cleanReport } from './clean/clean-report.js';
import type { Extraction, Message, RawReport } from './core/types.js';
import { extractAccounts, toExtraction } from './extract/extract-report.js';
import { readInputs } from './ingest/read-inputs.js';
import type { ReadOptions } from './ingest/raw-report.js';
import { linkAccounts } from './link/link-accounts.js';
import type { ReportBundle, Store } from './store/store.js';

/** Clean and extract one raw report (`extract: false` cleans only, for measuring ingest alone). */
export function processRaw(raw: RawReport, extract = true): ReportBundle & { extraction: Extraction } {
  const report = cleanReport(raw);
  const found = report.text === '' || !extract ? { accounts: [], messages: [] } : extractAccounts(report);
  const { accounts } = found;
  // Extraction places its messages by span; the report's origin says which file and line they belong to.
  const messages = found.messages.map((m) => (m.source ? m : { ...m, source: raw.origin.location, line: raw.origin.line }));
  const withMessages = messages.length > 0 ? { ...report, messages: [...report.messages, ...messages] } : report;
  return { raw, report: withMessages, accounts, extraction: toExtraction(report, accounts, messages) };
}

/** Runs `extract` with no database: one contract line per report, in input order, streaming. */
export async function* extractInputs(
  inputs: readonly string[],
  opts: ReadOptions,
  stdin?: AsyncIterable<Uint8Array>,
): AsyncGenerator<{ kind: 'extraction'; extraction: Extraction } | { kind: 'message'; message: Message }> {
  for await (const item of readInputs(inputs, opts, stdin)) {
    if (item.kind === 'message') yield item;
    else yield { kind: 'extraction', extraction: processRaw(item.raw).extraction };
  }
}

export interface IngestProgress {
  /** Reports read from the inputs (stored + duplicates). */
  readonly read: number;
  readonly stored: number;
  readonly duplicates: number;
  /** Inputs or records that gave no report, each with an error message. */
  readonly failed: number;
  readonly incidents: number;
}

export interface IngestSummary extends IngestProgress {
  readonly batchId: number;
  /** Lines cleaning removed from the stored reports, by rule (`clean:headline-list`: 12, ...). */
  readonly removed: Readonly<Record<string, number>>;
  /** Every warning and error, in input order: about inputs that failed and about reports stored. */
  readonly messages: readonly Message[];
}

export interface IngestRunOptions extends ReadOptions {
  /** Reports per transaction: a killed run loses at most this many, and a rerun redoes just them. */
  readonly batchSize: number;
  readonly onProgress?: (p: IngestProgress) => void;
  /** False stores reports without extracting incidents (used to measure ingest on its own). Default true. */
  readonly extract?: boolean;
  readonly stdin?: AsyncIterable<Uint8Array>;
}

/** Reads, cleans, extracts, links and stores every input. Idempotent: a rerun stores nothing twice. */
export async function ingestInputs(store: Store, inputs: readonly string[], opts: IngestRunOptions): Promise<IngestSummary> {
  const batchId = await store.startBatch('ingest', inputs);
  const messages: Message[] = [];
  let pending: ReportBundle[] = [];
  let pendingMessages: Message[] = [];
  const pendingSha = new Set<string>();
  const p = { read: 0, stored: 0, duplicates: 0, failed: 0, incidents: 0 };
  const removed: Record<string, number> = {};

  const flush = async () => {
    if (pending.length > 0) {
      let made = 0;
      const outcomes = await store.saveBatch(batchId, pending, (refs) => {
        const incidents = linkAccounts(refs);
        made = incidents.length;
        return incidents;
      });
      p.incidents += made;
      for (const o of outcomes) if (o.kind === 'stored') p.stored++;
      else p.duplicates++;
    }
    if (pendingMessages.length > 0) await store.saveMessages(pendingMessages, batchId);
    pending = [];
    pendingMessages = [];
    pendingSha.clear();
    opts.onProgress?.({ ...p });
  };

  for await (const item of readInputs(inputs, opts, opts.stdin)) {
    if (item.kind === 'message') {
      if (item.message.severity === 'error') p.failed++;
      if (item.message.severity !== 'info') messages.push(item.message);
      pendingMessages.push(item.message);
      continue;
    }
    p.read++;
    const { raw } = item;
    // Known bytes are not cleaned again: a rerun over a stored corpus costs a hash and a lookup per report.
    if (pendingSha.has(raw.sha256) || (await store.knownRaw([raw.sha256])).size > 0) {
      p.duplicates++;
      continue;
    }
    const bundle = processRaw(raw, opts.extract !== false);
    messages.push(...bundle.report.messages.filter((m) => m.severity !== 'info'));
    for (const r of bundle.report.removed) removed[r.rule] = (removed[r.rule] ?? 0) + 1;
    pending.push(bundle);
    pendingSha.add(raw.sha256);
    if (pending.length >= opts.batchSize) await flush();
  }
  await flush();
  const summary: IngestSummary = { ...p, batchId, removed, messages };
  await store.finishBatch(batchId, { ...p, removed, messages: messages.length });
  return summary;
}
