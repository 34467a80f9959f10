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

export class WorkerPool<Req, Res> {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  /**
   * `module` is the worker's file without its extension, relative to `from` (the caller's import.meta.url):
   * under tsx (the tests) the caller and the worker are TypeScript sources, built they are JavaScript.
   */
  constructor(from: string, module: string, size: number, workerData?: unknown) {
    const ext = from.endsWith('.ts') ? '.ts' : '.js';
    const url = new URL(`${module}${ext}`, from);
    for (let i = 0; i < size; i++) {
      // From source, a worker does not inherit tsx's loader: register it, then load the worker.
      const worker =
        ext === '.ts'
          ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData })
          : new Worker(url, { workerData });
      const slot = { worker, busy: 0 };
      worker.on('message', (m: Reply<Res>) => {
        slot.busy--;
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (!w) return;
        if ('error' in m) w.reject(new WorkerError(m.error.name, m.error.message));
        else w.resolve(m.ok);
      });
      worker.on('error', (e) => {
        for (const w of this.waiting.values()) w.reject(e);
        this.waiting.clear();
      });
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(req: Req): Promise<Res> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, req });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
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
