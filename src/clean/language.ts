// Language identification with franc-min (trigram profiles of 82 languages), reported as ISO 639-1.
import { franc } from 'franc-min';

/** ISO 639-3 → 639-1 for the languages franc-min knows that reports of violence commonly come in. */
const TO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', arb: 'ar', fra: 'fr', spa: 'es', por: 'pt', deu: 'de', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk',
  tur: 'tr', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', cmn: 'zh', jpn: 'ja', kor: 'ko', ind: 'id', zlm: 'ms',
  swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', amh: 'am', som: 'so', pol: 'pl', ron: 'ro', hun: 'hu', ces: 'cs',
  ell: 'el', heb: 'he', tha: 'th', vie: 'vi', mya: 'my', tgl: 'tl', azj: 'az', uzn: 'uz', kaz: 'kk', srp: 'sr',
  hrv: 'hr', bos: 'bs', bul: 'bg', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', tam: 'ta', tel: 'te', mar: 'mr',
  guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', nep: 'ne', sin: 'si', khm: 'km', zul: 'zu', xho: 'xh', kin: 'rw',
  ckb: 'ckb', kmr: 'ku', pbu: 'ps',
};

/** Trigram statistics settle after a couple of thousand characters; reading more only costs time. */
const SAMPLE = 2000;

/** The text's language as ISO 639-1 (639-3 where there is no two-letter code), or null when unsure. */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, SAMPLE), { minLength: 20 });
  if (code === 'und') return null;
  return TO_639_1[code] ?? code;
}
