// FNV-1a, 32 bits: the hash the places index and the actor registry's word filter use.

/** FNV-1a of the UTF-16 code units of `s`, unsigned. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** One step of FNV-1a: for hashing characters read in place, without making a string of them. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}
