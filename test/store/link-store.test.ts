// Incremental linking in the store: whatever order and batches reports arrive in, the incidents are the
// ones a full relink gives.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Account, RawReport } from '../../src/core/types.js';
import { cleanReport } from '../../src/clean/clean-report.js';
import { defaultLinker } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { ReportBundle } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';

/** A tiny deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  { name: 'Maarat al-Numan', admin1: 'Idlib', lat: 35.6436, lon: 36.6717 },
  { name: 'Saraqib', admin1: 'Idlib', lat: 35.8624, lon: 36.8003 },
  { name: 'Douma', admin1: 'Rif Dimashq', lat: 33.5722, lon: 36.4019 },
];

/** Reports of a handful of events, close in place and time on purpose, so chains and near-misses happen. */
function bundles(n: number, seed: number): ReportBundle[] {
  const r = rng(seed);
  const ev = (quote: string) => [{ start: 0, end: quote.length, quote }];
  const out: ReportBundle[] = [];
  for (let k = 0; k < n; k++) {
    const town = TOWNS[Math.floor(r() * TOWNS.length)]!;
    const day = 10 + Math.floor(r() * 10);
    const toll = 5 + Math.floor(r() * 5) * 7;
    const date = `2016-05-${day}`;
    const quote = `${toll} killed in an air strike on ${town.name}`;
    const account: Account = {
      primary: true,
      date: { start: date, end: date, precision: 'day', certainty: r() < 0.5 ? 'stated' : 'implied', evidence: ev(date), rule: r() < 0.5 ? 'date:publication-date' : 'date:relative-weekday' },
      place: { name: town.name, admin1: town.admin1, country: 'SY', lat: town.lat, lon: town.lon, precision: 'town', gazetteerId: null, certainty: 'stated', evidence: ev(town.name), rule: 'test' },
      eventType: r() < 0.8 ? 'air_strike' : 'shelling',
      eventTypeClaims: [],
      weapons: [],
      perpetrators: [],
      killed: { total: { low: toll, high: toll, certainty: 'stated', evidence: ev(`${toll} killed`), rule: 'test' }, civilians: null, children: null, women: null, combatants: null },
      injured: { total: null, civilians: null, children: null, women: null, combatants: null },
      targets: [],
      evidence: ev(quote),
    };
    const text = `${quote}.`;
    const bytes = Buffer.from(`report ${k}\n${text}`);
    const raw: RawReport = {
      format: 'text', origin: { kind: 'file', location: 'synthetic', line: k }, bytes, sha256: String(k).padStart(64, '0'), receivedAt: '2024-01-01T00:00:00.000Z',
      fields: { id: `report-${String(k).padStart(3, '0')}`, title: null, source: `outlet-${k % 7}`, url: null, publishedAt: date, text, html: null }, metadata: {}, messages: [],
    };
    out.push({ raw, report: cleanReport(raw), accounts: [account], fingerprint: null });
  }
  return out;
}

async function incidentsOf(store: SqliteStore): Promise<string[]> {
  return (await store.listIncidents({})).map((r) => [...r.incident.reportIds].sort().join('+')).sort();
}

test('reports saved in any order and batches link to the incidents a full relink gives', async () => {
  const linker = defaultLinker();
  const all = bundles(60, 5);
  const dir = tempDir();
  const reference = SqliteStore.open(join(dir, 'ref.db'));
  await reference.saveBatch(null, all, linker);
  await reference.relinkAll(linker);
  const expected = await incidentsOf(reference);
  await reference.close();
  assert.ok(expected.some((g) => g.includes('+')), 'some reports link');
  assert.ok(expected.length > 5, 'and not all into one');
  for (const seed of [1, 2, 3]) {
    const r = rng(seed);
    const shuffled = [...all].sort(() => r() - 0.5);
    const store = SqliteStore.open(join(dir, `order-${seed}.db`));
    for (let k = 0; k < shuffled.length; ) {
      const size = 1 + Math.floor(r() * 6);
      await store.saveBatch(null, shuffled.slice(k, k + size), linker);
      k += size;
    }
    assert.deepEqual(await incidentsOf(store), expected, `order ${seed}`);
    await store.close();
  }
});

test('a database made before linking (schema 1) is migrated and linked once, nothing stored lost', async () => {
  const linker = defaultLinker();
  const path = join(tempDir(), 'old.db');
  const first = SqliteStore.open(path);
  await first.saveBatch(null, bundles(12, 5), linker);
  const before = await first.counts();
  await first.close();
  // Take it back to schema 1: no linking tables, no fingerprints, every account its own incident.
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path);
  db.exec(`DELETE FROM schema_migrations WHERE version = 2;
    DROP TABLE link_keys; DROP TABLE link_quotes; DROP TABLE link_bridges;
    ALTER TABLE reports DROP COLUMN fingerprint;`);
  db.close();
  const reopened = SqliteStore.open(path);
  assert.equal(reopened.needsRelink, true);
  await reopened.relinkAll(linker);
  const after = await reopened.counts();
  assert.deepEqual([after.rawReports, after.reports, after.accounts], [before.rawReports, before.reports, before.accounts]);
  const linked = (await reopened.listIncidents({})).flatMap((r) => r.incident.accountIds);
  assert.equal(new Set(linked).size, after.accounts, 'every account in exactly one incident');
  await reopened.close();
  const again = SqliteStore.open(path);
  assert.equal(again.needsRelink, false, 'linked once');
  await again.close();
});
