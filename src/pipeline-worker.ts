// A worker thread of the ingest pool: cleans and extracts the raw reports it is sent, in its own isolate.
import { parentPort } from 'node:worker_threads';
import type { RawReport } from './core/types.js';
import { processRaw } from './pipeline.js';

export interface WorkRequest {
  readonly seq: number;
  readonly raw: RawReport;
  readonly extract: boolean;
}

parentPort?.on('message', (msg: WorkRequest) => {
  try {
    const { report, accounts } = processRaw(msg.raw, msg.extract);
    parentPort!.postMessage({ seq: msg.seq, report, accounts });
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
