// Lists and searches answered by worker threads, each reading the database on its own connection, so that
// on a machine with more than one core many people can page through a large record at once while the main
// thread parses requests, checks who is calling and writes.
import { WorkerError, WorkerPool } from '../core/worker-pool.js';
import { InvalidRequest, type IncidentFilter, type Store, type SummaryPage } from '../store/store.js';

/** The reads a server can hand to other threads: the store itself, or a pool of readers. */
export type ListReads = Pick<Store, 'pageSummaries'>;

export interface ReadRequest {
  readonly filter: IncidentFilter;
}

export class ReadPool implements ListReads {
  private readonly pool: WorkerPool<ReadRequest, SummaryPage>;

  constructor(path: string, size: number) {
    this.pool = new WorkerPool(import.meta.url, './read-worker', size, { path });
  }

  async pageSummaries(filter: IncidentFilter): Promise<SummaryPage> {
    try {
      return await this.pool.run({ filter });
    } catch (e) {
      // A caller's mistake found in the worker (a cursor that is not ours) is still the caller's mistake.
      if (e instanceof WorkerError && e.errorName === InvalidRequest.name) throw new InvalidRequest(e.message);
      throw e;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
