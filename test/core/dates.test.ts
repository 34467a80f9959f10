// Written dates with their offsets (src/core/dates.ts), the forms reports use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../src/core/dates.js';

const found = (text: string) => findDates(text).map((d) => [d.value, text.slice(d.start, d.end), d.pattern]);

test('findDates: each written form, with its words', () => {
  assert.deepEqual(found('Posted 2017-04-04 by the desk'), [['2017-04-04', '2017-04-04', 'iso']]);
  assert.deepEqual(found('On Tuesday, 4th of April 2017 jets struck'), [['2017-04-04', 'Tuesday, 4th of April 2017', 'day-month-year']]);
  assert.deepEqual(found('Updated Jul 012016 at noon'), [['2016-07-01', 'Jul 012016', 'month-day-year-glued']]);
  assert.deepEqual(found('Sept. 19, 2016: the ceasefire collapsed'), [['2016-09-19', 'Sept. 19, 2016', 'month-day-year']]);
  assert.deepEqual(found('03.10.2017 and 5/11/2016 and 12/25/2016'), [
    ['2017-10-03', '03.10.2017', 'numeric'],
    ['2016-11-05', '5/11/2016', 'numeric'],
    ['2016-12-25', '12/25/2016', 'numeric'],
  ]);
});

test('findDates: no year of four digits, no date; impossible days are not dates', () => {
  assert.deepEqual(found('On Tuesday, 4 April, jets struck the town; 17 were killed.'), []);
  assert.deepEqual(found('on 31 February 2017 or 30/02/2017'), []);
  assert.deepEqual(found('In 1,300 homes'), []);
});
