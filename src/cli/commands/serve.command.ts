// `corroborate serve`: the web app and the API on one port, over the database.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadServerConfig } from '../../server/config.js';
import { buildServer } from '../../server/app.js';
import { ReadPool } from '../../server/read-pool.js';
import { defaultLinker, ingestInputs } from '../../pipeline.js';
import { DEFAULT_READ_OPTIONS } from '../../ingest/raw-report.js';
import { openStore } from '../../store/open-store.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';

/** The web app `npm run build` made, beside this package's dist/; null when it was not built. */
function builtWeb(): string | null {
  const dir = fileURLToPath(new URL('../../../web/dist', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the web app and the API (http://127.0.0.1:8080 by default)')
    .option('--db <path>', 'database file (default $CORROBORATE_DB or ./corroborate.db)')
    .option('--host <host>', 'address to listen on (default $CORROBORATE_HOST or 127.0.0.1)')
    .option('--port <port>', 'port (default $CORROBORATE_PORT or 8080; 0 picks a free one)')
    .option('--trust-proxy', 'behind a TLS proxy: trust its X-Forwarded-* headers (cookies become Secure)')
    .option('--seed <inputs...>', 'ingest these first when the database holds no reports (npm start seeds the bundled samples)')
    .option('--web <dir>', 'the built web app to serve (default: web/dist when it exists)')
    .option('--read-workers <n>', 'threads that answer lists and searches (default $CORROBORATE_READ_WORKERS or one per core, at most 4; 0: the main thread)')
    .action(async (flags: { db?: string; host?: string; port?: string; trustProxy?: boolean; seed?: string[]; web?: string; readWorkers?: string }) => {
      const cfg = loadServerConfig({
        db: flags.db,
        host: flags.host,
        port: flags.port,
        trustProxy: flags.trustProxy,
        webRoot: flags.web ?? builtWeb(),
        readWorkers: flags.readWorkers,
      });
      const store = openStore(cfg.db);
      if (store instanceof SqliteStore && store.needsRelink) await store.relinkAll(defaultLinker());
      if (flags.seed && (await store.counts()).reports === 0) {
        process.stdout.write(`the database is empty: ingesting ${flags.seed.join(', ')} first...\n`);
        const s = await ingestInputs(store, flags.seed, { ...DEFAULT_READ_OPTIONS, batchSize: 500 });
        process.stdout.write(`  ${s.stored} reports stored, ${s.incidents} incidents\n`);
      }
      // Read workers open the file themselves: only a database on disk can have them.
      const reads = store instanceof SqliteStore && cfg.readWorkers > 0 && cfg.db !== ':memory:' ? new ReadPool(cfg.db, cfg.readWorkers) : undefined;
      const { app, setupCode, warm } = await buildServer(store, cfg, { logger: false, reads });
      const t0 = performance.now();
      await warm();
      const warmed = performance.now() - t0;
      const stop = async () => {
        await app.close();
        await reads?.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await app.listen({ host: cfg.host, port: cfg.port });
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : cfg.port;
      const url = `http://${cfg.host.includes(':') ? `[${cfg.host}]` : cfg.host}:${port}`;
      if (warmed > 1000) process.stdout.write(`(the map's first view worked out ahead in ${(warmed / 1000).toFixed(1)} s)\n`);
      process.stdout.write(`corroborate is serving ${cfg.db} on ${url}\n`);
      if (setupCode) {
        process.stdout.write(
          `no users yet: make the first admin (once) at ${url}/#/setup?code=${setupCode}\n` +
            `  or: curl -X POST ${url}/api/setup -H 'content-type: application/json' -d '{"code":"${setupCode}","username":"admin","password":"..."}'\n`,
        );
      }
    });
}
