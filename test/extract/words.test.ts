// The fast ASCII word patterns are used only where they read a text exactly as the Unicode ones do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiWords, wordPatternFor, type WordPattern } from '../../src/extract/words.js';
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
