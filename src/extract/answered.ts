// An earlier attack that the incident a sentence tells answers, told in the same sentence with its own toll
// and place: "The United States launched 59 Tomahawk cruise missiles at the Shayrat air base in retaliation for
// a chemical attack that killed at least 86 people in the rebel-held town of Khan Sheikhun on Tuesday". What
// that clause says (86 dead, Khan Sheikhun, a chemical attack) is the earlier attack's, not the incident's.

/** The clause, up to the position asked about: the answer's words, the attack it answers, a relative clause. */
const ANSWERED_BEFORE =
  /\b(?:in retaliation for|in response to|in revenge for|to avenge|retaliation for|retaliating for|(?:those|the (?:people|men|militants|fighters|ones)) responsible for)\s+(?:[\w'’-]+\s+){1,10}?(?:that|which|in which|where)\s+[^.;!?]*$/i;

/** Words every such clause has: a text without them has none (asked once a text, for the last text asked about). */
const ANSWER_WORDS = /retaliat|in response|revenge|avenge|(?:those|people|men|militants|fighters|ones) responsible for/i;
/** The same words, looser and quicker to look for in a whole text. */
const ANSWER_GATE = /retaliat|in response|revenge|avenge|responsible for/i;
let lastText: string | null = null;
let lastAnswers = false;

/** Whether the text answers anything at all (read once a text: it is asked about once a mention). */
function answers(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswers = ANSWER_GATE.test(text);
  }
  return lastAnswers;
}

/** True when the `reach` characters before `at` hold an answer's words and `pattern` reads them so. */
function answeredBefore(text: string, at: number, reach: number, pattern: RegExp): boolean {
  if (!answers(text)) return false;
  const before = text.slice(Math.max(0, at - reach), at);
  return ANSWER_WORDS.test(before) && pattern.test(before);
}

/** True when `at` lies inside a clause that tells the earlier attack the sentence's incident answers. */
export function insideAnsweredAttack(text: string, at: number): boolean {
  return answeredBefore(text, at, 160, ANSWERED_BEFORE);
}

/**
 * The words right after an answer's: "in response to rockets fired at northern Israel", "in retaliation for the
 * chemical attack", a strike "targeting those responsible for a missile attack on the Saudi city of Jizan".
 */
const ANSWER_HEAD = /\b(?:in retaliation for|in response to|in revenge for|to avenge|retaliation for|retaliating for|(?:those|the (?:people|men|militants|fighters|ones)) responsible for)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * True when `at` opens the name of the earlier attack the incident answers, clause or no clause after it: the
 * "rockets" of "struck Hezbollah infrastructure in response to rockets fired at northern Israel" are what the
 * strike answers, not how it struck.
 */
export function namesAnsweredAttack(text: string, at: number): boolean {
  return answeredBefore(text, at, 60, ANSWER_HEAD);
}
