// The places index file: what goes in comes back, keys are matched in full, a damaged file is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlaceIndex, writePlaceIndex, type PlaceRecord } from '../../src/extract/places/place-index.js';

const place = (id: number, name: string, country: string, keys: string[], featureCode = 'PPL'): PlaceRecord => ({
  id, name, lat: 36.2 + id / 100, lon: 37.1 + id / 100, featureCode, country, admin1Code: '09', population: id * 1000, keys,
});

const PLACES = [
  place(1, 'Aleppo', 'SY', ['aleppo', 'halab', 'حلب'], 'PPLA'),
  place(2, 'Damascus', 'SY', ['damascus', 'dimashq', 'دمشق'], 'PPLC'),
  place(3, 'Deir ez-Zor', 'SY', ['deir zor', 'dayr zawr']),
  place(4, 'Tripoli', 'LB', ['tripoli', 'trablous']),
  place(5, 'Tripoli', 'LY', ['tripoli', 'tarabulus'], 'PPLC'),
  place(6, 'Sant Julià de Lòria', 'AD', ['sant julia de loria']),
];

test('every place and key written comes back, with places sharing a key all found', () => {
  const x = new PlaceIndex(writePlaceIndex(PLACES));
  assert.equal(x.size, 6);
  assert.equal(x.keyCount, 12); // 'tripoli' once for two places
  const tripoli = [...x.placesOf('tripoli')].map((i) => `${x.id(i)} ${x.country(i)}`);
  assert.deepEqual(tripoli, ['4 LB', '5 LY']);
  const aleppo = x.placesOf('حلب');
  assert.equal(aleppo.length, 1);
  assert.deepEqual(x.about(aleppo[0]!), ['Aleppo', 'PPLA', '09']);
  assert.equal(x.population(aleppo[0]!), 1000);
  assert.ok(Math.abs(x.lat(aleppo[0]!) - 36.21) < 1e-5 && Math.abs(x.lon(aleppo[0]!) - 37.11) < 1e-5);
  assert.deepEqual(x.about(x.placesOf('sant julia de loria')[0]!), ['Sant Julià de Lòria', 'PPL', '09']);
});

test('a key matches only in full: prefixes, longer strings and other keys of the same length do not', () => {
  const x = new PlaceIndex(writePlaceIndex(PLACES));
  for (const miss of ['alepp', 'aleppoo', 'halac', 'deir', '', 'tripoli ']) assert.equal(x.placesOf(miss).length, 0, miss);
});

test('first words of names of two or more words are known, other words are not', () => {
  const x = new PlaceIndex(writePlaceIndex(PLACES));
  assert.ok(x.startsLongerKey('deir'));
  assert.ok(x.startsLongerKey('sant'));
  assert.ok(!x.startsLongerKey('aleppo'));
  assert.ok(!x.startsLongerKey('zor'));
});

test("capitals by country and each country's keys are kept", () => {
  const x = new PlaceIndex(writePlaceIndex(PLACES));
  assert.equal(x.id(x.capitals.SY!), 2);
  assert.equal(x.id(x.capitals.LY!), 5);
  assert.equal(x.capitals.LB, undefined);
  assert.deepEqual([...x.keysIn('LB')].map(([k]) => k), ['tripoli', 'trablous']);
  assert.equal([...x.keysIn('SY')].length, 8);
  assert.deepEqual([...x.keysIn('FR')], []);
});

test('many keys in a full table are all found (probing past collisions)', () => {
  const many = Array.from({ length: 5000 }, (_, i) => place(i + 1, `Town ${i}`, i < 2500 ? 'SY' : 'IQ', [`town ${i}`, `t${i}`]));
  const x = new PlaceIndex(writePlaceIndex(many));
  for (let i = 0; i < 5000; i += 7) {
    assert.deepEqual([...x.placesOf(`town ${i}`)], [i]);
    assert.deepEqual([...x.placesOf(`t${i}`)], [i]);
  }
  assert.equal(x.country(2499), 'SY');
  assert.equal(x.country(2500), 'IQ');
});

test('places of one country apart from each other are refused at build time', () => {
  assert.throws(() => writePlaceIndex([PLACES[0]!, PLACES[3]!, PLACES[1]!]), /places of SY are not together/);
});

test('a file that is not an index, or is cut short, is refused with its name', () => {
  assert.throws(() => new PlaceIndex(Buffer.from('geonameid\tname\n'), 'places.idx'), /places\.idx is not a places index/);
  const whole = writePlaceIndex(PLACES);
  assert.throws(() => new PlaceIndex(whole.subarray(0, whole.length - 40), 'places.idx'), /places\.idx is cut short/);
  // A copy at an odd offset inside a larger buffer still reads (typed arrays need aligned offsets).
  const odd = Buffer.concat([Buffer.from([0]), whole]).subarray(1);
  assert.equal(new PlaceIndex(odd).placesOf('damascus').length, 1);
});
