import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_READ_OPTIONS } from '../../src/ingest/raw-report.js';
import { ingestInputs } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ROOT, tempDir } from '../helpers.js';

const CORPUS = [join(ROOT, 'samples/fakes-dev/articles.jsonl'), join(ROOT, 'samples/formats')];

async function run(workers: number) {
  const store = SqliteStore.open(join(tempDir(), `w${workers}.db`));
  const summary = await ingestInputs(store, CORPUS, { ...DEFAULT_READ_OPTIONS, batchSize: 50, workers });
  // Everything but when each was written (the version a reviewer's change is checked against).
  const incidents = (await store.listIncidents({})).map(({ version: _when, ...row }) => row);
  await store.close();
  return { summary, incidents };
}

test('worker threads store exactly what the single thread stores, in the same order', async () => {
  const single = await run(0);
  const pooled = await run(2);
  assert.equal(single.summary.stored, 255);
  assert.deepEqual(
    [pooled.summary.read, pooled.summary.stored, pooled.summary.duplicates, pooled.summary.incidents],
    [single.summary.read, single.summary.stored, single.summary.duplicates, single.summary.incidents],
  );
  assert.deepEqual(pooled.summary.removed, single.summary.removed);
  assert.deepEqual(pooled.incidents, single.incidents);
});
