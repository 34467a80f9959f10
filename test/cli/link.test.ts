// Linking from the command line: reports of one event become one incident; people merge and split, with
// who and why in the log, and relinking keeps what they did.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { ROOT, tempDir, writeFiles } from '../helpers.js';

const BIN = join(ROOT, 'bin/corroborate.js');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, CORROBORATE_USER: 'tester' };
  delete env.CORROBORATE_DB;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, cwd: ROOT, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Two outlets tell one strike (their own words, their own figures); a third tells another strike in the same
// city two days later.
const REPORTS = {
  'a.jsonl': `${JSON.stringify({ id: 'outlet-a', source: 'Outlet A', published: '2016-04-28', text: 'Air strike kills 17 in Aleppo\nAn air strike on Thursday killed at least 17 civilians in the al-Kalasa neighbourhood of the northern city of Aleppo, rescuers said.' })}\n`,
  'b.jsonl': `${JSON.stringify({ id: 'outlet-b', source: 'Outlet B', published: '2016-04-28', text: 'Dozens dead as raids hit Aleppo\nWarplanes struck the al-Kalasa district of Aleppo on Thursday, killing 23 people, among them children, a monitoring group said.' })}\n`,
  'c.jsonl': `${JSON.stringify({ id: 'outlet-c', source: 'Outlet C', published: '2016-05-01', text: 'Shelling kills four in Aleppo\nRebel shelling killed four people in the Midan district of Aleppo on Sunday, state media said.' })}\n`,
};

function incidents(db: string): { incident: { id: string; reportIds: string[]; grade: string; accountIds: number[]; conflicts?: { field: string }[]; sourceCount?: number } }[] {
  return run(['incidents', '--db', db, '--json']).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

test('two outlets telling one strike become one corroborated incident; show lays them side by side', () => {
  const dir = tempDir();
  const db = join(dir, 'l.db');
  const files = writeFiles(dir, REPORTS);
  assert.equal(run(['ingest', '--db', db, ...files]).code, 0);
  const list = incidents(db);
  const ab = list.find((r) => r.incident.reportIds.includes('outlet-a'))!;
  assert.deepEqual([...ab.incident.reportIds].sort(), ['outlet-a', 'outlet-b']);
  assert.equal(ab.incident.grade, 'corroborated');
  assert.equal(ab.incident.sourceCount, 2);
  assert.ok(ab.incident.conflicts!.some((c) => c.field === 'killed'), '17 against 23 is kept as a conflict');
  assert.equal(list.length, 2);
  const table = run(['incidents', '--db', db]).stdout;
  assert.match(table, /corroborated/);
  const shown = run(['show', '--db', db, ab.incident.id]).stdout;
  assert.match(shown, /side by side:/);
  assert.match(shown, /source\s+Outlet A 2016-04-28\s+\|\s+Outlet B 2016-04-28/);
  assert.match(shown, /conflicts:\n\s+killed: /);
  const exported = run(['export', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  const row = exported.find((e) => e.id === ab.incident.id);
  assert.deepEqual([row.grade, [...row.reports].sort(), row.killed.low, row.killed.high], ['corroborated', ['outlet-a', 'outlet-b'], 17, 23]);
});

test('merge and split are logged with who and why, and link --rebuild keeps them', () => {
  const dir = tempDir();
  const db = join(dir, 'l.db');
  assert.equal(run(['ingest', '--db', db, ...writeFiles(dir, REPORTS)]).code, 0);
  const [first, second] = incidents(db).map((r) => r.incident);
  assert.equal(run(['merge', '--db', db, first!.id, second!.id]).code, 2, 'a merge without --reason is refused');
  const merged = run(['merge', '--db', db, first!.id, second!.id, '--reason', 'the same raid, counted twice']);
  assert.equal(merged.code, 0, merged.stderr);
  assert.equal(incidents(db).length, 1);
  assert.equal(run(['link', '--db', db, '--rebuild']).code, 0);
  const [all] = incidents(db).map((r) => r.incident);
  assert.equal(all!.reportIds.length, 3, 'relinking keeps the merge');

  // Incidents list in date order: the second is outlet C's strike, three days later.
  const cAccount = second!.accountIds[0]!;
  assert.ok(all!.accountIds.includes(cAccount));
  const split = run(['split', '--db', db, all!.id, '--accounts', String(cAccount), '--reason', 'another day, another district']);
  assert.equal(split.code, 0, split.stderr);
  assert.equal(incidents(db).length, 2);
  assert.equal(run(['link', '--db', db, '--rebuild']).code, 0);
  assert.equal(incidents(db).length, 2, 'relinking keeps the split');
  assert.equal(run(['split', '--db', db, all!.id, '--accounts', '999999', '--reason', 'x']).code, 2);

  const d = new Database(db, { readonly: true });
  const log = d.prepare("SELECT actor, kind, payload FROM events WHERE kind LIKE 'incident:%' ORDER BY seq").all() as { actor: string; kind: string; payload: string }[];
  d.close();
  assert.deepEqual(log.map((e) => [e.actor, e.kind, JSON.parse(e.payload).reason]), [
    ['cli:tester', 'incident:merge', 'the same raid, counted twice'],
    ['cli:tester', 'incident:split', 'another day, another district'],
  ]);
});

test('the same reports ingested in another order give the same incidents', () => {
  const dir = tempDir();
  const files = writeFiles(dir, REPORTS);
  const shapeOf = (db: string) => incidents(db).map((r) => `${r.incident.id}:${[...r.incident.reportIds].sort().join('+')}`).sort();
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  for (const f of files) run(['ingest', '--db', one, f]);
  for (const f of [...files].reverse()) run(['ingest', '--db', two, f]);
  assert.deepEqual(shapeOf(two), shapeOf(one));
});
