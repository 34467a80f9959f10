import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Account, Attribution, EventType, PlaceFinding, RangeFinding } from '../../src/core/types.js';
import { DEFAULT_LINK_CONFIG } from '../../src/link/config.js';
import { constraintBroken } from '../../src/link/compare.js';
import { decisionsFrom, MERGE, SPLIT } from '../../src/link/decisions.js';
import { featuresOf } from '../../src/link/features.js';
import { fingerprintSimilarity, textFingerprint } from '../../src/link/fingerprint.js';
import { linkAccounts, type LinkInput } from '../../src/link/link-accounts.js';

const ev = (quote: string) => [{ start: 0, end: quote.length, quote }];

const PLACES: Record<string, Omit<PlaceFinding, 'evidence' | 'certainty' | 'rule'>> = {
  khanSheikhoun: { name: 'Khan Shaykhun', admin1: 'Idlib', country: 'SY', lat: 35.4417, lon: 36.6514, precision: 'town', gazetteerId: 'geonames:169304' },
  idlibProvince: { name: 'Idlib', admin1: 'Idlib', country: 'SY', lat: 35.8, lon: 36.6, precision: 'admin1', gazetteerId: 'admin1:SY.12' },
  rashidin: { name: 'Rashidin', admin1: 'Aleppo', country: 'SY', lat: 36.19, lon: 37.1, precision: 'town', gazetteerId: 'geonames:1' },
  aleppo: { name: 'Aleppo', admin1: 'Aleppo', country: 'SY', lat: 36.2021, lon: 37.1343, precision: 'town', gazetteerId: 'geonames:170063' },
  kallaseh: { name: 'al-Kalasa', admin1: 'Aleppo', country: 'SY', lat: 36.2021, lon: 37.1343, precision: 'town', gazetteerId: 'geonames:170063' },
  mosul: { name: 'Mosul', admin1: 'Nineveh', country: 'IQ', lat: 36.335, lon: 43.119, precision: 'town', gazetteerId: 'geonames:99072' },
};

interface Spec {
  readonly date: string;
  readonly place: keyof typeof PLACES;
  readonly type?: EventType;
  readonly claims?: readonly EventType[];
  readonly killed?: readonly [number, number | null];
  readonly perps?: readonly (readonly [string, Attribution])[];
  readonly weapons?: readonly string[];
  readonly words?: string;
}

function account(s: Spec, at = 0): Account {
  const range = (r: readonly [number, number | null]): RangeFinding => ({ low: r[0], high: r[1], certainty: 'stated', evidence: ev(`${r[0]} killed`), rule: 'test' });
  const words = s.words ?? `${s.killed?.[0] ?? 'several'} killed in an attack on ${PLACES[s.place]!.name}`;
  return {
    primary: at === 0,
    date: { start: s.date, end: s.date, precision: 'day', certainty: 'stated', evidence: ev(s.date), rule: 'test' },
    place: { ...PLACES[s.place]!, certainty: 'stated', evidence: ev(PLACES[s.place]!.name), rule: 'test' },
    eventType: s.type ?? 'air_strike',
    eventTypeClaims: (s.claims ?? [s.type ?? 'air_strike']).map((t) => ({ value: t, certainty: 'stated', evidence: ev(t), rule: 'test' })),
    weapons: (s.weapons ?? []).map((w) => ({ value: w, certainty: 'stated', evidence: ev(w), rule: 'test' })),
    perpetrators: (s.perps ?? []).map(([actor, attribution]) => ({ name: actor, actor, attribution, by: null, certainty: 'stated', evidence: ev(actor), rule: 'test' })),
    killed: { total: s.killed ? range(s.killed) : null, civilians: null, children: null, women: null, combatants: null },
    injured: { total: null, civilians: null, children: null, women: null, combatants: null },
    targets: [],
    evidence: [{ start: at, end: at + words.length, quote: words }],
  };
}

let nextId = 1;
function input(reportId: string, s: Spec, o: { source?: string; publishedAt?: string; fingerprint?: string | null; at?: number } = {}): LinkInput {
  return { id: nextId++, reportId, source: o.source ?? reportId, publishedAt: o.publishedAt ?? s.date, fingerprint: o.fingerprint ?? null, account: account(s, o.at ?? 0) };
}

const PARENTS: Record<string, string> = { 'sy-air-force': 'sy-government', 'ru-air-force': 'ru-armed-forces' };
const parentOf = (id: string) => PARENTS[id] ?? null;

/** The incidents as sorted lists of report ids, sorted: a shape two runs can be compared by. */
function shape(inputs: readonly LinkInput[]): string[][] {
  return linkAccounts(inputs, { parentOf })
    .map((i) => [...i.reportIds].sort())
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

test('five outlets, one chemical attack: one incident, {low, best, high} over every figure kept beside it', () => {
  const s = (killed: number): Spec => ({ date: '2017-04-04', place: 'khanSheikhoun', type: 'chemical_weapon', killed: [killed, null], words: `chemical attack on Khan Sheikhoun kills ${killed} with sarin` });
  const wire = textFingerprint('At least 70 people were killed in a suspected chemical attack on the town of Khan Sheikhoun in Idlib province on Tuesday, a monitor said, and dozens more were treated for symptoms.');
  const inputs = [
    input('a', s(70), { publishedAt: '2017-04-04', fingerprint: wire }),
    input('b', s(72), { publishedAt: '2017-04-04', fingerprint: wire }),
    input('c', s(86), { publishedAt: '2017-04-05' }),
    input('d', s(100), { publishedAt: '2017-04-05' }),
    input('e', { ...s(86), place: 'idlibProvince' }, { publishedAt: '2017-04-06' }),
  ];
  const [inc, ...rest] = linkAccounts(inputs, { parentOf });
  assert.equal(rest.length, 0);
  assert.deepEqual([...inc!.reportIds].sort(), ['a', 'b', 'c', 'd', 'e']);
  // The latest report's figure is the best; low and high are the lowest and highest stated.
  assert.deepEqual(inc!.killed, { low: 70, best: 86, high: 100 });
  assert.equal(inc!.killedBySource!.length, 5);
  // a and b are one wire text: four independent sources, and they agree on date, place and type.
  assert.deepEqual(inc!.sameSource, [['a', 'b']]);
  assert.equal(inc!.sourceCount, 4);
  assert.equal(inc!.grade, 'corroborated');
  // The town is more precise than the province one source gives.
  assert.equal(inc!.place?.name, 'Khan Shaykhun');
  assert.ok(inc!.conflicts!.some((c) => c.field === 'killed' && c.values.length === 4));
});

test('two wires, one convoy bombing (112 and 126): one incident with its range', () => {
  const s = (killed: number): Spec => ({ date: '2017-04-15', place: 'rashidin', type: 'suicide_bomb', killed: [killed, killed], words: `car bomb hits convoy of evacuees at Rashidin killing ${killed}` });
  const [inc, ...rest] = linkAccounts([input('afp', s(112), { publishedAt: '2017-04-16' }), input('ap', s(126), { publishedAt: '2017-04-17' })], { parentOf });
  assert.equal(rest.length, 0);
  assert.deepEqual(inc!.killed, { low: 112, best: 126, high: 126 });
});

test('the same neighbourhood three years apart, or another day with another toll, stays two incidents', () => {
  const base: Spec = { date: '2016-04-28', place: 'kallaseh', killed: [17, null] };
  assert.equal(shape([input('x', base), input('y', { ...base, date: '2019-04-28' })]).length, 2);
  assert.equal(shape([input('x', base), input('y', { ...base, date: '2016-04-30', killed: [4, 4] })]).length, 2);
  // The day after, the same toll, the same words: one event reported a day late.
  assert.equal(shape([input('x', base), input('y', { ...base, date: '2016-04-29' })]).length, 1);
});

test('named constraints: one report never links with itself, nor across countries', () => {
  const a = input('same', { date: '2016-04-28', place: 'aleppo', killed: [10, 10] });
  const b = input('same', { date: '2016-04-28', place: 'aleppo', killed: [10, 10] }, { at: 500 });
  assert.equal(shape([a, b]).length, 2);
  assert.equal(constraintBroken(featuresOf(a, parentOf), featuresOf(b, parentOf), DEFAULT_LINK_CONFIG), 'same-report');
  const c = input('iq', { date: '2016-04-28', place: 'mosul', killed: [10, 10] });
  assert.equal(constraintBroken(featuresOf(a, parentOf), featuresOf(c, parentOf), DEFAULT_LINK_CONFIG), 'different-countries');
  const d = input('far', { date: '2016-05-10', place: 'aleppo', killed: [10, 10] });
  assert.equal(constraintBroken(featuresOf(a, parentOf), featuresOf(d, parentOf), DEFAULT_LINK_CONFIG), 'too-far-apart-in-time');
  const e = input('bomb', { date: '2016-04-28', place: 'aleppo', type: 'remote_explosive', killed: [10, 10] });
  assert.equal(constraintBroken(featuresOf(a, parentOf), featuresOf(e, parentOf), DEFAULT_LINK_CONFIG), 'incompatible-event-types');
});

test('the same inputs in any order give the same incidents, ids included', () => {
  const specs: [string, Spec][] = [
    ['r1', { date: '2016-04-28', place: 'kallaseh', killed: [17, null] }],
    ['r2', { date: '2016-04-28', place: 'aleppo', killed: [20, 20] }],
    ['r3', { date: '2016-04-29', place: 'aleppo', killed: [23, 23] }],
    ['r4', { date: '2017-04-04', place: 'khanSheikhoun', type: 'chemical_weapon', killed: [58, null] }],
    ['r5', { date: '2017-04-04', place: 'khanSheikhoun', type: 'chemical_weapon', killed: [72, 72] }],
    ['r6', { date: '2016-04-28', place: 'mosul', killed: [3, 3] }],
  ];
  const inputs = specs.map(([r, s]) => input(r, s));
  const ids = (xs: LinkInput[]) => linkAccounts(xs, { parentOf }).map((i) => `${i.id}:${[...i.accountIds].sort().join(',')}`).sort();
  const forward = ids(inputs);
  assert.deepEqual(ids([...inputs].reverse()), forward);
  assert.deepEqual(ids([inputs[3]!, inputs[0]!, inputs[5]!, inputs[2]!, inputs[1]!, inputs[4]!]), forward);
  assert.equal(forward.length, 3);
});

test('conflicts kept side by side: Scud vs air strike, each side blaming the other (contested), a claim (confirmed)', () => {
  const s: Spec = { date: '2016-11-04', place: 'aleppo', killed: [17, 17] };
  const [mixed] = linkAccounts(
    [
      input('scud', { ...s, type: 'shelling', claims: ['shelling'], weapons: ['scud'] }),
      input('air1', { ...s, type: 'air_strike', weapons: ['fighter_jet'] }),
      input('air2', { ...s, type: 'air_strike' }),
    ],
    { parentOf },
  );
  assert.equal(mixed!.eventType, 'air_strike');
  assert.deepEqual(mixed!.conflicts!.find((c) => c.field === 'eventType')?.values, [
    { value: 'air_strike', reportIds: ['air1', 'air2'] },
    { value: 'shelling', reportIds: ['scud'] },
  ]);
  assert.ok(mixed!.conflicts!.some((c) => c.field === 'weapon'));
  const [blame] = linkAccounts(
    [input('gov', { ...s, perps: [['sy-opposition', 'alleged']] }), input('opp', { ...s, perps: [['sy-air-force', 'alleged']] })],
    { parentOf },
  );
  assert.equal(blame!.grade, 'contested');
  assert.ok(blame!.conflicts!.some((c) => c.field === 'perpetrator'));
  // One report naming two sides is no dispute between sources.
  const [both] = linkAccounts([input('one-report', { ...s, perps: [['sy-opposition', 'alleged'], ['sy-air-force', 'alleged']] })], { parentOf });
  assert.equal(both!.grade, 'single-source');
  // An actor and its parent are one side, not a conflict.
  const [same] = linkAccounts([input('p1', { ...s, perps: [['sy-air-force', 'alleged']] }), input('p2', { ...s, perps: [['sy-government', 'alleged']] })], { parentOf });
  assert.equal(same!.grade, 'corroborated');
  // The one blamed denies it: who did it is contested, the denial on the record.
  const denying = input('denial', { ...s, perps: [['ru-armed-forces', 'alleged']] });
  const withDenial = { ...denying, account: { ...denying.account, perpetrators: denying.account.perpetrators.map((p) => ({ ...p, denial: ev('Russia denied') })) } };
  const [denied] = linkAccounts([input('blame', { ...s, perps: [['ru-armed-forces', 'alleged']] }), withDenial], { parentOf });
  assert.equal(denied!.grade, 'contested');
  assert.match(denied!.gradeReason!, /denies/);
  // A source saying it did not happen as told: whether it happened is contested.
  const told = input('told', s);
  const disputing = input('disputing', s);
  const [occurred] = linkAccounts([told, { ...disputing, account: { ...disputing.account, disputed: ev('fabricated') } }], { parentOf });
  assert.equal(occurred!.grade, 'contested');
  assert.deepEqual(occurred!.conflicts!.find((c) => c.field === 'occurred')?.values.map((v) => v.value), ['happened as told', 'disputed']);
  const [claimed] = linkAccounts([input('isis', { ...s, type: 'suicide_bomb', perps: [['isis', 'claimed']] })], { parentOf });
  assert.equal(claimed!.grade, 'confirmed');
  assert.equal(linkAccounts([input('one', s)], { parentOf })[0]!.grade, 'single-source');
});

test('people decide: a merge joins what the rules keep apart, a split parts what they join, later decisions win', () => {
  const a = input('a', { date: '2016-04-28', place: 'kallaseh', killed: [17, null] });
  const b = input('b', { date: '2016-04-28', place: 'aleppo', killed: [17, 17] });
  const c = input('c', { date: '2016-05-20', place: 'aleppo', killed: [5, 5] });
  assert.equal(linkAccounts([a, b, c], { parentOf }).length, 2);
  const merged = decisionsFrom([{ kind: MERGE, payload: { accounts: [a.id, b.id, c.id] } }]);
  assert.equal(linkAccounts([a, b, c], { parentOf, decisions: merged }).length, 1);
  const split = decisionsFrom([
    { kind: MERGE, payload: { accounts: [a.id, b.id, c.id] } },
    { kind: SPLIT, payload: { accounts: [b.id], rest: [a.id, c.id] } },
  ]);
  const parts = linkAccounts([a, b, c], { parentOf, decisions: split }).map((i) => [...i.reportIds].sort());
  assert.deepEqual(parts.sort(), [['a', 'c'], ['b']]);
  // Merging again after the split undoes it: the latest decision about the same accounts wins.
  const again = decisionsFrom([
    { kind: SPLIT, payload: { accounts: [b.id], rest: [a.id] } },
    { kind: MERGE, payload: { accounts: [a.id, b.id] } },
  ]);
  assert.equal(linkAccounts([a, b], { parentOf, decisions: again }).length, 1);
});

test('wire copies: one text republished is alike, two outlets\' own stories are not', () => {
  const afp =
    'A suicide bomber killed four people in a hospital on Sunday in an attack that took the civil war to the ruling clan\'s hometown for the first time, a monitoring group said. The bomber drove an ambulance into the hospital gate.';
  const copy = `Suicide bomber kills 4 in hometown of ruling clan. ${afp} (AFP)`;
  const own = 'Four people died on Sunday when an attacker blew himself up at the entrance of the national hospital in Qardaha, local officials told our correspondent, calling it an unprecedented breach of the city.';
  assert.ok(fingerprintSimilarity(textFingerprint(afp)!, textFingerprint(copy)!) >= DEFAULT_LINK_CONFIG.wireCopySimilarity);
  assert.ok(fingerprintSimilarity(textFingerprint(afp)!, textFingerprint(own)!) < 0.2);
  assert.equal(textFingerprint('Too short to tell.'), null);
});

test('copies of one text tell the same incidents, even ones with no date or place read', () => {
  const text = 'Gunmen killed four men at a checkpoint outside the town overnight, residents said, and the attackers fled before troops arrived in the morning.';
  const fp = textFingerprint(text);
  const undated = (reportId: string) => {
    const i = input(reportId, { date: '2016-01-01', place: 'aleppo', killed: [4, 4], words: 'Gunmen killed four men at a checkpoint' }, { fingerprint: fp });
    return { ...i, account: { ...i.account, date: null, place: null } };
  };
  const copies = [undated('copy-1'), undated('copy-2'), undated('copy-3')];
  assert.equal(linkAccounts(copies, { parentOf }).length, 1);
  // Without the fingerprints nothing says they are one text: undated accounts stay apart.
  assert.equal(linkAccounts(copies.map((c) => ({ ...c, fingerprint: null })), { parentOf }).length, 3);
});

test('another source\'s toll a report gives beside its own widens the spread and is a conflict, never the best', () => {
  const s: Spec = { date: '2024-06-05', place: 'aleppo', type: 'shelling', killed: [40, null], words: 'At least 40 people were killed in the attack' };
  const one = input('reuters', s, { publishedAt: '2024-06-06' });
  const withOthers: LinkInput = {
    ...one,
    account: { ...one.account, otherTolls: [{ low: 104, high: 104, certainty: 'stated', evidence: ev('toll at 104'), rule: 'victims:toll-at', by: "the country's ruling sovereign council" }] },
  };
  const [inc] = linkAccounts([withOthers], { parentOf });
  assert.deepEqual(inc!.killed, { low: 40, best: 40, high: 104 });
  assert.deepEqual(inc!.killedBySource!.map((f) => [f.low, f.by ?? null]), [[40, null], [104, "the country's ruling sovereign council"]]);
  assert.ok(inc!.conflicts!.some((c) => c.field === 'killed' && c.values.length === 2));
});
