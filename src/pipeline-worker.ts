// A worker thread of the ingest pool: cleans and extracts the raw reports it is sent, in its own isolate.
import { answerRequests } from './core/worker-pool.js';
import { processRaw, type ProcessRequest } from './pipeline.js';

answerRequests((req: ProcessRequest) => processRaw(req.raw, req.extract));
