// A read worker of the server: opens the database read-only and answers list and search pages.
import { workerData } from 'node:worker_threads';
import { answerRequests } from '../core/worker-pool.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ReadRequest } from './read-pool.js';

const store = SqliteStore.openReader((workerData as { path: string }).path);
answerRequests((req: ReadRequest) => store.pageSummaries(req.filter));
