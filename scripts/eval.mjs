#!/usr/bin/env node
// `npm run eval`: runs `corroborate extract` on the FA-KES dev split and scores it with ../shared/eval/score.mjs.
// Skips, saying so, when ../shared is not beside the project. Extra arguments go to score.mjs (e.g. --errors 20).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
const articles = join(evalDir, 'fakes-dev', 'articles.jsonl');
const gold = join(evalDir, 'fakes-dev', 'gold-r.jsonl');
if (!existsSync(articles) || !existsSync(gold)) {
  console.log(`eval skipped: ${evalDir} is not there (the FA-KES gold labels live in ../shared/eval)`);
  process.exit(0);
}
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const pred = join(outDir, 'fakes-dev-predictions.jsonl');
const t0 = performance.now();
const ex = spawnSync(process.execPath, [join(root, 'bin', 'corroborate.js'), 'extract', articles], { maxBuffer: 1 << 30 });
const seconds = (performance.now() - t0) / 1000;
if (ex.status !== 0) {
  process.stderr.write(ex.stderr);
  console.error(`extract failed with exit code ${ex.status}`);
  process.exit(1);
}
writeFileSync(pred, ex.stdout);
console.log(`extracted ${ex.stdout.toString().trim().split('\n').length} reports in ${seconds.toFixed(2)} s → ${pred}`);
const score = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', gold, '--pred', pred, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(score.status ?? 1);
