#!/usr/bin/env node
// `npm run eval`: how good extraction and linking are, measured on the FA-KES dev split.
//   1. extraction: `corroborate extract` on the articles, scored by ../shared/eval/score.mjs against the
//      revised gold labels (skipped, saying so, when ../shared is not beside the project);
//   2. linking: the extracted accounts linked as `ingest` links them, scored against the same-event groups
//      in eval/fakes-dev-link-groups.json (bundled: runs without ../shared).
// Extra arguments go to score.mjs (e.g. --errors 20); --link-errors prints the linking mistakes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
const sharedArticles = join(evalDir, 'fakes-dev', 'articles.jsonl');
const gold = join(evalDir, 'fakes-dev', 'gold-r.jsonl');
const bundled = join(root, 'samples', 'fakes-dev', 'articles.jsonl');
const haveShared = existsSync(sharedArticles) && existsSync(gold);
const articles = haveShared ? sharedArticles : bundled;
const args = process.argv.slice(2);
const showLinkErrors = args.includes('--link-errors');
const scoreArgs = args.filter((a) => a !== '--link-errors');

const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const pred = join(outDir, 'fakes-dev-predictions.jsonl');
const t0 = performance.now();
const ex = spawnSync(process.execPath, ['--no-regexp-tier-up', join(root, 'bin', 'corroborate.js'), 'extract', articles], { maxBuffer: 1 << 30 });
const seconds = (performance.now() - t0) / 1000;
if (ex.status !== 0) {
  process.stderr.write(ex.stderr);
  console.error(`extract failed with exit code ${ex.status}`);
  process.exit(1);
}
writeFileSync(pred, ex.stdout);
console.log(`extracted ${ex.stdout.toString().trim().split('\n').length} reports in ${seconds.toFixed(2)} s → ${pred}`);

let status = 0;
console.log('\n# extraction (FA-KES dev, revised gold)');
if (haveShared) {
  const score = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', gold, '--pred', pred, ...scoreArgs], { stdio: 'inherit' });
  status = score.status ?? 1;
} else {
  console.log(`skipped: ${evalDir} is not there (the FA-KES gold labels live in ../shared/eval)`);
}

// Linking: every account of every article, linked as ingest links them; an article's event is the
// incident its headline (primary) account lands in.
console.log('\n# linking (same-event groups read from the FA-KES dev articles)');
const { linkAccounts } = await import(join(root, 'dist', 'link', 'link-accounts.js'));
const { textFingerprint } = await import(join(root, 'dist', 'link', 'fingerprint.js'));
const { scoreLinking } = await import(join(root, 'dist', 'link', 'evaluate.js'));
const { defaultLinker } = await import(join(root, 'dist', 'pipeline.js'));
const texts = new Map(readFileSync(articles, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((a) => [String(a.id), a.text]));
const extractions = readFileSync(pred, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const inputs = [];
const primaryOf = new Map();
let id = 1;
for (const x of extractions) {
  const fingerprint = textFingerprint(texts.get(String(x.id)) ?? '');
  x.incidents.forEach((account, k) => {
    const input = { id: id++, reportId: String(x.id), source: x.source, publishedAt: x.publishedAt, fingerprint, account };
    inputs.push(input);
    if (account.primary || (k === 0 && !primaryOf.has(String(x.id)))) primaryOf.set(String(x.id), input.id);
  });
}
const linker = defaultLinker();
const t1 = performance.now();
const incidents = linkAccounts(inputs, { config: linker.config, parentOf: linker.parentOf });
const linkMs = performance.now() - t1;
const incidentOfAccount = new Map();
for (const inc of incidents) for (const a of inc.accountIds) incidentOfAccount.set(a, inc.id);
const groups = JSON.parse(readFileSync(join(root, 'eval', 'fakes-dev-link-groups.json'), 'utf8'));
const unsure = new Set(groups.unsure);
const truth = new Map();
groups.groups.forEach((g, k) => g.ids.forEach((a) => truth.set(a, `event-${k}`)));
const predicted = new Map();
for (const [article] of texts) {
  if (unsure.has(article)) continue;
  if (!truth.has(article)) truth.set(article, `alone-${article}`);
  // An article with no account is an event of its own, found alone.
  const acc = primaryOf.get(article);
  predicted.set(article, acc === undefined ? `none-${article}` : incidentOfAccount.get(acc));
}
const s = scoreLinking(predicted, truth);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(`articles scored: ${s.items} (${unsure.size} left out as unsure), same-event groups: ${groups.groups.length}; ${inputs.length} accounts linked in ${linkMs.toFixed(0)} ms`);
console.log(`B-cubed   precision ${pct(s.bcubedPrecision)}  recall ${pct(s.bcubedRecall)}  F1 ${pct(s.bcubedF1)}`);
console.log(`pairwise  precision ${pct(s.pairPrecision)}  recall ${pct(s.pairRecall)}  (pairs: ${s.pairs.both} right of ${s.pairs.predicted} linked, ${s.pairs.truth} true)`);
if (showLinkErrors) {
  const byPred = new Map();
  for (const [a, p] of predicted) byPred.set(p, [...(byPred.get(p) ?? []), a]);
  for (const [a, p] of predicted) {
    const wrongWith = (byPred.get(p) ?? []).filter((b) => b !== a && truth.get(b) !== truth.get(a));
    const missed = [...truth].filter(([b, t]) => b !== a && t === truth.get(a) && predicted.get(b) !== p).map(([b]) => b);
    if (wrongWith.length) console.log(`linked wrongly: ${a} with ${wrongWith.join(', ')}`);
    if (missed.length && a < missed[0]) console.log(`not linked: ${a} and ${missed.join(', ')}`);
  }
}
process.exit(status);
