// One contract suite for the Store interface, run once per database implementation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { defaultLinker, processRaw } from '../../src/pipeline.js';
import { SqliteStore, ftsQuery } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { rawText, tempDir } from '../helpers.js';


const KALLASEH = rawText('Published 28 April 2016\nAn air strike on Thursday killed 12 civilians in al-Kallāseh, rescuers said.', { source: 'Monitor A' });
const DOUMA = rawText('Published 22 August 2013\nShelling killed at least 30 people in Douma on Wednesday.', { source: 'Wire B' });

const linker = defaultLinker();

const DATABASES: [string, (dir: string) => Store][] = [['SQLite', (dir) => SqliteStore.open(join(dir, 'test.db'))]];

for (const [name, open] of DATABASES) {
  describe(`Store contract: ${name}`, () => {
    test('stores raw bytes, cleaned report and accounts; a second save of the same bytes is a duplicate', async () => {
      const store = open(tempDir());
      const batch = await store.startBatch('test', ['fixture']);
      const first = await store.saveBatch(batch, [processRaw(KALLASEH)], linker);
      assert.equal(first[0]!.kind, 'stored');
      const again = await store.saveBatch(batch, [processRaw(KALLASEH)], linker);
      assert.deepEqual(again, [{ kind: 'duplicate', reportId: first[0]!.reportId }]);
      const counts = await store.counts();
      assert.deepEqual([counts.rawReports, counts.reports, counts.accounts, counts.incidents], [1, 1, 1, 1]);
      assert.equal((await store.knownRaw([KALLASEH.sha256, DOUMA.sha256])).size, 1);
      const got = await store.getReport(first[0]!.reportId);
      assert.deepEqual(Buffer.from(got!.raw.bytes), Buffer.from(KALLASEH.bytes));
      assert.equal(got!.report.publishedAt?.value, '2016-04-28');
      assert.equal(got!.report.source, 'Monitor A');
      await store.close();
    });

    test('an id already used by other content keeps both, the newcomer renamed with a warning', async () => {
      const store = open(tempDir());
      const a = processRaw(rawText('Five were killed in a raid on Monday.', { id: 'r1' }));
      const b = processRaw(rawText('Six were killed in a raid on Tuesday.', { id: 'r1' }));
      const out = await store.saveBatch(null, [a, b], linker);
      assert.equal(out[0]!.reportId, 'r1');
      assert.match(out[1]!.reportId, /^r1~[0-9a-f]{8}$/);
      const renamed = await store.getReport(out[1]!.reportId);
      assert.ok(renamed!.report.messages.some((m) => m.rule === 'store:id-taken'));
      await store.close();
    });

    test('incidents filter by date, type and full-text search with diacritics and hyphens folded', async () => {
      const store = open(tempDir());
      await store.saveBatch(null, [processRaw(KALLASEH), processRaw(DOUMA)], linker);
      const all = await store.listIncidents({});
      assert.deepEqual(all.map((r) => r.incident.date?.start), ['2013-08-21', '2016-04-28']);
      assert.deepEqual((await store.listIncidents({ search: 'kallaseh' })).map((r) => r.sources), [['Monitor A']]);
      assert.equal((await store.listIncidents({ search: 'al-Kallaseh' })).length, 1);
      assert.equal((await store.listIncidents({ search: '"unbalanced' })).length, 0);
      assert.equal((await store.listIncidents({ from: '2016-01-01' })).length, 1);
      assert.equal((await store.listIncidents({ to: '2014-01-01' })).length, 1);
      assert.equal((await store.listIncidents({ type: 'shelling' }))[0]!.incident.killed?.low, 30);
      assert.equal((await store.listIncidents({ limit: 1 })).length, 1);
      const streamed = [];
      for await (const r of store.iterateIncidents({})) streamed.push(r.incident.id);
      assert.deepEqual(streamed, all.map((r) => r.incident.id));
      const detail = await store.getIncident(all[1]!.incident.id);
      assert.equal(detail!.accounts.length, 1);
      assert.equal(detail!.accounts[0]!.source, 'Monitor A');
      assert.equal(await store.getIncident('inc-none'), null);
      await store.close();
    });

    test('the event log is append-only', async () => {
      const dir = tempDir();
      const store = open(dir);
      const e = await store.appendEvent({ actor: 'analyst@example.org', kind: 'merge', target: 'inc-1', payload: { with: 'inc-2', reason: 'same strike' } });
      assert.equal(e.seq, 1);
      assert.deepEqual((await store.events('inc-1')).map((x) => x.payload), [{ with: 'inc-2', reason: 'same strike' }]);
      await store.close();
      if (name === 'SQLite') {
        const db = new Database(join(dir, 'test.db'));
        assert.throws(() => db.prepare('UPDATE events SET actor = ?').run('someone else'), /append-only/);
        assert.throws(() => db.prepare('DELETE FROM events').run(), /append-only/);
        db.close();
      }
    });

    test('reopening runs no migration twice and keeps what was stored', async () => {
      const dir = tempDir();
      const s1 = open(dir);
      await s1.saveBatch(null, [processRaw(DOUMA)], linker);
      await s1.close();
      const s2 = open(dir);
      assert.equal((await s2.counts()).reports, 1);
      await s2.close();
    });
  });
}

test('a user search is quoted term by term, so no input is an FTS syntax error', () => {
  assert.equal(ftsQuery('al-Kallaseh  hospital'), '"al-Kallaseh" "hospital"');
  assert.equal(ftsQuery('kafr*'), '"kafr"*');
  assert.equal(ftsQuery('say "hi'), '"say" """hi"');
  assert.equal(ftsQuery('   '), null);
});
