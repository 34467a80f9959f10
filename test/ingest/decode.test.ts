import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes, firstInvalidUtf8, looksBinary, sniffHtmlCharset } from '../../src/ingest/decode.js';
import { chunksOf } from '../helpers.js';
import { splitLines } from '../../src/ingest/lines.js';

test('valid UTF-8 decodes with no message, BOM removed', () => {
  const d = decodeBytes(Buffer.from('\uFEFFKallāseh — حلب', 'utf8'), { source: 'a.txt' });
  assert.equal(d.text, 'Kallāseh — حلب');
  assert.deepEqual(d.messages, []);
});

test('invalid UTF-8 is replaced and reported with its line', () => {
  const bytes = Buffer.concat([Buffer.from('line one\nline two \xff', 'latin1'), Buffer.from(' end')]);
  const d = decodeBytes(bytes, { source: 'bad.txt' });
  assert.match(d.text, /line two \uFFFD end/);
  assert.equal(d.messages.length, 1);
  assert.equal(d.messages[0]!.rule, 'ingest:invalid-utf8');
  assert.equal(d.messages[0]!.source, 'bad.txt');
  assert.equal(d.messages[0]!.line, 2);
});

test('the first invalid byte is found, overlong and surrogate forms included', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('abc')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from('ā حلب 😀')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf])), 1); // overlong '/'
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // a UTF-16 surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1); // cut short at the end
});

test('UTF-16 with a byte order mark decodes, both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Idlib إدلب', 'utf16le')]);
  assert.equal(decodeBytes(le, { source: null }).text, 'Idlib إدلب');
  const be = Buffer.from(le).swap16();
  be[0] = 0xfe;
  be[1] = 0xff;
  assert.equal(decodeBytes(be, { source: null }).text, 'Idlib إدلب');
  assert.equal(looksBinary(le), false);
});

test('a declared charset is used (Arabic windows-1256)', () => {
  // "حلب" (Aleppo) in windows-1256.
  const d = decodeBytes(Buffer.from([0xcd, 0xe1, 0xc8]), { source: null, declared: 'windows-1256' });
  assert.equal(d.text, 'حلب');
  assert.equal(sniffHtmlCharset(Buffer.from('<html><head><meta charset="windows-1256">')), 'windows-1256');
});

test('binary data is recognised, text is not', () => {
  assert.equal(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), true);
  assert.equal(looksBinary(Buffer.from('plain words\nand lines\r\n')), false);
});

test('lines are split across chunks, CRLF removed, last line without newline kept', async () => {
  const got: string[] = [];
  for await (const ev of splitLines(chunksOf('one\r\ntw', 'o\nthr', 'ee'), 100)) {
    assert.equal(ev.kind, 'line');
    if (ev.kind === 'line') got.push(`${ev.line.number}:${ev.line.bytes.toString()}`);
  }
  assert.deepEqual(got, ['1:one', '2:two', '3:three']);
});

test('a line over the cap is skipped and reported, the next line read', async () => {
  const events = [];
  for await (const ev of splitLines(chunksOf('short\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'), 40)) events.push(ev);
  assert.deepEqual(
    events.map((e) => (e.kind === 'line' ? `line ${e.line.number} ${e.line.bytes}` : `oversized ${e.line.number} ${e.line.length}`)),
    ['line 1 short', 'oversized 2 60', 'line 3 after'],
  );
});
