// The keys place names (and actor names) are matched by. The gazetteer build and the extractor both use
// these functions, so a name in the data and the same name in a report always meet. Pure; imports nothing.

/** Arabic and transliterated articles that come and go between spellings ("al-Kalasa" / "Kalasa"). */
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'ash', 'az', 'ez', 'ed', 'es', 'at', 'at-', 'ul', 'il']);

/**
 * (strictKey) Strict key: lowercase, accents and Arabic vowel marks removed, Arabic letter variants unified, apostrophes
 * and ayn/hamza marks dropped, articles removed, words separated by one space.
 * "Deir ez-Zor" → "deir zor"; "Ma'arrat al-Nu'man" → "maarrat numan"; "إدلب" → "ادلب".
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 50_000;

/** strictKey, remembered: the same names recur across reports. */
export function strictKey(name: string): string {
  // A word of plain letters is its own key in lower case: no need to look it up.
  if (plainWord(name)) return name.toLowerCase();
  let k = cache.get(name);
  if (k === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    k = computeStrictKey(name);
    cache.set(name, k);
  }
  return k;
}

/** True for a word of ASCII letters only ("Aleppo", "al"): an article alone is kept, so its key is its lower case. */
function plainWord(name: string): boolean {
  const n = name.length;
  if (n === 0 || n > 24) return false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function computeStrictKey(name: string): string {
  // Most names in English reports are plain ASCII: the same result without the Unicode passes.
  if (/^[\x20-\x7e]*$/.test(name)) return finish(name.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim());
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[ʿʾ'’`‘ʼ´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return finish(s);
}

/** Drops articles (and the Arabic article joined to a word) from a folded, space-separated name. */
function finish(s: string): string {
  if (s === '') return '';
  const words = s.split(' ').map((w) => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w));
  const kept = words.filter((w) => !ARTICLES.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Loose key for transliteration variants: no spaces, doubled letters single, a final vowel+h dropped, vowels
 * (and y, w) removed after the first letter, an opening vowel written as any vowel. "Kallaseh", "al-Kalasa"
 * → "kls"; "Hasakah", "Hassakeh" → "hsk"; "Deir Ezzor", "Dayr az Zawr" → "drzr"; "Efrin", "Afrin" → "*frn".
 * It invents matches easily: use it only inside a known country.
 */
export function looseKey(strict: string): string {
  let s = strict.replace(/ /g, '').replace(/(.)\1+/g, '$1');
  s = s.replace(/([aeiou])h$/, '$1');
  if (s.length < 2) return s;
  // An opening vowel varies as much as the others ("Efrin" / "Afrin", "Idlib" / "Edleb"): one mark for any.
  const first = /[aeiou]/.test(s[0]!) ? '*' : s[0]!;
  return first + s.slice(1).replace(/[aeiouyw]/g, '');
}
