#!/usr/bin/env node
// `npm run bench -- --only server [--incidents 1000000] [--seconds 10] [--clients 20] [--warm-seconds 3] [--read-workers N]`: a served instance
// over a SQLite store of N incidents, loaded from 127.0.0.1 by `--clients` concurrent clients, each
// scenario bounded in time; then the map's first view in headless chromium.
//
// The store is bulk-loaded with synthetic incidents (one report and one account each, in the towns and
// years of bench/link.bench.mjs), straight into the schema the store migrates to: extracting and linking
// a million reports would take most of an hour and is measured by the other benches. It is kept in
// bench/out/ and reused while the schema version is the same.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTORS, COUNTRIES, rng, TYPES, WORDS } from './synthetic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const N = Number(opt('--incidents', '1000000'));
const SECONDS = Number(opt('--seconds', '10'));
const CLIENTS = Number(opt('--clients', '20'));
const WARM_SECONDS = Number(opt('--warm-seconds', '3'));
const READ_WORKERS = opt('--read-workers', '');
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });

const GRADES = ['single-source', 'single-source', 'corroborated', 'contested', 'confirmed'];
const r0 = rng(11);
const TOWNS = COUNTRIES.map((c) =>
  Array.from({ length: 300 }, (_, k) => ({ name: `${c.code}town${k}`, admin1: `${c.code}-province-${k % c.admin1}`, lat: c.lat[0] + r0() * (c.lat[1] - c.lat[0]), lon: c.lon[0] + r0() * (c.lon[1] - c.lon[0]) })),
);

async function build(path) {
  const { SqliteStore, PUT_SUMMARY } = await import(join(root, 'dist/store/sqlite/sqlite-store.js'));
  const { summaryOf } = await import(join(root, 'dist/store/summary.js'));
  const t0 = performance.now();
  rmSync(path, { force: true });
  // The store makes the schema; the rows go in through a plain connection.
  await SqliteStore.open(path).close();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const ins = {
    raw: db.prepare(`INSERT INTO raw_reports (sha256, format, origin_kind, origin_location, origin_line, received_at, metadata, bytes) VALUES (?, 'jsonl', 'file', 'bench', ?, ?, '{}', ?)`),
    report: db.prepare('INSERT INTO reports (id, raw_sha256, title, source, url, published_at, language, text, text_sha256, doc) VALUES (?, ?, ?, ?, NULL, ?, \'en\', ?, ?, \'{}\')'),
    search: db.prepare('INSERT INTO incidents_fts (rowid, text) VALUES (?, ?)'),
    // As the store writes it: under the incident's place and day, after the incident's row.
    summary: db.prepare(PUT_SUMMARY),
    account: db.prepare('INSERT INTO accounts (report_rowid, ordinal, is_primary, event_type, date_start, date_end, country, admin1, place_name, lat, lon, killed_low, killed_high, doc) VALUES (?, 0, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \'{}\')'),
    incident: db.prepare(`INSERT INTO incidents (id, date_start, date_end, date_precision, event_type, country, admin1, place_name, lat, lon, precision, place_ref, killed_low, killed_best, killed_high, grade, review_status, confidence, source_count, doc, updated_at, refs)
      VALUES (?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unreviewed', ?, 1, ?, ?, ?)`),
    link: db.prepare('INSERT INTO incident_accounts (incident_rowid, account_id) VALUES (?, ?)'),
  };
  const r = rng(7);
  const day0 = Date.UTC(2012, 0, 1) / 86_400_000;
  const iso = (d) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const now = new Date().toISOString();
  const ev = (quote) => [{ start: 0, end: quote.length, quote }];
  const batch = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      let pick = r();
      let ci = COUNTRIES.findIndex((c) => (pick -= c.share) < 0);
      if (ci < 0) ci = 0;
      const c = COUNTRIES[ci];
      const town = TOWNS[ci][r() < 0.33 ? Math.floor(r() * 30) : Math.floor(r() * 300)];
      const day = iso(day0 + Math.floor(r() * 3650));
      const type = TYPES[Math.floor(r() * TYPES.length)];
      const killed = 1 + Math.floor(r() ** 3 * 120);
      const actor = ACTORS[Math.floor(r() * ACTORS.length)];
      const provinceOnly = r() < 0.1;
      const words = Array.from({ length: 8 }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
      const title = `${killed} killed in ${type.replace('_', ' ')} on ${town.name}`;
      const text = `${title}. ${words} in ${town.name}, ${town.admin1}, ${c.code}. Reported ${day}.`;
      const sha = `b${i.toString(16).padStart(63, '0')}`;
      ins.raw.run(sha, i + 1, now, Buffer.from(text));
      const reportRow = Number(ins.report.run(`bench-${i}`, sha, title, `outlet-${i % 40}`, day, text, sha).lastInsertRowid);
      const place = provinceOnly
        ? { name: town.admin1, admin1: town.admin1, country: c.code, lat: null, lon: null, precision: 'admin1', gazetteerId: `admin1:${c.code}.${String((i % c.admin1) + 1).padStart(2, '0')}`, certainty: 'stated', evidence: ev(town.admin1), rule: 'place:admin1' }
        : { name: town.name, admin1: town.admin1, country: c.code, lat: town.lat, lon: town.lon, precision: 'town', gazetteerId: null, certainty: 'stated', evidence: ev(town.name), rule: 'place:gazetteer' };
      const accountId = Number(ins.account.run(reportRow, type, day, day, c.code, town.admin1, place.name, place.lat, place.lon, killed, killed).lastInsertRowid);
      const grade = GRADES[Math.floor(r() * GRADES.length)];
      const confidence = Math.round(r() * 100) / 100;
      const incident = {
        id: `inc-${i.toString(16).padStart(12, '0')}`,
        accountIds: [accountId],
        reportIds: [`bench-${i}`],
        date: { start: day, end: day, precision: 'day', certainty: 'stated', evidence: ev(day), rule: 'date:explicit' },
        place,
        eventType: type,
        perpetrators: actor ? [{ name: actor, actor, attribution: 'alleged', by: null, certainty: 'stated', evidence: ev(actor), rule: 'perpetrator:registry' }] : [],
        killed: { low: killed, best: killed, high: killed },
        injured: null,
        grade,
        reviewStatus: 'unreviewed',
        sourceCount: 1,
        confidence,
      };
      const incRow = Number(
        ins.incident.run(incident.id, day, day, type, c.code, town.admin1, place.name, place.lat, place.lon, place.precision, place.gazetteerId, killed, killed, killed, grade, confidence, JSON.stringify(incident), now, JSON.stringify([[`outlet-${i % 40}`, title]])).lastInsertRowid,
      );
      ins.link.run(incRow, accountId);
      ins.summary.run(incRow, JSON.stringify(summaryOf(incident, now, [`outlet-${i % 40}`], [title])));
      // Keyed as the store keys it (schema 4): start day + 1,000,000, times 2^32, plus the incident's rowid.
      ins.search.run((Date.parse(`${day}T00:00:00Z`) / 86_400_000 + 1_000_000) * 2 ** 32 + incRow, `${title}\n${text}`);
    }
  });
  for (let k = 0; k < N; k += 20_000) {
    batch(k, Math.min(N, k + 20_000));
    if (k % 200_000 === 0) process.stdout.write(`  loaded ${k.toLocaleString('en')}\r`);
  }
  db.exec('ANALYZE');
  db.close();
  return (performance.now() - t0) / 1000;
}

async function user(path) {
  const { SqliteStore } = await import(join(root, 'dist/store/sqlite/sqlite-store.js'));
  const { hashPassword, newSecret, secretHash } = await import(join(root, 'dist/server/secrets.js'));
  const store = SqliteStore.open(path);
  let u = (await store.users.userByName('bench'))?.user;
  u ??= await store.users.createUser('bench', 'analyst', await hashPassword('bench password 123'));
  const token = newSecret('cbt_');
  await store.users.createToken(u.id, 'bench', secretHash(token));
  await store.close();
  return token;
}

function serve(path) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-regexp-tier-up', join(root, 'bin/corroborate.js'), 'serve', '--db', path, '--port', '0', ...(READ_WORKERS ? ['--read-workers', READ_WORKERS] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = /serving .* on (http:\/\/\S+)/.exec(buf);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// The clients speak plain node:http over kept-alive connections: fetch (undici) cost the load generator
// 1.7-1.9 ms of CPU a request here against 0.6-0.8, on the same two cores the server is measured on.
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 * CLIENTS });

function get(url, token) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode === 200));
      })
      .on('error', reject);
  });
}

/** `CLIENTS` loops, each sending the next request as soon as the last is answered, for `seconds`. */
async function load(url, token, makePath, seconds = SECONDS) {
  const r = rng(3);
  const times = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        if (!(await get(url + makePath(r), token))) errors++;
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { n: times.length, rps: times.length / seconds, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), errors };
}

async function firstView(url, token) {
  const { chromium } = await import('playwright-core');
  if (!existsSync('/usr/bin/chromium')) return null;
  // A session cookie for the browser, from a login.
  const login = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'bench password 123' }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0].split('=');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await ctx.addCookies([{ name: cookie[0], value: cookie[1], url }]);
  const page = await ctx.newPage();
  const t0 = performance.now();
  await page.goto(`${url}/#/map`);
  await page.waitForSelector('#map .cluster, #map path.pin', { timeout: 60_000 });
  await page.waitForSelector('#timeline .u-over', { timeout: 60_000 });
  await page.waitForSelector('#list li', { timeout: 60_000 });
  const ms = performance.now() - t0;
  const markers = await page.locator('#map .cluster, #map path.pin').count();
  await page.screenshot({ path: join(out, 'server-first-view.png') });
  await browser.close();
  void token;
  return { ms, markers };
}

const { MIGRATIONS } = await import(join(root, 'dist/store/sqlite/migrations.js'));
const schema = Math.max(...MIGRATIONS.map((m) => m.version));
// Named by the schema's version and the loader's own: a change to either builds afresh.
const LOADER = 7;
const db = join(out, `server-${N}-v${schema}-l${LOADER}.db`);
console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}`);
if (!existsSync(db)) {
  console.log(`building a store of ${N.toLocaleString('en')} incidents (kept in ${db})...`);
  const s = await build(db);
  console.log(`  built in ${s.toFixed(0)} s`);
}
const token = await user(db);
// The file read once from end to end, so the operating system holds it as it would for a server in use:
// otherwise the first scenario measures the disk (runs here varied by a factor of two, with I/O wait).
{
  const t0 = performance.now();
  const fd = openSync(db, 'r');
  const buf = Buffer.alloc(1 << 20);
  let bytes = 0;
  for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) bytes += n;
  closeSync(fd);
  console.log(`read the ${(bytes / 2 ** 30).toFixed(1)} GiB database once in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const { child, url } = await serve(db);
try {
  console.log(`\nserved instance over ${N.toLocaleString("en")} incidents (read workers: ${READ_WORKERS || "the server's default"}); ${CLIENTS} concurrent clients, ${SECONDS} s per scenario after ${WARM_SECONDS} s not counted`);
  const day0 = Date.UTC(2012, 0, 1);
  const scenarios = {
    'list, bbox + 3-month window': (r) => {
      const c = TOWNS[0][Math.floor(r() * 300)];
      const from = new Date(day0 + Math.floor(r() * 3560) * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(from) + 90 * 86_400_000).toISOString().slice(0, 10);
      return `/api/incidents?bbox=${(c.lon - 0.5).toFixed(2)},${(c.lat - 0.5).toFixed(2)},${(c.lon + 0.5).toFixed(2)},${(c.lat + 0.5).toFixed(2)}&from=${from}&to=${to}&limit=100`;
    },
    'full-text search (a town, or a town and a word)': (r) => {
      const ci = Math.floor(r() * 4);
      const town = TOWNS[ci][Math.floor(r() * 300)].name;
      return `/api/incidents?q=${encodeURIComponent(r() < 0.5 ? town : `${town} ${WORDS[Math.floor(r() * WORDS.length)]}`)}&limit=100`;
    },
    'map view, whole region at zoom 6': () => '/api/map?zoom=6&bbox=30,28,48,40',
  };
  for (const [name, make] of Object.entries(args.includes('--view-only') ? {} : scenarios)) {
    // A few seconds first, not counted: the pages a scenario reads come into memory, as on a server in use.
    await load(url, token, make, WARM_SECONDS);
    const s = await load(url, token, make);
    console.log(`  ${name}: ${s.n} requests, ${s.rps.toFixed(0)}/s; p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms; errors ${s.errors}`);
  }
  const view = await firstView(url, token);
  if (view) console.log(`  map first view in chromium (markers, timeline and list drawn): ${view.ms.toFixed(0)} ms, ${view.markers} markers`);
  else console.log('  map first view: skipped, /usr/bin/chromium is not installed');
  const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
  if (hwm) console.log(`  server peak RSS: ${Math.round(Number(hwm) / 1024)} MB`);
} finally {
  child.kill('SIGTERM');
}
