// The web app in Debian's chromium (playwright-core, no browser download): log in, the map, the timeline
// brush, an incident with its evidence, a merge and its history, a hostile report, a viewer's limits.
// Screenshots of each main page go to test-output/screenshots/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers.js';
import { api, PASSWORD, REPORTS, startServer, type Running } from '../server/harness.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB = join(ROOT, 'web/dist');
const SHOTS = join(ROOT, 'test-output/screenshots');
const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install chromium)` : !existsSync(join(WEB, 'index.html')) ? 'web/dist is not built (npm run build)' : null;

/** More reports, so the timeline has months to brush across. */
const MORE = [
  { id: 'aleppo-2016', title: 'Barrel bombs kill 9 in Aleppo', published_at: '2016-09-24', text: 'Nine civilians were killed on Friday when helicopters dropped barrel bombs on the Bustan al-Qasr district of Aleppo, rescuers said.' },
  { id: 'hama-2017', title: 'Air strikes kill 6 near Hama', published_at: '2017-06-15', text: 'Six people were killed on Wednesday in air strikes on the town of Latamneh in Hama province, a monitor said.' },
  { id: 'douma-2', source: 'second-outlet', title: 'Rescuers say 12 died in Douma market raid', published_at: '2018-02-21', text: 'Rescuers in Douma said 12 people died when jets bombed a busy market in the town on Monday.' },
];

/** One server and one browser for the file (made at the top level, so they last until its tests end). */
async function setUp(): Promise<{ run: Running; browser: Browser }> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SHOTS, { recursive: true });
  const run = await startServer({ webRoot: WEB });
  const added = await api(run, 'analyst', 'POST', '/api/reports', { reports: [...REPORTS, ...MORE] });
  assert.equal(added.json.stored, REPORTS.length + MORE.length, added.text);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  after(() => browser.close());
  return { run, browser };
}

const ready = missing ? null : await setUp();

describe('web app in chromium', { skip: missing ? `skipped: ${missing}` : false }, () => {
  const { run, browser } = ready ?? ({} as { run: Running; browser: Browser });

  /** A page logged in as `user`; any dialog (alert, confirm) or page error fails the test. */
  async function session(user: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Nothing may be fetched from anywhere but the server itself.
    page.on('request', (r) => {
      if (!r.url().startsWith(run.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`request elsewhere: ${r.url()}`);
    });
    await page.goto(`${run.url}/`);
    await page.fill('#login input[name=username]', user);
    await page.fill('#login input[name=password]', PASSWORD);
    await page.click('#login button[type=submit]');
    await page.waitForSelector('#map');
    return { page, problems };
  }

  test('log in, see the map with markers and shaded areas, and the list', async () => {
    const { page, problems } = await session('analyst');
    await page.waitForSelector('#map path.pin, #map .cluster', { timeout: 15_000 });
    const pins = await page.locator('#map path.pin').count();
    const clusters = await page.locator('#map .cluster').count();
    assert.ok(pins + clusters >= 1, 'markers drawn');
    await page.waitForSelector('#list li');
    assert.ok((await page.locator('#list li').count()) >= 5);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'map.png') });
    // The basemap follows the zoom: the world view's 1:110m countries are asked for at once, the 1:50m ones
    // once the view is at zoom 4 or closer (two steps in from the first view, which is at zoom 2 at least).
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => /countries-(\w+)\.json/.exec(e.name)?.[1]).filter(Boolean));
    assert.ok(fetched.includes('110m'), String(fetched));
    for (let k = 0; k < 2; k++) {
      await page.click('.leaflet-control-zoom-in');
      await page.waitForTimeout(400);
    }
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /countries-50m\.json/.test(e.name)), null, { timeout: 10_000 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('dragging across the timeline filters the map and the list by date', async () => {
    const { page, problems } = await session('analyst');
    await page.waitForSelector('#timeline .u-over');
    await page.waitForSelector('#list li');
    const before = await page.locator('#list li').count();
    const box = (await page.locator('#timeline .u-over').boundingBox())!;
    // The right third of the timeline: the latest reports only.
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('from='));
    await page.waitForFunction((n) => document.querySelectorAll('#list li').length < n, before);
    const hash = await page.evaluate(() => location.hash);
    const from = /from=(\d{4}-\d{2}-\d{2})/.exec(hash)![1]!;
    const dates = (await page.locator('#list li .meta').allTextContents()).map((d) => /\d{4}-\d{2}-\d{2}/.exec(d)?.[0] ?? 'undated');
    assert.ok(dates.length >= 1, 'the latest incidents are still listed');
    assert.ok(dates.every((d) => d !== 'undated' && d >= from), `${dates.join(' | ')} vs from ${from}`);
    await page.screenshot({ path: join(SHOTS, 'map-brushed.png') });
    assert.ok(await page.locator('#all-dates').isVisible());
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an incident shows its evidence highlighted in each report text; merging two shows in the history', async () => {
    const { page, problems } = await session('analyst');
    // Two outlets told the Douma strike; linking made them one incident with two accounts.
    const douma = (await api(run, 'viewer', 'GET', '/api/incidents?q=Douma')).json.incidents;
    assert.equal(douma.length, 1);
    await page.goto(`${run.url}/#/incident/${encodeURIComponent(douma[0].id)}`);
    await page.waitForFunction(() => document.querySelectorAll('.account .report-text').length === 2);
    const killed = await page.locator('.report-text mark.ev-killed').allTextContents();
    assert.ok(killed.some((k) => /12/.test(k)), killed.join(' | '));
    assert.ok((await page.locator('.report-text mark.ev-place').count()) >= 2);
    assert.ok((await page.locator('.report-text mark.ev-date').count()) >= 2);
    await page.screenshot({ path: join(SHOTS, 'incident.png'), fullPage: true });

    // Two separate incidents, merged by hand.
    const a = (await api(run, 'viewer', 'GET', '/api/incidents?q=Bustan')).json.incidents[0];
    const b = (await api(run, 'viewer', 'GET', '/api/incidents?q=Latamneh')).json.incidents[0];
    assert.ok(a && b && a.id !== b.id);
    await page.goto(`${run.url}/#/incident/${encodeURIComponent(a.id)}`);
    await page.waitForSelector('#review');
    await page.fill('#review input[name=reason]', 'test merge of two reports');
    await page.fill('#review input[name=other]', b.id);
    await page.click('#merge');
    await page.waitForFunction(() => document.querySelectorAll('.account').length === 2);
    await page.waitForSelector('#history li');
    const history = await page.locator('#history').textContent();
    assert.match(history ?? '', /merge/);
    assert.match(history ?? '', /test merge of two reports/);
    assert.match(history ?? '', /analyst/);
    await page.screenshot({ path: join(SHOTS, 'incident-merged.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a stale page gets a conflict notice, not a silent overwrite', async () => {
    const { page, problems } = await session('analyst');
    const target = (await api(run, 'viewer', 'GET', '/api/incidents?q=Saraqib')).json.incidents[0];
    await page.goto(`${run.url}/#/incident/${encodeURIComponent(target.id)}`);
    await page.waitForSelector('#review');
    // Someone else accepts it meanwhile.
    await api(run, 'admin', 'POST', `/api/incidents/${target.id}/review`, { status: 'accepted', reason: 'checked first', version: target.version });
    await page.fill('#review input[name=reason]', 'rejecting on an old page');
    await page.click('#reject');
    await page.waitForSelector('#review-message.error');
    assert.match((await page.locator('#review-message').textContent()) ?? '', /changed this incident since you opened it/);
    const now = (await api(run, 'viewer', 'GET', `/api/incidents/${target.id}`)).json.incident;
    assert.equal(now.reviewStatus, 'accepted');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a hostile report renders as text: no script runs, no handler fires', async () => {
    const { page, problems } = await session('analyst');
    const xss = (await api(run, 'viewer', 'GET', '/api/incidents?q=Homs')).json.incidents[0];
    await page.goto(`${run.url}/#/incident/${encodeURIComponent(xss.id)}`);
    await page.waitForSelector('.report-text');
    await page.waitForTimeout(300);
    assert.match((await page.locator('h1').textContent()) ?? '', /<img src=x onerror=alert\(1\)>/, 'the title shows its markup as text');
    assert.match((await page.locator('.report-text').first().textContent()) ?? '', /<script>alert\("x"\)<\/script>/);
    assert.equal(await page.locator('main img, main script, .report-text a').count(), 0, 'no element was made from the report');
    await page.goto(`${run.url}/#/map?q=Homs`);
    await page.waitForSelector('#list li');
    await page.screenshot({ path: join(SHOTS, 'hostile-report.png') });
    assert.deepEqual(problems, [], 'no dialog, no page error');
    await page.close();
  });

  test('a viewer sees no review tools and the server refuses their writes', async () => {
    const { page, problems } = await session('viewer');
    const one = (await api(run, 'viewer', 'GET', '/api/incidents')).json.incidents[0];
    await page.goto(`${run.url}/#/incident/${encodeURIComponent(one.id)}`);
    await page.waitForSelector('.report-text');
    assert.equal(await page.locator('#review').count(), 0);
    assert.equal(await page.locator('#nav a[href="#/upload"]').count(), 0);
    const status = await page.evaluate(async ({ id, version }) => {
      const s = await (await fetch('/api/session')).json();
      const r = await fetch(`/api/incidents/${id}/review`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrfToken },
        body: JSON.stringify({ status: 'accepted', reason: 'not mine to do', version }),
      });
      return r.status;
    }, { id: one.id, version: one.version });
    assert.equal(status, 403);
    await page.goto(`${run.url}/#/queue`);
    await page.waitForSelector('#queue, #queue-empty');
    await page.screenshot({ path: join(SHOTS, 'queue.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a report in Arabic reads right to left, with its evidence highlighted in its own words', async () => {
    const text = 'مقتل 12 مدنياً بينهم 5 أطفال في غارات جوية لطائرات النظام على مدينة دوما في الغوطة الشرقية يوم الاثنين، بحسب المرصد السوري لحقوق الإنسان.';
    const posted = await api(run, 'analyst', 'POST', '/api/reports', { reports: [{ id: 'ar-douma', source: 'arabic-outlet', title: 'مقتل 12 مدنياً في دوما', published_at: '2018-02-20', text }] });
    assert.equal(posted.status, 200, posted.text);
    const found = (await api(run, 'viewer', 'GET', `/api/incidents?q=${encodeURIComponent('مدنياً')}`)).json.incidents;
    assert.equal(found.length, 1);
    const { page, problems } = await session('viewer');
    await page.goto(`${run.url}/#/incident/${encodeURIComponent(found[0].id)}`);
    await page.waitForSelector('.account .report-text');
    const box = page.locator('.report-text', { hasText: 'دوما' });
    assert.equal(await box.getAttribute('dir'), 'auto');
    assert.equal(await box.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.deepEqual(await box.locator('mark.ev-killed').allTextContents(), ['مقتل 12 مدنياً', 'بينهم 5 أطفال']);
    assert.deepEqual(await box.locator('mark.ev-place').allTextContents(), ['دوما']);
    await page.screenshot({ path: join(SHOTS, 'incident-arabic.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('upload a file from the page, with progress and a summary', async () => {
    const { page, problems } = await session('analyst');
    await page.goto(`${run.url}/#/upload`);
    await page.setInputFiles('#files', {
      name: 'field-notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Shelling kills three in Daraa\n\nThree civilians were killed on Sunday when shells hit a school in Daraa city, activists said. Published 2019-03-03.'),
    });
    await page.waitForSelector('#upload-progress .result, #upload-progress .error');
    await page.screenshot({ path: join(SHOTS, 'upload.png') });
    assert.match((await page.locator('#upload-progress .result').textContent()) ?? '', /1 stored/);
    assert.equal(await page.locator('#upload-progress progress').getAttribute('value'), '1');
    await page.screenshot({ path: join(SHOTS, 'upload.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
