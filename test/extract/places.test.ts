import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looseKey, strictKey } from '../../src/core/name-key.js';
import { Gazetteer } from '../../src/extract/places/gazetteer.js';
import { placeOfIncident } from '../../src/extract/places/incident-place.js';
import { findPlaceMentions, findPlaces } from '../../src/extract/places/place-mentions.js';
import { splitSentences } from '../../src/extract/context.js';

const g = Gazetteer.load();

/** The place an incident told in `text` gets, as the extractor chooses it. */
function placeOf(text: string) {
  const sentences = splitSentences(text);
  return placeOfIncident(text, g, findPlaceMentions(text, g), sentences.slice(0, 3), sentences.slice(0, 6));
}

test('transliteration variants meet on one loose key', () => {
  const same = (a: string, b: string) => assert.equal(looseKey(strictKey(a)), looseKey(strictKey(b)), `${a} / ${b}`);
  same('al-Kalasa', 'al-Kallaseh');
  same('Kafrnaha', 'Kafr Naha');
  same('Deir ez-Zor', 'Deir Ezzor');
  same('Deir Ezzor', 'Dayr az Zawr');
  same('Idlib', 'Idleb');
  same('Hasakah', 'Hasakeh');
  same('Hasakeh', 'Hassakeh');
  same('Efrin', 'Afrin');
  same('Idlib', 'Edleb');
  assert.equal(strictKey('al-Kalasa'), strictKey('Kalasa'));
  assert.equal(strictKey('إدلب'), strictKey('ادلب'));
});

test('the gazetteer loads GeoNames places with their governorates', () => {
  assert.ok(g.size > 190_000, `${g.size} places`);
  const douma = g.placesByKey('douma').find((p) => p.country === 'SY');
  assert.equal(douma?.admin1?.name, 'Rif Dimashq');
  assert.equal(g.admin1ByName('idleb')[0]?.code, 'SY.12');
});

test('"Aleppo province" is the governorate; "the city of Aleppo" the town', () => {
  const province = placeOf('Air strikes killed 12 people in Aleppo province on Friday, the Syrian monitor said.');
  assert.deepEqual([province?.precision, province?.name, province?.admin1, province?.gazetteerId], ['admin1', 'Aleppo', 'Aleppo', 'admin1:SY.09']);
  assert.deepEqual(province?.evidence.map((e) => e.quote), ['Aleppo', 'province']);
  const city = placeOf('Shells killed four people in the Syrian city of Aleppo on Friday.');
  assert.deepEqual([city?.precision, city?.name, city?.admin1, city?.country], ['town', 'Aleppo', 'Aleppo', 'SY']);
  assert.ok(city!.lat! > 36 && city!.lat! < 36.4);
  // Each name of a list before "provinces" is a province; "in Aleppo and Hama" alone names the towns.
  const names = (t: string) => findPlaceMentions(t, g).map((m) => [m.name, m.precision]);
  assert.deepEqual(names('Air strikes killed 30 fighters in Aleppo, Hama and Idlib provinces on Tuesday.'), [['Aleppo', 'admin1'], ['Hama', 'admin1'], ['Idlib', 'admin1']]);
  assert.deepEqual(names('Air strikes killed 30 fighters in Aleppo and Hama on Tuesday.'), [['Aleppo', 'town'], ['Hama', 'town']]);
});

test('"a town in Daraa" is in the province of Daraa; "in Daraa" alone is the town', () => {
  const around = placeOf('At least 10 people were killed when barrel bombs hit an opposition-held town in Daraa, a Syrian monitor said.');
  assert.deepEqual([around?.precision, around?.name, around?.evidence.map((e) => e.quote)], ['admin1', 'Daraa', ['town in ', 'Daraa']]);
  const rural = placeOf('Raids hit villages in rural Idlib on Sunday, a Syrian monitor said.');
  assert.deepEqual([rural?.precision, rural?.name], ['admin1', 'Idlib']);
  const town = placeOf('At least 10 people were killed when barrel bombs hit homes in Daraa, a Syrian monitor said.');
  assert.deepEqual([town?.precision, town?.admin1], ['town', 'Daraa']);
});

test('Douma is in Rif Dimashq; Idleb and Hassakeh spellings resolve', () => {
  assert.equal(placeOf('Shelling killed nine people in Douma in Syria on Monday.')?.admin1, 'Rif Dimashq');
  assert.equal(placeOf('Warplanes struck a market in Idleb in northwestern Syria, killing 11.')?.admin1, 'Idlib');
  assert.equal(placeOf('A car bomb killed 16 people in Syrias Hassakeh city on Tuesday.')?.admin1, 'Al-Hasakah');
});

test('context picks the country: Tripoli in a Lebanese report is not Libya', () => {
  const lb = placeOf('Clashes in the Lebanese city of Tripoli killed three people, Lebanese security sources said.');
  assert.equal(lb?.country, 'LB');
  const ly = placeOf('Fighting in Tripoli killed 12 people, the Libyan health ministry said, as militias fought across Libya.');
  assert.equal(ly?.country, 'LY');
});

test('a neighbourhood the gazetteer lacks keeps its name and takes its town', () => {
  const p = placeOf('A reported airstrike hit the rebel-held neighborhood of al-Kalasa in the northern city of Aleppo, killing 12 people in Syria.');
  assert.deepEqual([p?.name, p?.precision, p?.admin1, p?.rule], ['al-Kalasa', 'town', 'Aleppo', 'place:inside-known-place']);
  assert.ok(p?.lat !== null);
  const village = placeOf('The video was shot during the bombing of Kafrnaha, Aleppo province, in Syria, where 17 people were killed.');
  assert.deepEqual([village?.name, village?.precision, village?.admin1], ['Kafrnaha', 'admin1', 'Aleppo']);
  // A text stripped of its commas: "the bombing of Kafrnaha Aleppo province", "a market in Dahyan Saada province";
  // and "in the Naba al-Fawwar area of the Syrian Quneitra province", the province after a people's name.
  const bare = placeOf('The video was shot during the bombing of Kafrnaha Aleppo province in Syria where 17 people were killed.');
  assert.deepEqual([bare?.name, bare?.precision, bare?.admin1], ['Kafrnaha', 'admin1', 'Aleppo']);
  assert.deepEqual(findPlaceMentions('The strike hit a bus at a market in Dahyan Saada province on Thursday.', g).map((m) => [m.name, m.admin1?.name]), [['Dahyan', "Sa'dah"], ['Saada', "Sa'dah"]]);
  assert.equal(placeOf('The base was attacked on Sunday in the Naba al-Fawwar area of the Syrian Quneitra province in the Golan Heights.')?.admin1, 'Quneitra');
  // A town read abroad that the text places in a province named as such is a village the gazetteer lacks there
  // ("al-Zara" is also Zadar's old name); "in Jobar in eastern Damascus" is a part of the town.
  const zara = placeOf('The attack targeted the village of al-Zara in Hama northern countryside killing 30.');
  assert.deepEqual([zara?.name, zara?.admin1, zara?.country], ['al-Zara', 'Hama', 'SY']);
  const jobar = placeOf('Shelling killed 3 people in Jobar in eastern Damascus.');
  assert.deepEqual([jobar?.name, jobar?.admin1, jobar?.precision], ['Jobar', 'Damascus', 'town']);
});

test('only a country named: precision country and no point', () => {
  const p = placeOf('At least 85 Syrian troops were killed somewhere in Syria, a monitor said.');
  assert.deepEqual([p?.precision, p?.country, p?.lat, p?.lon], ['country', 'SY', null, null]);
});

test('people, organisations and capitals speaking for governments are not places', () => {
  const names = (t: string) => findPlaceMentions(t, g).map((m) => m.name);
  assert.deepEqual(names('Vladimir Putin and Ban Ki-moon met in Geneva about Syria.'), ['Geneva', 'Syria']);
  assert.deepEqual(names('Fighters of Jabhat Fateh Al Sham attacked Syrian positions near Hama.'), ['Hama']);
  assert.ok(!names('Syria: despite Damascus promises of a truce, strikes went on.').includes('Damascus'));
  assert.ok(names('Syria: a car bomb exploded in central Damascus.').includes('Damascus'));
  assert.deepEqual(names('Doctors at the Al-Quds hospital in Aleppo, Syria, said 27 died.'), ['Aleppo', 'Syria']);
  // A first name that is a town, then a surname read only as hamlets abroad: one person ("Ariana" is a Tunisian
  // city, "Grande" a German village). Two names of one country stay two places, as a list stripped of commas has them.
  assert.deepEqual(names('A bomber struck an Ariana Grande concert at Manchester Arena.'), ['Manchester']);
  assert.deepEqual(names('Shelling hit Douma Harasta and other towns on Monday.'), ['Douma', 'Harasta']);
});

test('"the Syrian capital" is Damascus; "the capital" is the report country\'s', () => {
  const p = placeOf('At least 19 people were killed near the Syrian capital on Tuesday.');
  assert.deepEqual([p?.name, p?.country, p?.admin1, p?.precision, p?.evidence[0]!.quote], ['Damascus', 'SY', 'Damascus', 'town', 'Syrian capital']);
  const q = placeOf('Mortar shells fell on a school in the capital, killing two. The attack was the third in Syria this week.');
  assert.equal(q?.name, 'Damascus');
  // "the capital Damascus" is the name that follows, not the phrase.
  const named = placeOf('Shells fell on the capital Damascus on Monday.');
  assert.deepEqual([named?.rule, named?.evidence.map((e) => e.quote.trim())], ['place:gazetteer', ['capital', 'Damascus']]);
});

test('a sentence-opening word is not a village abroad, and demonyms set the country when nothing else does', () => {
  const text = 'At least 65 bodies of civilians were found in a central town retaken from IS. Most of the victims were shot, Syrian activists said.';
  const names = findPlaceMentions(text, g).map((m) => m.name);
  assert.ok(!names.includes('Most'), names.join(', '));
});

test('a country inside an organisation\'s name gives no context: "Islamic State of Iraq and the Levant"', () => {
  const text = 'The Islamic State of Iraq and the Levant executed 700 members of a tribe in Deir Ezzor province, Syria.';
  const m = findPlaceMentions(text, g);
  assert.ok(!m.some((x) => x.country === 'IQ'), m.map((x) => `${x.name}:${x.country}`).join(', '));
});

test('with no place in the incident\'s sentences, the opening\'s place in the report\'s country comes before one abroad', () => {
  const text = 'Officials in Washington met on Wednesday. A chemical attack killed 70 people, Syrian activists said. The town of Khan Sheikhoun in Idlib province, Syria, was hit.';
  const s = splitSentences(text);
  const mentions = findPlaceMentions(text, g);
  const p = placeOfIncident(text, g, mentions, [s[1]!], s, 'SY');
  assert.equal(p?.country, 'SY');
});

test('an article fused to the name it doubles: "Deir Ezzor" is Deir ez-Zor', () => {
  const m = findPlaceMentions('More than 100 ISIS terrorists killed in Deir Ezzor.', g);
  assert.deepEqual(m.map((x) => [x.name, x.country, x.admin1?.name]), [['Deir Ezzor', 'SY', 'Deir ez-Zor']]);
});

test('the headline weighs double for the country, and loose keys look only there', () => {
  const text = 'Strikes kill 12 near al-Sheitaat in Idlib, Syria. The Islamic State also holds land in Iraq, officials in Iraq said.';
  const m = findPlaceMentions(text, g);
  assert.ok(!m.some((x) => x.country === 'IQ' && x.precision !== 'country'), m.map((x) => `${x.name}:${x.country}`).join(', '));
});

test('"north of Hama" is only a hint: a place named outright wins the incident', () => {
  const text = 'A mosque was destroyed by airstrikes north of Hama and four civilians were killed in an airstrike which hit the town of Saraqib in Syria.';
  const s = splitSentences(text);
  const mentions = findPlaceMentions(text, g);
  assert.equal(mentions.find((m) => m.name === 'Hama')?.rule, 'place:near-of');
  assert.equal(placeOfIncident(text, g, mentions, s, s, 'SY')?.admin1, 'Idlib');
});

test('"Damascus suburbs" and "over Damascus" are the place, not the government speaking', () => {
  for (const text of ['Rockets released deadly fumes over rebel-held Damascus suburbs, killing hundreds.', 'Shells fell over Damascus on Monday, killing four.']) {
    assert.deepEqual(findPlaceMentions(text, g).map((m) => [m.name, m.country]), [['Damascus', 'SY']], text);
  }
  // A capital that speaks for its government is still no place.
  assert.deepEqual(findPlaceMentions('The talks failed despite Damascus promises of a truce.', g).map((m) => m.name), []);
});

test('a province named as such is found in a report about another country', () => {
  // Turkey is named twice and Syria only by its demonym: "province of Idlib" is still Syria's province.
  const text = 'Blast at border kills 20 rebels near Turkey. The monitoring group said it was unclear what caused the blast at the crossing between Turkey and the northern Syrian province of Idlib.';
  const p = placeOf(text);
  assert.deepEqual([p?.country, p?.admin1, p?.precision], ['SY', 'Idlib', 'admin1']);
});

test('a facility named after a city of the report\'s country stands in it: "outside Kabul airport"', () => {
  const airport = placeOf('Suicide bombers attacked crowds outside Kabul airport on Thursday, killing at least 60 Afghans.');
  assert.deepEqual([airport?.precision, airport?.name, airport?.country], ['town', 'Kabul', 'AF']);
  // A facility named with an article is named after someone or something else: Al Quds is not Jerusalem here.
  const hospital = placeOf('An air strike destroyed the Al Quds hospital in the Sukkari district of Aleppo, killing 27 people.');
  assert.deepEqual([hospital?.name, hospital?.admin1, hospital?.country], ['Sukkari', 'Aleppo', 'SY']);
});

test('an unknown town inside a province told with its country\'s possessive: "the town of Dedebit in Ethiopia\'s Tigray region"', () => {
  const p = placeOf("A drone strike hit a camp in the town of Dedebit in Ethiopia's Tigray region late on Friday, killing 56 people.");
  assert.deepEqual([p?.name, p?.admin1, p?.country, p?.precision], ['Dedebit', 'Tigray', 'ET', 'admin1']);
});

test('admin-1 names read in English: West Darfur, not Natural Earth\'s "West Soudan"', () => {
  const p = placeOf('Fighters killed dozens of civilians in El Geneina, the capital of West Darfur state, on Wednesday.');
  assert.deepEqual([p?.name, p?.admin1, p?.country], ['Geneina', 'West Darfur', 'SD']);
});

test('a village the gazetteer knows only abroad is still placed inside the province the report names', () => {
  const p = placeOf("Gunmen killed at least 138 people in a raid on the village of Solhan in Burkina Faso's Yagha province on Friday.");
  assert.deepEqual([p?.name, p?.admin1, p?.country], ['Solhan', 'Yagha', 'BF']);
  // A community is not a village: "a majority Christian area of Homs province" is placed in Homs province.
  const area = placeOf('Rebels attacked a checkpoint in a majority Christian area of Homs province, killing six civilians.');
  assert.deepEqual([area?.name, area?.admin1], ['Homs', 'Homs']);
});

test('a village the gazetteer lacks, "in X near Y" or "in X (Y, Z)", takes the known place it lies near or in', () => {
  const near = placeOf('Jihadists killed at least 43 farmers in Zabarmari near Maiduguri in Borno state on Saturday.');
  assert.deepEqual([near?.name, near?.admin1, near?.country, near?.rule], ['Zabarmari', 'Borno State', 'NG', 'place:inside-known-place']);
  assert.deepEqual(near?.evidence.map((e) => e.quote), ['Zabarmari', 'Maiduguri']);
  const bracket = placeOf('On 27 March, soldiers killed around 300 civilians in Moura (Djenne, Mopti) in Mali.');
  assert.deepEqual([bracket?.name, bracket?.admin1, bracket?.country], ['Moura', 'Mopti', 'ML']);
  const province = placeOf('An air strike hit a bus at a market in Dahyan in northern Saada province on Thursday, killing 40.');
  assert.deepEqual([province?.name, province?.precision, province?.country], ['Dahyan', 'admin1', 'YE']);
  // Without a preposition or a word for a place, a name before a place in brackets is no place: "Ahmed (Aleppo)".
  const person = findPlaceMentions('Activist Ahmed Shaker (Aleppo) said three were killed.', g);
  assert.equal(person.some((m) => m.name === 'Ahmed Shaker'), false);
});

test('a big seat abroad that the text places inside a province of another country is a town the gazetteer lacks there', () => {
  const text = 'Insurgents attack Mozambique town of Palma. Islamist insurgents attacked the coastal town of Palma in Mozambique\'s Cabo Delgado province on Wednesday, killing dozens.';
  const ms = findPlaceMentions(text, g);
  // Neither Palma is Palma de Mallorca: the one told as inside Cabo Delgado keeps its name there, and the
  // headline's, the same name, goes with it.
  assert.equal(ms.some((m) => m.country === 'ES'), false);
  const palma = ms.find((m) => m.name === 'Palma');
  assert.deepEqual([palma?.country, palma?.admin1?.name, palma?.rule], ['MZ', 'Cabo Delgado', 'place:inside-known-place']);
  // "Mozambique town of": the town is Palma's, and "Mozambique" is the country.
  assert.deepEqual(ms.filter((m) => m.name === 'Mozambique').map((m) => m.precision), ['country', 'country']);
  // A seat abroad told plainly stays where it is: "talks in Geneva".
  assert.deepEqual(findPlaceMentions('Talks on Syria opened in Geneva on Monday.', g).map((m) => [m.name, m.country]), [['Syria', 'SY'], ['Geneva', 'CH']]);
});

test("a country's name is the country unless a cue reads it as a province", () => {
  assert.deepEqual(findPlaceMentions('Insurgents attacked villages in Mozambique.', g).map((m) => [m.name, m.precision]), [['Mozambique', 'country']]);
  assert.deepEqual(findPlaceMentions('Gunmen killed five in Mexico state on Friday.', g).map((m) => [m.name, m.precision]), [['Mexico', 'admin1']]);
});

test('a name goes on past a word with its article joined: "the village of Wad al-Noura" is not Wad', () => {
  const p = placeOf("Paramilitary fighters attacked the village of Wad al-Noura in Sudan's Gezira state on Wednesday, killing more than 100 people.");
  assert.deepEqual([p?.name, p?.country, p?.rule], ['Wad al-Noura', 'SD', 'place:inside-known-place']);
});

test('a town the gazetteer lacks, told as in a country, keeps its name with country precision and no point', () => {
  const p = placeOf('Jihadists attacked civilians around the town of Barsalogho in central Burkina Faso on Saturday, killing at least 200 people.');
  assert.deepEqual([p?.name, p?.country, p?.precision, p?.lat, p?.gazetteerId], ['Barsalogho', 'BF', 'country', null, 'country:BF']);
  assert.deepEqual(p?.evidence.map((e) => e.quote), ['Barsalogho', 'Burkina Faso']);
  // Without a word that makes it a place, a capitalised name before a country is no place.
  assert.equal(placeOf('Gunmen attacked civilians, Barsalogho residents in Burkina Faso said on Saturday.')?.name, 'Burkina Faso');
});

test('where the attackers came from is not where they struck: "gunmen who crossed from Gaza killed ... in Be\'eri"', () => {
  const p = placeOf("Gunmen who crossed from Gaza killed more than 100 people in the kibbutz of Be'eri in southern Israel on Saturday.");
  assert.deepEqual([p?.name, p?.country], ['Be’eri', 'IL']);
  // With no other place, the one they came from stays: it is all the text says.
  assert.equal(placeOf('Gunmen who crossed from Gaza killed three people on Saturday.')?.name, 'Gaza');
  // With the country struck named before it, the country: "infiltrated southern Israel from Gaza"; and "fired
  // rockets from Idlib province into ... Latakia" struck Latakia.
  assert.deepEqual([placeOf('Hamas gunmen infiltrated southern Israel from Gaza on Saturday morning, killing at least 700 people.')?.name, placeOf('Hamas gunmen infiltrated southern Israel from Gaza on Saturday morning, killing at least 700 people.')?.precision], ['Israel', 'country']);
  assert.equal(placeOf('Rebels also fired rockets from Idlib province into the government stronghold of Latakia killing one person.')?.name, 'Latakia');
});

test('where someone spoke of an attack is not where it was: "told reporters in Paris"', () => {
  const text = 'Ministers demand access to site of alleged gas attack in Syria\nFrance said on Wednesday that inspectors should reach the site of the alleged attack. The minister told reporters in Paris that the attack was barbaric. Survivors were treated in Douma on Wednesday.';
  assert.equal(placeOf(text)?.name, 'Dūmā');
  // In the incident's own sentences too: "said in Geneva" is where the envoy spoke.
  assert.equal(placeOf('An air strike killed 12 people in Atarib in Syria, the UN envoy said in Geneva on Friday.')?.name, 'Al Atārib');
});

test('where a wire story was filed from is the place only when nothing else in its opening places it', () => {
  const filed = 'Strike on bus kills 29 children in Yemen\nSANAA (Reuters) - A coalition air strike hit a bus carrying children in northern Yemen on Thursday, killing 29.\nThe attack struck the bus at a market in Dahyan, Saada province, officials said.';
  assert.equal(placeOf(filed)?.name, 'Dahyan');
  assert.equal(placeOf('Strike kills 29 in Yemen\nSANAA, Aug 9 (Reuters) - A coalition air strike killed 29 people on Thursday, officials said.')?.name, 'Sanaa');
  // Inside a line, the same words are a place like any other.
  assert.equal(placeOf('Strike kills 29 in Yemen\nA coalition air strike killed 29 people in Sanaa on Thursday. Officials in Dahyan said so.')?.name, 'Sanaa');
});

test('event-dataset notes: "Owo (Ondo, Nigeria)", "El Geneina (West Darfur)", "Beit Lahia" after an Israeli strike; "Hamas" is no place', () => {
  assert.deepEqual([placeOf('On 3 May 2022, unidentified gunmen attacked a church in Owo (Ondo, Nigeria) during mass, killing 41 people.')].map((p) => [p?.name, p?.admin1, p?.precision]), [['Owo', 'Ondo State', 'town']]);
  assert.deepEqual([placeOf('On 17 January 2024, RSF fighters killed 3 civilians in El Geneina (West Darfur).')].map((p) => [p?.name, p?.precision]), [['Geneina', 'town']]);
  assert.deepEqual([placeOf('On 22 August 2020, an Israeli airstrike targeted a Hamas position in Beit Lahia (North Gaza).')].map((p) => [p?.name, p?.country]), [['Bayt Lāhyā', 'PS']]);
  assert.equal(placeOf('Hamas fighters fired rockets on Saturday.'), null);
});

/** The place of the incident a whole text tells, every sentence its lead: a headline, then the sentences under it. */
function headlinePlace(text: string) {
  const s = splitSentences(text);
  return placeOfIncident(text, g, findPlaceMentions(text, g), s, s);
}

test('a locality named inside a province or a town wins over the big town a headline names', () => {
  // The headline names the city; the incident's sentence names the village (unknown to the gazetteer) in its province.
  const text = 'What awaits Aleppo\nThe video was shot during the bombing of Kafrnaha, Aleppo province. At least 17 people were killed.';
  const p = headlinePlace(text);
  assert.deepEqual([p?.name, p?.precision, p?.admin1, p?.rule], ['Kafrnaha', 'admin1', 'Aleppo', 'place:inside-known-place']);
  // Each text, and its place's name, precision, and its province or its country.
  const cases: [string, string, [string, string, { admin1: string } | { country: string }]][] = [
    // A headline that names only the town of the province's own name, over a village the gazetteer lacks: the
    // village in the province ("Idlib" may be either), not the city.
    ['village under a province-town headline', 'Family of 12 killed in Idlib strike\nTwelve members of one family were killed on Saturday when their home in the village of Kafr Nabudah was hit by an air strike.', ['Kafr Nabudah', 'admin1', { admin1: 'Idlib' }]],
    // A demonym before an armed group names the group's side, not where the report is: "blaming the Lebanese
    // Hezbollah group" leaves Majdal Shams where the gazetteer has it.
    ['demonym of an armed group', 'A rocket strike on a football pitch in the Druze town of Majdal Shams killed 12 children on Saturday, Israeli authorities said, blaming the Lebanese Hezbollah group.', ['Majdal Shams', 'town', { country: 'IL' }]],
    // Villages struck, listed after "on", lie in the province the words after the list name.
    ['villages listed after "on"', 'Strikes on Idlib countryside kill 11\nAir strikes by regime helicopters on Maarat Harma and Kafr Sajnah in the southern countryside of Idlib killed 11 civilians.', ['Maarat Harma', 'admin1', { admin1: 'Idlib' }]],
    // A village with its province after a comma and a direction: "Kafr Naha, western Aleppo countryside".
    // A name the gazetteer lacks, "near" it and in a country: "near Galcad in central Somalia".
    ['near a name, in a country', 'A US air strike killed 30 al-Shabaab fighters near Galcad in central Somalia on Friday.', ['Galcad', 'country', { country: 'SO' }]],
    ['province after a comma and a direction', 'VIDEO: Moment a Scud missile hits Kafr Naha, western Aleppo countryside. At least 17 killed.', ['Kafr Naha', 'admin1', { admin1: 'Aleppo' }]],
    // (And without the comma, as scraped texts come, when the province is told as such.)
    ['province after a direction, no comma', 'VIDEO: Moment a Scud missile hits Kafr Naha western Aleppo countryside. At least 17 killed.', ['Kafr Naha', 'admin1', { admin1: 'Aleppo' }]],
  ];
  for (const [what, text, want] of cases) {
    const p = headlinePlace(text);
    const where = 'admin1' in want[2] ? { admin1: p?.admin1 } : { country: p?.country };
    assert.deepEqual([p?.name, p?.precision, where], want, what);
  }
  // A neighbourhood under such a headline lies in the city.
  const shaar = 'Air strike kills 15 in Aleppo\nAn air strike hit the Shaar neighbourhood, killing 15 people.';
  assert.equal(headlinePlace(shaar)?.precision, 'town');
  // A neighbourhood inside the city keeps the city's point under its own name.
  const quarter = 'Strike in Mosul kills civilians\nThe strike in the al-Jadida district of west Mosul killed 105 civilians.';
  const n = headlinePlace(quarter);
  assert.deepEqual([n?.name, n?.precision, n?.admin1], ['al-Jadida', 'town', 'Nineveh']);
  assert.ok(n?.lat !== null);
  // A place the gazetteer knows, finer than the headline's, still wins as before.
  const town = placeOf('Shelling on Aleppo\nShelling hit the town of Azaz in Aleppo province, killing four people.');
  assert.equal(town?.name, 'I‘zāz');
});

test('a town whose province the gazetteer does not know still wins over the province the text names', () => {
  // GeoNames gives Déou a region code that the province table does not hold.
  const p = placeOf('Jihadists killed 51 soldiers in an ambush near the town of Deou in northern Burkina Faso\'s Oudalan province on Friday.');
  assert.deepEqual([p?.name, p?.country, p?.precision], ['Déou', 'BF', 'town']);
});

test('"the southern Lebanese village of X": a village the gazetteer lacks, in the demonym\'s country; "a Hazara neighbourhood" names no place', () => {
  const v = placeOf('An Israeli air strike on a house in the southern Lebanese village of Hebbariyeh killed seven people overnight.');
  assert.deepEqual([v?.name, v?.country, v?.precision, v?.lat], ['Hebbariyeh', 'LB', 'country', null]);
  assert.deepEqual(v?.evidence.map((e) => e.quote), ['Lebanese', 'Hebbariyeh']);
  // A name told as a place by the word after it: "in Kabkabiya locality", in the report's country.
  const l = placeOf('On 19 May, an airstrike on a market in Kabkabiya locality killed 7 people, Sudanese activists said.');
  assert.deepEqual([l?.name, l?.country, l?.precision], ['Kabkabiya', 'SD', 'country']);
  assert.deepEqual(findPlaceMentions('Russian airstrikes killed 6 people in the Bustan al-Qasr district of Syria on Wednesday.', g).map((m) => [m.name, m.country]), [['Bustan al-Qasr', 'SY'], ['Syria', 'SY']]);
  const k = placeOf('A suicide bomber blew himself up at an education centre in a Hazara neighbourhood of the Afghan capital on Friday, killing 19 people.');
  assert.deepEqual([k?.name, k?.country], ['Kabul', 'AF']);
});

test('"in Idlib village of Zardana": a village the gazetteer lacks, in the province of the place named before its type', () => {
  const v = placeOf('Strikes kill 44 in Idlib village of Zardana');
  assert.deepEqual([v?.name, v?.admin1, v?.precision, v?.evidence.map((e) => e.quote)], ['Zardana', 'Idlib', 'admin1', ['Idlib', 'Zardana']]);
  // A side's word for what it holds names no place: "the Daesh-held town of Manbij".
  assert.deepEqual(findPlaceMentions('Airstrikes killed 15 civilians in the Daesh-held town of Manbij.', g).map((m) => m.name), ['Manbij']);
  // A neighbourhood is in the city: "the Aleppo neighbourhood of Salaheddin".
  const n = placeOf('Shelling killed five people in the Aleppo neighbourhood of Salaheddin on Monday.');
  assert.deepEqual([n?.name, n?.admin1, n?.precision], ['Salaheddin', 'Aleppo', 'town']);
});

test('"in X in Ethiopia\'s northern Tigray region": a possessive country between a village and its province', () => {
  const p = placeOf('An air strike on a camp for displaced people in Dedebit in Ethiopia\'s northern Tigray region killed 56 people.');
  assert.deepEqual([p?.name, p?.admin1, p?.precision], ['Dedebit', 'Tigray', 'admin1']);
});

test('a town of one country only, where the report places another of its places or names none, though a demonym outnumbers them', () => {
  const text = 'An Israeli strike on a school in the Nuseirat refugee camp in central Gaza killed 33 people, the Israeli army said.';
  const place = placeOf(text);
  assert.equal(place?.country, 'PS');
  assert.equal(place?.evidence[0]!.quote, 'Nuseirat');
  // With only a demonym for a country, a name with one reading in the world is taken by its own name, not by
  // another name its place has ("Ramadan" is also a name of Turabah, in Saudi Arabia).
  const alone = findPlaceMentions('An Israeli strike hit a school in Nuseirat, the Israeli army said.', g);
  assert.deepEqual(alone.map((m) => m.name), ['Nuseirat']);
  assert.deepEqual(findPlaceMentions('A Russian strike came during Ramadan and in Ramadan prayers.', g), []);
  // Several readings, all in one country: its biggest.
  assert.deepEqual(findPlaceMentions('A Russian missile hit a market in Kostiantynivka, killing 17.', g).map((m) => [m.name, m.country, m.place?.population]), [['Kostiantynivka', 'UA', 91259]]);
});

test('a village the gazetteer lacks, in a part of a region named by its direction, takes the region under its own name', () => {
  const place = placeOf('A drone strike on a camp in Dedebit in northwestern Tigray killed 56 people on Friday.');
  assert.equal(place?.name, 'Dedebit');
  assert.equal(place?.precision, 'admin1');
  assert.equal(place?.admin1, 'Tigray');
  assert.equal(placeOf('Shelling hit homes in Kafr Zeita in southern Hama on Monday.')?.precision, 'town', 'a known town keeps its own point');
  // One the gazetteer lacks lies in the province, under its own name (not at the point of the province's seat).
  const unknown = placeOf('Shelling hit homes in Tall Jazra Saghira in southern Hama on Monday.');
  assert.deepEqual([unknown?.name, unknown?.precision, unknown?.admin1], ['Tall Jazra Saghira', 'admin1', 'Hama']);
});

test('a village named as such that the gazetteer lacks, with no known place around it, keeps its name in the report\'s country', () => {
  const text = 'An air strike hit a wedding party in the village of Wahijah on Monday, killing 131 people, Yemeni officials said. Yemen has seen years of war.';
  const place = placeOf(text);
  assert.equal(place?.name, 'Wahijah');
  assert.equal(place?.country, 'YE');
  assert.equal(place?.precision, 'country');
  assert.equal(place?.lat, null);
});

test('a name known only abroad gets a loose reading at home; a French "ou" is a u ("Tajoura" is Libya\'s Tajura)', () => {
  const text = 'An air strike hit a detention centre in Tajoura, a suburb east of Tripoli, killing 44 people, Libyan officials said. Libya has been split since 2014.';
  const place = placeOf(text);
  assert.equal(place?.country, 'LY');
  assert.equal(place?.evidence[0]!.quote, 'Tajoura');
  assert.equal(place?.precision, 'town');
  // The same name in a report on Djibouti stays Djibouti's.
  assert.equal(placeOf('Floods hit homes in Tadjourah, in northern Djibouti, on Monday.')?.country, 'DJ');
});

test('a possessive is no part of a name: "Aleppo\'s", "Idlib’s countryside", "in Baghdad\'s Karrada district"', () => {
  const names = (t: string) => findPlaceMentions(t, g).map((m) => [m.name, m.precision, m.rule]);
  assert.deepEqual(names("Syria's army shelled Idlib’s countryside."), [['Syria', 'country', 'place:country'], ['Idlib', 'admin1', 'place:admin1']]);
  const karrada = placeOf("A suicide car bomb tore through a street in Baghdad's Karrada district early on Sunday, killing 125 people.");
  assert.deepEqual([karrada?.name, karrada?.admin1, karrada?.precision, karrada?.evidence.map((e) => e.quote)], ['Karrada', 'Baghdad', 'town', ['Baghdad', 'Karrada']]);
  // Without a word saying it is a part of the town, the name after a possessive is not taken as a place.
  assert.deepEqual(names("Aleppo's Governor Hussein Diab said the road was shut."), [['Aleppo', 'town', 'place:gazetteer']]);
  // A scraper that drops apostrophes leaves "Baghdads Karrada district": a big town's possessive all the same,
  // but a people's name is neither a town nor a country ("Afghans").
  const bare = placeOf('A suicide car bomb tore through a street in central Baghdads Karrada district early on Sunday, killing 125 people.');
  assert.deepEqual([bare?.name, bare?.admin1, bare?.evidence.map((e) => e.quote)], ['Karrada', 'Baghdad', ['Baghdad', 'Karrada']]);
  assert.deepEqual(names('The Afghans fled the town of Homs.').map((n) => [n[0], n[1]]), [['Homs', 'town']]);
});

test('a capital named before what happened there is the place, not its government: "Baghdad bombing", not "Moscow said"', () => {
  const names = (t: string) => findPlaceMentions(t, g).map((m) => m.name);
  assert.deepEqual(names('Baghdad bombing kills 125 in Iraq.'), ['Baghdad', 'Iraq']);
  assert.deepEqual(names('Moscow said the strikes would go on in Syria.'), ['Syria']);
});

test('a town the gazetteer lacks, "in X, western Uganda", keeps its name in that country', () => {
  const place = placeOf('Militants attacked a secondary school in Mpondwe, western Uganda, late on Friday, killing 41 people.');
  assert.deepEqual([place?.name, place?.country, place?.precision, place?.evidence.map((e) => e.quote)], ['Mpondwe', 'UG', 'country', ['Mpondwe', 'Uganda']]);
});

test('a place whose admin-1 code Natural Earth numbers otherwise is placed by shape, never in the area its code names there', () => {
  // GeoNames puts Paris in region 11 (Île-de-France); Natural Earth's FR.11 is the department of Aude. Paris lies
  // in Natural Earth's department of Paris.
  const paris = g.placesByKey('paris').find((p) => p.country === 'FR' && p.featureCode === 'PPLC');
  assert.equal(paris?.admin1?.code, 'FR.75');
  assert.equal(paris?.admin1?.name, 'Paris');
  // Countries whose codes agree keep their areas.
  assert.equal(g.placesByKey('douma').find((p) => p.country === 'SY')?.admin1?.name, 'Rif Dimashq');
  assert.equal(g.placesByKey('kharkiv').find((p) => p.country === 'UA')?.admin1?.name, 'Kharkiv');
  // The department is still found by its name.
  assert.equal(g.admin1ByName('aude')[0]?.code, 'FR.11');
});

test('a place by its own name comes before one that has it as another name', () => {
  // Richmond, Virginia, a state seat, took in a town called Manchester and has it among its names.
  const m = findPlaceMentions('A suicide bomber blew himself up at the end of a concert at Manchester Arena on Monday night.', g);
  assert.deepEqual(m.map((x) => [x.name, x.country, x.place?.name]), [['Manchester', 'GB', 'Manchester']]);
});

test('of the places of a name, the one in the region named right after it; none there, the name is kept in the region', () => {
  const text = 'A Boeing 777 of Malaysia Airlines was shot down over eastern Ukraine on Thursday, near the village of Hrabove in Donetsk region.';
  const ms = findPlaceMentions(text, g);
  // "Malaysia Airlines" names a company, not a country; the Hrabove of Odessa region is a namesake.
  assert.deepEqual(ms.map((m) => [m.name, m.precision, m.admin1?.name ?? null]), [['Ukraine', 'country', null], ['Hrabove', 'admin1', 'Donetsk'], ['Donetsk', 'admin1', 'Donetsk']]);
  const kafr = placeOf('Shelling hit the town of Kafr Nabl in southern Idlib province on Monday.');
  assert.deepEqual([kafr?.name, kafr?.precision, kafr?.admin1], ['Kafranbel', 'town', 'Idlib']);
});

test('a preposition that opens a sentence is no part of the name after it: "In Aleppo, a missile hit ..."', () => {
  const names = (t: string) => findPlaceMentions(t, g).map((m) => m.name);
  assert.deepEqual(names('In Aleppo, a missile hit a playground.'), ['Aleppo']);
  assert.deepEqual(names('In Kyiv, a missile hit a playground. Near Dnipro, a rocket struck a bus stop.'), ['Kyiv', 'Dnipro']);
  // A longer proper noun still hides a name inside it: "Vladimir Putin" holds no Putin village.
  assert.deepEqual(names('President Vladimir Putin spoke.'), []);
});

test('a named area that is no populated place is placed in its governorate: "Eastern Ghouta", "the town of Salma in Jabal Akrad"', () => {
  const ghouta = placeOf('Government air strikes killed at least 25 people in the rebel-held Eastern Ghouta on Monday, a war monitor said.');
  assert.deepEqual([ghouta?.name, ghouta?.admin1, ghouta?.precision, ghouta?.rule, ghouta?.gazetteerId, ghouta?.evidence[0]!.quote], ['Eastern Ghouta', 'Rif Dimashq', 'district', 'place:region', 'region:eastern-ghouta', 'Eastern Ghouta']);
  assert.ok(ghouta!.lat! > 33.3 && ghouta!.lat! < 33.8);
  const salma = placeOf('Air strikes on the town of Salma in Jabal Akrad killed at least 20 people.');
  assert.deepEqual([salma?.name, salma?.admin1, salma?.precision], ['Salma', 'Latakia', 'district']);
  // A place inside the area keeps its own point: "Douma in eastern Ghouta" is Douma.
  assert.equal(placeOf('Shelling hit Douma in eastern Ghouta, killing six.')?.precision, 'town');
});

test('with no country in the report, a capital\'s own facility places it there: "Gunmen stormed Kabul University"', () => {
  assert.deepEqual(findPlaceMentions('Gunmen stormed Kabul University on Monday, killing 22 people.', g).map((m) => [m.name, m.country]), [['Kabul', 'AF']]);
  // A facility named after a place elsewhere is still no place: "the Al Quds hospital".
  assert.deepEqual(findPlaceMentions('Shells hit the Al Quds hospital in Aleppo.', g).map((m) => m.name), ['Aleppo']);
  // Nor when the report's country, read from a demonym, has no place of that name: a headline's "Israeli missiles
  // target Damascus airport" is in Syria's capital, and so is its present-tense "target".
  assert.deepEqual(findPlaceMentions('Israeli missiles target Damascus airport, 3 soldiers killed', g).map((m) => [m.name, m.country]), [['Damascus', 'SY']]);
  assert.deepEqual(findPlaceMentions('Blast rocks Kabul, 12 dead', g).map((m) => [m.name, m.country]), [['Kabul', 'AF']]);
  assert.deepEqual(findPlaceMentions('Rockets hit Damascus International Airport.', g).map((m) => [m.name, m.country]), [['Damascus', 'SY']]);
});

test('a camp or a village the gazetteer lacks, told with where it lies, keeps its name there: "the Maghazi refugee camp in the central Gaza Strip"', () => {
  const maghazi = placeOf('An air strike on a house in the Maghazi refugee camp in the central Gaza Strip killed at least 45 people.');
  assert.deepEqual([maghazi?.name, maghazi?.country, maghazi?.precision], ['Maghazi', 'PS', 'country']);
  const yarmouk = placeOf('Shells hit the Yarmouk camp in southern Damascus, killing three.');
  assert.deepEqual([yarmouk?.name, yarmouk?.admin1, yarmouk?.precision], ['Yarmouk', 'Damascus', 'town']);
});

test('a demonym before a side or an attack ("Israeli strike", "Russian forces") names no country the report is about', () => {
  const jabalia = placeOf('BREAKING: 5 killed, 12 injured in Israeli strike on house in Jabalia refugee camp, north Gaza. Rescuers are searching the rubble.');
  assert.deepEqual([jabalia?.name, jabalia?.country], ['Jabālyā', 'PS']);
  const gaza = placeOf('Israeli strike kills 12 in Gaza. An Israeli air strike on a house in Gaza City killed 12 people, the Israeli army said. Israeli officials said the strike hit a command post.');
  assert.equal(gaza?.country, 'PS');
  // A demonym before a place still says whose the place is.
  assert.equal(findPlaces('Shelling killed three people in a Syrian town on Monday.', g, splitSentences('Shelling killed three people in a Syrian town on Monday.')).home, 'SY');
});

test('a country\'s names in other languages that are English words or towns elsewhere name no country: "Man", "Pole", "Qana"', () => {
  const mentions = (text: string) => findPlaceMentions(text, g).map((m) => [m.name, m.country, m.precision]);
  // "Man" is the Isle of Man in Manx, "Pole" Poland in Welsh: a headline opening on them is about Aleppo.
  assert.deepEqual(mentions('Man shot dead in Aleppo'), [['Aleppo', 'SY', 'town']]);
  assert.deepEqual(mentions('Pole vaulter killed in Kharkiv shelling'), [['Kharkiv', 'UA', 'town']]);
  // English names stay, short or not: "Congo", "Burma", "Palestine".
  assert.deepEqual(mentions('Fighting in Congo, Burma and Palestine').map(([, c]) => c), ['CD', 'MM', 'PS']);
  // "Qana, southern Lebanon" is the Lebanese village the gazetteer lacks, not Egypt's Qena.
  assert.deepEqual(mentions('Israeli air strike kills 28 in Qana, southern Lebanon.')[0], ['Qana', 'LB', 'country']);
});

test('a place by its own name comes first unless another that has the name among its others is far bigger: "Odessa" is Odesa', () => {
  assert.deepEqual([placeOf('A missile hit a residential block in Odessa, killing two.')?.country, placeOf('A missile hit a residential block in Odessa, killing two.')?.admin1], ['UA', 'Odessa']);
  // Bakhmut was called Artemivsk until 2016.
  assert.equal(placeOf('Russian forces shelled Artemivsk overnight, killing two.')?.name, 'Bakhmut');
  assert.equal(placeOf('A bomb exploded in Manchester, killing 22.')?.country, 'GB');
});

test('an attack noun opening a headline is no part of a name ("Shelling of Benghazi"); a city\'s mosque or market places it there', () => {
  assert.equal(placeOf('Shelling of Benghazi killed two children.')?.name, 'Benghazi');
  assert.equal(placeOf('Siege of Mariupol: 20 killed in theatre strike.')?.name, 'Mariupol');
  assert.equal(placeOf('Bombing of Kabul mosque kills 12.')?.name, 'Kabul');
  assert.equal(placeOf('Suicide bomber hits Quetta market, killing 20.')?.name, 'Quetta');
  // A facility named with an article is named after something else: not Jerusalem.
  assert.equal(placeOf('Doctors at the Al-Quds hospital in Aleppo said 27 died.')?.name, 'Aleppo');
});

test('a province\'s countryside is the province: "rural Idlib", "Aleppo\'s western countryside"; rural Damascus is Rif Dimashq', () => {
  const at = (t: string) => [placeOf(t)?.name, placeOf(t)?.precision];
  assert.deepEqual(at('Clashes in rural Idlib killed 12.'), ['Idlib', 'admin1']);
  assert.deepEqual(at("Air strikes hit Aleppo's western countryside, killing seven."), ['Aleppo', 'admin1']);
  assert.deepEqual(at('Clashes in rural Damascus killed 12.'), ['Rif Dimashq', 'admin1']);
  assert.deepEqual(at('Shelling hit the Damascus countryside, killing 3.'), ['Rif Dimashq', 'admin1']);
  assert.deepEqual(at('A car bomb in Damascus killed 3.'), ['Damascus', 'town']);
  assert.deepEqual(at('Shelling hit Damascus province, killing 3.'), ['Damascus', 'admin1']);
});

test('an incident told of a whole country is placed in it, not in a town the opening names after or the dateline', () => {
  const text = 'YANGON — Myanmar security forces opened fire on protesters across the country on Sunday, killing at least 18 people. In Yangon, police fired on crowds, killing five.';
  const mentions = findPlaceMentions(text, g);
  const [lead, next] = splitSentences(text);
  const p = placeOfIncident(text, g, mentions, [lead!], [lead!, next!], 'MM');
  assert.deepEqual([p?.name, p?.country, p?.precision, p?.rule, p?.evidence.map((e) => e.quote)], ['Myanmar', 'MM', 'country', 'place:across-country', ['across the country']]);
  // "across Aleppo province" is the province's, not the country's.
  const prov = 'Air strikes across Aleppo province killed 20 people, the monitor said.';
  const [s1] = splitSentences(prov);
  assert.equal(placeOfIncident(prov, g, findPlaceMentions(prov, g), [s1!], [s1!], 'SY')?.precision, 'admin1');
});

test('a capital beside villages of its name abroad points at its country: "Kabul" outweighs "US troops" and "the American army"', () => {
  const text = 'KABUL (AFP) - A suicide bombing outside Kabul airport killed 170 people on Friday, including 13 US troops. The Islamic State group said one of its bombers had targeted collaborators with the American army.';
  const r = findPlaces(text, g, undefined, 'Kabul airport suicide attack kills 170');
  assert.equal(r.home, 'AF');
  assert.ok(r.mentions.some((m) => m.place?.name === 'Kabul' && m.start > 10));
});

test('a wire dateline that lost its commas is still where the story was filed', () => {
  const p = placeOf('KYIV July 14 (Reuters) - Russian cruise missiles struck the centre of the city of Vinnytsia on Thursday killing at least 23 people.');
  assert.equal(p?.name, 'Vinnytsya');
  const q = placeOf('DEIR AL-BALAH Gaza Strip (AP) — An Israeli strike hit a school housing displaced Palestinians in Gaza City on Saturday killing at least 80 people.');
  assert.equal(q?.name, 'Gaza');
});

test('"attacked Tel Abyad": a place stormed, spelt Tel for Tall, in the second country of a report about a border', () => {
  const text = 'ISIS militants launched an assault on a Kurdish-controlled town on Syrias border with Turkey on Saturday. The fighters attacked Tel Abyad and the nearby town of Suluk Turkish security sources said. Turkey shelled the area. Turkish officials said Turkey was not involved.';
  const r = findPlaces(text, g, undefined, 'ISIS attacks Kurdish-held town on Turkish border');
  const names = r.mentions.filter((m) => m.precision !== 'country').map((m) => [m.place?.name, m.country]);
  assert.deepEqual(names, [['Tall Abyaḑ', 'SY'], ['Sulūk', 'SY']]);
});

test('a country that speaks or strikes is a side, not a place; a dateline in capitals run on to its headline is still a dateline', () => {
  const text = 'Israel strikes Iranian targets in Syria after rocket fire. JERUSALEM/BEIRUT (Reuters) - Israel said it attacked Iranian military infrastructure in Syria on Thursday, killing at least 23 fighters.';
  const names = findPlaceMentions(text, g).map((m) => m.name);
  assert.ok(!names.includes('Israel'), names.join(', '));
  assert.deepEqual([placeOf(text)?.name, placeOf(text)?.precision], ['Syria', 'country']);
  // Struck, it is a place: "Lebanon hit by strikes".
  assert.ok(findPlaceMentions('Lebanon hit by Israeli strikes that killed 12 people.', g).some((m) => m.name === 'Lebanon'));
});

test('with no place in its own sentences nor a town in the opening, the headline incident takes a place the opening names with its country', () => {
  const text = 'SDF declares victory over ISIS. The Syrian Democratic Forces announced on Saturday the capture of the last ISIS pocket in the village of Baghouz in eastern Syria. During the final battle 11 SDF fighters were killed.';
  const p = placeOf(text);
  assert.deepEqual([p?.name, p?.country, p?.precision], ['Baghouz', 'SY', 'country']);
});

test('a town of the next province a few kilometres from the province named first is taken: "In Damascus province, air strikes on the town of Douma"', () => {
  const p = placeOf('In Damascus province, regime air strikes on the town of Douma killed 11 civilians, the monitor said.');
  assert.deepEqual([p?.name, p?.admin1], ['Dūmā', 'Rif Dimashq']);
  // Where the attackers were "located" is not where they struck.
  const q = placeOf('Terrorists located in Douma area fired rocket shells at al-Mazzeh in Damascus city, injuring 7 people.');
  assert.equal(q?.admin1, 'Damascus');
});

test('a place the gazetteer lacks, told by an apposition or an area, in the incident\'s sentence, over the dateline', () => {
  // "Kasindi, a town in eastern Democratic Republic of Congo": the name, in the country the apposition names
  // (a name of that country Natural Earth lacks: "Democratic Republic of Congo", "DRC").
  const k = placeOf('KINSHASA — A bomb exploded during a Sunday service at a church in Kasindi, a town in eastern Democratic Republic of Congo, killing at least 14 people.');
  assert.deepEqual([k?.name, k?.country, k?.precision], ['Kasindi', 'CD', 'country']);
  assert.deepEqual(k?.evidence.map((e) => e.quote), ['Kasindi', 'Democratic Republic of Congo']);
  assert.equal(placeOf('Fighting killed 12 in the DRC on Monday.')?.country, 'CD');
  // "in the central village of Moura": the village, not the town the report was filed from.
  const m = placeOf('BAMAKO — Malian troops executed around 500 people over five days in the central village of Moura in March 2022.');
  assert.deepEqual([m?.name, m?.country, m?.precision], ['Moura', 'ML', 'country']);
  // With no place in the sentence, the dateline still places it.
  assert.equal(placeOf('BAMAKO — Malian troops executed around 500 people over five days in March 2022.')?.name, 'Bamako');
  // "in the Mir Ali area": a name told as a place by the word after it, in the report's country.
  const a = placeOf('Two soldiers were killed in an exchange of fire with militants in the Mir Ali area of North Waziristan, Pakistan, on Wednesday.');
  assert.deepEqual([a?.name, a?.country], ['Mir Ali', 'PK']);
});

test('two words each known only abroad are one unknown name: "the Khair Khana area of Kabul"', () => {
  // "Khair" is a town in India and "Khana" another name of a Canadian Hanna: neither is a place in Kabul alone.
  const p = placeOf('An explosion tore through a mosque in the Khair Khana area of Kabul during evening prayers, killing 21 people.');
  assert.deepEqual([p?.name, p?.country, p?.admin1], ['Khair Khana', 'AF', 'Kabul']);
});

test('a dateline in capitals with a colon, and an outlet\'s name in brackets opening the report, place nothing', () => {
  const d = placeOf('PESHAWAR: Two soldiers were martyred in an exchange of fire in the Mir Ali area of North Waziristan district on Wednesday.');
  assert.deepEqual([d?.name, d?.country], ['Mir Ali', 'PK']);
  // A headline's "Aleppo: ..." is no dateline.
  assert.equal(placeOf('Aleppo: air strikes kill 10 in a market on Monday.')?.name, 'Aleppo');
  // "(Irrawaddy)" is the outlet, not the Ayeyarwady region.
  const t = placeOf('(Irrawaddy) At least 40 civilians were killed when military jets bombed Let Yet Kone village in Sagaing Region on Monday.');
  assert.deepEqual([t?.name, t?.admin1], ['Let Yet Kone', 'Sagaing']);
});

test('"at Mokha port" is a place; the capital a side is said to control is not where it struck', () => {
  const p = placeOf('ADEN, Yemen — Three port workers were killed when a drone launched by the Houthis struck a warehouse at Mokha port on Tuesday. The rebels, who control the capital Sanaa, have stepped up attacks.');
  assert.deepEqual([p?.name, p?.country], ['Mokha', 'YE']);
});

test('a demonym before a town\'s type says whose town it is; a part of a town is no big city abroad; where a battle was heard from is not where it was', () => {
  // Filed from Beirut: Homs is Syria's, not Libya's Al Khums, because the text says "Syrian city".
  const h = placeOf('BEIRUT (AP) — Drones attacked a graduation ceremony at a military academy in the central Syrian city of Homs on Thursday, killing at least 89 people.');
  assert.deepEqual([h?.name, h?.country], ['Homs', 'SY']);
  // "the Brooklyn neighborhood of Cite Soleil" in a report from Port-au-Prince is in Haiti.
  const b = placeOf('PORT-AU-PRINCE — A gang killed at least 20 people in an attack on the Brooklyn neighborhood of Cite Soleil over the weekend.');
  assert.equal(b?.country, 'HT');
  // The fighting in Azaz, heard from Kilis across the border.
  const k = placeOf('Intense fighting including explosions could be heard from the Turkish border town of Kilis about 30 miles north of the Syrian city of Azaz, witnesses said.');
  assert.equal(k?.country, 'SY');
});

test('a village the gazetteer lacks, named beside the province the incident\'s sentences name, lies in it (implied); a committee named after a town is not the town', () => {
  const text = 'At least 40 people were killed on Wednesday when the RSF attacked a village in Sudan\'s Gezira state, a pro-democracy group said. The Wad Madani Resistance Committee said the attack on Wad al-Noura village left more than 100 dead.';
  const sentences = splitSentences(text);
  const p = placeOfIncident(text, g, findPlaceMentions(text, g), sentences.slice(0, 2), sentences.slice(0, 2));
  assert.deepEqual([p?.name, p?.admin1, p?.country, p?.precision, p?.certainty], ['Wad al-Noura', 'Al Jazirah', 'SD', 'admin1', 'implied']);
  assert.ok(!findPlaceMentions(text, g).some((m) => m.name === 'Wad Madani'));
});

test('a place named only by a distance from it is a hint: "about 20 kilometres from the Borno state capital Maiduguri"', () => {
  const text = 'Boko Haram jihadists killed at least 43 farm workers in northeast Nigeria on Saturday. The attack happened in rice fields near Zabarmari village, about 20 kilometres from the Borno state capital Maiduguri.';
  const sentences = splitSentences(text);
  const z = placeOfIncident(text, g, findPlaceMentions(text, g), sentences, sentences);
  assert.deepEqual([z?.name, z?.admin1, z?.country], ['Zabarmari', 'Borno State', 'NG']);
  assert.equal(findPlaceMentions(text, g).find((m) => m.name === 'Maiduguri')?.rule, 'place:near-of');
  // A name the incident's sentences give comes before a town named only as a distance from it further on.
  const b = placeOf('Jihadists killed dozens of civilians around the town of Barsalogho in north-central Burkina Faso on Saturday. Residents had dug trenches around the town. The town is about 80 kilometres from Kaya.');
  assert.equal(b?.name, 'Barsalogho');
});

test('"Balochistan\'s Mastung district" is the district around its seat, not the whole province', () => {
  const p = placeOf('At least 59 people were killed on Friday when a suicide bomber blew himself up near a mosque in Balochistan\'s Mastung district, officials said.');
  assert.deepEqual([p?.name, p?.admin1, p?.precision, p?.lat !== null], ['Mastung', 'Balochistan', 'district', true]);
});

test('"Saudi Arabia\'s Abha airport": a possessive country says whose town a facility stands in', () => {
  const p = placeOf('Separately, Houthi rebels launched drones at Saudi Arabia\'s Abha airport on Sunday, wounding nine civilians.');
  assert.deepEqual([p?.name, p?.country], ['Abha', 'SA']);
});

test('without commas and apostrophes: "in Kasindi a town in eastern Democratic Republic of Congo", "Saudi Arabias Abha airport"', () => {
  assert.deepEqual([placeOf('A bomb exploded at a church in Kasindi a town in eastern Democratic Republic of Congo killing 14 people.')?.name], ['Kasindi']);
  assert.deepEqual([placeOf('Houthi rebels launched drones at Saudi Arabias Abha airport on Sunday wounding nine civilians.')?.name], ['Abha']);
});

test('"Russian-held Donetsk" is Donetsk in Ukraine; "the Kirovskyi district" no Kirov province; "the Druze town of Majdal Shams" one town', () => {
  const d = placeOf('DONETSK, Jan 21 (Reuters) - Ukrainian shelling of a market in a suburb of Russian-held Donetsk killed 27 people on Sunday, Russian-installed officials said. The market in the Kirovskyi district had been struck.');
  assert.deepEqual([d?.name, d?.country], ['Donetsk', 'UA']);
  assert.ok(!findPlaceMentions('The Tekstilshchik market in the Kirovskyi district of Donetsk was struck.', g).some((m) => m.country === 'RU'));
  const m = placeOf('A rocket hit a football pitch in the Druze town of Majdal Shams on Saturday, killing 12 children.');
  assert.deepEqual([m?.name, m?.country], ['Majdal Shams', 'IL']);
});

test('a dateline does not place an incident its sentence sets in a part of the country: "SANAA (Reuters) - ... in northern Yemen"', () => {
  const p = placeOf('SANAA (Reuters) - A Saudi-led coalition air strike hit a bus carrying children in northern Yemen on Thursday, killing 29 children.');
  assert.deepEqual([p?.name, p?.precision], ['Yemen', 'country']);
  assert.equal(placeOf('SANAA (Reuters) - A Saudi-led coalition air strike hit a bus carrying children in Yemen on Thursday, killing 29 children.')?.name, 'Sanaa');
});

test('a name that opens on its type is a place: "near Kibbutz Re\'im"', () => {
  const p = placeOf("Gunmen killed at least 364 people at a music festival near Kibbutz Re'im on October 7, in the attack on southern Israel.");
  assert.deepEqual([p?.name, p?.country], ["Kibbutz Re'im", 'IL']);
});

test('a direction before a name both a province and its seat go by is the province ("in northern Hama"), not a city of a million\'s quarter ("eastern Aleppo")', () => {
  const p = placeOf('Militants attacked army positions in northern Hama on Tuesday, killing 12 soldiers.');
  assert.deepEqual([p?.name, p?.precision, p?.admin1], ['Hama', 'admin1', 'Hama']);
  assert.equal(placeOf('Militants attacked army positions in Hama on Tuesday, killing 12 soldiers.')?.precision, 'town');
  assert.equal(placeOf('Air strikes on rebel-held eastern Aleppo killed 12 people on Tuesday.')?.precision, 'town');
  // A village of that name abroad ("Ma'an", a Jordanian town) is no reading of one told in the province.
  const village = placeOf('The army repelled an attack by HTS militants near the town of Maan in northern Hama, Syria, killing 30 militants.');
  assert.deepEqual([village?.name, village?.country, village?.admin1, village?.precision], ['Maan', 'SY', 'Hama', 'admin1']);
});

test('a dateline\'s city and country say where the story was filed, not which country it is about: "BEIRUT, LEBANON (4:20 P.M.) –"', () => {
  const text = 'Syrian Army repels HTS attack in north Hama\n\nBEIRUT, LEBANON (4:20 P.M.) – The Syrian Arab Army repelled an attack by militants on its positions in northern Hama on Tuesday, killing over 30 jihadists.';
  const found = findPlaces(text, g, splitSentences(text));
  assert.equal(found.home, 'SY');
  assert.deepEqual(found.mentions.filter((m) => m.admin1?.name === 'Hama').map((m) => m.precision), ['admin1', 'admin1']);
  // With its comma lost too: "BEIRUT LEBANON (4:20 P.M.) –".
  assert.equal(findPlaces(text.replace(',', ''), g, splitSentences(text.replace(',', ''))).home, 'SY');
});

test('a village told by its distance from a town lies in the town\'s province, under its own name: "Khan Tuman, 15 km southwest of Aleppo"', () => {
  const p = placeOf('Air strikes killed 12 people in the town of Khan Tuman, 15 km southwest of Aleppo.');
  assert.deepEqual([p?.name, p?.precision, p?.admin1, p?.country], ['Khan Tuman', 'admin1', 'Aleppo', 'SY']);
});

test('a name the text puts inside a province is looked for loosely in that province, whichever country the report names most', () => {
  const text =
    'At least 25 people were killed when four missiles struck the hospital in Maarat al-Numan, Idlib province, on Monday. Russia denied involvement. Russian officials said Russia had not flown there, and Russia\'s embassy said the same.';
  const found = findPlaces(text, g).mentions.find((m) => m.name === 'Maarat al-Numan');
  assert.deepEqual([found?.place?.name, found?.precision, found?.rule], ['Ma‘arrat an Nu‘mān', 'town', 'place:gazetteer-loose']);
});

test('a name the gazetteer lacks, told as a part of a known town by an apposition with a people\'s word: "Burj al-Barajneh, a crowded Shiite district of Beirut"', () => {
  const text = 'Two suicide bombers blew themselves up in Burj al-Barajneh, a crowded Shiite district of Beirut, killing at least 43 people.';
  const found = findPlaces(text, g).mentions.find((m) => m.name === 'Burj al-Barajneh');
  assert.deepEqual([found?.place?.name, found?.precision, found?.rule], ['Beirut', 'town', 'place:inside-known-place']);
});

test('a name the gazetteer lacks after "an attack on", in a province named after it, is placed under its own name in that province', () => {
  const text = 'Gunmen killed at least 134 villagers, including women and children, in an attack on Ogossagou in central Mali\'s Mopti region at dawn on Saturday.';
  const found = findPlaces(text, g).mentions.find((m) => m.name === 'Ogossagou');
  assert.deepEqual([found?.admin1?.name, found?.precision, found?.rule], ['Mopti', 'admin1', 'place:inside-known-place']);
  const p = placeOfIncident(text, g, findPlaces(text, g).mentions, [{ start: 0, end: text.length }], [{ start: 0, end: text.length }]);
  assert.deepEqual([p?.name, p?.admin1, p?.precision], ['Ogossagou', 'Mopti', 'admin1']);
});

test('a seat of a country whose people the text names is read abroad in a report about another country: Idlib in a Turkish report', () => {
  const text = 'ANKARA (Reuters) - Thirty-three Turkish soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday night, the governor of Turkey\'s Hatay province said.';
  assert.deepEqual(findPlaces(text, g).mentions.filter((m) => m.name === 'Idlib').map((m) => [m.country, m.precision]), [['SY', 'town']]);
  // With no people of that country named, a small seat abroad is not taken.
  assert.deepEqual(findPlaces(text.replace('Syrian government forces', 'government forces'), g).mentions.filter((m) => m.name === 'Idlib'), []);
});

test('a seat of a hundred thousand is its country\'s beside a hamlet of its name abroad: Rafah in Gaza, not in Egypt', () => {
  const text = 'An Israeli air strike on a camp for displaced people in Rafah on Sunday night killed at least 45 people, Gaza health officials said.';
  assert.deepEqual(findPlaces(text, g).mentions.filter((m) => m.name === 'Rafah').map((m) => [m.country, m.precision]), [['PS', 'town']]);
});

test('a place named in the incident\'s own sentence is not passed over for a town of another country the opening names', () => {
  const text =
    'Hamas gunmen killed 260 at music festival\n\nHamas gunmen who crossed from Gaza killed at least 260 people at the Nova music festival near Kibbutz Re\'im on Saturday, the rescue service said. Israel has since launched air strikes on Gaza.';
  const sentences = splitSentences(text);
  const p = placeOfIncident(text, g, findPlaces(text, g).mentions, sentences.slice(0, 2), sentences.slice(0, 3));
  assert.deepEqual([p?.name, p?.country, p?.precision], ["Kibbutz Re'im", 'IL', 'country']);
});

test('an apposition may name a group of villages: "Houla, a cluster of villages in central Syria\'s Homs province"', () => {
  const text = "BEIRUT (AP) — UN observers counted 92 bodies after a massacre in Houla, a cluster of villages in central Syria's Homs province, on Friday.";
  assert.deepEqual(findPlaces(text, g).mentions.filter((m) => m.name === 'Houla').map((m) => [m.country, m.admin1?.name]), [['SY', 'Homs']]);
  // A name the gazetteer lacks, so told, lies in the province after it.
  const unknown = findPlaces('Shelling killed 12 people in Zibdeh Kabira, a cluster of villages in Hama province, on Friday.', g).mentions;
  assert.deepEqual(unknown.filter((m) => m.name === 'Zibdeh Kabira').map((m) => [m.admin1?.name, m.precision, m.rule]), [['Hama', 'admin1', 'place:inside-known-place']]);
});

test('a town a demonym says is of one country is not read as a big seat of its name abroad: "the northern Mozambican town of Palma"', () => {
  const text = 'Mozambique: dozens killed as insurgents storm Palma\n\nInsurgents attacked the northern Mozambican town of Palma on March 24, killing dozens of people. Thousands have fled to Pemba, the provincial capital of Cabo Delgado.';
  const palma = findPlaceMentions(text, g).filter((m) => text.slice(m.start, m.end) === 'Palma');
  assert.ok(palma.length > 0);
  for (const m of palma) assert.equal(m.country, 'MZ', `${m.name} read in ${m.country}`);
});

test('a people\'s name before a place type is no place: "the Fulani village of Ogossagou", "a predominantly Hazara area of Kabul"', () => {
  const mali = 'Gunmen attacked the Fulani village of Ogossagou in central Mali early on Saturday, killing at least 134 people.';
  assert.ok(!findPlaceMentions(mali, g).some((m) => m.name === 'Fulani'));
  assert.equal(placeOf(mali)?.name, 'Ogossagou');
  const kabul = 'A suicide bomber blew himself up at an education centre in a predominantly Hazara area of the Afghan capital Kabul on Friday, killing 19.';
  assert.ok(!findPlaceMentions(kabul, g).some((m) => m.name === 'Hazara'));
  assert.equal(placeOf(kabul)?.name, 'Kabul');
});

test('places whose GeoNames area code names no area of admin1.tsv are placed in the area whose shape holds them', () => {
  // Natural Earth numbers Sri Lanka's districts, Uganda's and Burkina Faso's provinces otherwise than GeoNames.
  const areaOf = (key: string, country: string) => g.placesByKey(key).find((p) => p.country === country)?.admin1?.name;
  assert.equal(areaOf('batticaloa', 'LK'), 'Batticaloa');
  assert.equal(areaOf('colombo', 'LK'), 'Colombo');
  assert.equal(areaOf('kasese', 'UG'), 'Kasese');
  // A place whose own code matches keeps it.
  assert.equal(areaOf('douma', 'SY'), 'Rif Dimashq');
});

test('a name closing a headline is not inside the dateline that opens the next line', () => {
  const text =
    'Burkina Faso: gunmen kill at least 132 in overnight attack on Solhan village\n\nOUAGADOUGOU (AFP) - Unidentified gunmen killed at least 132 civilians in an overnight attack on the village of Solhan in Yagha province, the government said.';
  const p = placeOf(text);
  assert.equal(p?.name, 'Solhan');
  assert.equal(p?.admin1, 'Yagha');
});

test('a province alone in brackets after a place, as event datasets write it: "Ad Durayhimi district (Hodeidah)"', () => {
  const text = 'On 3 September 2018, Saudi-led coalition warplanes struck a house in Ad Durayhimi district (Hodeidah), killing 5 members of one family.';
  const hodeidah = findPlaceMentions(text, g).find((m) => text.slice(m.start, m.end) === 'Hodeidah');
  assert.equal(hodeidah?.precision, 'admin1');
  const p = placeOf(text);
  assert.equal(p?.precision, 'district');
  assert.equal(p?.admin1, 'Al Hudaydah');
});

test('a township the gazetteer lacks, in its state, keeps its name there; "IDP" is no part of a camp\'s name', () => {
  const mm = placeOf('On 3 July, the military conducted air strikes on Kyauktaw township in Rakhine state, killing 8 civilians. On 5 July, Arakan Army fighters clashed with junta troops near Sittwe.');
  assert.deepEqual([mm?.name, mm?.admin1, mm?.precision], ['Kyauktaw', 'Rakhine State', 'admin1']);
  const text = 'On 17 November, shelling hit the Abu Shouk IDP camp in El Fasher, North Darfur, killing six people.';
  assert.ok(findPlaceMentions(text, g).some((m) => text.slice(m.start, m.end) === 'Abu Shouk'));
});

test('a place after a preposition, with the direction it lies in from a town: "at Urum al-Kubra, west of Aleppo"', () => {
  const p = placeOf('An aid convoy was hit by air strikes near Aleppo on Monday, killing about 20 people. Eighteen of the 31 trucks were destroyed at Urum al-Kubra, west of Aleppo, the UN said.');
  assert.deepEqual([p?.name, p?.precision, p?.admin1], ['Urum al-Kubra', 'admin1', 'Aleppo']);
});

test('a province named short in the headline and in full under it is the full one: "in Samar" … "Las Navas town, Northern Samar province"', () => {
  const p = placeOf("Rebels ambush army patrol in Samar, 3 soldiers dead. New People's Army rebels ambushed an army patrol in Las Navas town, Northern Samar province on Friday morning, killing three soldiers.");
  assert.deepEqual([p?.name, p?.precision, p?.admin1], ['Las Navas', 'town', 'Northern Samar']);
  // A province that is no part of another's name keeps the headline's region.
  const q = placeOf('Strike kills 5 in Idlib province. An air strike hit a market in Ariha on Friday, killing five people, in Idlib province.');
  assert.deepEqual([q?.name, q?.admin1], ['Arīḩā', 'Idlib']);
});

test('where a journey was going is no place of what befell it: "from Amsterdam to Kuala Lumpur, was shot down over Donetsk region"', () => {
  const p = placeOf('Malaysia Airlines flight MH17, a Boeing 777 carrying 298 people from Amsterdam to Kuala Lumpur, was shot down over Donetsk region in eastern Ukraine on Thursday.');
  assert.deepEqual([p?.name, p?.precision, p?.country], ['Donetsk', 'admin1', 'UA']);
  const boat = placeOf('A boat bound for Lampedusa capsized off Sfax after gunmen fired on it, killing 12 migrants.');
  assert.equal(boat?.country, 'TN');
});

test('a loose match outside the province the text puts the name in is no match: "the village of Kisunga in Beni territory, North Kivu province" is not Kasongo', () => {
  const text = 'Rebels killed at least 17 civilians in an overnight attack on the village of Kisunga in Beni territory, North Kivu province, officials said.';
  const kisunga = findPlaceMentions(text, g).find((m) => m.name === 'Kisunga');
  assert.deepEqual([kisunga?.rule, kisunga?.admin1?.name], ['place:inside-known-place', 'North Kivu']);
});

test('a province spelt otherwise after a word of position the runs leave out: "the Lower Shabelle region" is Lower Shebelle', () => {
  const text = 'Somalia: strike kills five. A US air strike killed five militants near the town of Janaale in the Lower Shabelle region on Sunday.';
  const m = findPlaceMentions(text, g).find((x) => x.precision === 'admin1' && x.rule === 'place:admin1-loose');
  assert.deepEqual([m?.name, m?.admin1?.name], ['Lower Shabelle', 'Lower Shebelle']);
  assert.deepEqual([placeOf(text)?.name, placeOf(text)?.admin1, placeOf(text)?.precision], ['Janaale', 'Lower Shebelle', 'admin1']);
});

test('"the Sinjar region" is the district around the town, at its point; "the Idlib region", named as its province, is the province', () => {
  const sinjar = placeOf('A Turkish drone strike hit a clinic in the Sinjar region of northern Iraq on Tuesday, killing eight people.');
  assert.deepEqual([sinjar?.name, sinjar?.precision, sinjar?.admin1], ['Sinjar', 'district', 'Nineveh']);
  const idlib = placeOf('Strikes hit the Idlib region on Tuesday, killing five people.');
  assert.deepEqual([idlib?.name, idlib?.precision], ['Idlib', 'admin1']);
});

test('the towns a road runs between are no place of what happened on it: "the main highway between Kandahar and Herat in western Farah province"', () => {
  const p = placeOf('A roadside bomb tore through a bus on the main highway between Kandahar and Herat in western Farah province early on Wednesday, killing at least 34 passengers.');
  assert.deepEqual([p?.name, p?.precision], ['Farah', 'admin1']);
});

test('a name\'s own first word that is also an article-like word is no article: "Tal as-Sultan" is not "Sultan", a town in Washington', () => {
  const p = placeOf('An Israeli airstrike hit a home in Tal as-Sultan neighbourhood of Rafah in southern Gaza, killing seven people.');
  assert.deepEqual([p?.name, p?.country, p?.precision, p?.evidence.map((e) => e.quote)], ['Tal as-Sultan', 'PS', 'town', ['Tal as-Sultan', 'Rafah']]);
});

test('a name the gazetteer lacks after "in" or "an attack on", with its country right after, keeps its name in that country', () => {
  const p = placeOf('Suspected jihadists killed at least 14 civilians in an overnight attack on Tadaryat in northern Burkina Faso, security sources said.');
  assert.deepEqual([p?.name, p?.country, p?.precision, p?.rule], ['Tadaryat', 'BF', 'country', 'place:inside-known-place']);
  const inTown = placeOf('Gunmen killed 12 villagers in Kadawa in Nigeria on Sunday.');
  assert.deepEqual([inTown?.name, inTown?.country, inTown?.precision], ['Kadawa', 'NG', 'country']);
  // Not a headline's words in capitals: "58 Killed in Suspected Gas Attack in Syria".
  const headline = placeOf('58 Killed in Suspected Gas Attack in Syria');
  assert.deepEqual([headline?.name, headline?.precision], ['Syria', 'country']);
});

test('a name after a word for a kinsman or a title is a person\'s: "his brother Salman" is no town in Iraq', () => {
  const p = placeOf('A British court sentenced Hashem Abedi to life in prison for helping his brother Salman plan the suicide bombing at the Manchester Arena in May 2017, which killed 22 people.');
  assert.deepEqual([p?.name, p?.country], ['Manchester', 'GB']);
  assert.deepEqual(findPlaceMentions('King Salman received the envoy.', g).map((m) => m.name), []);
});

test('a name the gazetteer lacks after "in" or "an attack on", with a day right after it, is kept in the report\'s country', () => {
  const home = (text: string) => placeOf(text);
  const niger = home('Jihadists kill 8 in Niger. Suspected jihadists killed eight civilians in an attack on Tchoma Bangou on Tuesday, local officials said.');
  assert.deepEqual([niger?.name, niger?.country, niger?.precision], ['Tchoma Bangou', 'NE', 'country']);
  // Not the words of what happened: "in Suspected Gas Attack on Tuesday".
  assert.deepEqual(findPlaceMentions('58 killed in Suspected Gas Attack on Tuesday in Syria', g).map((m) => m.name), ['Syria']);
});

test('a name the gazetteer lacks, placed inside a town once, is that place where the text names it again alone', () => {
  const text = "A suicide bomber killed 19 people at an education centre in Kabul's Dasht-e-Barchi district on Friday. In April, twin blasts at a boys' school in Dasht-e-Barchi killed six people.";
  const again = findPlaces(text, g).mentions.filter((m) => m.name === 'Dasht-e-Barchi');
  assert.deepEqual(again.map((m) => [m.rule, m.precision, m.place?.name]), [['place:inside-known-place', 'town', 'Kabul'], ['place:named-again', 'town', 'Kabul']]);
  // Not a name known only as somewhere in a province: "al-Fouaa, Idleb" says too little to place "al-Fouaa" again.
  const province = 'Rebels shelled al-Fouaa, Idleb, on Monday. Later, shells hit al-Fouaa and Binnish.';
  assert.deepEqual(findPlaces(province, g).mentions.filter((m) => m.rule === 'place:named-again'), []);
});
