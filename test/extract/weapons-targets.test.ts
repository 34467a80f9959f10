import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/extract/context.js';
import { findTargets, findWeapons } from '../../src/extract/weapons-targets.js';
import { findEventTypeClaims } from '../../src/extract/event-type.js';

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
  assert.deepEqual(read('A suicide bomber struck a tuition centre in west Kabul.').targets.map((t) => t[0]), ['school']);
  assert.deepEqual(read('Shells fell on a camp for the displaced and on a civil defence centre.').targets.map((t) => t[0]), ['camp', 'civil_defence_centre']);
  assert.deepEqual(read('The raid destroyed homes in a residential neighbourhood.').targets.map((t) => t[0]), ['residential']);
  assert.deepEqual(read('A health facility in the town was damaged and is out of service.').targets.map((t) => t[0]), ['hospital']);
  assert.deepEqual(read('No building was named.').targets, []);
});

test('every weapon and target in the lexicons is found, one sentence each (the quick prefilter drops none)', () => {
  const weapons: Record<string, string> = {
    barrel_bomb: 'barrel bombs', cluster_munition: 'cluster munitions', vacuum_bomb: 'thermobaric weapons', incendiary: 'white phosphorus',
    bunker_buster: 'bunker busters', guided_bomb: 'a FAB-500', scud: 'a Scud', ballistic_missile: 'a surface-to-surface missile', cruise_missile: 'cruise missiles',
    anti_tank_missile: 'an anti-tank missile', missile: 'a missile', grad_rocket: 'Grad rockets', improvised_rocket: 'a hell cannon', rocket: 'rockets',
    mortar: 'mortar rounds', artillery: 'howitzers', chlorine: 'chlorine gas', sarin: 'sarin', nerve_agent: 'a nerve agent', mustard_gas: 'mustard gas',
    toxic_gas: 'toxic gas', car_bomb: 'a booby-trapped truck', suicide_vest: 'an explosive belt', ied: 'a roadside bomb', landmine: 'landmines',
    drone: 'unmanned aerial vehicles', helicopter: 'choppers', fighter_jet: 'Su-24', grenade: 'RPGs', sniper: 'sniper fire', firearm: 'live ammunition',
    knife: 'machetes',
  };
  const targets: Record<string, string> = {
    hospital: 'a field hospital', clinic: 'a health centre', ambulance: 'an ambulance', school: 'a kindergarten', university: 'the university',
    market: 'the souk', bakery: 'a bread queue', mosque: 'a mosque', church: 'a church', funeral: 'a funeral', wedding: 'a wedding',
    camp: 'a camp for the displaced', shelter: 'a shelter', convoy: 'an aid convoy', bus: 'a bus', civil_defence_centre: 'a civil defence centre',
    power_facility: 'the power station', water_facility: 'a water pumping station', residential: 'apartment blocks', checkpoint: 'a checkpoint',
    police_station: 'the police headquarters', military_position: 'the barracks',
  };
  for (const [value, phrase] of Object.entries(weapons)) assert.deepEqual(read(`They used ${phrase} on Monday.`).weapons.map((w) => w[0]), [value], phrase);
  for (const [value, phrase] of Object.entries(targets)) assert.deepEqual(read(`Strikes hit ${phrase} on Monday.`).targets.map((t) => t[0]), [value], phrase);
});

test('missiles and drones named by model: Iskander and Kinzhal are ballistic, Kalibr and Kh-101 cruise, Shahed a drone', () => {
  assert.deepEqual(read('An Iskander missile hit the block; a Kinzhal followed.').weapons, [['ballistic_missile', ['Iskander missile', 'Kinzhal']]]);
  assert.deepEqual(read('Kalibr cruise missiles and Kh-101 missiles were fired.').weapons, [['cruise_missile', ['Kalibr cruise missiles', 'Kh-101 missiles']]]);
  assert.deepEqual(read('Russia launched 30 Shahed drones and HIMARS struck back.').weapons, [['rocket', ['HIMARS']], ['drone', ['Shahed drones']]]);
  assert.deepEqual(read('A drone hit a camp for internally displaced people; a displaced camp nearby was spared.').targets, [['camp', ['camp for internally displaced', 'displaced camp']]]);
});

test('the weapon of the attack a strike answers is not the strike\'s: "targeting those responsible for a missile attack"', () => {
  assert.deepEqual(
    read('An air strike hit a bus in Dahyan, killing 29 children. The coalition said the strike targeted those responsible for a missile attack on the Saudi city of Jizan a day earlier.').weapons,
    [],
  );
});

test('a truck bombing names a vehicle bomb; "suicide bombers" are people, not bomber aircraft', () => {
  assert.deepEqual(read('A truck bombing and a motorcycle bomb hit the market.').weapons, [['car_bomb', ['truck bombing', 'motorcycle bomb']]]);
  assert.deepEqual(read('Two suicide bombers attacked the crowd at the gate.').weapons, []);
  assert.deepEqual(read('Russian bombers struck the town.').weapons, [['fighter_jet', ['bombers']]]);
  // Guns are firearms; heavy guns are not.
  assert.deepEqual(read('The attackers used explosives and guns.').weapons, [['firearm', ['guns']]]);
  assert.deepEqual(read('Anti-aircraft guns fired on the town.').weapons, []);
  // A suicide car bomber drove a vehicle bomb.
  assert.deepEqual(read('A suicide car bomber rammed the gate of the hotel.').weapons, [['car_bomb', ['car bomber']]]);
});

test('prisons and detention centres, stations, hotels and shopping centres are targets', () => {
  const targets = (t: string) => findTargets(createContext(t, null), [{ start: 0, end: t.length }]).map((f) => f.value);
  assert.deepEqual(targets('An air strike hit a migrant detention centre near Tripoli.'), ['prison']);
  assert.deepEqual(targets('A missile hit a railway station in Kramatorsk.'), ['transport']);
  // A bus station is a station, not a bus; a tower block is homes; a polling station is a place of its own.
  assert.deepEqual(targets('The bomb exploded at a bus station in the city centre.'), ['transport']);
  assert.deepEqual(targets('A missile destroyed a residential tower block.'), ['residential']);
  assert.deepEqual(targets('Gunmen attacked a polling station, killing two voters.'), ['polling_station']);
  assert.deepEqual(targets('A missile struck a shopping mall in Kremenchuk.'), ['shopping_centre']);
  assert.deepEqual(targets('Police stations were attacked in Kano.'), ['police_station']);
  assert.deepEqual(targets('Gunmen stormed the Asasey hotel in Kismayo.'), ['hotel']);
  // A school bus is a bus.
  assert.deepEqual(targets('An air strike hit a school bus carrying children in Dahyan.'), ['bus']);
});

test('a place told as not struck is no target: the wounded "taken to hospital", "sentenced to life in prison", "trying to flee a hotel"', () => {
  const targets = (t: string) => findTargets(createContext(t, null), [{ start: 0, end: t.length }]).map((f) => [f.value, f.evidence.length]);
  assert.deepEqual(targets('Missiles struck the city centre. Emergency services said 71 people were taken to hospital.'), []);
  assert.deepEqual(targets('Two of the wounded later died in hospital.'), []);
  assert.deepEqual(targets('The court sentenced three militiamen to life in prison over the killings.'), []);
  assert.deepEqual(targets('Seven people were killed when a convoy of vehicles trying to flee a hotel was ambushed.'), [['convoy', 1]]);
  // Struck, and told again where the wounded went: the strike's words stay.
  assert.deepEqual(targets('A strike hit a hospital in Idlib; the wounded were rushed to another hospital.'), [['hospital', 1]]);
  assert.deepEqual(targets('An air strike hit the main hospital in the town.'), [['hospital', 1]]);
});

test('stun and smoke grenades are no weapon of harm', () => {
  const weapons = (t: string) => findWeapons(createContext(t, null), [{ start: 0, end: t.length }]).map((f) => f.value);
  assert.deepEqual(weapons('Police fired live rounds, stun grenades and tear gas to break up crowds.'), []);
  assert.deepEqual(weapons('A man threw a hand grenade into the crowd.'), ['grenade']);
});

test('a vehicle-borne IED is a car bomb, a suicide one a suicide bombing: "SVBIEDs", "suicide vehicle-borne improvised explosive devices"', () => {
  const text = 'Militants used several suicide vehicle-borne improvised explosive devices (SVBIEDs) against army positions, and a VBIED exploded at a checkpoint.';
  const ctx = createContext(text, null);
  assert.deepEqual([...new Set(findWeapons(ctx, ctx.sentences).map((w) => w.value))], ['car_bomb']);
  assert.deepEqual(findEventTypeClaims(ctx).map((c) => [c.value, c.evidence[0]!.quote]), [
    ['suicide_bomb', 'suicide vehicle-borne improvised explosive devices'],
    ['suicide_bomb', 'SVBIEDs'],
    ['remote_explosive', 'VBIED'],
  ]);
});

test('one house told as a family\'s is a residential target; a House of an institution is not', () => {
  assert.deepEqual(read('A strike on a house killed a family of six.').targets, [['residential', ['house']]]);
  assert.deepEqual(read('The shell hit their home near the market square.').targets.map((t) => t[0]), ['market', 'residential']);
  assert.deepEqual(read('Militants shelled residential quarters in the west of the city.').targets, [['residential', ['residential quarters']]]);
  assert.deepEqual(read('The House of Representatives condemned the attack.').targets, []);
  assert.deepEqual(read('The White House condemned the attack.').targets, []);
});

test('places not struck: hospitals families searched; aircraft sent to help are neither a weapon nor an air strike', () => {
  assert.deepEqual(read('Families searched hospitals for relatives after the truck bomb hit the checkpoint.').targets.map((t) => t[0]), ['checkpoint']);
  assert.deepEqual(read('The UN mission said it had sent helicopters to the area after gunmen killed 134 villagers.').weapons, []);
  const claims = (t: string) => findEventTypeClaims(createContext(t, null)).map((c) => c.value);
  assert.deepEqual(claims('The UN mission said it had sent helicopters to the area after gunmen killed 134 villagers.').includes('air_strike'), false);
  assert.deepEqual(claims('Army helicopters fired on the village, killing 12.'), ['air_strike']);
});

test('"raids" of armed men with no aircraft told are no air strike; "Russian raids" are', () => {
  const claims = (t: string) => findEventTypeClaims(createContext(t, null)).map((c) => c.value);
  assert.deepEqual(claims('Boko Haram fighters killed 12 soldiers late on Tuesday, bringing the toll from raids in the area this week to 30.'), ['attack']);
  assert.deepEqual(claims('Russian raids on Idlib killed 12 civilians on Tuesday.'), ['air_strike']);
});

test('an institution that speaks is no target: "the Coptic Orthodox Church said"', () => {
  assert.deepEqual(read('Gunmen opened fire on a bus carrying pilgrims, killing seven people, the Coptic Orthodox Church said.').targets.map((t) => t[0]), ['bus']);
  assert.deepEqual(read('A shell hit the church in the old city, killing two people.').targets.map((t) => t[0]), ['church']);
});

test('a place\'s people who speak do not make it a target: "a hospital official said", "hospital sources told AFP"', () => {
  const targets = (t: string) => findTargets(createContext(t, null), [{ start: 0, end: t.length }]).map((f) => f.value);
  assert.deepEqual(targets('A bomb exploded at a crowded bus station, killing at least 10 people, a hospital official said.'), ['transport']);
  assert.deepEqual(targets('A hospital source in Hassakeh city said there were more than 20 dead.'), []);
  // The hospital struck is still one.
  assert.deepEqual(targets('An air strike hit the hospital, killing two doctors, officials said.'), ['hospital']);
});

test('a court that "jails" a man names no prison struck', () => {
  const text = 'Court jails man for role in 2017 Manchester Arena bombing';
  assert.deepEqual(findTargets(createContext(text, null), [{ start: 0, end: text.length }]).map((t) => t.value), []);
  const struck = 'Gunmen stormed the central jail in Kuje, freeing hundreds.';
  assert.deepEqual(findTargets(createContext(struck, null), [{ start: 0, end: struck.length }]).map((t) => t.value), ['prison']);
});

test('weapons kept, made, found or seized are not the weapons used: "a military target used to store drones and missiles"', () => {
  const weapons = (t: string) => findWeapons(createContext(t, null), [{ start: 0, end: t.length }]).map((w) => w.value);
  assert.deepEqual(weapons('The coalition said it had struck a military target used to store drones and missiles.'), []);
  assert.deepEqual(weapons('Photographs showed a huge cache of rifles and rocket-propelled grenades.'), []);
  assert.deepEqual(weapons('Police seized mortars and explosives from a workshop making IEDs.'), []);
  // Fired, they are: "Militants fired rockets found in a cache".
  assert.deepEqual(weapons('Militants fired rockets at the base on Monday.'), ['rocket']);
});

test('a hypermarket, a supermarket or a department store is a shopping centre struck', () => {
  const targets = (t: string) => findTargets(createContext(t, null), [{ start: 0, end: t.length }]).map((x) => x.value);
  assert.deepEqual(targets('Russian guided bombs hit a hypermarket in Kharkiv.'), ['shopping_centre']);
  assert.deepEqual(targets('A missile struck a supermarket in the city centre.'), ['shopping_centre']);
  assert.deepEqual(targets('A missile struck the market.'), ['market']);
});
