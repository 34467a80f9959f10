// Every route, called by nobody, a viewer, an analyst and an admin: each is refused exactly when its role
// is above the caller's, and cookie-authenticated writes without the CSRF token are refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allows } from '../../src/server/route.js';
import type { Role } from '../../src/store/store.js';
import { api, login, startServer } from './harness.js';

/** A concrete URL for a route's path: every `:param` filled with a value that exists nowhere. */
const concrete = (path: string) => path.replace(/:format/, 'csv').replace(/:(\w+)/g, 'nothing-here');

test('every route answers each role as its access says', async () => {
  const run = await startServer();
  const routes = run.server.routes;
  assert.ok(routes.length >= 18, `expected the whole API, found ${routes.length} routes`);
  for (const r of routes) {
    const url = concrete(r.path) + (r.path === '/api/reports/upload' ? '?name=x.txt' : '');
    const body = r.method === 'GET' || r.method === 'DELETE' ? undefined : r.rawBody ? 'plain text' : {};
    const headers = r.rawBody ? { 'content-type': 'text/plain' } : {};
    const anon = await api(run, null, r.method, url, body, headers);
    if (r.access === 'public') assert.notEqual(anon.status, 401, `${r.method} ${r.path} is public but refused an anonymous call`);
    else assert.equal(anon.status, 401, `${r.method} ${r.path} without credentials: ${anon.status}`);
    for (const role of ['viewer', 'analyst', 'admin'] as Role[]) {
      const res = await api(run, role, r.method, url, body, headers);
      if (allows(r.access, role)) {
        assert.ok(res.status !== 401 && res.status !== 403, `${role} may call ${r.method} ${r.path} but got ${res.status} ${res.text.slice(0, 200)}`);
      } else {
        assert.equal(res.status, 403, `${role} must not call ${r.method} ${r.path}; got ${res.status}`);
        assert.equal(res.json.error.code, 'forbidden');
      }
    }
  }
});

test('a session cookie write without the CSRF token is refused; with it, it goes through', async () => {
  const run = await startServer();
  const s = await login(run, 'analyst');
  assert.equal(s.status, 200);
  const record = { text: 'Two people were killed on Friday in a drone strike on a car near Idlib city.', title: 'Drone strike near Idlib', published_at: '2019-06-01' };
  const without = await s.call('POST', '/api/reports', record, false);
  assert.equal(without.status, 403);
  assert.equal(without.json.error.code, 'csrf');
  const withToken = await s.call('POST', '/api/reports', record, true);
  assert.equal(withToken.status, 200, JSON.stringify(withToken.json));
  assert.equal(withToken.json.stored, 1);
  // A viewer's session is refused by role, CSRF token or not.
  const v = await login(run, 'viewer');
  const denied = await v.call('POST', '/api/reports', record, true);
  assert.equal(denied.status, 403);
  assert.equal(denied.json.error.code, 'forbidden');
});
