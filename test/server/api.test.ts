// The API on a real server on 127.0.0.1: setup, login, reports in and out, incidents, review, exports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, login, PASSWORD, REPORTS, startServer } from './harness.js';

test('first admin: the one-time setup code makes one admin, once', async () => {
  const run = await startServer({ users: false });
  const code = run.server.setupCode;
  assert.ok(code && code.length >= 40);
  assert.equal((await api(run, null, 'GET', '/api/health')).json.setupNeeded, true);
  const wrong = await api(run, null, 'POST', '/api/setup', { code: 'nope', username: 'root', password: PASSWORD });
  assert.equal(wrong.status, 403);
  const short = await api(run, null, 'POST', '/api/setup', { code, username: 'root', password: 'short' });
  assert.equal(short.status, 400);
  assert.equal(short.json.error.details[0].path, 'password');
  const ok = await api(run, null, 'POST', '/api/setup', { code, username: 'root', password: PASSWORD });
  assert.equal(ok.status, 200);
  assert.equal(ok.json.user.role, 'admin');
  const again = await api(run, null, 'POST', '/api/setup', { code, username: 'root2', password: PASSWORD });
  assert.equal(again.status, 409);
  assert.equal((await login(run, 'root')).status, 200);
});

test('login: a session cookie that scripts cannot read, wrong passwords rate limited', async () => {
  const run = await startServer({ env: { CORROBORATE_LOGIN_ATTEMPTS: '3' } });
  const s = await login(run, 'viewer');
  assert.equal(s.status, 200);
  assert.match(s.setCookie, /HttpOnly/i);
  assert.match(s.setCookie, /SameSite=Strict/i);
  assert.doesNotMatch(s.setCookie, /Secure/i, 'plain http on 127.0.0.1: a Secure cookie would never come back');
  const me = await s.call('GET', '/api/session');
  assert.equal(me.json.user.username, 'viewer');
  assert.equal(me.json.csrfToken, s.csrfToken);
  // The stored session is a hash, not the cookie's value.
  const cookieValue = s.setCookie.split(';')[0]!.split('=')[1]!;
  const rows = (run.store as any).db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
  assert.ok(rows.length > 0 && !rows.includes(cookieValue));

  for (let i = 0; i < 3; i++) assert.equal((await login(run, 'analyst', 'wrong password!')).status, 401);
  const limited = await fetch(`${run.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'analyst', password: PASSWORD }) });
  assert.equal(limited.status, 429, 'the right password is refused too while the name is locked');
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
  // Logging out ends the session on the server, not only in the browser.
  assert.equal((await s.call('DELETE', '/api/session')).status, 200);
  assert.equal((await s.call('GET', '/api/session')).status, 401);
});

test('behind a TLS proxy the session cookie is Secure', async () => {
  const run = await startServer({ trustProxy: true });
  const res = await fetch(`${run.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
    body: JSON.stringify({ username: 'viewer', password: PASSWORD }),
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('set-cookie') ?? '', /Secure/);
});

test('reports in: a batch with a bad record stores the rest and names the line; again is all duplicates', async () => {
  const run = await startServer();
  const batch = { reports: [REPORTS[0], { title: 'no text here' }, REPORTS[1]] };
  const first = await api(run, 'analyst', 'POST', '/api/reports', batch);
  assert.equal(first.status, 200, first.text);
  assert.equal(first.json.stored, 2);
  assert.equal(first.json.failed, 1);
  const bad = first.json.messages.find((m: any) => m.severity === 'error');
  assert.equal(bad.line, 2);
  assert.match(bad.source, /POST \/api\/reports/);
  const again = await api(run, 'analyst', 'POST', '/api/reports', batch);
  assert.equal(again.json.stored, 0);
  assert.equal(again.json.duplicates, 2);
  assert.equal((await run.store.counts()).reports, 2);

  const csv = 'title,text,published_at\n"Mortar fire kills two in Damascus","Two people were killed on Sunday when mortar shells hit the Old City of Damascus, state media said.",2017-04-10\n';
  const up = await api(run, 'analyst', 'POST', '/api/reports/upload?name=batch.csv', csv, { 'content-type': 'text/csv' });
  assert.equal(up.status, 200, up.text);
  assert.equal(up.json.stored, 1);
  const plain = await api(run, 'analyst', 'POST', '/api/reports/upload?name=notes.txt', 'Three people were killed on Friday when a mortar shell hit a bakery queue in Jobar, Damascus.', {
    'content-type': 'text/plain; charset=utf-8',
  });
  assert.equal(plain.status, 200, plain.text);
  assert.equal(plain.json.stored, 1);
  const binary = await api(run, 'analyst', 'POST', '/api/reports/upload?name=photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]), {
    'content-type': 'application/octet-stream',
  });
  assert.equal(binary.json.stored, 0);
  assert.match(binary.json.messages[0].text, /binary/);

  const report = await api(run, 'viewer', 'GET', '/api/reports/douma-1');
  assert.equal(report.status, 200);
  assert.match(report.json.report.text, /crowded market in Douma/);
  const raw = await api(run, 'viewer', 'GET', '/api/reports/douma-1/raw');
  assert.match(raw.headers.get('content-disposition') ?? '', /^attachment/);
  assert.equal(raw.headers.get('content-type'), 'application/octet-stream');
  assert.equal(JSON.parse(raw.text).id, 'douma-1');
  assert.equal((await api(run, 'viewer', 'GET', '/api/reports/nothing')).status, 404);
});

test('errors: one JSON shape for a body that is not JSON, one that is too large, and an unknown route', async () => {
  const run = await startServer({ env: { CORROBORATE_MAX_BODY_BYTES: '2000' } });
  const notJson = await api(run, 'analyst', 'POST', '/api/reports', '{"text": ', { 'content-type': 'application/json' });
  assert.equal(notJson.status, 400);
  assert.equal(notJson.json.error.code, 'bad_request');
  const big = await api(run, 'analyst', 'POST', '/api/reports', { text: 'x'.repeat(5000) });
  assert.equal(big.status, 413);
  assert.equal(big.json.error.code, 'payload_too_large');
  const none = await api(run, 'viewer', 'GET', '/api/nothing');
  assert.equal(none.status, 404);
  assert.equal(none.json.error.code, 'not_found');
  assert.match(none.headers.get('content-security-policy') ?? '', /default-src 'self'/);
});

test('incidents: filters, cursor pages, one incident with its accounts and evidence', async () => {
  const run = await startServer();
  await api(run, 'analyst', 'POST', '/api/reports', { reports: REPORTS });
  const all = await api(run, 'viewer', 'GET', '/api/incidents?limit=1000');
  assert.equal(all.status, 200);
  const ids = all.json.incidents.map((i: any) => i.id);
  assert.ok(ids.length >= 3, JSON.stringify(all.json));
  // Pages of one, followed by cursor, give the same list in the same order.
  const paged: string[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await api(run, 'viewer', 'GET', `/api/incidents?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    paged.push(...page.json.incidents.map((i: any) => i.id));
    cursor = page.json.next;
  } while (cursor);
  assert.deepEqual(paged, ids);
  assert.equal((await api(run, 'viewer', 'GET', '/api/incidents?cursor=garbage')).status, 400);

  const douma = all.json.incidents.find((i: any) => /Douma/.test(i.title));
  assert.ok(douma, 'the Douma report gives an incident');
  assert.equal(douma.place.precision, 'town');
  // bbox around Douma only; a date range; a search; a type.
  const box = await api(run, 'viewer', 'GET', '/api/incidents?bbox=36.3,33.5,36.5,33.65');
  assert.deepEqual(box.json.incidents.map((i: any) => i.id), [douma.id]);
  const dated = await api(run, 'viewer', 'GET', '/api/incidents?from=2018-01-01&to=2018-12-31');
  assert.deepEqual(dated.json.incidents.map((i: any) => i.id), [douma.id]);
  const found = await api(run, 'viewer', 'GET', `/api/incidents?q=${encodeURIComponent('crowded market')}`);
  assert.deepEqual(found.json.incidents.map((i: any) => i.id), [douma.id]);
  const typed = await api(run, 'viewer', 'GET', '/api/incidents?type=shelling');
  assert.ok(typed.json.incidents.every((i: any) => i.eventType === 'shelling') && typed.json.incidents.length >= 1);
  assert.equal((await api(run, 'viewer', 'GET', '/api/incidents?bbox=1,2,3')).status, 400);

  const one = await api(run, 'viewer', 'GET', `/api/incidents/${douma.id}`);
  assert.equal(one.status, 200);
  assert.equal(one.json.version, douma.version);
  assert.equal(one.json.accounts.length, 1);
  const ev = one.json.incident.place.evidence[0];
  const report = await api(run, 'viewer', 'GET', `/api/reports/${one.json.accounts[0].reportId}`);
  assert.equal(report.json.report.text.slice(ev.start, ev.end), ev.quote, 'evidence spans point into the report text the API serves');
});

test('review: accept, edit with a reason, a stale version is a conflict, merge and split, all in the history', async () => {
  const run = await startServer();
  await api(run, 'analyst', 'POST', '/api/reports', { reports: REPORTS });
  const list = (await api(run, 'viewer', 'GET', '/api/incidents')).json.incidents;
  const douma = list.find((i: any) => /Douma/.test(i.title));
  const saraqib = list.find((i: any) => /Saraqib/.test(i.title));
  assert.ok(douma && saraqib);

  const noReason = await api(run, 'analyst', 'POST', `/api/incidents/${douma.id}/review`, { status: 'accepted', reason: ' ', version: douma.version });
  assert.equal(noReason.status, 400);
  const accepted = await api(run, 'analyst', 'POST', `/api/incidents/${douma.id}/review`, { status: 'accepted', reason: 'matches our field report', version: douma.version });
  assert.equal(accepted.status, 200, accepted.text);
  assert.equal(accepted.json.incident.reviewStatus, 'accepted');
  assert.notEqual(accepted.json.incident.version, douma.version);

  // A second analyst still holding the old version gets a conflict, not a silent overwrite.
  const stale = await api(run, 'analyst', 'POST', `/api/incidents/${douma.id}/edit`, { field: 'killed', value: { low: 13, best: 13, high: 13 }, reason: 'hospital list', version: douma.version });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.code, 'conflict');

  const badValue = await api(run, 'analyst', 'POST', `/api/incidents/${douma.id}/edit`, { field: 'killed', value: { low: 20, best: 10, high: 30 }, reason: 'x', version: accepted.json.incident.version });
  assert.equal(badValue.status, 400);
  const edited = await api(run, 'analyst', 'POST', `/api/incidents/${douma.id}/edit`, {
    field: 'killed',
    value: { low: 13, best: 13, high: 13 },
    reason: 'the hospital list names 13',
    version: accepted.json.incident.version,
  });
  assert.equal(edited.status, 200, edited.text);
  assert.deepEqual(edited.json.incident.killed, { low: 13, best: 13, high: 13 });
  assert.equal(edited.json.incident.reviewStatus, 'edited');
  const detail = (await api(run, 'viewer', 'GET', `/api/incidents/${douma.id}`)).json;
  assert.equal(detail.incident.edits[0].machine.low, 12, "the machine's value is kept beside the correction");
  assert.deepEqual(detail.history.map((e: any) => e.kind), ['incident:review', 'incident:edit']);
  assert.equal(detail.history[1].actor, 'analyst');
  assert.equal(detail.history[1].payload.reason, 'the hospital list names 13');

  // The correction survives relinking everything.
  await run.store.relinkAll((await import('../../src/pipeline.js')).defaultLinker());
  const relinked = (await api(run, 'viewer', 'GET', `/api/incidents/${douma.id}`)).json;
  assert.deepEqual(relinked.incident.killed, { low: 13, best: 13, high: 13 });

  const versions = { [douma.id]: relinked.version, [saraqib.id]: (await api(run, 'viewer', 'GET', `/api/incidents/${saraqib.id}`)).json.version };
  const staleMerge = await api(run, 'analyst', 'POST', '/api/incidents/merge', { incidents: [douma.id, saraqib.id], reason: 'test', versions: { ...versions, [saraqib.id]: 'old' } });
  assert.equal(staleMerge.status, 409);
  const merged = await api(run, 'analyst', 'POST', '/api/incidents/merge', { incidents: [douma.id, saraqib.id], reason: 'one strike, two outlets', versions });
  assert.equal(merged.status, 200, merged.text);
  assert.equal(merged.json.incident.reports, 2);
  const whole = (await api(run, 'viewer', 'GET', `/api/incidents/${merged.json.incident.id}`)).json;
  const saraqibAccount = whole.accounts.find((a: any) => a.reportId === 'saraqib-1').accountId;
  const split = await api(run, 'analyst', 'POST', `/api/incidents/${whole.incident.id}/split`, { accounts: [saraqibAccount], reason: 'two events after all', version: whole.version });
  assert.equal(split.status, 200, split.text);
  assert.equal(split.json.incidents.length, 2);
  const kinds = (await run.store.events()).map((e) => e.kind);
  assert.deepEqual(kinds, ['incident:review', 'incident:edit', 'incident:merge', 'incident:split']);
  // Each side's history holds what was done to its accounts under any id: the Saraqib side was never the
  // target of a review, yet shows the merge that joined it and the split that parted it.
  for (const side of split.json.incidents) {
    const history = (await api(run, 'viewer', 'GET', `/api/incidents/${side.id}`)).json.history.map((e: any) => e.kind);
    assert.ok(history.includes('incident:merge') && history.includes('incident:split'), `${side.id}: ${history}`);
    const isDouma = side.id === douma.id;
    assert.equal(history.includes('incident:edit'), isDouma, `${side.id}: ${history}`);
  }
});

test('exports stream CSV, GeoJSON and JSONL of the filtered incidents', async () => {
  const run = await startServer();
  await api(run, 'analyst', 'POST', '/api/reports', { reports: REPORTS });
  const n = (await api(run, 'viewer', 'GET', '/api/incidents')).json.incidents.length;
  const csv = await api(run, 'viewer', 'GET', '/api/export/csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.equal(csv.text.trim().split('\n').length, n + 1);
  const geo = await api(run, 'viewer', 'GET', '/api/export/geojson?country=SY');
  assert.equal(geo.json.type, 'FeatureCollection');
  assert.ok(geo.json.features.length >= 1);
  const jsonl = await api(run, 'viewer', 'GET', '/api/export/jsonl?type=shelling');
  const lines = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length >= 1 && lines.every((l) => l.eventType === 'shelling'));
  assert.equal((await api(run, 'viewer', 'GET', '/api/export/xlsx')).status, 400);
});

test('the OpenAPI document lists every route with its role', async () => {
  const run = await startServer();
  const doc = (await api(run, null, 'GET', '/api/openapi.json')).json;
  assert.equal(doc.openapi, '3.1.0');
  for (const r of run.server.routes) {
    const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
    assert.ok(op, `${r.method} ${r.path} is missing from the OpenAPI document`);
    assert.equal(op['x-role'], r.access);
  }
  assert.ok(doc.paths['/api/incidents'].get.parameters.some((p: any) => p.name === 'bbox'));
});

test('admin: users and tokens; a revoked token and a disabled user are refused', async () => {
  const run = await startServer();
  const made = await api(run, 'admin', 'POST', '/api/users', { username: 'field-team', role: 'analyst', password: PASSWORD });
  assert.equal(made.status, 201);
  assert.equal((await api(run, 'admin', 'POST', '/api/users', { username: 'FIELD-TEAM', role: 'viewer', password: PASSWORD })).status, 409);
  const tok = await api(run, 'admin', 'POST', '/api/tokens', { user: made.json.user.id, name: 'scraper' });
  assert.equal(tok.status, 201);
  assert.match(tok.json.secret, /^cbt_/);
  const listed = await api(run, 'admin', 'GET', `/api/tokens?user=${made.json.user.id}`);
  assert.ok(!JSON.stringify(listed.json).includes(tok.json.secret), 'a token is never listed with its secret');
  const asScraper = (path: string) => fetch(run.url + path, { headers: { authorization: `Bearer ${tok.json.secret}` } });
  assert.equal((await asScraper('/api/session')).status, 200);
  await api(run, 'admin', 'DELETE', `/api/tokens/${tok.json.token.id}`);
  assert.equal((await asScraper('/api/session')).status, 401);

  const s = await login(run, 'field-team');
  assert.equal(s.status, 200);
  await api(run, 'admin', 'PATCH', `/api/users/${made.json.user.id}`, { disabled: true });
  assert.equal((await s.call('GET', '/api/session')).status, 401, 'disabling a user ends their sessions');
  assert.equal((await login(run, 'field-team')).status, 401);
  const self = (await api(run, 'admin', 'GET', '/api/session')).json.user;
  assert.equal((await api(run, 'admin', 'PATCH', `/api/users/${self.id}`, { role: 'viewer' })).status, 409);
});

test('map, timeline and review queue views of the same filters', async () => {
  const run = await startServer();
  const provinceOnly = {
    id: 'province-1',
    title: 'Shelling kills four in Idlib province',
    published_at: '2019-05-04',
    text: 'Four civilians were killed on Friday by government shelling in the Idlib countryside, the civil defence said.',
  };
  await api(run, 'analyst', 'POST', '/api/reports', { reports: [...REPORTS, provinceOnly] });
  const all = (await api(run, 'viewer', 'GET', '/api/incidents')).json.incidents;

  const world = (await api(run, 'viewer', 'GET', '/api/map?zoom=2')).json;
  const pinned = all.filter((i: any) => i.place && i.place.lat !== null && !['admin1', 'country'].includes(i.place.precision));
  assert.equal(world.points.reduce((n: number, p: any) => n + p.count, 0), pinned.length, 'every pinned incident is in one cluster');
  const province = all.find((i: any) => /Idlib province/.test(i.title));
  assert.equal(province.place.precision, 'admin1');
  const area = world.areas.find((a: any) => a.level === 'admin1');
  assert.equal(area.ref, 'SY.12', "a province-level incident is drawn as its province (GeoNames code), not as a pin");
  // Zoomed in on Douma, the Douma incident is a single pin that names itself.
  const near = (await api(run, 'viewer', 'GET', '/api/map?zoom=12&bbox=36.3,33.5,36.5,33.65')).json;
  assert.equal(near.points.length, 1);
  assert.equal(near.points[0].count, 1);
  assert.ok(near.points[0].id);

  const months = (await api(run, 'viewer', 'GET', '/api/timeline?bucket=month')).json;
  assert.ok(months.buckets.some((b: any) => b.bucket === '2018-02-01' && b.incidents >= 1));
  const drawn = months.buckets.reduce((n: number, b: any) => n + b.incidents, 0);
  assert.equal(drawn + months.undrawn, all.length, 'every incident is either drawn or counted as undrawn');
  // A new report changes the answer at once: the aggregates are kept only while the store is unchanged.
  await api(run, 'analyst', 'POST', '/api/reports', {
    id: 'late-2018',
    title: 'Rocket kills two in Afrin',
    published_at: '2018-02-22',
    text: 'Two civilians were killed on Wednesday when a rocket hit a house in Afrin, a monitor said.',
  });
  const again = (await api(run, 'viewer', 'GET', '/api/timeline?bucket=month')).json;
  assert.equal(again.buckets.find((b: any) => b.bucket === '2018-02-01').incidents, months.buckets.find((b: any) => b.bucket === '2018-02-01').incidents + 1);
  const weeks = (await api(run, 'viewer', 'GET', '/api/timeline?bucket=week&from=2018-01-01')).json;
  assert.ok(weeks.buckets.every((b: any) => new Date(`${b.bucket}T00:00:00Z`).getUTCDay() === 1), 'weeks start on Monday');

  const queue = (await api(run, 'viewer', 'GET', '/api/review/queue')).json.incidents;
  assert.equal(queue.length, all.length + 1);
  const first = queue[0];
  await api(run, 'analyst', 'POST', `/api/incidents/${first.id}/review`, { status: 'accepted', reason: 'checked', version: first.version });
  const after = (await api(run, 'viewer', 'GET', '/api/review/queue')).json.incidents;
  assert.equal(after.length, all.length);
  assert.ok(!after.some((i: any) => i.id === first.id), 'a reviewed incident leaves the queue');
});
