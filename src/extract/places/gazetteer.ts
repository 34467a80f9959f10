// The gazetteer: GeoNames populated places (data/gazetteer/places.tsv, built from cities500), Natural Earth
// admin-1 names (admin1.tsv) and country names (countries.tsv, demonyms.tsv), loaded once and indexed by the
// same keys the extractor makes from report text.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { looseKey, strictKey } from '../../core/name-key.js';

const DATA = fileURLToPath(new URL('../../../data/gazetteer/', import.meta.url));

export interface Admin1 {
  /** GeoNames admin1 code, `SY.09`. */
  readonly code: string;
  readonly country: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** One populated place, by index into the gazetteer's arrays. */
export interface Place {
  readonly index: number;
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code: PPLC capital, PPLA admin1 seat, PPLX section of a place... */
  readonly featureCode: string;
  readonly country: string;
  readonly admin1: Admin1 | null;
  readonly population: number;
}

/** Words that name an administrative level, dropped from admin-1 names before keying. */
const ADMIN_WORDS = /\b(muhafazat|mohafazat|muhafazah|governorate|gouvernement|province|provincia|provinsi|state|region|oblast|wilayat|vilayet|department|prefecture|county)\b/g;

export class Gazetteer {
  private readonly ids: Int32Array;
  private readonly names: string[];
  private readonly coords: Float32Array;
  private readonly codes: string[];
  private readonly countries: string[];
  private readonly admin1Codes: string[];
  private readonly populations: Int32Array;
  /** Strict key → place index (a number for one place, an array for several). */
  private readonly byKey = new Map<string, number | number[]>();
  private readonly looseByCountry = new Map<string, Map<string, number[]>>();
  private readonly admin1LooseByCountry = new Map<string, Map<string, Admin1[]>>();
  private readonly admin1ByCode = new Map<string, Admin1>();
  private readonly admin1ByKey = new Map<string, Admin1[]>();
  private readonly countryByKey = new Map<string, string>();
  private readonly demonymKeys = new Set<string>();
  /** First words of every multi-word name: a window longer than a word is worth keying only if it starts with one. */
  private readonly firstWords = new Set<string>();
  private readonly countryNames = new Map<string, string>();
  /** Places already asked for, made once: the same towns recur report after report. */
  private readonly made = new Map<number, Place>();
  /** Each country's places as [strict key, index] pairs, for its loose index; made on the first loose lookup. */
  private keysByCountry: Map<string, [string, number][]> | null = null;
  /** Country code → index of its capital (GeoNames feature code PPLC). */
  private readonly capitals = new Map<string, number>();
  /** Milliseconds the load took. */
  readonly loadMs: number;

  private constructor(dir: string) {
    const t0 = performance.now();
    const placesPath = `${dir}places.tsv`;
    if (!existsSync(placesPath)) {
      throw new Error(`the places index ${placesPath} is missing; run \`npm run build\` to make it from GeoNames`);
    }
    const text = readFileSync(placesPath, 'utf8');
    let n = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
    this.ids = new Int32Array(n);
    this.names = new Array<string>(n);
    this.coords = new Float32Array(n * 2);
    this.codes = new Array<string>(n);
    this.countries = new Array<string>(n);
    this.admin1Codes = new Array<string>(n);
    this.populations = new Int32Array(n);
    // Fields are cut with indexOf rather than split: 200,000 lines, and this runs at every start.
    let count = 0;
    let pos = 0;
    const next = (): string => {
      const tab = text.indexOf('\t', pos);
      const v = text.slice(pos, tab);
      pos = tab + 1;
      return v;
    };
    while (pos < text.length) {
      const end = text.indexOf('\n', pos);
      if (end < 0) break;
      const i = count++;
      this.ids[i] = Number(next());
      this.names[i] = next();
      this.coords[2 * i] = Number(next());
      this.coords[2 * i + 1] = Number(next());
      this.codes[i] = next();
      this.countries[i] = next();
      this.admin1Codes[i] = next();
      this.populations[i] = Number(next());
      if (this.codes[i] === 'PPLC' && !this.capitals.has(this.countries[i]!)) this.capitals.set(this.countries[i]!, i);
      let k = pos;
      while (k <= end) {
        const bar = text.indexOf('|', k);
        const stop = bar >= 0 && bar < end ? bar : end;
        const key = text.slice(k, stop);
        const space = key.indexOf(' ');
        if (space > 0) this.firstWords.add(key.slice(0, space));
        const had = this.byKey.get(key);
        if (had === undefined) this.byKey.set(key, i);
        else if (typeof had === 'number') this.byKey.set(key, [had, i]);
        else had.push(i);
        k = stop + 1;
      }
      pos = end + 1;
    }
    for (const line of readFileSync(`${dir}admin1.tsv`, 'utf8').split('\n').slice(1)) {
      if (line === '') continue;
      const [code, country, name, lat, lon, , names] = line.split('\t');
      const a: Admin1 = { code: code!, country: country!, name: name!, lat: Number(lat), lon: Number(lon) };
      this.admin1ByCode.set(a.code, a);
      for (const raw of [name!, ...names!.split('|')]) {
        const k = strictKey(raw.toLowerCase().replace(ADMIN_WORDS, ' '));
        if (k.length < 2) continue;
        const list = this.admin1ByKey.get(k) ?? [];
        if (!list.includes(a)) list.push(a);
        this.admin1ByKey.set(k, list);
        if (k.includes(' ')) this.firstWords.add(k.slice(0, k.indexOf(' ')));
      }
    }
    for (const line of readFileSync(`${dir}countries.tsv`, 'utf8').split('\n').slice(1)) {
      if (line === '') continue;
      const [code, name, names] = line.split('\t');
      this.countryNames.set(code!, name!);
      for (const raw of [name!, ...names!.split('|')]) {
        const k = strictKey(raw);
        if (k.length >= 3 && !this.countryByKey.has(k)) {
          this.countryByKey.set(k, code!);
          if (k.includes(' ')) this.firstWords.add(k.slice(0, k.indexOf(' ')));
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
    this.size = count;
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
    const a1 = this.admin1ByCode.get(`${this.countries[index]}.${this.admin1Codes[index]}`) ?? null;
    return {
      index,
      id: this.ids[index]!,
      name: this.names[index]!,
      lat: Math.round(this.coords[2 * index]! * 1e5) / 1e5,
      lon: Math.round(this.coords[2 * index + 1]! * 1e5) / 1e5,
      featureCode: this.codes[index]!,
      country: this.countries[index]!,
      admin1: a1,
      population: this.populations[index]!,
    };
  }

  /** Places whose names have this strict key. */
  placesByKey(key: string): Place[] {
    const hit = this.byKey.get(key);
    if (hit === undefined) return [];
    return (typeof hit === 'number' ? [hit] : hit).map((i) => this.place(i));
  }

  /** Places in `country` whose names have this loose key (transliteration variants). */
  placesByLooseKey(key: string, country: string): Place[] {
    let index = this.looseByCountry.get(country);
    if (!index) {
      // Built on first need per country, from the strict keys of that country's places.
      const built = new Map<string, number[]>();
      for (const [k, i] of this.countryKeys().get(country) ?? []) {
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

  /** Every strict key grouped by its place's country: one pass over the index, then each country's loose index is cheap. */
  private countryKeys(): Map<string, [string, number][]> {
    if (this.keysByCountry) return this.keysByCountry;
    const out = new Map<string, [string, number][]>();
    for (const [k, hit] of this.byKey) {
      for (const i of typeof hit === 'number' ? [hit] : hit) {
        const c = this.countries[i]!;
        let list = out.get(c);
        if (!list) out.set(c, (list = []));
        list.push([k, i]);
      }
    }
    this.keysByCountry = out;
    return out;
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

  admin1(code: string): Admin1 | null {
    return this.admin1ByCode.get(code) ?? null;
  }

  /** The ISO 3166-1 alpha-2 code of a country name or demonym key ("syria", "syrian"), else null. */
  countryByName(key: string): string | null {
    return this.countryByKey.get(key) ?? null;
  }

  /** True when some name of two or more words starts with this word key ("deir" for "deir zor"). */
  startsLongerName(word: string): boolean {
    return this.firstWords.has(word);
  }

  /** True for "syrian", "russian": words that point at a country without naming a place in it. */
  isDemonym(key: string): boolean {
    return this.demonymKeys.has(key);
  }

  /** The capital of a country ("the Syrian capital"), or null when the gazetteer marks none. */
  capitalOf(country: string): Place | null {
    const i = this.capitals.get(country);
    return i === undefined ? null : this.place(i);
  }

  countryName(code: string): string | null {
    return this.countryNames.get(code) ?? null;
  }
}

