// Written dates in the forms reports use, found with their offsets. Pure; imports nothing.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+)?';
const ORD = '(?:st|nd|rd|th)?';

interface Pattern {
  readonly id: string;
  readonly re: RegExp;
  readonly ymd: (m: RegExpExecArray) => [number, number, number];
}

// Order matters only for ties at one position: the longer, more specific form first.
const PATTERNS: readonly Pattern[] = [
  { id: 'iso', re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    id: 'day-month-year',
    re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, 'gi'),
    ymd: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  {
    // "Jul 012016": a day glued to its year by a scraper that dropped the space.
    id: 'month-day-year-glued',
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{2})((?:19|20)\\d{2})(?!\\d)`, 'gi'),
    ymd: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
  {
    id: 'month-day-year',
    re: new RegExp(`\\b${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?!\\d)`, 'gi'),
    ymd: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
  {
    // 03.10.2017, 23-07-2016, 5/11/2016: day first, as most outlets outside the US write it, unless impossible.
    id: 'numeric',
    re: /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g,
    ymd: (m) => (+m[3]! > 12 && +m[1]! <= 12 ? [+m[4]!, +m[1]!, +m[3]!] : [+m[4]!, +m[3]!, +m[1]!]),
  },
];

export function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface DateCandidate {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly pattern: string;
  /** A numeric date either way round ("03/10/2024"): the month-first reading, as the US writes it. */
  readonly monthFirst?: string;
}

const FOUR_DIGITS = /\d{4}/;

/** Every well-formed date in `text[0, limit)`, in text order. */
export function findDates(text: string, limit = text.length): DateCandidate[] {
  const head = text.slice(0, limit);
  const found: DateCandidate[] = [];
  // Every form has a year of four digits: a text without four digits in a row has no date, and the patterns,
  // costly with their month and weekday names, are not run over it.
  if (!FOUR_DIGITS.test(head)) return found;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(head); m; m = p.re.exec(head)) {
      const [y, mo, d] = p.ymd(m);
      if (!valid(y, mo, d)) continue;
      const start = m.index;
      const end = start + m[0].replace(/[\s,]+$/, '').length;
      if (found.some((c) => start < c.end && end > c.start)) continue;
      // (Either way round when both numbers could be a month: the other reading is kept beside it.)
      const other = p.id === 'numeric' && mo !== d && mo <= 12 && d <= 12 ? isoDate(y, d, mo) : null;
      found.push({ value: isoDate(y, mo, d), start, end, pattern: p.id, ...(other ? { monthFirst: other } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

