// Every match of a global pattern, without String.prototype.matchAll: matchAll copies the pattern for each
// call (a fresh RegExp object, its compiled code looked up again), which for the large victim-count patterns
// cost several times the search itself.

/**
 * The matches of the global pattern `re` in `text`, in order, as matchAll would give them (an empty match
 * moves on by one character). All are found before it returns, and `re` is left reset: a shared pattern
 * may be used again inside the loop over them.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return out;
}
