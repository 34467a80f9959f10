import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sha256Hex } from '../../src/ingest/raw-report.js';
import { chunksOf, localServer, readAll, tempDir, writeFiles } from '../helpers.js';

const ARTICLE = 'Published April 2 2017\nAt least 17 people were killed in an air strike on Kafr Naha on Friday.';

test('a text file is one report whose bytes are kept exactly', async () => {
  const dir = tempDir();
  const [path] = writeFiles(dir, { 'a.txt': ARTICLE });
  const { reports, messages } = await readAll([path!]);
  assert.deepEqual(messages, []);
  assert.equal(reports.length, 1);
  const r = reports[0]!;
  assert.equal(r.format, 'text');
  assert.equal(Buffer.from(r.bytes).toString(), ARTICLE);
  assert.equal(r.sha256, sha256Hex(Buffer.from(ARTICLE)));
  assert.deepEqual(r.origin, { kind: 'file', location: path, line: null });
  assert.ok(!Number.isNaN(Date.parse(r.receivedAt)));
});

test('JSONL: accepted keys, unknown keys kept as metadata, malformed and text-less lines reported by line', async () => {
  const dir = tempDir();
  const lines = [
    JSON.stringify({ id: 7, title: 'T', content: 'first body', published: '2016-11-05', desk: 'Syria', tags: ['a'] }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ id: 'no-text', title: 'only a title' }),
    JSON.stringify({ article_content: 'second body', source: 'sana' }),
    '[1, 2]',
  ];
  const [path] = writeFiles(dir, { 'r.jsonl': `${lines.join('\n')}\n` });
  const { reports, messages } = await readAll([path!]);
  assert.equal(reports.length, 2);
  assert.deepEqual(reports[0]!.fields, {
    text: 'first body', html: null, id: '7', title: 'T', source: null, url: null, publishedAt: '2016-11-05',
  });
  assert.deepEqual(reports[0]!.metadata, { desk: 'Syria', tags: ['a'] });
  assert.equal(reports[0]!.origin.line, 1);
  assert.equal(Buffer.from(reports[0]!.bytes).toString(), lines[0]);
  assert.equal(reports[1]!.fields.text, 'second body');
  assert.equal(reports[1]!.origin.line, 5);
  assert.deepEqual(
    messages.map((m) => [m.rule, m.line]),
    [['ingest:jsonl-malformed', 2], ['ingest:jsonl-no-text', 4], ['ingest:jsonl-not-object', 6]],
  );
  assert.ok(messages.every((m) => m.source === path));
});

test('an event dataset\'s export (ACLED\'s "notes" and "event_id_cnty") is read without --map; a record with no text says how to name its column', async () => {
  const dir = tempDir();
  const csv = 'event_id_cnty,event_date,country,notes\nMLI1234,2020-03-05,Mali,"On 5 March 2020, unidentified gunmen killed 3 civilians in Kidal."\nMLI1235,2020-03-06,Mali,\n';
  const [path] = writeFiles(dir, { 'acled.csv': csv });
  const { reports, messages } = await readAll([path!]);
  assert.deepEqual(reports.map((r) => [r.fields.id, r.fields.text?.slice(0, 16)]), [['MLI1234', 'On 5 March 2020,']]);
  assert.deepEqual(reports[0]!.metadata, { event_date: '2020-03-05', country: 'Mali' });
  assert.equal(messages.length, 1);
  assert.match(messages[0]!.text, /notes.*--map text=COLUMN/);
  assert.equal(messages[0]!.line, 3);
});

test('--map takes fields from other columns', async () => {
  const dir = tempDir();
  const [path] = writeFiles(dir, { 'm.jsonl': `${JSON.stringify({ story: 'the body', pubdate: '2017-04-04', text: '' })}\n` });
  const { reports } = await readAll([path!], { fieldMap: { text: 'story', publishedAt: 'pubdate' } });
  assert.equal(reports[0]!.fields.text, 'the body');
  assert.equal(reports[0]!.fields.publishedAt, '2017-04-04');
});

test('CSV: quoted fields with newlines; a broken quote is reported with its line and the file ends there', async () => {
  const dir = tempDir();
  const [good, broken] = writeFiles(dir, {
    'good.csv': 'id,text,published\nr1,"one, with comma",2016-01-01\nr2,"two\nlines",2016-01-02\n',
    'broken.csv': 'id,text\nr1,fine\nr2,"never closed\nr3,lost\n',
  });
  const g = await readAll([good!]);
  assert.deepEqual(g.messages, []);
  assert.deepEqual(g.reports.map((r) => [r.fields.id, r.fields.text, r.origin.line]), [
    ['r1', 'one, with comma', 2],
    ['r2', 'two\nlines', 4],
  ]);
  const b = await readAll([broken!]);
  assert.deepEqual(b.reports.map((r) => r.fields.id), ['r1']);
  assert.equal(b.messages.length, 1);
  assert.equal(b.messages[0]!.rule, 'ingest:csv-malformed');
  assert.equal(b.messages[0]!.source, broken);
  assert.match(b.messages[0]!.text, /never closed/);
});

test('RSS and Atom: each item is a report with its own XML as raw bytes', async () => {
  const dir = tempDir();
  const [rss, atom] = writeFiles(dir, {
    'f.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk &amp; Co</title>
      <item><title>Shelling kills three</title><link>https://example.org/a</link><pubDate>Wed, 03 Feb 2016 14:00:00 GMT</pubDate>
      <description><![CDATA[<p>Three killed.</p><script>alert(1)</script>]]></description></item>
      <item><title>Second</title><description>plain &lt;b&gt;body&lt;/b&gt;</description></item></channel></rss>`,
    'f.atom': `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title>
      <entry><title>Entry one</title><link href="https://example.org/e1"/><id>urn:e1</id><updated>2017-04-04T10:00:00Z</updated>
      <content type="html">&lt;p&gt;Body one&lt;/p&gt;</content></entry></feed>`,
  });
  const r = await readAll([rss!]);
  assert.deepEqual(r.messages, []);
  assert.equal(r.reports.length, 2);
  const [first] = r.reports;
  assert.equal(first!.format, 'feed');
  assert.equal(first!.fields.title, 'Shelling kills three');
  assert.equal(first!.fields.source, 'Desk &amp; Co');
  assert.equal(first!.fields.url, 'https://example.org/a');
  assert.equal(first!.fields.publishedAt, 'Wed, 03 Feb 2016 14:00:00 GMT');
  assert.match(Buffer.from(first!.bytes).toString(), /^<item>[\s\S]*<\/item>$/);
  assert.match(first!.fields.html!, /Three killed/);
  const a = await readAll([atom!]);
  assert.equal(a.reports.length, 1);
  assert.equal(a.reports[0]!.fields.id, 'urn:e1');
  assert.equal(a.reports[0]!.fields.url, 'https://example.org/e1');
  assert.equal(a.reports[0]!.fields.publishedAt, '2017-04-04T10:00:00Z');
});

test('folders are walked recursively in order; hidden files skipped, images passed over, a binary reported', async () => {
  const dir = tempDir();
  writeFiles(dir, {
    'b/second.txt': 'second report text',
    'a.txt': 'first report text',
    '.hidden.txt': 'never read',
    'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'blob.dat': Buffer.from([1, 2, 0, 3, 4]),
    'empty.txt': '',
  });
  const { reports, messages } = await readAll([dir]);
  assert.deepEqual(reports.map((r) => Buffer.from(r.bytes).toString()), ['first report text', 'second report text']);
  assert.deepEqual(messages.map((m) => [m.rule, m.source!.slice(dir.length + 1)]).sort(), [
    ['ingest:binary', 'blob.dat'],
    ['ingest:empty', 'empty.txt'],
    ['ingest:not-a-report', 'photo.png'],
  ]);
});

test('globs expand; missing paths, empty folders and unmatched globs are messages and the batch goes on', async () => {
  const dir = tempDir();
  writeFiles(dir, { 'x/one.txt': 'one', 'x/two.txt': 'two', 'x/skip.md': 'md', 'empty/.keep': '' });
  const { reports, messages } = await readAll([
    join(dir, 'missing.txt'),
    join(dir, 'x/*.txt'),
    join(dir, 'empty'),
    join(dir, 'nothing/*.csv'),
  ]);
  assert.deepEqual(reports.map((r) => Buffer.from(r.bytes).toString()), ['one', 'two']);
  assert.deepEqual(messages.map((m) => m.rule), ['ingest:unreadable', 'ingest:empty-folder', 'ingest:no-match']);
  assert.match(messages[0]!.text, /no such file/);
});

test('an unreadable file is reported, not thrown', { skip: process.getuid?.() === 0 ? 'root can read any file' : false }, async () => {
  const dir = tempDir();
  const [path] = writeFiles(dir, { 'locked.txt': 'secret' });
  chmodSync(path!, 0o000);
  const { reports, messages } = await readAll([path!]);
  assert.equal(reports.length, 0);
  assert.equal(messages[0]!.rule, 'ingest:unreadable');
});

test('size limits: a large file is skipped with a message, a large JSONL line too, the rest read', async () => {
  const dir = tempDir();
  const [big, lines] = writeFiles(dir, {
    'big.txt': 'x'.repeat(5000),
    'lines.jsonl': `${JSON.stringify({ text: 'small' })}\n${JSON.stringify({ text: 'y'.repeat(5000) })}\n${JSON.stringify({ text: 'after' })}\n`,
  });
  const { reports, messages } = await readAll([big!, lines!], { maxReportBytes: 1000 });
  assert.deepEqual(reports.map((r) => r.fields.text), ['small', 'after']);
  assert.deepEqual(messages.map((m) => [m.rule, m.source === big ? 'big' : 'lines', m.line]), [
    ['ingest:too-large', 'big', null],
    ['ingest:too-large', 'lines', 2],
  ]);
});

test('UTF-16 JSONL with a BOM is read', async () => {
  const dir = tempDir();
  const body = `${JSON.stringify({ id: 'u16', text: 'Hasakeh الحسكة' })}\n`;
  const [path] = writeFiles(dir, { 'u.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]) });
  const { reports, messages } = await readAll([path!]);
  assert.deepEqual(messages, []);
  assert.equal(reports[0]!.fields.text, 'Hasakeh الحسكة');
});

test('standard input: JSONL and plain text are told apart by their first bytes', async () => {
  const jsonl = await readAll(['-'], {}, chunksOf('{"text": "one"}\n{"te', 'xt": "two"}\n'));
  assert.deepEqual(jsonl.reports.map((r) => [r.fields.text, r.origin.kind, r.origin.line]), [
    ['one', 'stdin', 1],
    ['two', 'stdin', 2],
  ]);
  const text = await readAll(['-'], {}, chunksOf('Plain report ', 'about Idlib.'));
  assert.equal(text.reports[0]!.fields.text, 'Plain report about Idlib.');
  const empty = await readAll(['-'], {}, chunksOf());
  assert.equal(empty.messages[0]!.rule, 'ingest:empty');
});

test('URLs: HTML fetched, redirects followed within bounds, 404/500/timeouts/oversize reported by URL', async () => {
  const base = await localServer((req, res) => {
    const u = req.url ?? '';
    if (u === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>Strike</title></head><body><p>Ten killed.</p></body></html>');
    } else if (u === '/moved') {
      res.writeHead(301, { location: '/article' });
      res.end();
    } else if (u.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop${u.length}` });
      res.end();
    } else if (u === '/slow') {
      setTimeout(() => res.end('late'), 2000);
    } else if (u === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('z'.repeat(5000));
    } else if (u === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss><channel><title>F</title><item><title>A</title><description>d</description></item></channel></rss>');
    } else if (u === '/boom') {
      res.writeHead(500);
      res.end('error');
    } else {
      res.writeHead(404);
      res.end('not here');
    }
  });
  const { reports, messages } = await readAll(
    [`${base}/moved`, `${base}/gone`, `${base}/boom`, `${base}/loop`, `${base}/slow`, `${base}/huge`, `${base}/feed`],
    { urlTimeoutMs: 300, maxReportBytes: 1000, maxRedirects: 3 },
  );
  assert.equal(reports.length, 2);
  assert.equal(reports[0]!.format, 'html');
  assert.equal(reports[0]!.origin.location, `${base}/article`);
  assert.equal(reports[0]!.fields.url, `${base}/article`);
  assert.equal(reports[1]!.format, 'feed');
  assert.deepEqual(
    messages.map((m) => [m.source!.slice(base.length), m.text.replace(/\d+ ms/, 'N ms')]),
    [
      ['/gone', 'HTTP 404 Not Found'],
      ['/boom', 'HTTP 500 Internal Server Error'],
      ['/loop', 'more than 3 redirects'],
      ['/slow', 'no answer within N ms'],
      ['/huge', 'body is over the 1000-byte report limit'],
    ],
  );
  const refused = await readAll(['http://127.0.0.1:1/x'], { urlTimeoutMs: 1000 });
  assert.match(refused.messages[0]!.text, /cannot connect/);
});
