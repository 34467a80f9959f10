#!/usr/bin/env node
// `npm run bench [-- --only ingest|extract|link|server] [--reports N] [--sizes 100000,300000,1000000] [--store N]
// [--incidents N] [--clients 20] [--seconds 10]`: the ingest and extract figures (bench/ingest.bench.mjs), the
// linking figures (bench/link.bench.mjs), then the served instance's (bench/server.bench.mjs).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const run = (script, extra) => {
  const r = spawnSync(process.execPath, [join(here, script), ...extra], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const rest = args.filter((a, i) => a !== '--only' && args[i - 1] !== '--only');
if (only === null || only === 'ingest' || only === 'extract') run('ingest.bench.mjs', args);
if (only === null || only === 'link') {
  if (only === null) console.log('');
  run('link.bench.mjs', rest);
}
if (only === null || only === 'server') {
  if (only === null) console.log('');
  run('server.bench.mjs', rest);
}
