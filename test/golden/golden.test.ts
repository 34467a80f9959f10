// Golden extraction cases: test/golden/<case>.txt (a header, `---`, the report) against <case>.json in full.
// UPDATE=1 writes a missing or changed JSON; review the diff like code.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Extraction } from '../../src/core/types.js';
import { EMPTY_FIELDS } from '../../src/ingest/record-fields.js';
import { sha256Hex } from '../../src/ingest/raw-report.js';
import { processRaw } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';
import { assertEvidence } from './evidence.js';

const DIR = join(ROOT, 'test/golden');

export function extractFixture(file: string): { extraction: Extraction; text: string } {
  const content = readFileSync(file, 'utf8');
  const [head, ...rest] = content.split('\n---\n');
  const header = Object.fromEntries(
    head!.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  const body = rest.join('\n---\n');
  const bytes = Buffer.from(body);
  const { extraction, report } = processRaw({
    format: 'text',
    origin: { kind: 'file', location: file.slice(ROOT.length + 1), line: null },
    bytes,
    sha256: sha256Hex(bytes),
    receivedAt: '2000-01-01T00:00:00.000Z',
    fields: { ...EMPTY_FIELDS, text: body, id: header.id ?? null, source: header.source ?? null, publishedAt: header.published ?? null },
    metadata: {},
    messages: [],
  });
  return { extraction, text: report.text };
}

for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  test(`golden: ${name}`, () => {
    const { extraction, text } = extractFixture(join(DIR, name));
    assertEvidence(extraction, text);
    const jsonPath = join(DIR, name.replace(/\.txt$/, '.json'));
    const got = `${JSON.stringify(extraction, null, 2)}\n`;
    if (process.env.UPDATE === '1' && (!existsSync(jsonPath) || readFileSync(jsonPath, 'utf8') !== got)) {
      writeFileSync(jsonPath, got);
      return;
    }
    assert.ok(existsSync(jsonPath), `${jsonPath} is missing: run UPDATE=1 npm test and review it`);
    assert.deepEqual(JSON.parse(got), JSON.parse(readFileSync(jsonPath, 'utf8')));
  });
}
