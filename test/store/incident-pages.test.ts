// Pages of incidents: the R*Tree's fast path for a box (and dates) gives exactly the rows and order of the
// general query, across days with several incidents, undated ones last, and cursors between pages.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultLinker, processRaw } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { rawText, tempDir } from '../helpers.js';

const TOWNS = ['Douma', 'Saraqib', 'Azaz', 'Jisr al-Shughur', 'Daraa', 'Manbij'];
const DAYS = ['2016-05-10', '2016-05-10', '2016-05-11', '2017-01-02', null];

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
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page = await store.pageIncidents({ ...filter, limit: 4, after });
      walked.push(...page.rows.map((r) => r.incident.id));
      after = page.next;
    } while (after);
    assert.deepEqual(walked, general, JSON.stringify(filter));
  }
  const all = await store.listIncidents({ bbox: box });
  assert.ok(all.some((r) => r.incident.date === null || r.incident.date.start === null), 'undated incidents are in the box');
  assert.ok(all.at(-1)!.incident.date?.start == null, 'undated incidents come last');
  await store.close();
});
