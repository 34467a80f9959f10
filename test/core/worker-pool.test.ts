// The worker pool: answers in order of asking, errors carried back by class and message, a worker that
// stops is replaced, and one that cannot start fails its requests with its own error instead of hanging.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkerError, WorkerPool } from '../../src/core/worker-pool.js';

test('answers come back to their own requests; a thrown error keeps its class name and message', async () => {
  const pool = new WorkerPool<string, string>(import.meta.url, './echo-worker', 2);
  try {
    assert.deepEqual(await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => pool.run(x))), ['echo a', 'echo b', 'echo c', 'echo d', 'echo e']);
    await assert.rejects(pool.run('throw'), (e: unknown) => e instanceof WorkerError && e.errorName === 'RangeError' && e.message === 'asked to throw');
    assert.equal(await pool.run('after'), 'echo after');
  } finally {
    await pool.close();
  }
});

test('a worker that stops fails what it was doing, and a new one takes its place', async () => {
  const pool = new WorkerPool<string, string>(import.meta.url, './echo-worker', 1);
  try {
    assert.equal(await pool.run('first'), 'echo first');
    await assert.rejects(pool.run('stop'), /worker thread stopped \(exit code 3\)/);
    assert.equal(pool.size, 1);
    assert.equal(await pool.run('again'), 'echo again');
  } finally {
    await pool.close();
  }
});

test('workers that cannot start fail the requests with their own error, and later ones at once', async () => {
  const pool = new WorkerPool<string, string>(import.meta.url, './broken-worker', 2);
  try {
    await assert.rejects(pool.run('x'), /cannot open the database/);
    // Both failed to start: nothing is left to answer, and nothing waits forever.
    while (pool.size > 0) await new Promise((r) => setTimeout(r, 20));
    await assert.rejects(pool.run('y'), /cannot open the database/);
  } finally {
    await pool.close();
  }
});
