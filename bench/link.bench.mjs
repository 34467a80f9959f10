#!/usr/bin/env node
// `npm run bench -- --only link`: linking throughput and memory on synthetic accounts, at growing sizes
// (100k, 300k, 1M by default), each size in its own process so its peak memory is its own; then an
// incremental batch of 1,000 new accounts saved into a SQLite store that already holds the largest size.
//
// The accounts are made to look like a real record: events spread over ten years and four countries (most
// in one, as in a war), a few hundred towns each, one to six reports per event that differ as reports do
// (the day after, a rounder toll, the province instead of the town, a perpetrator named or not).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTORS, COUNTRIES, rng, TYPES, WORDS } from './synthetic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

/**
 * `n` accounts, about 2.5 per event, kept as a few typed arrays; `inputAt(i)` builds account i when the
 * linker asks for it (as a store reads an account back), so the corpus itself takes little memory.
 */
export function syntheticInputs(n, seed = 7) {
  const r = rng(seed);
  const towns = COUNTRIES.map((c) =>
    Array.from({ length: 300 }, (_, k) => ({
      name: `${c.code}-town-${k}`,
      admin1: `${c.code}-province-${k % c.admin1}`,
      lat: c.lat[0] + r() * (c.lat[1] - c.lat[0]),
      lon: c.lon[0] + r() * (c.lon[1] - c.lon[0]),
    })),
  );
  const eventOf = new Int32Array(n);
  const reportNo = new Uint8Array(n);
  const countryOf = new Uint8Array(n);
  const townOf = new Uint16Array(n);
  const dayOf = new Int32Array(n);
  const typeOf = new Uint8Array(n);
  const tollOf = new Uint16Array(n);
  const actorOf = new Int8Array(n);
  const flags = new Uint8Array(n); // 1: the province only
  const outletOf = new Uint8Array(n);
  const wordsOf = new Uint32Array(n);
  const day0 = Date.UTC(2012, 0, 1) / 86_400_000;
  let i = 0;
  let event = 0;
  while (i < n) {
    event++;
    let pick = r();
    let ci = COUNTRIES.findIndex((c) => (pick -= c.share) < 0);
    if (ci < 0) ci = 0;
    // A war has hot spots: a third of the events fall in a tenth of the towns.
    const town = r() < 0.33 ? Math.floor(r() * 30) : Math.floor(r() * 300);
    const day = day0 + Math.floor(r() * 3650);
    const type = Math.floor(r() * TYPES.length);
    const killed = 1 + Math.floor(r() ** 3 * 120);
    const actor = Math.floor(r() * ACTORS.length);
    const words = Math.floor(r() * 2 ** 30);
    const reports = 1 + Math.floor(r() ** 2 * 6);
    for (let k = 0; k < reports && i < n; k++, i++) {
      eventOf[i] = event;
      reportNo[i] = k;
      countryOf[i] = ci;
      townOf[i] = town;
      dayOf[i] = day + (r() < 0.15 ? 1 : 0);
      typeOf[i] = type;
      tollOf[i] = Math.max(1, Math.round(killed * (0.8 + r() * 0.4)));
      actorOf[i] = ACTORS[actor] && r() < 0.6 ? actor : -1;
      flags[i] = r() < 0.1 ? 1 : 0;
      outletOf[i] = Math.floor(r() * 40);
      wordsOf[i] = words;
    }
  }
  const iso = (d) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const ev = (quote) => [{ start: 0, end: quote.length, quote }];
  const inputAt = (j) => {
    const c = COUNTRIES[countryOf[j]];
    const town = towns[countryOf[j]][townOf[j]];
    const type = TYPES[typeOf[j]];
    const toll = tollOf[j];
    const actor = actorOf[j] >= 0 ? ACTORS[actorOf[j]] : null;
    let w = wordsOf[j];
    const words = Array.from({ length: 6 }, () => WORDS[(w = (w * 1103515245 + 12345) >>> 0) % WORDS.length]).join(' ');
    const quote = `${toll} killed in ${words} in ${town.name}`;
    const d = dayOf[j];
    return {
      id: j + 1,
      reportId: `e${eventOf[j]}-r${reportNo[j]}`,
      source: `outlet-${outletOf[j]}`,
      publishedAt: iso(d + 1),
      fingerprint: null,
      account: {
        primary: true,
        date: { start: iso(d), end: iso(d), precision: 'day', certainty: 'implied', evidence: ev('on Friday'), rule: 'date:relative-weekday' },
        place: flags[j]
          ? { name: town.admin1, admin1: town.admin1, country: c.code, lat: null, lon: null, precision: 'admin1', gazetteerId: null, certainty: 'stated', evidence: ev(town.admin1), rule: 'place:admin1' }
          : { name: town.name, admin1: town.admin1, country: c.code, lat: town.lat, lon: town.lon, precision: 'town', gazetteerId: null, certainty: 'stated', evidence: ev(town.name), rule: 'place:gazetteer' },
        eventType: type,
        eventTypeClaims: [{ value: type, certainty: 'stated', evidence: ev(type), rule: 'event' }],
        weapons: [],
        perpetrators: actor ? [{ name: actor, actor, attribution: 'alleged', by: null, certainty: 'stated', evidence: ev(actor), rule: 'perpetrator:registry' }] : [],
        killed: { total: { low: toll, high: toll, certainty: 'stated', evidence: ev(`${toll} killed`), rule: 'victims' }, civilians: null, children: null, women: null, combatants: null },
        injured: { total: null, civilians: null, children: null, women: null, combatants: null },
        targets: [],
        evidence: ev(quote),
      },
    };
  };
  return { count: n, events: event, inputAt };
}

async function childLink(n) {
  const { linkEach } = await import(join(root, 'dist', 'link', 'link-accounts.js'));
  const { defaultLinker } = await import(join(root, 'dist', 'pipeline.js'));
  const { count, events, inputAt } = syntheticInputs(n);
  const linker = defaultLinker();
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const t0 = performance.now();
  let incidents = 0;
  // Each incident is handed over and let go, as `link --rebuild` writes each to the store.
  linkEach(count, inputAt, { config: linker.config, parentOf: linker.parentOf }, () => {
    if (++incidents % 20_000 === 0) sample();
  });
  const seconds = (performance.now() - t0) / 1000;
  sample();
  process.stdout.write(JSON.stringify({ n, events, incidents, seconds, peakMb: peak / 2 ** 20 }));
}

async function childIncremental(n, batch) {
  const { SqliteStore } = await import(join(root, 'dist', 'store', 'sqlite', 'sqlite-store.js'));
  const { defaultLinker } = await import(join(root, 'dist', 'pipeline.js'));
  const { cleanReport } = await import(join(root, 'dist', 'clean', 'clean-report.js'));
  const dir = join(tmpdir(), `corroborate-linkbench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const store = SqliteStore.open(join(dir, 'link.db'));
    const linker = defaultLinker();
    const { inputAt } = syntheticInputs(n + batch);
    const bundleOf = (i) => {
      const text = i.account.evidence[0].quote;
      const bytes = Buffer.from(`${i.reportId}\n${text}`);
      const raw = {
        format: 'text', origin: { kind: 'file', location: 'synthetic', line: i.id }, bytes, sha256: `${i.reportId}`.padEnd(64, '0'),
        receivedAt: '2024-01-01T00:00:00.000Z',
        fields: { id: i.reportId, title: null, source: i.source, url: null, publishedAt: i.publishedAt, text, html: null }, metadata: {}, messages: [],
      };
      return { raw, report: cleanReport(raw), accounts: [i.account], fingerprint: null };
    };
    // The store is filled in batches of 5,000, linking as ingest links.
    const t0 = performance.now();
    const range = (from, to) => Array.from({ length: to - from }, (_, k) => inputAt(from + k));
    for (let k = 0; k < n; k += 5000) await store.saveBatch(null, range(k, Math.min(n, k + 5000)).map(bundleOf), linker);
    const fillSeconds = (performance.now() - t0) / 1000;
    const fresh = range(n, n + batch).map(bundleOf);
    const t1 = performance.now();
    await store.saveBatch(null, fresh, linker);
    const batchSeconds = (performance.now() - t1) / 1000;
    const counts = await store.counts();
    await store.close();
    process.stdout.write(JSON.stringify({ n, batch, fillSeconds, batchSeconds, incidents: counts.incidents, peakMb: process.memoryUsage().rss / 2 ** 20 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function child(kind, ...rest) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=3072', fileURLToPath(import.meta.url), '--child', kind, ...rest.map(String)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${kind} ${rest.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

if (args[0] === '--child') {
  if (args[1] === 'link') await childLink(Number(args[2]));
  else await childIncremental(Number(args[2]), Number(args[3]));
} else {
  const sizes = opt('--sizes', '100000,300000,1000000').split(',').map(Number);
  const storeSize = Number(opt('--store', String(sizes[sizes.length - 1])));
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}), node ${process.version}`);
  console.log('\nlink (synthetic accounts, one process, one core)');
  let prev = null;
  for (const n of sizes) {
    const r = child('link', n);
    const perM = (r.seconds / n) * 1e6;
    const growth = prev ? `; time ×${(r.seconds / prev.seconds).toFixed(2)} for size ×${(n / prev.n).toFixed(2)}` : '';
    console.log(`  ${n.toLocaleString('en')} accounts (${r.events.toLocaleString('en')} events) → ${r.incidents.toLocaleString('en')} incidents in ${r.seconds.toFixed(1)} s (${perM.toFixed(1)} s per million); peak RSS ${r.peakMb.toFixed(0)} MB${growth}`);
    prev = { ...r, n };
  }
  if (!args.includes('--no-incremental')) {
    console.log(`\nincremental: a store holding ${storeSize.toLocaleString('en')} linked accounts, then 1,000 new ones in one batch`);
    const r = child('incremental', storeSize, 1000);
    console.log(`  store filled (linking as it went) in ${r.fillSeconds.toFixed(0)} s; the batch of ${r.batch} saved and linked in ${r.batchSeconds.toFixed(2)} s; ${r.incidents.toLocaleString('en')} incidents; RSS ${r.peakMb.toFixed(0)} MB`);
  }
}
