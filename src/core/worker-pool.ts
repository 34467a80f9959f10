// Worker threads that answer requests: each request goes to the least busy worker, and its answer resolves
// the promise made for it. Used by ingest (cleaning and extracting) and by the server (read queries).
import { parentPort, Worker } from 'node:worker_threads';

/** What a worker sends back: the answer, or the error's class name and message. */
type Reply<Res> = { readonly id: number; readonly ok: Res } | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };

/** An error thrown in a worker, as the caller sees it: same class name and message. */
export class WorkerError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

interface Slot {
  worker: Worker;
  /** Requests sent to this worker and not yet answered. */
  readonly inFlight: Set<number>;
  /** Whether it has answered anything: a worker that dies before its first answer is not started again. */
  answered: boolean;
}

export class WorkerPool<Req, Res> {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private closing = false;
  private lastFailure: Error | null = null;
  private readonly url: URL;
  private readonly eval: boolean;

  /**
   * `module` is the worker's file without its extension, relative to `from` (the caller's import.meta.url):
   * under tsx (the tests) the caller and the worker are TypeScript sources, built they are JavaScript.
   */
  constructor(
    from: string,
    module: string,
    size: number,
    private readonly workerData?: unknown,
  ) {
    this.eval = from.endsWith('.ts');
    this.url = new URL(`${module}${this.eval ? '.ts' : '.js'}`, from);
    for (let i = 0; i < size; i++) this.slots.push(this.start({ worker: null as unknown as Worker, inFlight: new Set(), answered: false }));
  }

  private start(slot: Slot): Slot {
    // From source, a worker does not inherit tsx's loader: register it, then load the worker.
    slot.worker = this.eval
      ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(this.url.href)}); });`, { eval: true, workerData: this.workerData })
      : new Worker(this.url, { workerData: this.workerData });
    const worker = slot.worker;
    worker.on('message', (m: Reply<Res>) => {
      slot.answered = true;
      slot.inFlight.delete(m.id);
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (!w) return;
      if ('error' in m) w.reject(new WorkerError(m.error.name, m.error.message));
      else w.resolve(m.ok);
    });
    let over = false;
    const failed = (e: Error) => {
      // An error is followed by an exit: the first says why.
      if (over) return;
      over = true;
      this.lastFailure = e;
      // What it was doing fails; the pool goes on with a new worker in its place, unless it never started.
      for (const id of slot.inFlight) {
        this.waiting.get(id)?.reject(e);
        this.waiting.delete(id);
      }
      slot.inFlight.clear();
      if (this.closing) return;
      if (slot.answered) this.start(slot);
      else this.slots.splice(this.slots.indexOf(slot), 1);
    };
    worker.on('error', failed);
    worker.on('exit', (code) => failed(new Error(`a worker thread stopped (exit code ${code})`)));
    return slot;
  }

  get size(): number {
    return this.slots.length;
  }

  run(req: Req): Promise<Res> {
    if (this.slots.length === 0) return Promise.reject(this.lastFailure ?? new Error('no worker threads are running'));
    const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = this.nextId++;
    slot.inFlight.add(id);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, req });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** The worker's side: answers each request with `handle`, errors included. */
export function answerRequests<Req, Res>(handle: (req: Req) => Res | Promise<Res>): void {
  parentPort?.on('message', async (m: { id: number; req: Req }) => {
    let reply: Reply<Res>;
    try {
      reply = { id: m.id, ok: await handle(m.req) };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      reply = { id: m.id, error: { name: err.constructor.name, message: err.message } };
    }
    parentPort!.postMessage(reply);
  });
}
