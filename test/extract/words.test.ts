// The fast ASCII word patterns are used only where they read a text exactly as the Unicode ones do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiWords, asciiWordTable, scanAsciiWords, scanPatternWords, wordPatternFor, type WordPattern } from '../../src/extract/words.js';
import { findPlaces } from '../../src/extract/places/place-mentions.js';
import { Gazetteer } from '../../src/extract/places/gazetteer.js';

test('asciiWords: punctuation outside ASCII keeps the fast form; a letter, digit or mark outside ASCII does not', () => {
  assert.equal(asciiWords('Shelling on Douma’s market — “at least 12 killed”, activists said.'), true);
  assert.equal(asciiWords('Replacement \ufffd characters and non-breaking\u00a0spaces are not letters'), true);
  assert.equal(asciiWords('An air strike on Maarat al-Nu‘man and Kafr Nabl'), true, 'the ayin mark ‘ is punctuation');
  assert.equal(asciiWords('Strikes hit Dūmā'), false, 'a Latin letter with a macron');
  assert.equal(asciiWords('غارات على دوما'), false);
  assert.equal(asciiWords('Dayr az Zawr, ² casualties'), false, 'a superscript digit is a number');
  assert.equal(asciiWords('Cafe\u0301 bombing'), false, 'a combining mark');
  assert.equal(asciiWords('A mathematical \u{1d400} letter outside the basic plane'), false);
  // Asked again about the same text, and then about another, it answers for each.
  assert.equal(asciiWords('Strikes hit Dūmā'), false);
  assert.equal(asciiWords('Strikes hit Duma'), true);
});

test('wordPatternFor: both forms find the same words in an ASCII text', () => {
  const p: WordPattern = { unicode: /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’`-]*/gu, ascii: /[A-Za-z0-9][A-Za-z0-9'’`-]*/g };
  const text = 'Barrel bombs hit al-Kallaseh’s market in Aleppo on Tuesday — 17 dead, the monitor said.';
  assert.equal(wordPatternFor(p, text), p.ascii);
  assert.deepEqual(text.match(p.ascii), text.match(p.unicode));
  assert.equal(wordPatternFor(p, 'Bombs hit Dūmā'), p.unicode);
});

test('places are found alike whether or not a report has letters outside ASCII', () => {
  const g = Gazetteer.load();
  const plain = 'Air strikes hit the town of Kafr Nabl in Idlib province, killing 9 people.';
  const accented = `${plain} Residents fled to Dūmā.`;
  const names = (text: string) => findPlaces(text, g).mentions.map((m) => [m.start, m.end, m.name, m.precision]);
  assert.deepEqual(names(accented).slice(0, 2), names(plain));
  assert.deepEqual(names(plain).map((n) => n[2]), ['Kafr Nabl', 'Idlib']);
});

test('scanAsciiWords finds the words the Unicode pattern finds, span by span, stopping at a word past a span', () => {
  const text = "Barrel bombs hit al-Kallaseh’s market on Tuesday. U.S.-backed forces' shelling of Deir ez-Zor killed 17 - at least, 'locals' said.";
  const sentences = [
    { start: 0, end: 49 },
    { start: 50, end: text.length },
  ];
  const seen = (scan: (visit: (s: number, e: number) => void) => void) => {
    const out: string[] = [];
    scan((s, e) => out.push(text.slice(s, e)));
    return out;
  };
  for (const [extra, pattern] of [
    ["'`-", /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’`-]*/gu],
    ["'`.-", /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’`.-]*/gu],
  ] as const) {
    const ascii = seen((v) => scanAsciiWords(text, sentences, asciiWordTable(extra), v));
    assert.deepEqual(ascii, seen((v) => scanPatternWords(text, sentences, pattern, v)));
    assert.ok(ascii.includes('al-Kallaseh’s'), 'a right quote goes on a word');
  }
  // A span ending inside a word ends there: the word is not taken, nor anything after it in that span.
  const cut = [{ start: 0, end: 9 }];
  assert.deepEqual(seen((v) => scanAsciiWords(text, cut, asciiWordTable("'`-"), v)), ['Barrel']);
  assert.deepEqual(seen((v) => scanPatternWords(text, cut, /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’`-]*/gu, v)), ['Barrel']);
});
