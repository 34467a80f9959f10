import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/extract/context.js';
import { findTargets, findWeapons } from '../../src/extract/weapons-targets.js';

const read = (text: string) => {
  const ctx = createContext(text, null);
  const all = [{ start: 0, end: text.length }];
  return {
    weapons: findWeapons(ctx, all).map((w) => [w.value, w.evidence.map((e) => e.quote)]),
    targets: findTargets(ctx, all).map((t) => [t.value, t.evidence.map((e) => e.quote)]),
  };
};

test('the most specific weapon wins its words; every mention is evidence', () => {
  assert.deepEqual(read('A surface-to-surface missile and two barrel bombs hit the town; another missile fell later.').weapons, [
    ['barrel_bomb', ['barrel bombs']],
    ['ballistic_missile', ['surface-to-surface missile']],
    ['missile', ['missile']],
  ]);
  assert.deepEqual(read('Activists said a Scud struck, while others reported chlorine.').weapons, [['scud', ['Scud']], ['chlorine', ['chlorine']]]);
  assert.deepEqual(read('A booby-trapped car exploded near the checkpoint.').weapons, [['car_bomb', ['booby-trapped car']]]);
});

test('targets: hospitals, schools, markets, camps, civil defence centres, homes', () => {
  assert.deepEqual(read('Strikes hit a field hospital, a school and the market.').targets.map((t) => t[0]), ['hospital', 'school', 'market']);
  assert.deepEqual(read('Shells fell on a camp for the displaced and on a civil defence centre.').targets.map((t) => t[0]), ['camp', 'civil_defence_centre']);
  assert.deepEqual(read('The raid destroyed homes in a residential neighbourhood.').targets.map((t) => t[0]), ['residential']);
  assert.deepEqual(read('No building was named.').targets, []);
});
