import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActorMentions, perpetratorsIn } from '../../src/extract/actors/perpetrators.js';
import { ActorRegistry } from '../../src/extract/actors/registry.js';
import { splitSentences } from '../../src/extract/context.js';

const reg = ActorRegistry.load();

function perps(text: string, home: string | null = 'SY') {
  return perpetratorsIn(text, reg, findActorMentions(text, reg, home), splitSentences(text)).map((p) => ({
    name: p.name,
    actor: p.actor,
    attribution: p.attribution,
    by: p.by,
    quote: p.evidence[0]!.quote,
  }));
}

test('the registry: every parent exists, aliases resolve, acronyms need capitals', () => {
  for (const a of reg.actors.values()) if (a.parent) assert.ok(reg.actor(a.parent), `${a.id} has unknown parent ${a.parent}`);
  assert.equal(reg.resolve('Daesh', 'SY')?.kind === 'actor' && reg.resolve('Daesh', 'SY')?.kind, 'actor');
  assert.equal(reg.resolve('IS', 'SY')?.kind, 'actor');
  assert.equal(reg.resolve('is', 'SY'), null);
  assert.equal(reg.resolve('us', 'SY'), null);
  // A generic word names the actor only in its own country's reports.
  assert.equal(reg.resolve('regime', 'SY')?.kind, 'actor');
  assert.equal(reg.resolve('regime', 'UA'), null);
});

test('weapons and forces after a name make it the perpetrator; the dead are not', () => {
  assert.deepEqual(perps('Russian jets killed 20 ISIS militants near Raqqa on Friday.').map((p) => p.actor), ['ru-armed-forces']);
  assert.deepEqual(perps('Syrian government air strikes killed at least 15 civilians, the monitor said.').map((p) => p.actor), ['sy-government']);
  assert.deepEqual(perps('At least 18 IS jihadists were killed in clashes with Kurdish fighters.').map((p) => p.actor), ['ypg']);
  assert.deepEqual(perps('A suicide bomber from the Nusra Front blew himself up at an army post.').map((p) => p.actor), ['hts']);
  assert.deepEqual(perps('Russian jets killed 20 fighters from ISIS near Palmyra.').map((p) => p.actor), ['ru-armed-forces']);
});

test('attribution: claimed, suspected, alleged with its source', () => {
  assert.deepEqual(perps('The Islamic State group claimed responsibility for the bombing that killed 17.')[0], {
    name: 'Islamic State (ISIS)', actor: 'isis', attribution: 'claimed', by: null, quote: 'Islamic State group',
  });
  assert.equal(perps('The strike was suspected to have been carried out by Russian planes.')[0]?.attribution, 'suspected');
  assert.equal(perps('A suspected Russian air strike killed 10 people.')[0]?.attribution, 'suspected');
  const alleged = perps('Regime barrel bombs killed 12 people in Aleppo, the Syrian Observatory for Human Rights said.')[0];
  assert.deepEqual([alleged?.actor, alleged?.attribution, alleged?.by], ['sy-government', 'alleged', 'Syrian Observatory for Human Rights']);
});

test('a source is never a perpetrator, and "Syrian" in its name is not the army', () => {
  assert.deepEqual(perps('The Syrian Observatory for Human Rights said 12 people were killed.'), []);
});

test('unnamed perpetrators keep their words and have no actor id', () => {
  assert.deepEqual(perps('Gunmen killed three men at a checkpoint on Sunday.'), [
    { name: 'gunmen', actor: null, attribution: 'alleged', by: null, quote: 'Gunmen' },
  ]);
  assert.deepEqual(perps('Terrorists fired mortar shells on a school in Damascus.').map((p) => [p.name, p.actor]), [['terrorists', null]]);
});

test('named perpetrators come before unnamed ones; wars elsewhere are covered', () => {
  assert.deepEqual(perps('Militants and al-Shabaab fighters stormed the hotel in Mogadishu.', 'SO').map((p) => p.actor), ['al-shabaab', null]);
  assert.deepEqual(perps('RSF fighters attacked the camp near El Fasher, killing 30.', 'SD').map((p) => p.actor), ['rsf']);
  assert.deepEqual(perps('Houthi rebels fired a missile at Marib.', 'YE').map((p) => p.actor), ['houthis']);
});
