// The one place the stages meet: ingest → clean → extract → link → store.
import { availableParallelism } from 'node:os';
import { cleanReport } from './clean/clean-report.js';
import type { Account, Extraction, Message, RawReport, Report } from './core/types.js';
import { extractAccounts, toExtraction } from './extract/extract-report.js';
import { readInputs } from './ingest/read-inputs.js';
import { messageItem, type IngestItem, type ReadOptions } from './ingest/raw-report.js';
import { recordItem } from './ingest/jsonl.reader.js';
import { message } from './core/values.js';
import { DEFAULT_LINK_CONFIG } from './link/config.js';
import { textFingerprint } from './link/fingerprint.js';
import { ActorRegistry } from './extract/actors/registry.js';
import { WorkerPool } from './core/worker-pool.js';
import type { Linker, ReportBundle, Store } from './store/store.js';

/** The linker every command uses: the default rules and the actor registry's parents. */
export function defaultLinker(): Linker {
  const registry = ActorRegistry.load();
  return { config: DEFAULT_LINK_CONFIG, parentOf: registry.parentOf };
}

/**
 * Clean and extract one raw report (`extract: false` cleans only, for measuring ingest alone). `fingerprint:
 * false` skips the wire-copy signature, which only linking reads (`extract` with no database never links).
 */
export function processRaw(raw: RawReport, extract = true, fingerprint = true): ReportBundle & { extraction: Extraction } {
  const report = cleanReport(raw);
  const read = report.text === '' || !extract ? { accounts: [], messages: [] } : extractAccounts(report);
  // The rules read English and Arabic: a text in another language says so, found or not.
  const foreign = extract && report.language !== null && report.language !== 'en' && report.language !== 'ar' ? report.language : null;
  const found = foreign
    ? {
        ...read,
        messages: [
          ...read.messages,
          read.accounts.length === 0
            ? message('info', 'extract:language', `the text is in another language (${foreign}) than the extractor reads (English, Arabic): no incident recorded`)
            : message('warning', 'extract:language', `the text is in another language (${foreign}) than the extractor reads (English, Arabic): check what was read`),
        ],
      }
    : read;
  const { accounts } = found;
  // Extraction places its messages by span; the report's origin says which file and line they belong to.
  const messages = found.messages.map((m) => (m.source ? m : { ...m, source: raw.origin.location, line: raw.origin.line }));
  const withMessages = messages.length > 0 ? { ...report, messages: [...report.messages, ...messages] } : report;
  // The fingerprint tells wire copies apart when linking; a report with no incident is never linked.
  const signature = fingerprint && accounts.length > 0 ? textFingerprint(report.text) : null;
  return { raw, report: withMessages, accounts, fingerprint: signature, extraction: toExtraction(report, accounts, messages) };
}

/**
 * Report records sent as JSON to the API ({text, title, url, source, published_at...}, the keys a JSONL
 * line takes), as ingest items; `where` names the request in messages, and each record is its line.
 */
export function recordItems(records: readonly unknown[], where: string, opts: ReadOptions): IngestItem[] {
  return records.map((r, i) => {
    const origin = { kind: 'api' as const, location: where, line: i + 1 };
    let bytes: Buffer;
    try {
      bytes = Buffer.from(JSON.stringify(r), 'utf8');
    } catch {
      return messageItem(message('error', 'ingest:api-record', 'record cannot be read as JSON; skipped', { source: where, line: i + 1 }));
    }
    return recordItem(r, bytes, origin, 'jsonl', opts, []);
  });
}

/** Runs `extract` with no database: one contract line per report, in input order, streaming. */
export async function* extractInputs(
  inputs: readonly string[],
  opts: ReadOptions,
  stdin?: AsyncIterable<Uint8Array>,
): AsyncGenerator<{ kind: 'extraction'; extraction: Extraction } | { kind: 'message'; message: Message }> {
  for await (const item of readInputs(inputs, opts, stdin)) {
    if (item.kind === 'message') yield item;
    else yield { kind: 'extraction', extraction: processRaw(item.raw, true, false).extraction };
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

/**
 * The default number of worker threads: one per core beyond the one that reads and writes, from three cores
 * up. Measured on two cores, one worker gained nothing (the main thread's reading, hashing, SQLite writes
 * and message copying kept pace with it) and two gained 30% for 380 MB more memory (each worker holds its
 * own gazetteer), so two-core machines run in one thread unless told otherwise.
 */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores >= 3 ? cores - 1 : 0;
}

export type Processed = { readonly report: Report; readonly accounts: readonly Account[] };
export type ProcessRequest = { readonly raw: RawReport; readonly extract: boolean };

/** Worker threads that clean and extract; the caller consumes their answers in input order. */
class ProcessPool {
  private readonly pool: WorkerPool<ProcessRequest, Processed>;

  constructor(size: number) {
    this.pool = new WorkerPool(import.meta.url, './pipeline-worker', size);
  }

  async process(raw: RawReport, extract: boolean): Promise<Processed> {
    try {
      return await this.pool.run({ raw, extract });
    } catch (e) {
      throw new Error(`cleaning or extracting failed in a worker: ${(e as Error).message}`);
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export interface IngestRunOptions extends ReadOptions {
  /** Reports per transaction: a killed run loses at most this many, and a rerun redoes just them. */
  readonly batchSize: number;
  readonly onProgress?: (p: IngestProgress) => void;
  /** False stores reports without extracting incidents (used to measure ingest on its own). Default true. */
  readonly extract?: boolean;
  /** Worker threads that clean and extract (0: all in this thread). Default: one per core beyond the first. */
  readonly workers?: number;
  readonly stdin?: AsyncIterable<Uint8Array>;
}

/** Reads, cleans, extracts, links and stores every input. Idempotent: a rerun stores nothing twice. */
export async function ingestInputs(store: Store, inputs: readonly string[], opts: IngestRunOptions): Promise<IngestSummary> {
  return ingestItems(store, readInputs(inputs, opts, opts.stdin), { ...opts, command: 'ingest', inputs });
}

/**
 * Cleans, extracts, links and stores reports already read (by `readInputs`, or from an API request), as one
 * batch logged under `command` and `inputs`.
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: IngestRunOptions & { readonly command: string; readonly inputs: readonly string[] },
): Promise<IngestSummary> {
  const batchId = await store.startBatch(opts.command, opts.inputs);
  const messages: Message[] = [];
  let pending: ReportBundle[] = [];
  let pendingMessages: Message[] = [];
  const pendingSha = new Set<string>();
  const p = { read: 0, stored: 0, duplicates: 0, failed: 0, incidents: 0 };
  const linker = defaultLinker();
  const incidentsBefore = (await store.counts()).incidents;
  const removed: Record<string, number> = {};

  const flush = async () => {
    if (pending.length > 0) {
      const outcomes = await store.saveBatch(batchId, pending, linker);
      for (const o of outcomes) if (o.kind === 'stored') p.stored++;
      else p.duplicates++;
    }
    if (pendingMessages.length > 0) await store.saveMessages(pendingMessages, batchId);
    pending = [];
    pendingMessages = [];
    pendingSha.clear();
    opts.onProgress?.({ ...p });
  };

  const extract = opts.extract !== false;
  const workers = opts.workers ?? defaultWorkers();
  const pool = workers > 0 ? new ProcessPool(workers) : null;
  // Reports handed to the pool and not yet stored, in input order; bounded so memory stays flat.
  const inflight: { raw: RawReport; done: Promise<Processed> }[] = [];
  const maxInflight = Math.max(16, workers * 64);
  let seq = 0;

  const accept = async (raw: RawReport, processed: Processed) => {
    const bundle = { raw, ...processed };
    messages.push(...bundle.report.messages.filter((m) => m.severity !== 'info'));
    for (const r of bundle.report.removed) removed[r.rule] = (removed[r.rule] ?? 0) + 1;
    pending.push(bundle);
    if (pending.length >= opts.batchSize) await flush();
  };
  const drainOne = async () => {
    const next = inflight.shift()!;
    await accept(next.raw, await next.done);
  };

  try {
    for await (const item of items) {
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
      pendingSha.add(raw.sha256);
      if (!pool) {
        await accept(raw, processRaw(raw, extract));
        continue;
      }
      const done = pool.process(raw, extract);
      // Awaited in order later; a failure must not count as unhandled before then.
      done.catch(() => undefined);
      inflight.push({ raw, done });
      if (inflight.length >= maxInflight) await drainOne();
    }
    while (inflight.length > 0) await drainOne();
  } finally {
    await pool?.close();
  }
  await flush();
  // New incidents this run made (accounts that joined incidents already stored make none).
  p.incidents = (await store.counts()).incidents - incidentsBefore;
  const summary: IngestSummary = { ...p, batchId, removed, messages };
  await store.finishBatch(batchId, { ...p, removed, messages: messages.length });
  return summary;
}
