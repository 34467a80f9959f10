// Pages of incidents: the R*Tree's fast path for a box (and dates) gives exactly the rows and order of the
// general query, across days with several incidents, undated ones last, and cursors between pages.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultLinker, processRaw } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { IncidentFilter } from '../../src/store/store.js';
import { rawText, tempDir } from '../helpers.js';
import Database from 'better-sqlite3';
import { incidentSummary } from '../../src/server/views.js';

const TOWNS = ['Douma', 'Saraqib', 'Azaz', 'Jisr al-Shughur', 'Daraa', 'Manbij'];
const DAYS = ['2016-05-10', '2016-05-10', '2016-05-11', '2017-01-02', null];

/** The incidents a filter selects, walked page by page with the cursors the store gives. */
async function walk(store: SqliteStore, filter: IncidentFilter, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page = await store.pageIncidents({ ...filter, limit, after });
    ids.push(...page.rows.map((r) => r.incident.id));
    after = page.next;
  } while (after);
  return ids;
}

test('a box page comes from the R*Tree in the general order; cursors walk it without gaps or repeats', async () => {
  const store = SqliteStore.open(join(tempDir(), 'pages.db'));
  const bundles = [];
  for (let k = 0; k < 30; k++) {
    const town = TOWNS[k % TOWNS.length]!;
    const day = DAYS[k % DAYS.length]!;
    const text = `${3 + k} people were killed ${day ? `on ${day}` : 'on Monday'} when shells hit a market in ${town}, a monitor said.`;
    // Undated: no publication date, so "on Monday" stays unresolved.
    bundles.push(processRaw(rawText(text, { id: `r${k}`, ...(day ? { publishedAt: day } : {}) })));
  }
  await store.saveBatch(null, bundles, defaultLinker());
  const box = [35, 32, 39, 37.5] as const;
  for (const filter of [{ bbox: box }, { bbox: box, from: '2016-05-11' }, { bbox: box, to: '2016-05-10' }]) {
    const general = (await store.listIncidents(filter)).map((r) => r.incident.id);
    assert.ok(general.length >= 3, `${JSON.stringify(filter)}: ${general.length}`);
    assert.deepEqual(await walk(store, filter, 4), general, JSON.stringify(filter));
  }
  const all = await store.listIncidents({ bbox: box });
  assert.ok(all.some((r) => r.incident.date === null || r.incident.date.start === null), 'undated incidents are in the box');
  assert.ok(all.at(-1)!.incident.date?.start == null, 'undated incidents come last');
  await store.close();
});

test('a box page between two dates, read a span of days at a time, has the general order, with incidents begun before the range first', async () => {
  const store = SqliteStore.open(join(tempDir(), 'pages-days.db'));
  const bundles = [];
  // Start days spread over five months, several on some days.
  const days = ['2016-03-02', '2016-03-02', '2016-03-20', '2016-04-05', '2016-04-06', '2016-04-06', '2016-04-30', '2016-05-01', '2016-06-15', '2016-07-28'];
  for (let k = 0; k < 40; k++) {
    const town = TOWNS[k % TOWNS.length]!;
    bundles.push(processRaw(rawText(`${3 + k} people were killed on ${days[k % days.length]} when shells hit a market in ${town}, a monitor said.`, { id: `d${k}`, publishedAt: '2016-08-01' })));
  }
  await store.saveBatch(null, bundles, defaultLinker());
  const box = [35, 32, 39, 37.5] as const;
  // Three incidents a reviewer dated by their month only: all of April, so they straddle a range that
  // starts inside it.
  for (const row of (await store.listIncidents({ bbox: box })).slice(10, 13)) {
    const value = { start: '2016-04-01', end: '2016-04-30', precision: 'month' };
    await store.reviewIncident(row.incident.id, { kind: 'edit', field: 'date', value, reason: 'the sources give the month only' }, 'tester', row.version);
  }
  const all = await store.listIncidents({ bbox: box });
  assert.equal(all.filter((r) => r.incident.date?.precision === 'month').length, 3);
  const ranges = [
    ['2016-04-06', '2016-06-30'], // begins inside the month-long incidents
    ['2016-03-01', '2016-07-31'], // spans longer than the first span of days
    ['2016-04-06', '2016-04-06'], // one day
    ['2016-01-01', '2016-02-01'], // nothing
  ];
  for (const [from, to] of ranges) {
    const filter = { bbox: box, from, to };
    const general = (await store.listIncidents(filter)).map((r) => r.incident.id);
    for (const limit of [1, 3, 7, 100]) assert.deepEqual(await walk(store, filter, limit), general, `${from}..${to} in pages of ${limit}`);
  }
  const straddling = await store.pageIncidents({ bbox: box, from: '2016-04-06', to: '2016-06-30', limit: 2 });
  assert.deepEqual(straddling.rows.map((r) => r.incident.date?.start), ['2016-04-01', '2016-04-01'], 'the incidents of all April come first');
  await store.close();
});

/**
 * True when every summary is kept under its incident's place and day as the R*Tree holds them (where a box
 * page looks for it), unplaced ones apart, and there is one summary per incident.
 */
function summariesWhereBoxesLook(path: string): void {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT s.id, s.cell, s.day, w.min_lat, w.min_lon, w.min_day FROM incident_summaries s LEFT JOIN incidents_where w ON w.id = s.id')
      .all() as { id: number; cell: number; day: number; min_lat: number | null; min_lon: number | null; min_day: number | null }[];
    assert.equal(rows.length, db.prepare('SELECT count(*) FROM incidents').pluck().get(), 'one summary per incident');
    for (const r of rows) {
      const want = r.min_lat === null ? [-1_000_000, -1_000_000_000] : [Math.floor(r.min_lat) * 360 + Math.floor(r.min_lon!), Math.trunc(r.min_day!)];
      assert.deepEqual([r.cell, r.day], want, `summary of incident row ${r.id}`);
    }
  } finally {
    db.close();
  }
}

test('the kept list summaries are the records\' own summaries, after linking, a review, an upgrade and a fill cut short', async () => {
  const path = join(tempDir(), 'summaries.db');
  let store = SqliteStore.open(path);
  const bundles = TOWNS.map((town, k) => processRaw(rawText(`${4 + k} people were killed on 2016-05-1${k} when shells hit a market in ${town}.`, { id: `s${k}`, publishedAt: '2016-05-20' })));
  // A second report of the first incident: linking rewrites that incident.
  bundles.push(processRaw(rawText(`Shells hit a market in ${TOWNS[0]} on 2016-05-10, killing 4 people, activists said.`, { id: 's-again', publishedAt: '2016-05-20' })));
  await store.saveBatch(null, bundles, defaultLinker());
  const same = async (s: SqliteStore) => {
    const rows = await s.pageIncidents({ limit: 50 });
    const kept = await s.pageSummaries({ limit: 50 });
    assert.deepEqual(kept.summaries.map((j) => JSON.parse(j)), rows.rows.map((r) => JSON.parse(JSON.stringify(incidentSummary(r)))));
    // A box page (with dates, and without) reads its summaries by place and day.
    for (const box of [{ bbox: [35, 32, 39, 37.5] as const, from: '2016-05-01', to: '2019-12-31' }, { bbox: [35, 32, 39, 37.5] as const }]) {
      const inBox = await s.pageIncidents({ ...box, limit: 50 });
      const boxed = await s.pageSummaries({ ...box, limit: 50 });
      assert.ok(inBox.rows.length >= 3, 'the box holds incidents');
      assert.deepEqual(boxed.summaries.map((j) => JSON.parse(j)), inBox.rows.map((r) => JSON.parse(JSON.stringify(incidentSummary(r)))));
    }
    return rows.rows;
  };
  const rows = await same(store);
  assert.ok(rows.some((r) => r.incident.reportIds.length === 2), 'one incident told by two reports');
  summariesWhereBoxesLook(path);
  await store.reviewIncident(rows[0]!.incident.id, { kind: 'status', status: 'accepted', reason: 'checked' }, 'tester', rows[0]!.version);
  await same(store);
  // A corrected date moves the incident's summary to its new day, and leaves none behind.
  const second = (await store.pageIncidents({ limit: 50 })).rows.find((r) => r.incident.id === rows[1]!.incident.id)!;
  const dayBefore = second.incident.date?.start;
  await store.reviewIncident(second.incident.id, { kind: 'edit', field: 'date', value: { start: '2016-06-02', end: '2016-06-02', precision: 'day' }, reason: 'checked' }, 'tester', second.version);
  assert.notEqual(dayBefore, '2016-06-02');
  await same(store);
  summariesWhereBoxesLook(path);
  // A database of schema 4 (summaries by rowid) has them moved into place-and-day order when it is opened.
  await store.close();
  const db4 = new Database(path);
  db4.exec(`CREATE TABLE summaries4 (rowid INTEGER PRIMARY KEY, json TEXT NOT NULL); INSERT INTO summaries4 SELECT id, json FROM incident_summaries;
    DROP TRIGGER incident_summaries_delete; DROP TABLE incident_summaries; ALTER TABLE summaries4 RENAME TO incident_summaries;
    CREATE TRIGGER incident_summaries_delete AFTER DELETE ON incidents BEGIN DELETE FROM incident_summaries WHERE rowid = old.rowid; END;
    DELETE FROM schema_migrations WHERE version = 5;`);
  db4.close();
  store = SqliteStore.open(path);
  await same(store);
  summariesWhereBoxesLook(path);
  // A box page reads the kept summary itself (not one made again from the record): marked, it shows the mark.
  await store.close();
  const marked = new Database(path);
  marked.prepare('UPDATE incident_summaries SET json = ? WHERE id = (SELECT min(id) FROM incident_summaries)').run('{"marked":true}');
  marked.close();
  store = SqliteStore.open(path);
  const boxed = await store.pageSummaries({ bbox: [35, 32, 39, 37.5], from: '2016-05-01', to: '2019-12-31', limit: 50 });
  assert.ok(boxed.summaries.includes('{"marked":true}'), 'the box page read the kept summary');
  await store.close();
  const unmark = new Database(path);
  unmark.prepare('DELETE FROM incident_summaries WHERE json = ?').run('{"marked":true}');
  unmark.close();
  store = SqliteStore.open(path);
  // A database of schema 3 (no summaries, search by report) gets its summaries and its search index by
  // incident when it is opened.
  await store.close();
  let db = new Database(path);
  db.exec(`DROP TRIGGER incident_summaries_delete; DROP TRIGGER incidents_fts_delete; DROP TRIGGER event_accounts_insert;
    DROP TABLE incident_summaries; DROP TABLE incidents_fts; DROP TABLE event_accounts; DELETE FROM schema_migrations WHERE version IN (4, 5);
    CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='rowid');`);
  db.close();
  store = SqliteStore.open(path);
  assert.equal((await same(store)).length, rows.length);
  assert.equal((await store.listIncidents({ search: TOWNS[1]! })).length, 1);
  // Summaries missing (a fill cut short by a stopped process) are made from the records when a list asks.
  await store.close();
  db = new Database(path);
  db.exec('DELETE FROM incident_summaries WHERE id % 2 = 0');
  db.close();
  store = SqliteStore.open(path);
  assert.equal((await same(store)).length, rows.length);
  await store.close();
});

test('a search reads pages in list order from the index; a corrected date and a merge keep it up to date', async () => {
  const store = SqliteStore.open(join(tempDir(), 'search.db'));
  const bundles = [];
  for (let k = 0; k < 24; k++) {
    const town = TOWNS[k % TOWNS.length]!;
    const day = DAYS[k % DAYS.length];
    const word = k % 3 === 0 ? 'bakery' : 'market';
    bundles.push(processRaw(rawText(`${3 + k} people were killed ${day ? `on ${day}` : 'on Monday'} when shells hit a ${word} in ${town}.`, { id: `q${k}`, ...(day ? { publishedAt: day } : {}) })));
  }
  await store.saveBatch(null, bundles, defaultLinker());
  const all = await store.listIncidents({});
  const bakeryIds = new Set((await store.listIncidents({ search: 'bakery' })).map((r) => r.incident.id));
  assert.ok(bakeryIds.size >= 4, `${bakeryIds.size} bakery incidents`);
  assert.deepEqual(await walk(store, { search: 'bakery' }, 3), all.map((r) => r.incident.id).filter((id) => bakeryIds.has(id)));
  assert.deepEqual(await walk(store, { search: 'bakery', country: 'SY' }, 3), all.filter((r) => r.incident.place?.country === 'SY').map((r) => r.incident.id).filter((id) => bakeryIds.has(id)));
  // A corrected date moves the incident in the search's order as in the list's.
  const first = (await store.listIncidents({ search: 'bakery' }))[0]!;
  const row = await store.reviewIncident(first.incident.id, { kind: 'edit', field: 'date', value: { start: '2019-01-01', end: '2019-01-01', precision: 'day' }, reason: 'checked' }, 'tester', first.version);
  assert.equal(row?.incident.date?.start, '2019-01-01');
  const after = await store.listIncidents({});
  const bakery = (await walk(store, { search: 'bakery' }, 3));
  assert.deepEqual(bakery, after.map((r) => r.incident.id).filter((id) => bakeryIds.has(id)));
  assert.ok(bakery.indexOf(first.incident.id) > 0, 'the corrected incident moved down the order');
  // A merge: the merged incident is found by the words of both its reports.
  const market = (await store.listIncidents({ search: 'market' })).find((r) => r.incident.place?.country === first.incident.place?.country && r.incident.id !== first.incident.id)!;
  const merged = await store.mergeIncidents([first.incident.id, market.incident.id], 'tester', 'same attack', defaultLinker());
  const both = (await store.listIncidents({ search: 'bakery' })).map((r) => r.incident.id);
  assert.ok(both.includes(merged.id) && (await store.listIncidents({ search: 'market' })).some((r) => r.incident.id === merged.id));
  await store.close();
});
