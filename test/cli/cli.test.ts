// The CLI as a user runs it: spawning bin/corroborate.js (built by `npm test`'s pretest).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { ROOT, tempDir, writeFiles } from '../helpers.js';

const BIN = join(ROOT, 'bin/corroborate.js');
const FORMATS = join(ROOT, 'samples/formats');

function run(args: string[], input?: string, timeout = 120_000): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.CORROBORATE_DB;
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env, cwd: ROOT, timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--help lists every command and the exit codes', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  for (const c of ['ingest', 'extract', 'incidents', 'show', 'export', 'report']) assert.match(r.stdout, new RegExp(`\\n  ${c} `));
  assert.match(r.stdout, /Exit codes/);
});

test('ingest stores every sample format, and a second run stores nothing twice', () => {
  const db = join(tempDir(), 'c.db');
  const first = run(['ingest', '--db', db, FORMATS]);
  assert.equal(first.code, 0, first.stderr);
  // Nine reports, eight incidents: the Arabic monitor report tells the Khan Shaykhun attack the English one does.
  assert.match(first.stdout, /read 9 reports .*: 9 new, 0 duplicate, 0 failed; 8 incidents found/);
  assert.match(first.stdout, /cleaning removed 4 lines of scraped junk: headline-list 2, newsletter 1, tags 1/);
  const second = run(['ingest', '--db', db, FORMATS]);
  assert.equal(second.code, 0);
  assert.match(second.stdout, /read 9 reports .*: 0 new, 9 duplicate, 0 failed; 0 incidents found/);
  const list = run(['incidents', '--db', db, '--json']);
  assert.equal(list.stdout.trim().split('\n').length, 8);
});

test('bad inputs are named with file and line; the good ones are stored; exit code 1', () => {
  const dir = tempDir();
  const [bad, bin] = writeFiles(dir, {
    'mixed.jsonl': '{"id": "ok-1", "text": "Mortar shells killed two children in Damascus on Monday."}\n{"id": oops}\n',
    'image.bin': Buffer.from([0, 1, 2, 3, 0, 0]),
  });
  const db = join(dir, 'c.db');
  const r = run(['ingest', '--db', db, bad!, bin!, join(dir, 'missing.txt')]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /1 new, 0 duplicate, 3 failed/);
  assert.match(r.stdout, new RegExp(`${bad!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: error: not valid JSON`));
  assert.match(r.stdout, /image\.bin: error: binary file/);
  assert.match(r.stdout, /missing\.txt: error: cannot read \(no such file or folder\)/);
  const none = run(['ingest', '--db', db, join(dir, 'missing.txt')]);
  assert.equal(none.code, 3);
});

test('usage errors exit 2 with a message saying what is expected', () => {
  const db = join(tempDir(), 'c.db');
  const r = run(['incidents', '--db', db, '--type', 'bombing']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--type must be one of air_strike/);
  assert.equal(run(['ingest']).code, 2);
  assert.equal(run(['ingest', '--db', db, '--max-report-size', 'huge', FORMATS]).code, 2);
  assert.equal(run(['export', '--db', db, '--format', 'xml']).code, 2);
});

test('extract writes one contract line per report, in input order, from files and from stdin', () => {
  const r = run(['extract', join(FORMATS, 'wire-reports.csv'), join(FORMATS, 'monitor-export.jsonl')]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['wire-001', 'wire-002', 'monitor-2017-0404', 'monitor-2017-0415']);
  for (const l of lines) {
    assert.deepEqual(Object.keys(l), ['id', 'title', 'source', 'url', 'publishedAt', 'language', 'incidents', 'messages']);
    assert.equal(l.incidents[0].primary, true);
  }
  assert.equal(lines[2].incidents[0].killed.total.low, 58);
  assert.equal(lines[2].incidents[0].killed.children.low, 11);
  const piped = run(['extract', '--map', 'text=story'], '{"id": "s1", "story": "Gunmen shot dead three men on Sunday."}\n');
  assert.equal(JSON.parse(piped.stdout).incidents[0].eventType, 'attack');
});

test('incidents filters, show with evidence, and the three export formats', () => {
  const dir = tempDir();
  const db = join(dir, 'c.db');
  run(['ingest', '--db', db, FORMATS]);
  const hospital = run(['incidents', '--db', db, '--search', 'quds hospital', '--json']);
  const rows = hospital.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 1);
  const id = rows[0].incident.id as string;
  assert.equal(run(['incidents', '--db', db, '--from', '2017', '--json']).stdout.trim().split('\n').length, 2);
  const abductions = run(['incidents', '--db', db, '--type', 'abduction', '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(abductions.map((a) => [a.titles[0], a.incident.date.start]), [['Gunmen abduct aid workers near Idlib', '2016-02-03']]);
  assert.match(run(['incidents', '--db', db, '--type', 'abduction']).stdout, /abduction .* Example Syria Desk: Gunmen abduct/);
  const shown = run(['show', '--db', db, id]);
  assert.equal(shown.code, 0);
  assert.match(shown.stdout, /killing at least 27 people/);
  assert.match(shown.stdout, /"late on Wednesday" \[\d+-\d+\]/);
  assert.equal(run(['show', '--db', db, 'inc-nothing']).code, 3);

  const csv = run(['export', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
  assert.match(csv[0]!, /^event_id,event_date,event_date_end,date_precision,event_type,sub_event_type/);
  assert.equal(csv.length, 1 + 8);
  const geo = JSON.parse(run(['export', '--db', db, '--format', 'geojson']).stdout);
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, 8);
  const out = join(dir, 'out.jsonl');
  assert.equal(run(['export', '--db', db, '--format', 'jsonl', '--type', 'air_strike', '-o', out]).code, 0);
  const exported = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(exported.length >= 2 && exported.every((e) => e.eventType === 'air_strike' && Array.isArray(e.reports)));
});

test('report --raw gives back the bytes exactly as received', () => {
  const dir = tempDir();
  const db = join(dir, 'c.db');
  const original = Buffer.concat([Buffer.from('Shelling killed four in Homs on Monday.\r\nBad byte: '), Buffer.from([0xff]), Buffer.from('\n')]);
  const [path] = writeFiles(dir, { 'odd.txt': original });
  const r = run(['ingest', '--db', db, '--json', path!]);
  const id = JSON.parse(r.stdout).messages.length >= 0 ? (JSON.parse(run(['incidents', '--db', db, '--json']).stdout).incident.reportIds[0] as string) : '';
  const raw = spawnSync(process.execPath, [BIN, 'report', '--db', db, '--raw', id]);
  assert.deepEqual(raw.stdout, original);
  assert.match(JSON.parse(r.stdout).messages[0].text, /invalid UTF-8/);
});

test('ingest killed with SIGKILL half-way, then run again, stores every report exactly once', async () => {
  const dir = tempDir();
  const db = join(dir, 'c.db');
  const input = join(dir, 'many.jsonl');
  const texts = readFileSync(join(ROOT, 'samples/fakes-dev/articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
  const N = 15_000;
  const lines: string[] = [];
  for (let i = 0; i < N; i++) lines.push(JSON.stringify({ id: `copy-${i}`, text: `${texts[i % texts.length]} [copy ${i}]` }));
  writeFileSync(input, `${lines.join('\n')}\n`);

  const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--batch-size', '100', '--quiet', input], { stdio: 'ignore' });
  const stored = () => {
    try {
      const d = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return d.prepare('SELECT count(*) FROM reports').pluck().get() as number;
      } finally {
        d.close();
      }
    } catch {
      return 0;
    }
  };
  const t0 = Date.now();
  while (stored() < 1000 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const before = stored();
  assert.ok(before >= 1000 && before < N, `killed after ${before} of ${N}: the test needs a run cut half-way`);

  // Every copy of an article is one event: the rerun links thousands of copies into their incidents.
  const again = run(['ingest', '--db', db, '--json', input], undefined, 400_000);
  const summary = JSON.parse(again.stdout);
  assert.equal(summary.duplicates, before);
  assert.equal(summary.stored, N - before);
  const d = new Database(db, { readonly: true });
  const [reports, distinct, raws, accounts, incidents, linked] = [
    'SELECT count(*) FROM reports',
    'SELECT count(DISTINCT id) FROM reports',
    'SELECT count(*) FROM raw_reports',
    'SELECT count(*) FROM accounts',
    'SELECT count(*) FROM incidents',
    'SELECT count(DISTINCT account_id) FROM incident_accounts',
  ].map((q) => d.prepare(q).pluck().get() as number);
  const orphans = d.prepare('SELECT count(*) FROM raw_reports w LEFT JOIN reports r ON r.raw_sha256 = w.sha256 WHERE r.id IS NULL').pluck().get();
  d.close();
  assert.deepEqual([reports, distinct, raws, orphans], [N, N, N, 0]);
  // Every account is in exactly one incident, none left out or doubled; the copies of one article are one
  // event, so there are far fewer incidents than accounts.
  assert.equal(linked, accounts);
  assert.ok(incidents < accounts / 10, `${incidents} incidents for ${accounts} accounts`);
});
