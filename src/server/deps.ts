// What every route module is given: the store, who is calling, the settings, and how to link.
import type { Linker, Store } from '../store/store.js';
import type { ReadOptions } from '../ingest/raw-report.js';
import type { Auth } from './auth.js';
import type { AggregateCache } from './aggregate-cache.js';
import type { ServerConfig } from './config.js';
import type { ListReads } from './read-pool.js';

export interface ServerDeps {
  readonly store: Store;
  /** Where lists and searches are read: the store, or a pool of read workers over the same database. */
  readonly reads: ListReads;
  readonly auth: Auth;
  readonly cfg: ServerConfig;
  readonly linker: Linker;
  readonly readOptions: ReadOptions;
  readonly aggregates: AggregateCache;
  /** The first admin's one-time setup code while there are no users; null once someone is set up. */
  setupCode: string | null;
}
