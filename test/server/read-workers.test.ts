// Lists and searches answered by read workers (each with its own read-only connection) are the main
// thread's answers: same pages and cursors, a caller's mistake still a 400, and a write seen at once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers.js';
import { api, REPORTS, startServer } from './harness.js';

test('read workers give the pages the store gives, see each write as soon as it is answered, and keep 400s for bad cursors', async () => {
  const run = await startServer({ readWorkers: 2 });
  const stored = await api(run, 'analyst', 'POST', '/api/reports', { reports: REPORTS });
  assert.equal(stored.status, 200, stored.text);
  const listed = await api(run, 'viewer', 'GET', '/api/incidents?limit=1000');
  assert.equal(listed.status, 200);
  const mine = await run.store.pageSummaries({ limit: 1000 });
  assert.deepEqual(listed.json.incidents, mine.summaries.map((j) => JSON.parse(j)));
  assert.ok(listed.json.incidents.length >= 3, 'the reports made incidents');

  // Pages of one, by cursor, from whichever worker answers.
  const walked: string[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await api(run, 'viewer', 'GET', `/api/incidents?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    walked.push(...page.json.incidents.map((i: { id: string }) => i.id));
    cursor = page.json.next;
  } while (cursor);
  assert.deepEqual(walked, listed.json.incidents.map((i: { id: string }) => i.id));

  const searched = await api(run, 'viewer', 'GET', '/api/incidents?q=Saraqib');
  assert.deepEqual(searched.json.incidents.map((i: any) => i.title), ['Shelling kills five in Saraqib']);
  const bad = await api(run, 'viewer', 'GET', '/api/incidents?cursor=garbage');
  assert.equal(bad.status, 400);
  assert.match(bad.json.error.message, /not a cursor/);

  // A review written by the main thread shows in the next list a worker reads.
  const one = listed.json.incidents[0];
  const reviewed = await api(run, 'analyst', 'POST', `/api/incidents/${one.id}/review`, { status: 'accepted', reason: 'checked against the video', version: one.version });
  assert.equal(reviewed.status, 200, reviewed.text);
  const after = await api(run, 'viewer', 'GET', '/api/incidents?review=accepted');
  assert.deepEqual(after.json.incidents.map((i: any) => [i.id, i.reviewStatus]), [[one.id, 'accepted']]);
  const queue = await api(run, 'viewer', 'GET', '/api/review/queue');
  assert.ok(!queue.json.incidents.some((i: any) => i.id === one.id), 'an accepted incident leaves the review queue');
});

test('a read connection refuses a database whose schema is not this version, saying how to bring it up', async () => {
  const path = join(tempDir(), 'old.db');
  await SqliteStore.open(path).close();
  const newest = SqliteStore.openReader(path);
  assert.deepEqual((await newest.pageSummaries({ limit: 5 })).summaries, []);
  await newest.close();
  const db = new Database(path);
  db.prepare('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)').run();
  db.close();
  assert.throws(() => SqliteStore.openReader(path), /has schema version \d+, not \d+: open it for writing first/);
  assert.throws(() => SqliteStore.openReader(join(tempDir(), 'none.db')), /unable to open|does not exist|SQLITE_CANTOPEN/i);
});
