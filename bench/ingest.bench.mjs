#!/usr/bin/env node
// `npm run bench`: ingest and extract throughput and memory, printed with the machine's core count.
//
//   node bench/ingest.bench.mjs [--reports 100000] [--only ingest|extract]
//
// The corpus is the 248 bundled FA-KES dev articles repeated (each copy made unique) to --reports lines.
// Figures are measured, not asserted: compare them with the targets in the README.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const N = Number(opt('--reports', '100000'));
const only = opt('--only', null);

const work = join(tmpdir(), `corroborate-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const corpus = join(work, 'corpus.jsonl');

async function makeCorpus() {
  const articles = readFileSync(join(root, 'samples/fakes-dev/articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const out = createWriteStream(corpus);
  for (let i = 0; i < N; i++) {
    const a = articles[i % articles.length];
    const line = `${JSON.stringify({ id: `${a.id}-${i}`, source: a.source, title: a.title, text: `${a.text} (copy ${i})` })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(corpus).size;
}

/**
 * Runs one measured job in a child process, so peak RSS is the job's own; started as the `corroborate` command
 * starts itself, with V8 compiling each pattern on its first run (src/core/regexp-engine.ts).
 */
function child(kind) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--no-regexp-tier-up', fileURLToPath(import.meta.url), '--child', kind, corpus, work, '--reports', String(N)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function runChild(kind, input, dir) {
  const samples = [];
  const sample = (done) => samples.push({ done, at: performance.now(), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) });
  const t0 = performance.now();
  if (kind === 'ingest') {
    const { ingestInputs } = await import(join(root, 'dist/pipeline.js'));
    const { openStore } = await import(join(root, 'dist/store/open-store.js'));
    const { DEFAULT_READ_OPTIONS } = await import(join(root, 'dist/ingest/raw-report.js'));
    const db = join(dir, 'bench.db');
    rmSync(db, { force: true });
    const store = openStore(db);
    let next = 0;
    const s = await ingestInputs(store, [input], {
      ...DEFAULT_READ_OPTIONS,
      // The CLI's default batch, so the figures are what a user gets; BENCH_BATCH tries others.
      batchSize: Number(process.env.BENCH_BATCH ?? 500),
      extract: false,
      onProgress: (p) => {
        if (p.read >= next) {
          sample(p.read);
          next += Math.max(1, Math.floor(N / 10));
        }
      },
    });
    await store.close();
    const seconds = (performance.now() - t0) / 1000;
    return { kind, reports: s.stored, seconds, samples, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), dbMB: Math.round(statSync(db).size / 2 ** 20) };
  }
  const { extractInputs } = await import(join(root, 'dist/pipeline.js'));
  const { DEFAULT_READ_OPTIONS } = await import(join(root, 'dist/ingest/raw-report.js'));
  let n = 0;
  let incidents = 0;
  for await (const item of extractInputs([input], DEFAULT_READ_OPTIONS)) {
    if (item.kind !== 'extraction') continue;
    JSON.stringify(item.extraction);
    incidents += item.extraction.incidents.length;
    if (++n % Math.max(1, Math.floor(N / 10)) === 0) sample(n);
  }
  const seconds = (performance.now() - t0) / 1000;
  const { patternsCompiledFirst } = await import(join(root, 'dist/core/regexp-engine.js'));
  return { kind, reports: n, incidents, seconds, samples, compiledFirst: patternsCompiledFirst(), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

if (args[0] === '--child') {
  const result = await runChild(args[1], args[2], args[3]);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const bytes = await makeCorpus();
console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}`);
console.log(`corpus: ${N} reports, ${(bytes / 2 ** 20).toFixed(1)} MiB of JSONL (FA-KES dev repeated)`);
const jobs = only ? [only] : ['ingest', 'extract'];
for (const kind of jobs) {
  const r = child(kind);
  const rate = Math.round(r.reports / r.seconds);
  const what = kind === 'ingest' ? 'ingest+clean+store into SQLite, no extraction, one process' : 'extract (read+clean+extract, JSONL out), one process';
  console.log(`\n${what}`);
  if (r.compiledFirst === false) console.log('  (patterns interpreted until hot: started without --no-regexp-tier-up)');
  console.log(`  ${r.reports} reports in ${r.seconds.toFixed(1)} s = ${rate} reports/s; peak RSS ${r.peakRssMB} MB${r.dbMB ? `; database ${r.dbMB} MB` : ''}`);
  console.log(`  RSS as it went: ${r.samples.map((s) => `${s.done}:${s.rssMB}MB`).join('  ')}`);
  // The first tenth includes loading and warming up (V8 compiling the code and the patterns): the rate after it
  // is what a long run settles to.
  const [first, last] = [r.samples[0], r.samples[r.samples.length - 1]];
  if (first && last && last.done > first.done) {
    console.log(`  after the first ${first.done} reports: ${Math.round(((last.done - first.done) * 1000) / (last.at - first.at))} reports/s`);
  }
}
rmSync(work, { recursive: true, force: true });
