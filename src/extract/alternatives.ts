// Several patterns as one: each an alternative wrapped in its own group, in order, so one pass over a text
// finds the leftmost phrase any of them names, and the first that matches there takes it.

export interface Alternatives {
  /** The joined pattern, global and case-insensitive. */
  readonly re: RegExp;
  /** For each pattern, the index of the group that wraps it (its own groups come after). */
  readonly groups: readonly number[];
}

export function alternatives(patterns: readonly RegExp[]): Alternatives {
  const groups: number[] = [];
  let at = 1;
  for (const re of patterns) {
    groups.push(at);
    // An empty match of "pattern|" has one slot per group of the pattern.
    at += 1 + (new RegExp(`${re.source}|`).exec('')!.length - 1);
  }
  // When every pattern opens on a word boundary, the joined one tests it once per position, not once per
  // pattern: most positions are inside words, so most are passed over after one test.
  const bounded = patterns.every((re) => re.source.startsWith('\\b'));
  const body = patterns.map((re) => `(${bounded ? re.source.slice(2) : re.source})`).join('|');
  return { re: new RegExp(bounded ? `\\b(?:${body})` : body, 'gi'), groups };
}

/** Which of the patterns a match of the joined one came from. */
export function whichAlternative(alt: Alternatives, m: RegExpExecArray): number {
  return alt.groups.findIndex((g) => m[g] !== undefined);
}
