// The gazetteer: GeoNames populated places (data/gazetteer/places.idx, built from cities500), Natural Earth
// admin-1 names (admin1.tsv) and country names (countries.tsv, demonyms.tsv), loaded once and indexed by the
// same keys the extractor makes from report text.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { looseKey, strictKey } from '../../core/name-key.js';
import { PlaceIndex, type PlaceFields } from './place-index.js';

const DATA = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));

export interface Admin1 {
  /** GeoNames admin1 code, `SY.09`. */
  readonly code: string;
  readonly country: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** One populated place, by its index in the places index. */
export interface Place extends PlaceFields {
  readonly index: number;
  readonly admin1: Admin1 | null;
}

/** Words that name an administrative level, dropped from admin-1 names before keying. */
const ADMIN_WORDS = /\b(muhafazat|mohafazat|muhafazah|governorate|gouvernement|province|provincia|provinsi|state|region|oblast|wilayat|vilayet|department|prefecture|county)\b/g;
/** The same in Arabic script (governorate, state, province; Persian and Urdu spellings too): "محافظة حمص" is "حمص". */
const ADMIN_WORDS_ARABIC = /(^|\s)(?:محافظة|محافظه|محافظہ|ولاية|ولايه|إقليم|اقليم|استان)(?=\s)/gu;

/** A named area that is no populated place ("Eastern Ghouta"): in data/gazetteer/regions.tsv, with its governorate. */
export interface Region {
  readonly name: string;
  readonly country: string;
  readonly admin1: Admin1 | null;
  readonly lat: number;
  readonly lon: number;
}

/** The strict keys of each admin-1 area's names and each country's, made once at build time (area-keys.json). */
export interface AreaKeys {
  readonly admin1: Record<string, string[]>;
  readonly countries: Record<string, string[]>;
  /**
   * Admin-1 codes whose admin1.tsv area is not the one GeoNames gives its places (scripts/build-places.mjs places
   * their places by shape instead; scripts/admin1-by-point.mjs reads the list).
   */
  readonly unmatched?: readonly string[];
}

/** Names in English a country goes by besides its own, kept though short or a town's elsewhere too. */
const ENGLISH_NAMES = new Set(['congo', 'burma', 'laos', 'korea', 'usa', 'uae', 'drc', 'palestine', 'macau', 'macao', 'st helena', 'st lucia', 'pitcairn']);

/**
 * Names in English reports use that the Natural Earth list lacks: "the Democratic Republic of Congo", "DRC",
 * "Bosnia", "the West Bank" (the Palestinian territory's other part, beside the Gaza Strip).
 */
const MORE_ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = {
  CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  BA: ['Bosnia'],
  MK: ['North Macedonia'],
  GB: ['Great Britain'],
  PS: ['West Bank', 'Palestinian territories', 'occupied Palestinian territory', 'occupied Palestinian territories'],
};

/**
 * Whether a country's name in another language than English is kept as a key: not when it spells a word or
 * a name an English text uses otherwise ("Man" for the Isle of Man, "Pole", "Qana" for Ghana, "Hindiya" for
 * India), told by `clashes` (a town of that name elsewhere) or by its being one short word.
 */
function keepsCountryName(raw: string, key: string, english: string, country: string, clashes: (key: string, country: string) => boolean): boolean {
  if (key === english || !/^[a-z ]+$/.test(key) || ENGLISH_NAMES.has(key)) return true;
  if (clashes(key, country)) return false;
  const acronym = /^[A-Z.]+$/.test(raw.replace(/\s/g, ''));
  return key.includes(' ') || key.length > 5 || acronym;
}

/**
 * Keys the admin-1 areas (without words like "province": "Idlib Governorate" is "idlib") and countries of
 * admin1.tsv and countries.tsv by their names in every language those files give. Keying the 46,000 names
 * took half a second: the build does it once.
 */
export function makeAreaKeys(dir: string = DATA, clashes: (key: string, country: string) => boolean = () => false): AreaKeys {
  const admin1: Record<string, string[]> = {};
  for (const line of readFileSync(`${dir}admin1.tsv`, 'utf8').split('\n').slice(1)) {
    if (line === '') continue;
    const [code, , name, , , , names] = line.split('\t');
    const keys = new Set<string>();
    for (const raw of [name!, ...names!.split('|')]) {
      const k = strictKey(raw.toLowerCase().replace(ADMIN_WORDS, ' ').replace(ADMIN_WORDS_ARABIC, ' '));
      if (k.length >= 2) keys.add(k);
    }
    admin1[code!] = [...keys];
  }
  const countries: Record<string, string[]> = {};
  for (const line of readFileSync(`${dir}countries.tsv`, 'utf8').split('\n').slice(1)) {
    if (line === '') continue;
    const [code, name, names] = line.split('\t');
    const keys = new Set<string>();
    const english = strictKey(name!);
    for (const raw of [name!, ...names!.split('|')]) {
      const k = strictKey(raw);
      if (k.length >= 3 && keepsCountryName(raw, k, english, code!, clashes)) keys.add(k);
    }
    for (const raw of MORE_ENGLISH_NAMES[code!] ?? []) keys.add(strictKey(raw));
    countries[code!] = [...keys];
  }
  return { admin1, countries };
}

/**
 * Short names two countries go by, the one reports of violence more often mean first: "Congo", "eastern
 * Congo" is far more often the Democratic Republic's than the Republic's. The report's other places decide
 * between them (place-mentions.ts); the order settles only a report that names nothing else.
 */
const SHARED_NAMES: Readonly<Record<string, readonly string[]>> = { congo: ['CD', 'CG'], korea: ['KR', 'KP'] };

export class Gazetteer {
  /** The populated places and their keys, read from data/gazetteer/places.idx (see place-index.ts). */
  private readonly index: PlaceIndex;
  private readonly looseByCountry = new Map<string, Map<string, number[]>>();
  private readonly admin1LooseByCountry = new Map<string, Map<string, Admin1[]>>();
  private readonly admin1ByCode = new Map<string, Admin1>();
  private readonly admin1ByKey = new Map<string, Admin1[]>();
  private readonly countryByKey = new Map<string, string>();
  private readonly regionByKey = new Map<string, Region>();
  /** The named areas' keys and the words each ends with ("eastern ghouta", "ghouta"). */
  private readonly regionEnds = new Set<string>();
  private readonly demonymKeys = new Set<string>();
  /** First words of the multi-word admin-1 and country names (the places' own are in the index). */
  private readonly firstWords = new Set<string>();
  private readonly countryNames = new Map<string, string>();
  /** Places already asked for, made once: the same towns recur report after report. */
  private readonly made = new Map<number, Place>();
  /** Milliseconds the load took. */
  readonly loadMs: number;

  private constructor(dir: string) {
    const t0 = performance.now();
    const placesPath = `${dir}places.idx`;
    for (const made of [placesPath, `${dir}area-keys.json`]) {
      if (!existsSync(made)) throw new Error(`the gazetteer's ${made} is missing; run \`npm run build\` to make it`);
    }
    this.index = new PlaceIndex(readFileSync(placesPath), placesPath);
    const keys = JSON.parse(readFileSync(`${dir}area-keys.json`, 'utf8')) as AreaKeys;
    for (const line of readFileSync(`${dir}admin1.tsv`, 'utf8').split('\n').slice(1)) {
      if (line === '') continue;
      const [code, country, name, lat, lon] = line.split('\t');
      const a: Admin1 = { code: code!, country: country!, name: name!, lat: Number(lat), lon: Number(lon) };
      this.admin1ByCode.set(a.code, a);
      for (const k of keys.admin1[a.code] ?? []) {
        const list = this.admin1ByKey.get(k);
        if (list) list.push(a);
        else this.admin1ByKey.set(k, [a]);
        if (k.includes(' ')) this.firstWords.add(k.slice(0, k.indexOf(' ')));
      }
    }
    for (const line of readFileSync(`${dir}countries.tsv`, 'utf8').split('\n').slice(1)) {
      if (line === '') continue;
      const [code, name] = line.split('\t');
      this.countryNames.set(code!, name!);
      for (const k of keys.countries[code!] ?? []) {
        if (this.countryByKey.has(k)) continue;
        this.countryByKey.set(k, code!);
        if (k.includes(' ')) this.firstWords.add(k.slice(0, k.indexOf(' ')));
      }
    }
    if (existsSync(`${dir}regions.tsv`)) {
      for (const line of readFileSync(`${dir}regions.tsv`, 'utf8').split('\n').slice(1)) {
        const [name, aliases, country, admin1, lat, lon] = line.split('\t');
        if (!name || !country) continue;
        const r: Region = { name, country, admin1: this.admin1ByCode.get(admin1 ?? '') ?? null, lat: Number(lat), lon: Number(lon) };
        for (const n of [name, ...(aliases ? aliases.split('|') : [])]) {
          const k = strictKey(n);
          this.regionByKey.set(k, r);
          const words = k.split(' ');
          for (let i = 0; i < words.length; i++) this.regionEnds.add(words.slice(i).join(' '));
        }
      }
    }
    for (const line of readFileSync(`${dir}demonyms.tsv`, 'utf8').split('\n').slice(1)) {
      const [demonym, code] = line.split('\t');
      if (demonym && code) {
        this.countryByKey.set(strictKey(demonym), code);
        this.demonymKeys.add(strictKey(demonym));
      }
    }
    this.size = this.index.size;
    this.loadMs = performance.now() - t0;
  }

  /** How many populated places it holds. */
  readonly size: number;

  private static shared: Gazetteer | null = null;

  /** The gazetteer from data/, loaded on first use and shared after. */
  static load(): Gazetteer {
    Gazetteer.shared ??= new Gazetteer(DATA);
    return Gazetteer.shared;
  }

  place(index: number): Place {
    let p = this.made.get(index);
    if (!p) this.made.set(index, (p = this.makePlace(index)));
    return p;
  }

  private makePlace(index: number): Place {
    const x = this.index;
    const [name, featureCode, admin1Code] = x.about(index);
    const country = x.country(index);
    return {
      index,
      id: x.id(index),
      name,
      lat: Math.round(x.lat(index) * 1e5) / 1e5,
      lon: Math.round(x.lon(index) * 1e5) / 1e5,
      featureCode,
      country,
      // (The index holds admin1.tsv's code of the place's area, settled at build time, or none.)
      admin1: admin1Code === '' ? null : (this.admin1ByCode.get(admin1Code) ?? null),
      population: x.population(index),
    };
  }

  /** Places whose names have this strict key. */
  placesByKey(key: string): Place[] {
    return Array.from(this.index.placesOf(key), (i) => this.place(i));
  }

  /** Places in `country` whose names have this loose key (transliteration variants). */
  placesByLooseKey(key: string, country: string): Place[] {
    let index = this.looseByCountry.get(country);
    if (!index) {
      // Built on first need per country, from the strict keys of that country's places.
      const built = new Map<string, number[]>();
      for (const [k, i] of this.index.keysIn(country)) {
        const lk = looseKey(k);
        if (lk.length < 4) continue;
        const list = built.get(lk) ?? [];
        if (!list.includes(i)) list.push(i);
        built.set(lk, list);
      }
      this.looseByCountry.set(country, built);
      index = built;
    }
    return (index.get(key) ?? []).map((i) => this.place(i));
  }

  /** Admin-1 areas of `country` whose names have this loose key: few per country, so short keys are safe. */
  admin1ByLooseKey(key: string, country: string): Admin1[] {
    let index = this.admin1LooseByCountry.get(country);
    if (!index) {
      const built = new Map<string, Admin1[]>();
      for (const [k, list] of this.admin1ByKey) {
        for (const a of list) {
          if (a.country !== country) continue;
          const lk = looseKey(k);
          const xs = built.get(lk) ?? [];
          if (!xs.includes(a)) xs.push(a);
          built.set(lk, xs);
        }
      }
      this.admin1LooseByCountry.set(country, built);
      index = built;
    }
    return index.get(key) ?? [];
  }

  admin1ByName(key: string): readonly Admin1[] {
    return this.admin1ByKey.get(key) ?? [];
  }

  /** The named area (not a populated place) a strict key names: "eastern ghouta", "qalamoun". */
  region(key: string): Region | null {
    return this.regionByKey.get(key) ?? null;
  }

  /** True when some named area's key ends with this key ("ghouta" in "eastern ghouta"). */
  mayEndRegion(key: string): boolean {
    return this.regionEnds.has(key);
  }

  admin1(code: string): Admin1 | null {
    return this.admin1ByCode.get(code) ?? null;
  }

  /** The ISO 3166-1 alpha-2 code of a country name or demonym key ("syria", "syrian"), else null. */
  countryByName(key: string): string | null {
    return this.countriesByName(key)[0] ?? null;
  }

  /** Every country a name may be: one, or both of a name two countries go by ("Congo"). */
  countriesByName(key: string): readonly string[] {
    const shared = SHARED_NAMES[key];
    if (shared) return shared;
    const one = this.countryByKey.get(key);
    return one ? [one] : [];
  }

  /** True when some name of two or more words starts with this word key ("deir" for "deir zor"). */
  startsLongerName(word: string): boolean {
    let known = this.longer.get(word);
    if (known === undefined) {
      if (this.longer.size >= 50_000) this.longer.clear();
      known = this.index.startsLongerKey(word) || this.firstWords.has(word);
      this.longer.set(word, known);
    }
    return known;
  }

  /**
   * startsLongerName's answers so far: the index's tables are large, so each look into them is a trip to main
   * memory, while the words asked about are few and asked again and again.
   */
  private readonly longer = new Map<string, boolean>();

  /** True for "syrian", "russian": words that point at a country without naming a place in it. */
  isDemonym(key: string): boolean {
    return this.demonymKeys.has(key);
  }

  /** The country a demonym key points at ("lebanese" → LB); null for a key that is no demonym. */
  demonymCountry(key: string): string | null {
    return this.isDemonym(key) ? this.countryByName(key) : null;
  }

  /** The capital of a country ("the Syrian capital"), or null when the gazetteer marks none. */
  capitalOf(country: string): Place | null {
    const i = this.index.capitals[country];
    return i === undefined ? null : this.place(i);
  }

  countryName(code: string): string | null {
    return this.countryNames.get(code) ?? null;
  }
}

