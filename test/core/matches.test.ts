import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf } from '../../src/core/matches.js';

test('matchesOf finds what matchAll finds, groups and indices included', () => {
  const re = /(\d+) (killed|wounded)/g;
  const text = 'At least 17 killed and 40 wounded; 3 killed later.';
  const got = matchesOf(re, text).map((m) => [m.index, m[0], m[1], m[2]]);
  const want = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]);
  assert.deepEqual(got, want);
  assert.equal(got.length, 3);
  assert.equal(re.lastIndex, 0);
});

test('matchesOf moves past empty matches as matchAll does', () => {
  const re = /x*/g;
  const text = 'axxb';
  assert.deepEqual(
    matchesOf(re, text).map((m) => [m.index, m[0]]),
    [...text.matchAll(re)].map((m) => [m.index, m[0]]),
  );
});

test('matchesOf starts from the beginning whatever lastIndex the pattern was left at, and may be nested', () => {
  const re = /\w+/g;
  re.lastIndex = 5;
  const outer = matchesOf(re, 'one two');
  const inner = outer.map((m) => matchesOf(re, m[0]).length);
  assert.deepEqual(outer.map((m) => m[0]), ['one', 'two']);
  assert.deepEqual(inner, [1, 1]);
});

test('matchesOf refuses a pattern that is not global', () => {
  assert.throws(() => matchesOf(/a/, 'aaa'), /global/);
});
