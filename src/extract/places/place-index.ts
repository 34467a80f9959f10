// The places index on disk (data/gazetteer/places.idx): GeoNames places and their match keys laid out as
// typed arrays, so loading it is one file read and a few array views, and its 600,000 keys live outside the
// JavaScript heap (as a Map of strings they took 1.5-2 s to build and ~150 MB of heap, which the garbage
// collector then walked on every major collection during extraction).
//
// Layout, little-endian, every section starting on a 4-byte boundary:
//   u32 magic 'CPX2' · u32 length of the JSON header · JSON header (padded) · sections in HEADER.sections order.
// Keys are found through an open-addressing hash table (FNV-1a over UTF-16 code units, linear probing); a slot
// holds key number + 1, 0 when empty. A key's characters are compared in full, so a hash collision never
// gives a false hit.
import { fnv1a } from '../../core/fnv.js';

const MAGIC = 0x32585043; // 'CPX2' read as a little-endian u32

/** What GeoNames tells of a populated place. */
export interface PlaceFields {
  /** GeoNames id. */
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code: PPLC capital, PPLA admin1 seat, PPLX section of a place... */
  readonly featureCode: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population: number;
}

/** One place as the build gives it: places come grouped by country. */
export interface PlaceRecord extends PlaceFields {
  /** admin1.tsv's code of the place's area ("SY.01", "LK.1248990"), or '' when none is known. */
  readonly admin1Code: string;
  /** Strict match keys (see strictKey). */
  readonly keys: readonly string[];
}

interface Header {
  places: number;
  keys: number;
  /** Distinct first words of the keys of two or more words. */
  firstWords: number;
  /** Country code → [first place index, end) */
  countries: Record<string, [number, number]>;
  /** Country code → index of its capital (GeoNames feature code PPLC), the first when several. */
  capitals: Record<string, number>;
  /** Section name → [byte offset, element count]. */
  sections: Record<SectionName, [number, number]>;
}

const SECTIONS = {
  ids: Int32Array,
  coords: Float32Array,
  populations: Int32Array,
  /** Per place: its country's number in the header's `countries` order. */
  countryOfPlace: Uint16Array,
  /** Per place: [start, end) in `about` of "name\tfeature code\tadmin1 code" in UTF-8. */
  aboutStart: Int32Array,
  about: Uint8Array,
  keySlots: Int32Array,
  keyStart: Int32Array,
  keyChars: Uint16Array,
  /** Per key: [start, end) in `postings`, the places that have it. */
  postingStart: Int32Array,
  postings: Int32Array,
  /** Per place: [start, end) in `placeKeys`, its keys. */
  placeKeyStart: Int32Array,
  placeKeys: Int32Array,
  wordSlots: Int32Array,
  wordStart: Int32Array,
  wordChars: Uint16Array,
} as const;
type SectionName = keyof typeof SECTIONS;
type Sections = { [K in SectionName]: InstanceType<(typeof SECTIONS)[K]> };

/** A table of distinct strings: their characters, where each starts, and hash slots. */
function stringTable(strings: readonly string[]): { slots: Int32Array<ArrayBuffer>; start: Int32Array<ArrayBuffer>; chars: Uint16Array<ArrayBuffer> } {
  let size = 1024;
  while (size < strings.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const start = new Int32Array(strings.length + 1);
  let total = 0;
  for (const s of strings) total += s.length;
  const chars = new Uint16Array(total);
  let at = 0;
  strings.forEach((s, n) => {
    start[n] = at;
    for (let i = 0; i < s.length; i++) chars[at++] = s.charCodeAt(i);
    let slot = fnv1a(s) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = n + 1;
  });
  start[strings.length] = at;
  return { slots, start, chars };
}

/** Number of the string `s` in a table, or -1. */
function find(s: string, slots: Int32Array, start: Int32Array, chars: Uint16Array): number {
  const mask = slots.length - 1;
  for (let slot = fnv1a(s) & mask; ; slot = (slot + 1) & mask) {
    const n = slots[slot]! - 1;
    if (n < 0) return -1;
    const a = start[n]!;
    if (start[n + 1]! - a !== s.length) continue;
    let i = 0;
    while (i < s.length && chars[a + i] === s.charCodeAt(i)) i++;
    if (i === s.length) return n;
  }
}

function readString(start: Int32Array, chars: Uint16Array, n: number): string {
  return String.fromCharCode(...chars.subarray(start[n]!, start[n + 1]!));
}

/** Writes the index for places grouped by country (each country's places one after another). */
export function writePlaceIndex(places: readonly PlaceRecord[]): Buffer {
  const n = places.length;
  const keyNumber = new Map<string, number>();
  const keyPlaces: number[][] = [];
  const firstWords = new Set<string>();
  const countries: Record<string, [number, number]> = {};
  const capitals: Record<string, number> = {};
  const countryOfPlace = new Uint16Array(n);
  const countryNumber = new Map<string, number>();
  const placeKeyStart = new Int32Array(n + 1);
  const placeKeys: number[] = [];
  const ids = new Int32Array(n);
  const coords = new Float32Array(2 * n);
  const populations = new Int32Array(n);
  const aboutStart = new Int32Array(n + 1);
  const about: Buffer[] = [];
  let aboutAt = 0;
  places.forEach((p, i) => {
    const c = countries[p.country];
    if (!c) {
      countries[p.country] = [i, i + 1];
      countryNumber.set(p.country, countryNumber.size);
    }
    else if (c[1] === i) c[1] = i + 1;
    else throw new Error(`places of ${p.country} are not together (place ${p.id})`);
    countryOfPlace[i] = countryNumber.get(p.country)!;
    if (p.featureCode === 'PPLC' && capitals[p.country] === undefined) capitals[p.country] = i;
    ids[i] = p.id;
    coords[2 * i] = p.lat;
    coords[2 * i + 1] = p.lon;
    populations[i] = p.population;
    const bytes = Buffer.from(`${p.name}\t${p.featureCode}\t${p.admin1Code}`, 'utf8');
    aboutStart[i] = aboutAt;
    about.push(bytes);
    aboutAt += bytes.length;
    placeKeyStart[i] = placeKeys.length;
    for (const k of p.keys) {
      let kn = keyNumber.get(k);
      if (kn === undefined) {
        keyNumber.set(k, (kn = keyPlaces.length));
        keyPlaces.push([]);
      }
      keyPlaces[kn]!.push(i);
      placeKeys.push(kn);
      const space = k.indexOf(' ');
      if (space > 0) firstWords.add(k.slice(0, space));
    }
  });
  aboutStart[n] = aboutAt;
  placeKeyStart[n] = placeKeys.length;
  const keys = stringTable([...keyNumber.keys()]);
  const words = stringTable([...firstWords]);
  const postingStart = new Int32Array(keyPlaces.length + 1);
  const postings = new Int32Array(placeKeys.length);
  let at = 0;
  keyPlaces.forEach((list, k) => {
    postingStart[k] = at;
    for (const i of list) postings[at++] = i;
  });
  postingStart[keyPlaces.length] = at;
  const data: Sections = {
    ids, coords, populations, countryOfPlace, aboutStart, about: new Uint8Array(Buffer.concat(about)),
    keySlots: keys.slots, keyStart: keys.start, keyChars: keys.chars, postingStart, postings,
    placeKeyStart, placeKeys: Int32Array.from(placeKeys), wordSlots: words.slots, wordStart: words.start, wordChars: words.chars,
  };
  const sections = {} as Header['sections'];
  let offset = 0;
  const parts: Buffer[] = [];
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const a = data[name];
    sections[name] = [offset, a.length];
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4));
    offset += bytes.length + ((4 - (bytes.length % 4)) % 4);
  }
  const header: Header = { places: n, keys: keyPlaces.length, firstWords: firstWords.size, countries, capitals, sections };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  json = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  return Buffer.concat([head, json, ...parts]);
}

/** The index read back: views over the file's bytes, nothing copied. */
export class PlaceIndex {
  readonly size: number;
  readonly keyCount: number;
  private readonly s: Sections;
  private readonly countries: Record<string, [number, number]>;
  private readonly countryCodes: readonly string[];
  /** Country code → index of its capital. */
  readonly capitals: Readonly<Record<string, number>>;
  private readonly bytes: Buffer;

  constructor(file: Buffer, name = 'places index') {
    // Typed arrays need their offsets aligned: a pooled (small) buffer may not start on a 4-byte boundary.
    const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) {
      throw new Error(`${name} is not a places index this corroborate writes; run \`npm run build\` to remake it`);
    }
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
    const base = bytes.byteOffset + 8 + headerLength;
    const s = {} as Record<SectionName, unknown>;
    for (const key of Object.keys(SECTIONS) as SectionName[]) {
      const [offset, length] = header.sections[key];
      if (base - bytes.byteOffset + offset + length * SECTIONS[key].BYTES_PER_ELEMENT > bytes.length) {
        throw new Error(`${name} is cut short (section ${key}); run \`npm run build\` to remake it`);
      }
      s[key] = new SECTIONS[key](bytes.buffer as ArrayBuffer, base + offset, length);
    }
    this.s = s as Sections;
    this.bytes = bytes;
    this.size = header.places;
    this.keyCount = header.keys;
    this.countries = header.countries;
    this.countryCodes = Object.keys(header.countries);
    this.capitals = header.capitals;
  }

  /** The places (indexes) whose names have this strict key. */
  placesOf(key: string): Int32Array {
    const s = this.s;
    const k = find(key, s.keySlots, s.keyStart, s.keyChars);
    return k < 0 ? s.postings.subarray(0, 0) : s.postings.subarray(s.postingStart[k]!, s.postingStart[k + 1]!);
  }

  /** True when a key of two or more words starts with this word. */
  startsLongerKey(word: string): boolean {
    const s = this.s;
    return find(word, s.wordSlots, s.wordStart, s.wordChars) >= 0;
  }

  /** Each key of each place of a country, with the place's index. */
  *keysIn(country: string): Generator<[string, number]> {
    const range = this.countries[country];
    if (!range) return;
    const s = this.s;
    for (let i = range[0]; i < range[1]; i++) {
      for (let j = s.placeKeyStart[i]!; j < s.placeKeyStart[i + 1]!; j++) yield [readString(s.keyStart, s.keyChars, s.placeKeys[j]!), i];
    }
  }

  country(i: number): string {
    return this.countryCodes[this.s.countryOfPlace[i]!]!;
  }

  id(i: number): number {
    return this.s.ids[i]!;
  }
  lat(i: number): number {
    return this.s.coords[2 * i]!;
  }
  lon(i: number): number {
    return this.s.coords[2 * i + 1]!;
  }
  population(i: number): number {
    return this.s.populations[i]!;
  }

  /** Name, GeoNames feature code and admin1 code of a place. */
  about(i: number): [name: string, featureCode: string, admin1Code: string] {
    const s = this.s;
    const text = Buffer.from(s.about.buffer, s.about.byteOffset + s.aboutStart[i]!, s.aboutStart[i + 1]! - s.aboutStart[i]!).toString('utf8');
    const [name, code, admin1] = text.split('\t');
    return [name!, code!, admin1!];
  }

  /** Bytes the index holds (outside the heap). */
  get byteLength(): number {
    return this.bytes.length;
  }
}
