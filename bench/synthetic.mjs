// The synthetic record the linking and server benches share: a seeded PRNG and the countries, event
// types, actors and words their incidents are made of.

/** A small fast PRNG (mulberry32): the same seed, the same corpus. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTRIES = [
  { code: 'SY', share: 0.6, lat: [32.5, 37], lon: [35.8, 42], admin1: 14 },
  { code: 'YE', share: 0.15, lat: [12.7, 17.5], lon: [43, 52], admin1: 21 },
  { code: 'UA', share: 0.15, lat: [45, 51.5], lon: [23, 40], admin1: 24 },
  { code: 'SD', share: 0.1, lat: [9, 21], lon: [22, 37], admin1: 18 },
];
export const TYPES = ['air_strike', 'shelling', 'air_strike', 'remote_explosive', 'armed_clash', 'drone_strike', 'suicide_bomb', 'execution'];
export const ACTORS = ['sy-government', 'ru-armed-forces', 'isis', 'sy-opposition', 'us-coalition', null, null, null];
export const WORDS = 'strike raid market hospital school bakery convoy district village town neighbourhood residential building civilians children women rescuers bodies rubble jets shells rockets bomb mortar artillery'.split(' ');
