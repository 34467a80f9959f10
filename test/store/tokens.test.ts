// API tokens: found by their hash, refused once revoked, and their last use kept to the minute without a
// write for every request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { secretHash } from '../../src/server/secrets.js';

test('a token finds its user, records when it was last used at most once a minute, and stops working when revoked', async (t) => {
  const store = SqliteStore.open(':memory:');
  t.after(() => store.close());
  const user = await store.users.createUser('script', 'analyst', 'not a real hash');
  assert.ok(user);
  const made = await store.users.createToken(user.id, 'nightly import', secretHash('cbt_secret'));
  const lastUsed = async () => (await store.users.listTokens(user.id)).find((k) => k.id === made.id)!.lastUsedAt;
  assert.equal(await lastUsed(), null);

  assert.equal((await store.users.tokenUser(secretHash('cbt_secret')))?.username, 'script');
  const first = await lastUsed();
  assert.ok(first, 'the first use is recorded');
  // Used again within the minute: the time kept is the first.
  await new Promise((r) => setTimeout(r, 5));
  await store.users.tokenUser(secretHash('cbt_secret'));
  assert.equal(await lastUsed(), first);

  assert.equal(await store.users.tokenUser(secretHash('cbt_other')), null);
  await store.users.revokeToken(made.id);
  assert.equal(await store.users.tokenUser(secretHash('cbt_secret')), null);
});
