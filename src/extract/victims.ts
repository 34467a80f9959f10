// Victim counts: "at least 17 people were killed", "kills 15 including 4 children", "dozens wounded".
import { evidenceAt } from '../core/values.js';
import { insideAnsweredAttack } from './answered.js';
import type { RangeFinding, Span, TollClaim, VictimCounts } from '../core/types.js';
import { remember, type ExtractContext } from './context.js';
import { matchesOf } from '../core/matches.js';

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a dozen': 12, dozen: 12, 'half a dozen': 6,
};
/** Vague amounts, read after ACLED's conservative convention; always `implied`. */
const VAGUE: Readonly<Record<string, number>> = { dozens: 12, scores: 20, hundreds: 100, tens: 10 };

// A vague amount takes its "of" with it: "dozens of fighters".
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
// "thirty-five", "two hundred" before the single words they start with.
// (Thousands set apart by a dot or a narrow space, as many languages write them: "1.300", "1 300"; a plain space
// is not read so: "May 12 300 people" is no twelve thousand.)
const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[.\u00a0\u202f]\\d{3})+(?![.,]?\\d)|\\d+|(?:${TENS})[- ](?:${UNITS})|(?:${UNITS}) hundred|a hundred|a dozen|(?:two|three|four|five|six) dozen|(?:several|a few) dozen|${Object.keys(WORDS).filter((w) => w !== 'a dozen').join('|')}|(?:${Object.keys(VAGUE).join('|')})(?: of)?)`;
const QUAL = '(at least|more than|over|up to|nearly|almost|around|about|some|roughly|as many as|an estimated|all)?';
/**
 * QUAL and the space after it, for a pattern that opens on a count. A pattern that opens on "QUAL?" and
 * then white space is tried at the end of every word as well as at its start (with no qualifier, the match
 * may open on the space before the number): twice the places, for the same counts.
 */
const QUAL_LEAD = `(?:${QUAL.slice(0, -1)}\\s*)?`;
// Up to three describing words before the noun, never a preposition or a joining word: in "51 civilians
// including four children" the noun is "civilians", in "kills 16 in rebel-held Aleppo" there is none.
// An abbreviation with its dots is a word too ("13 U.S. service members"); a word that ends a sentence is not.
// (Nor a span of time: "about six hours before security forces killed the three attackers" counts no forces. Nor
// what most of them were: in "dozens mostly women and children were killed" the dozens are not all women.)
const FILLER = "(?:(?!(?:including|among|mostly|mainly|largely|predominantly|primarily|and|or|in|on|at|of|from|near|by|for|to|with|as|after|during|before|until|hours|minutes|days|weeks|months|years)\\b)(?:[A-Za-z]+(?:\\.[A-Za-z]+)+\\.?|[A-Za-z'-]+) )";
/** People no report would count as fighters: "12 villagers", "killing 40 worshipers", "60 farm workers". */
const CIVILIAN_NOUNS =
  'villagers?|farmers?|farm ?workers?|farmhands?|passengers?|shoppers?|worshipers?|mourners?|pilgrims?|refugees?|migrants?|displaced people|displaced persons|internally displaced people|idps|shepherds?|herders?|fishermen|bystanders?|pedestrians?|wedding guests?|guests?|diners?|spectators?|shopkeepers?|hunters?|gatherers?|harvesters?';
/** People counted without a side: workers, teachers, prisoners... and the "13 U.S. service members" kind. */
const OTHER_NOUNS =
  'workers?|labou?rers?|employees?|staff members?|staffers?|staff|teachers?|doctors?|nurses?|health workers?|paramedics?|firefighters?|relatives?|family members?|brothers?|sisters?|sons|daughters|cousins|siblings|mothers|fathers|husbands|wives|protesters?|protestors?|demonstrators?|prisoners?|detainees?|inmates?|hostages?|service ?members?|victims?|adults?|elderly|individuals?|souls?|humans?|teenagers?|teens|adolescents?|youths?';
/** A people named by its nationality or community, in the plural only: "60 Afghans", not "25 Syrian soldiers". */
const PEOPLES =
  'syrians|iraqis|afghans|palestinians|israelis|yemenis|ukrainians|russians|somalis|nigerians|malians|libyans|egyptians|iranians|pakistanis|ethiopians|tigrayans|eritreans|burkinabes|nigeriens|cameroonians|kurds|yazidis|rohingyas|alawites|christians|muslims|shiites|sunnis|americans|europeans|foreigners';
// (Its "of ..." is taken only when the words after need it, "10 members of the Takfiri group were killed": taken
// always, it ended a quote inside a word, "killed 10 members of t".)
/** The nouns a count may count. */
const NOUNS = `people|persons?|civilians?|children|child|kids|women|woman|men|man|soldiers?|fighters?|militants?|rebels?|troops|troopers?|terrorists?|jihadists?|members?|residents?|others|citizens?|combatants?|insurgents?|gunmen|gunman|policemen|policeman|officers?|officials?|students?|worshippers|patients?|pupils?|martyrs?|girls?|boys?|schoolchildren|minors?|babies|baby|infants?|attackers?|assailants?|commanders?|leaders?|emirs?|forces|personnel|militiamen|militiaman|servicemen|serviceman|police|paramilitaries|loyalists|jawans|volunteers?|aid workers?|rescuers?|medics?|journalists?|${CIVILIAN_NOUNS}|${OTHER_NOUNS}|${PEOPLES}`;
// (Or a force's capitalised name and its letters before the noun: "40 Central Reserve Police Force (CRPF) personnel".)
const WHO = `((?:of (?:the|its|their|our|his) )?(?:(?:[A-Z][A-Za-z'-]* ){1,5}\\([A-Z]{2,8}\\) )?${FILLER}{0,3}?(?=(?<noun>${NOUNS})\\b)\\k<noun>(?: of [a-z ]+?)??)?`;

export type Harm = 'killed' | 'injured';

/** Offices one person holds, known by which a victim is often told: "Russia's ambassador", "the mayor". */
const TITLED = 'ambassador|envoy|consul|diplomat|governor|mayor|minister|judge|prosecutor|imam|priest|bishop|cleric|journalist|editor|activist|lawyer|spokesman|spokeswoman';
/**
 * A person by name, perhaps after a side and an office ("Hamas leader Ismail Haniyeh", "the IRGC general
 * Qassem Soleimani", "Iraqi paramilitary chief Abu Mahdi al-Muhandis"): two capitalised words or more, none a
 * number word or a word that opens a phrase.
 */
// (Letters of Latin-1 and Latin Extended too, with their accents: "Jesús Mestizo", "Françoise Kaboré".)
const NAME_WORD = "(?:(?:al|el|bin|ibn|abu|Abu|Al|El|Bin|de|van|von)[-\\s])?[A-Z\\u00C0-\\u00DE][a-z\\u00DF-\\u00FF][\\w'’\\u00C0-\\u024F-]*";
const NOT_A_NAME = '(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Dozens|Scores|Hundreds|Tens|Several|Many|At|More|Over|Some|The|A|An|In|On|His|Her|Their|Its|Islamic|Free|Red|Syrian|Russian|Iraqi|Israeli|Turkish|Kurdish|Ukrainian|American|British|French|Palestinian|Lebanese|Iranian|Saudi|Yemeni|Afghan|Pakistani|Sudanese|Somali|Nigerian|Malian|US|UN)\\b)';
/** Words of what kind an office is, in lower case before it: "Iraqi paramilitary chief Abu Mahdi al-Muhandis". */
const OFFICE_KIND = '(?:paramilitary|militia|military|army|rebel|senior|top|deputy|former|local|field|police|security|intelligence|opposition|tribal|religious|regional|provincial)';
/** What a name may be followed by before the next: ", the commander of Iran's Quds Force,". */
const APPOSITIVE = "(?:,\\s*(?:the|a|an|his|her|its|their)\\s[^,.;]{1,70}?(?=,))?";
const NAMED = `(?:(?:the\\s+)?(?:(?:[A-Z][\\w'’-]*|${OFFICE_KIND}|[a-z][a-z'-]*)\\s+){0,3}(?:commander|leader|chief|general|official|spokesman|founder|head|emir|cleric|scientist|journalist|activist|politician|lawmaker|governor|mayor|minister|judge|coordinator|organi[sz]er|council+or|president|director|pastor|priest|teacher|lawyer|defender|chairman|chairwoman|representative)\\s+)?${NOT_A_NAME}${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`;
/** Each name of a list of them (an appositive between two opens on a small word, never on a name). */
const NAMED_EACH = new RegExp(`(?:^|,\\s*|\\s+and\\s+)${NAMED}`, 'g');

/** The offices, in lower case or capitalised ("The governor ...", "Governor of West Darfur killed"). */
const TITLED_EITHER_CASE = TITLED.split('|').map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1)}`).join('|');

/** One person, told with an article: "a woman", "a child". */
const ONE_PERSON =
  'child|woman|girl|boy|man|civilian|soldier|fighter|person|policeman|journalist|doctor|nurse|medic|volunteer|baby|infant|resident|citizen|' +
  'photographer|videographer|cameraman|reporter|correspondent|paramedic|rescuer|farmer|shepherd|villager|passenger|pilgrim|refugee|teacher|worker|driver|official|mayor|judge|lawyer|student|pupil|imam|priest|activist|' +
  'trader|merchant|shopkeeper|businessman|businesswoman|vendor|engineer|elder|councillor|lawmaker|politician|cleric|midwife|nun|monk|teenager|youth|adolescent|' +
  'guard|watchman|caretaker|porter|cook|cleaner|labourer|laborer|fisherman|herder|pastor|chief';

/** One person of a fighting side, told with an article: "a commander", "a militant". */
const ONE_FIGHTER = 'commander|leader|officer|militant|rebel|jihadist|terrorist|serviceman|servicewoman|trooper|militiaman|operative';

/** A word of FROM_GROUP: none that opens a clause ("Five people from the town said the shelling killed..."). */
const GROUP_WORD = "(?!(?:said|says|told|reported|that|who|which|when|while|after|as|and|but|or)\\b)[A-Za-z'-]+";
/** Fighters told beside others of a side: "soldiers and volunteers", "police and gendarmes". */
const FIGHTERS_BESIDE = '(?:volunteers|militiamen|fighters|policemen|police officers|gendarmes|troops|soldiers|auxiliaries)';
/**
 * Whose the counted are, between them and the passive's auxiliary: "29 fighters from the Western-armed Hazm
 * movement were killed", "Three fighters of the Syrian Democratic Forces (SDF) were killed". A few words, never
 * a clause.
 */
// Or more fighters beside them, and whom they fought for: "70 soldiers and volunteers fighting alongside the army
// were killed". Or more people of one figure with them, the verb next, in a report's or a headline's words:
// "Seven women and children were killed", "7 staff and patients killed" (the figure is both groups', so
// neither's alone: combined()).
const FROM_GROUP = `(?: (?:from|belonging to|of) (?:the )?${GROUP_WORD}(?: ${GROUP_WORD}){0,4}?(?: \\([A-Za-z]{2,10}\\))?(?= (?:were|was|have been|had been|has been) )| and ${FIGHTERS_BESIDE}(?: (?:fighting|serving|working) (?:alongside|with|for) (?:the )?${GROUP_WORD}(?: ${GROUP_WORD}){0,2}?)?(?= (?:were|was|have been|had been|has been) )| (?:and|or) (?:children|kids|women|men|boys|girls|babies|infants|patients|staff|students|teachers|civilians|residents|relatives|elderly people|the elderly|passers-?by)(?= (?:were|was|have been|had been|has been|killed|dead|died|injured|wounded|hurt)\\b))?`;

/** A clause between a count and its verb: "At least 58 people, including 11 children, were killed". */
// (Never closed by "and": "killed 6 civilians including 2 women and injured 14 others" has no comma to end it.
// Nor does it hold the harm of its count: "70 people most of them lawyers were killed and 112 injured" injures 112.)
const ASIDE = '(?:\\s*[,–—-]?\\s*(?:including|among them|mostly|[\\w-]+ of them|[\\w-]+ of whom) (?:(?!\\b(?:were|was|have been|has been|had been)\\s+(?:\\w+\\s+)?(?:killed|dead|died|injured|wounded|hurt|slain|martyred|perished|executed)\\b)[^,.;–—]){1,60}?(?<!\\band|\\bor)\\s*[,–—-]?\\s+)?';

/** The words a range of the dead may have before its verb: "between 10 and 15 people were reportedly killed". */
const RANGE_AUX = '(?:(?:were|have been|had been|was|reportedly|reported|also|believed|thought|feared|said|to have been) )*';
/** The lower figure of a range and what joins it to the upper: "5–7", "10 to 15", "two to three" (group 1 of the two). */
const RANGE_LOW = `((?:\\d{1,3}(?:,\\d{3})+|\\d{1,4})|(?:${UNITS}|ten|eleven|twelve|${TENS})(?=\\s+to\\s+(?:${UNITS}|ten|eleven|twelve|${TENS}|\\d)\\b))(?:\\s*[–—-]\\s*|\\s+to\\s+)`;
/** Both tests, the first first. */
function both(a: { test(part: string): boolean }, b: { test(part: string): boolean }): { test(part: string): boolean } {
  return { test: (part) => a.test(part) && b.test(part) };
}

/** `re`, tested only where one of `chars` is: a look for the characters first, the pattern being the costlier. */
function where(chars: readonly string[], re: RegExp): { test(part: string): boolean } {
  return { test: (part) => chars.some((c) => part.includes(c)) && re.test(part) };
}

/** The cue words of the passive count rules: a passive verb of the harm starts with one of them. */
const PASSIVE_CUES: Readonly<Record<Harm, readonly string[]>> = {
  killed: ['kill', 'dead', 'died', 'slain', 'lost', 'massacr', 'perish', 'death', 'execut', 'behead', 'gunned down', 'martyr'],
  injured: ['injur', 'wound', 'hurt'],
};
/** A field of a record that counts a harm: "killed:", "Injured =". */
const FIELD_NEEDS: Readonly<Record<Harm, { test(part: string): boolean }>> = {
  killed: where([':', '='], /(?:killed|dead|deaths)\s*[:=]/i),
  injured: where([':', '='], /(?:injured|wounded|injuries)\s*[:=]/i),
};

/** What a range needs: "5–7", "10 to 15", "two to three". */
const RANGE_NEEDS_RE = new RegExp(`\\d\\s*[–—-]\\s*\\d|\\d to \\d|\\b(?:${UNITS}|ten|eleven|twelve|${TENS}) to (?:${UNITS}|ten|eleven|twelve|${TENS})\\b`, 'i');
/** (Most sentences have neither a dash nor " to ".) */
const RANGE_NEEDS = where([' to ', '-', '–', '—'], RANGE_NEEDS_RE);
/** The cue words of the active count rules: a sentence without one of them is not read with those rules. */
const ACTIVE_CUES: Readonly<Record<Harm, readonly string[]>> = {
  killed: ['kill', 'massacr', 'lives of', 'execut', 'behead', 'crucif', 'eliminat'],
  injured: ['injur', 'wound'],
};
/** Their ages, between the counted and the verb: "Three boys aged between 10 and 14 were killed", "Three brothers, aged 8, 10 and 13, were killed". */
const AGED = '(?:\\s*,?\\s+aged (?:between |from )?\\d{1,3}(?:\\s*(?:,|and|to|-)\\s*\\d{1,3}){0,6}(?: years(?: old)?)?,?)?';

const VERBS: Readonly<Record<Harm, string>> = {
  // "martyred": the word of many local outlets ("Three citizens were martyred").
  killed: '(?:killed|dead|died|slain|lost their lives|massacred|perished|deaths|executed|beheaded|shot dead|gunned down|shot and killed|martyred|tortured to death)',
  injured: '(?:injured|wounded|hurt|injuries|(?:sustained|suffered|treated for) (?:\\w+ )?(?:injuries|wounds))',
};
/** "have died", "had perished": a perfect of a verb of dying (not of killing: "20 fighters have killed ..."). */
const HAVE_DIED = '(?:have|has|had) (?:died|perished|lost their lives)|';
const ACTIVE: Readonly<Record<Harm, string>> = {
  // "executed and crucified nine men": a second death verb joined to the first.
  killed: '(?:(?:kill(?:s|ed|ing)?|massacr(?:es|ed|ing)|claim(?:s|ed|ing)? (?:the )?lives of|t(?:ook|akes|aken|aking|ake) (?:the )?lives of|execut(?:e|es|ed|ing)|behead(?:s|ed|ing)?|crucif(?:y|ies|ied|ying)|eliminat(?:e|es|ed|ing))(?: and (?:killed|executed|beheaded|crucified|slaughtered|massacred))?)',
  injured: '(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)?)',
};

interface CountRule {
  readonly id: string;
  readonly re: RegExp;
  /** Groups: qualifier, number, who, and the upper number of a "between" range (0: none). */
  readonly groups: readonly [number, number, number] | readonly [number, number, number, number];
  /** Words the rule cannot match without, tested first: most rules open on a number, tried at every place. */
  readonly needs: { test(part: string): boolean };
  /**
   * Stems, in lower case, of which `needs` cannot match without one (in any case): looked for in one pass over
   * the span for all the rules, so most rules are passed over without a test of their own.
   */
  readonly cues?: readonly string[];
  /** The rule counts one person, whatever its number group holds ("Governor of West Darfur killed"). */
  readonly one?: true;
  /** The rule's number group is a list of names: one person each ("killed Qassem Soleimani and Abu Mahdi al-Muhandis"). */
  readonly named?: true;
}

const RULES: Readonly<Record<Harm, readonly CountRule[]>> = { killed: makeRules('killed'), injured: makeRules('injured') };

/**
 * Every rule's cues as one pattern, matched (empty) where any of them starts. No cue opens another ("kill" and
 * "killing" both would), so at each place at most one can start, and one pass finds them all.
 */
const CUE_SCAN = ((): RegExp => {
  const stems = [...new Set([...RULES.killed, ...RULES.injured].flatMap((r) => r.cues ?? []))];
  for (const a of stems) {
    const b = stems.find((x) => x !== a && x.startsWith(a));
    if (!/^[a-z ]+$/.test(a) || b) throw new Error(`count rule cue "${a}" ${b ? `opens "${b}"` : 'is not lower-case letters'}`);
  }
  return new RegExp(`(?=(${stems.join('|')}))`, 'gi');
})();

/** The ids of the rules whose words are in `part` though none of their cues is (none, if the cues are right). */
export function rulesMissingCues(part: string): string[] {
  const cues = cuesIn(part);
  return [...RULES.killed, ...RULES.injured].filter((r) => r.cues && !r.cues.some((c) => cues.has(c)) && r.needs.test(part)).map((r) => r.id);
}

/** The cues found in `part`, in lower case. */
function cuesIn(part: string): Set<string> {
  const found = new Set<string>();
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(part); m; m = CUE_SCAN.exec(part)) {
    found.add(m[1]!.toLowerCase());
    CUE_SCAN.lastIndex = m.index + 1;
  }
  return found;
}

function makeRules(harm: Harm): readonly CountRule[] {
  // Forms only a death toll takes, before the general ones: the first rule to claim words keeps them.
  const killedOnly: CountRule[] =
    harm === 'killed'
      ? [
          {
            // "revised down the death toll from the Easter Sunday bombings ... to 253 from 359": the latest figure.
            id: 'victims:toll-revised-to',
            re: new RegExp(`\\brevised\\s+(?:(?:down|up)(?:wards?)?\\s+)?(?:the\\s+)?(?:death\\s+)?toll\\s+(?:[\\w'’-]+\\s+){0,14}?to\\s+${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /revised/i,
            cues: ['revised'],
          },
          // "the death toll rose to 86": the latest figure for the incident the report tells, however long what the
          // toll is of ("The death toll from a series of bomb blasts on churches and luxury hotels in Sri Lanka on
          // Easter Sunday rose to 290").
          {
            id: 'victims:toll-rose-to',
            re: new RegExp(`\\b(?:death toll|toll(?<!\\b(?:injury|injured|wounded) toll)|number of (?:the )?(?:dead|deaths|people killed|those killed|people who (?:were killed|died)|those who (?:were killed|died)|victims|fatalities)|casualty toll|fatalities)\\s+(?:[\\w'’-]+\\s+){0,24}?(?:has |had )?(?:rose|rises|risen|rising|climbed|climbs|climbing|increased|increases|increasing|jumped|jumps|jumping|reached|reaches|reaching|went up|gone up|stands at|stood at|standing at|hit|hits)\\s+(?:to\\s+)?${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /toll|number of|fatalities/i,
            cues: ['toll', 'number of', 'fatalities'],
          },
          // "the death toll exceeded 100": at least that many.
          {
            id: 'victims:toll-exceeded',
            re: new RegExp(`\\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|victims))\\s+(?:[\\w'’-]+\\s+){0,8}?(?:has |had )?(exceeded|exceeds|surpassed|topped|passed)\\s+${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:exceed|surpass|topped|passed)/i,
            cues: ['exceed', 'surpass', 'topped', 'passed'],
          },
          // "..., bringing the death toll to 19": the latest figure, as "rose to" is.
          {
            id: 'victims:toll-brought-to',
            re: new RegExp(`\\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised)\\s+(?:the\\s+)?(?:overall\\s+|total\\s+)?(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|victims)|casualty toll)\\s+(?:(?!(?:this|so|since|over|in)\\b)[\\w'’-]+\\s+){0,4}?to\\s+${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:bring|brought|tak|took|push|rais)\w*\s+(?:the\s+)?(?:\w+\s+)?(?:death toll|toll|number of)/i,
            cues: ['toll', 'number of'],
          },
          // "leaving 23 civilians – including nine children – dead", "left 40 soldiers dead".
          {
            id: 'victims:killed-left-dead',
            re: new RegExp(`\\b(?:left|leaving|leaves)\\s+${QUAL}\\s*${NUM} ${WHO}\\s*${ASIDE}dead\\b`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:left|leaving|leaves)\b[^.]*\bdead\b/i,
            cues: ['left', 'leaving', 'leaves'],
          },
          // "putting the death toll at 70", "a death toll of at least 58".
          {
            id: 'victims:toll-at',
            re: new RegExp(`\\b(?:death toll|toll(?<!\\b(?:injury|injured|wounded) toll)|number of (?:the )?(?:dead|deaths|victims|people killed))\\s+(?:[\\w'’-]+\\s+){0,2}?(?:at|of)\\s+${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /toll|number of/i,
            cues: ['toll', 'number of'],
          },
          // "the death toll from the strikes was 45".
          {
            id: 'victims:toll-was',
            re: new RegExp(`\\b(?:death toll|toll(?<!\\b(?:injury|injured|wounded) toll))\\s+(?:[\\w'’-]+\\s+){0,6}?(?:was|is|were)\\s+(?:at\\s+)?${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /toll/i,
            cues: ['toll'],
          },
          // "65 bodies of civilians were found".
          {
            id: 'victims:bodies',
            re: new RegExp(`\\b${QUAL_LEAD}${NUM} (?:bodies|corpses)(?: of ${WHO})?`, 'gi'),
            groups: [1, 2, 3],
            needs: /bodies|corpses/i,
            cues: ['bodies', 'corpses'],
          },
          // "the bodies of 410 civilians had been found": the dead, counted by their bodies.
          {
            id: 'victims:bodies-of',
            re: new RegExp(`\\b(?:bodies|corpses|remains) of ${QUAL_LEAD}${NUM} ${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /(?:bodies|corpses|remains) of/i,
            cues: ['bodies', 'corpses', 'remains of'],
          },
          // "Fatalities: 8", as an event dataset's note ends: the toll.
          {
            id: 'victims:fatalities-field',
            re: new RegExp(`\\bfatalities\\s*[:=]\\s*${QUAL}\\s*${NUM}\\b`, 'gi'),
            groups: [1, 2, 0],
            needs: /fatalities\s*[:=]/i,
            cues: ['fatalities'],
          },
          // "The blast claimed 23 lives", "cost at least 40 lives": the dead, counted by their lives.
          {
            id: 'victims:lives',
            re: new RegExp(`\\b(?:claimed|claims|claiming|cost|costing|took|takes|taking)\\s+${QUAL}\\s*${NUM}\\s+(?:more\\s+)?(?:human\\s+|civilian\\s+|innocent\\s+)?lives\\b`, 'gi'),
            groups: [1, 2, 0],
            needs: /\b(?:claim(?:ed|s|ing)|cost(?:ing)?|t(?:ook|akes|aking))\s+(?:\S+\s+){0,4}?lives\b/i,
            cues: ['claimed', 'claims', 'claiming', 'cost', 'took', 'takes', 'taking'],
          },
          // "tortured 5 detainees to death".
          {
            id: 'victims:tortured-to-death',
            re: new RegExp(`\\btortur(?:es|ed|ing) ${QUAL}\\s*${NUM} ${WHO} to death\\b`, 'gi'),
            groups: [1, 2, 3],
            needs: /\bto death\b/i,
            cues: ['to death'],
          },
          // "causing the martyrdom of a civilian", "the killing of a child": one person, the killing told as a noun.
          {
            id: 'victims:killing-of-one',
            re: new RegExp(`\\b(?:killing|death|martyrdom|murder) of (an?) ((?:\\d{1,3}-year-old )?${FILLER}{0,2}?(?:${ONE_PERSON}|${ONE_FIGHTER}))\\b`, 'gi'),
            groups: [0, 1, 2],
            needs: /\b(?:killing|death|martyrdom|murder) of an? /i,
            cues: ['kill', 'death', 'martyr', 'murder'],
          },
          // "killed a family of seven", "A family of eight was killed", "Family of six die": the family's members.
          // (The empty groups stand for the qualifier and the noun these forms have not.)
          {
            id: 'victims:family-of',
            re: new RegExp(`\\b(?:kill(?:s|ed|ing)?|wip(?:es|ed|ing) out|massacr(?:es|ed|ing)) (?:an? |the |an entire |a whole |the entire |the whole )?()family of ${NUM}\\b()`, 'gi'),
            groups: [1, 2, 3],
            needs: /family of/i,
            cues: ['family of'],
          },
          {
            id: 'victims:family-of-passive',
            // (An aside may come between: "A family of six, including four children, was killed".)
            re: new RegExp(`\\b(?:an? |the )?(?:entire |whole )?()family of ${NUM}\\s*${ASIDE}(?:(?:was|were|have been|has been|had been) )*()(?:killed|wiped out|massacred|die|died|dead)\\b`, 'gi'),
            groups: [1, 2, 3],
            needs: /family of/i,
            cues: ['family of'],
          },
          // "51 martyrs from Kefraya": in the words of many local outlets, the dead.
          {
            id: 'victims:martyrs',
            re: new RegExp(`\\b${QUAL_LEAD}${NUM} (${FILLER}{0,2}?martyrs?)\\b`, 'gi'),
            groups: [1, 2, 3],
            needs: /martyr/i,
            cues: ['martyr'],
          },
          // "the death toll is estimated between 500 and 1,300".
          {
            id: 'victims:toll-between',
            re: new RegExp(`\\b(?:death toll|toll(?<!\\b(?:injury|injured|wounded) toll))\\s+(?:[\\w'’-]+\\s+){0,4}?between ${NUM} and ${NUM}\\b ?${WHO}`, 'gi'),
            groups: [0, 1, 3, 2],
            needs: /toll[^.]*between/i,
            cues: ['toll'],
          },
          // "documented the killing of five civilians", "the deaths of 12 people", "the death of eight": the killing told as a noun.
          {
            id: 'victims:killing-of',
            re: new RegExp(`\\b(?:killing|killings|deaths?|massacre|martyrdom) of ${QUAL}\\s*${NUM} ${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:killings?|deaths?|massacre|martyrdom) of /i,
            cues: ['kill', 'death', 'massacr', 'martyr'],
          },
          // "The army killed a notorious commander", "killing a woman": one person, the object of the killing.
          // Not after a passive ("three persons were killed a woman among them": she is one of the three).
          {
            id: 'victims:killed-one-active',
            re: new RegExp(`\\b(?<!\\b(?:were|was|been|being|be|are|is) )(?:kill(?:s|ed|ing)?|shot dead|execut(?:es|ed|ing)) (an?) ((?:\\d{1,3}-year-old )?${FILLER}{0,3}?(?:${ONE_PERSON}|${ONE_FIGHTER}))\\b(?!,?\\s+and\\s+(?:(?:her|his|their)\\s+)?(?:an?|another|\\d+|${Object.keys(WORDS).join('|')})\\s(?!others\\b|(?:other|more) people\\b))`, 'gi'),
            groups: [0, 1, 2],
            needs: /\b(?:kill\w*|shot dead|execut\w*) an? /i,
            cues: ['kill', 'shot dead', 'execut'],
          },
          // A headline's "Bomb kills former rebel commander", "Sniper kills journalist in Daraa": one person, the
          // article dropped as headlines drop it, the noun closing its phrase (present tense only: "the killed
          // soldier" is no count).
          {
            id: 'victims:killed-one-headline',
            re: new RegExp(`\\bkills ((?:\\d{1,3}-year-old )?${FILLER}{0,2}?(?:${ONE_PERSON}|${ONE_FIGHTER}))(?=\\s*(?:$|[,.;:!?])|\\s+(?:in|on|at|near|outside|inside|during|after|as|while|with|from|north|south|east|west)\\b)`, 'g'),
            groups: [0, 0, 1],
            needs: /\bkills [a-z]/,
            cues: ['kill'],
            one: true,
          },
          // "Russia's ambassador to Turkey, Andrei Karlov, was shot dead", "the town's mayor was assassinated": one
          // person known by an office, told with the possessive of a place or a side or with "the".
          {
            id: 'victims:killed-one-titled',
            re: new RegExp(
              `(?:\\b([Tt]he|[A-Z][\\w-]*['’]s) |^)((?:[\\w'’-]+ ){0,2}?(?:${TITLED_EITHER_CASE}))(?: (?:to|of|in) (?:the )?(?:[A-Z][\\w-]*['’]s )?[A-Z][\\w-]*(?: [A-Z][\\w-]*){0,2}(?: (?:state|province|region|governorate|district|city|county))?)?(?:, (?:[A-Z][\\w'’.-]*(?: |(?=,))){1,4},)? (?:(?:(?:was|has been|had been|reportedly) )+(?:shot dead|killed|assassinated|gunned down|murdered|stabbed to death)|(?:shot dead|killed|assassinated|gunned down|murdered)(?=\\s*(?:$|[.,;:]|\\s(?:in|on|at|by|after|as|when|during|near)\\b)))\\b`,
              'g',
            ),
            groups: [0, 1, 2],
            needs: new RegExp(`\\b(?:${TITLED})\\b`, 'i'),
            one: true,
          },
          // "killed Qassem Soleimani and Abu Mahdi al-Muhandis", "assassinated Hamas leader Ismail Haniyeh", "shot dead
          // indigenous guard coordinator Jesús Mestizo": people killed by name, one each (a name is two capitalised
          // words or more, closing its phrase).
          {
            id: 'victims:killed-named',
            re: new RegExp(`\\b(?:killed|kills|killing|assassinated|assassinating|shot dead|gunned down|murdered)\\s+(${NAMED}(?:${APPOSITIVE}(?:,\\s*|,?\\s+and\\s+)${NAMED})*)(?=\\s*(?:[,.;:]|$|\\s(?:and|in|on|at|near|as|when|along|together|with|after|during|while|who|whose|outside|inside|the)\\b))`, 'g'),
            groups: [0, 1, 0],
            needs: /\b(?:killed|kills|killing|assassinat\w+|shot dead|gunned down|murdered)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z\u00C0-\u00DE]/,
            cues: ['kill', 'assassinat', 'shot dead', 'gunned down', 'murder'],
            named: true,
          },
          // "The IS lost at least 28 jihadist fighters": a side's own dead.
          {
            id: 'victims:lost-fighters',
            re: new RegExp(`\\blost ${QUAL}\\s*${NUM} ((?:[\\w-]+ )?(?:fighters|soldiers|troops|militants|jihadists|members|men|servicemen|personnel))\\b`, 'gi'),
            groups: [1, 2, 3],
            needs: /\blost\s/i,
            cues: ['lost'],
          },
          // "All 298 on board were killed": those aboard a plane or a boat (a rule of its own: the noun
          // list every count pattern shares is costly to lengthen).
          {
            id: 'victims:killed-aboard',
            re: new RegExp(`\\b${QUAL_LEAD}${NUM} ((?:people |passengers and crew |passengers |persons )?(?:on board|aboard))(?: the (?:plane|aircraft|flight|boat|ship|vessel|bus))? (?:(?:were|was|have been|had been|all|reportedly) )*(?:killed|dead|died)\\b`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:on board|aboard)\b/i,
            cues: ['on board', 'aboard'],
          },
          // "A woman was killed", "a girl child was shot dead", "a rebel commander was killed": one person, told with an article.
          {
            id: 'victims:killed-one',
            // (With no "was", a verb with an object after it is the person's act: "a gang led by a former police
            // officer killed at least 20 people".)
            re: new RegExp(`\\b(an?) ((?:\\d{1,3}-year-old )?${FILLER}{0,2}?(?:${ONE_PERSON}|${ONE_FIGHTER}))\\s+(?:(?:(?:was|has been|had been|is|reportedly|also) )+(?:killed|shot dead|dead|died|martyred)|(?:killed|shot dead)(?!\\s+${QUAL_LEAD}(?:\\d|(?:an?|the|his|her|their|several|many|dozens|scores|hundreds|${Object.keys(WORDS).join('|')})\\s))|dead|died|martyred)\\b`, 'gi'),
            groups: [0, 1, 2],
            needs: /\b(?:killed|shot dead|dead|died|martyred)\b/i,
            cues: ['kill', 'dead', 'died', 'martyr'],
          },
        ]
      : [];
  // "the number of wounded rose to 150": the latest count of the injured, as "the death toll rose to" is of the dead.
  const injuredOnly: CountRule[] =
    harm === 'injured'
      ? [
          {
            id: 'victims:injured-rose-to',
            re: new RegExp(`\\b(?:number of (?:the )?(?:wounded|injured|injuries)|(?:injury|injured|wounded) toll)\\s+(?:[\\w'’-]+\\s+){0,8}?(?:has |had )?(?:rose|rises|risen|rising|climbed|climbs|increased|jumped|reached|reaches|stands at|stood at)\\s+(?:to\\s+)?${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /number of (?:the )?(?:wounded|injured|injuries)|(?:injury|injured|wounded) toll/i,
            cues: ['number of', 'toll'],
          },
          // "the number of wounded exceeded 100": at least that many.
          {
            id: 'victims:injured-exceeded',
            re: new RegExp(`\\b(?:number of (?:the )?(?:wounded|injured|injuries)|(?:injury|injured|wounded) toll)\\s+(?:[\\w'’-]+\\s+){0,8}?(?:has |had )?(exceeded|exceeds|surpassed|topped|passed)\\s+${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:exceed|surpass|topped|passed)/i,
            cues: ['exceed', 'surpass', 'topped', 'passed'],
          },
          // "a child was injured", "a woman was seriously wounded": one person, told with an article.
          {
            id: 'victims:injured-one',
            re: new RegExp(`\\b(an?) ((?:\\d{1,3}-year-old )?${FILLER}{0,2}?(?:${ONE_PERSON}|${ONE_FIGHTER}))\\s+(?:(?:was|has been|had been|is|reportedly|also|seriously|critically|severely|slightly|lightly|badly) )*(?:injured|wounded|hurt)\\b`, 'gi'),
            groups: [0, 1, 2],
            needs: /\b(?:injured|wounded|hurt)\b/i,
            cues: ['injur', 'wound', 'hurt'],
          },
          // "leading to the death of eight and the injury of 89": the injuring told as a noun.
          {
            id: 'victims:injury-of',
            re: new RegExp(`\\b(?:injury|injuries|injuring|wounding) of ${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
            groups: [1, 2, 3],
            needs: /\b(?:injury|injuries|injuring|wounding) of /i,
            cues: ['injur', 'wound'],
          },
        ]
      : [];
  return [
    ...killedOnly,
    ...injuredOnly,
    // "between 10 and 15 people were killed".
    {
      id: `victims:${harm}-between`,
      // (Not ages: "Three boys aged between 10 and 14 were killed".)
      re: new RegExp(`(?<!\\b(?:aged|ages|age|ranging)\\s+)\\bbetween ${NUM} and ${NUM} ${WHO}\\s*${RANGE_AUX}${VERBS[harm]}\\b`, 'gi'),
      groups: [0, 1, 3, 2],
      needs: /\bbetween\b/i,
      cues: ['between'],
    },
    // "5–7 killed", "at least 10-15 people were killed", "10 to 15 people were killed": a range told with a dash or
    // "to", as casualty recorders write it (before the rule below, which would read the upper figure alone). Not
    // what a toll rose "from".
    {
      id: `victims:${harm}-range`,
      re: new RegExp(`(?<![\\d,.:/–—-])(?<!\\bfrom )\\b${QUAL_LEAD}${RANGE_LOW}${NUM} ${WHO}\\s*${RANGE_AUX}${VERBS[harm]}\\b`, 'gi'),
      groups: [1, 2, 4, 3],
      needs: RANGE_NEEDS,
    },
    // "Civilians reported killed: 2–3", "Injured: 5", as a monitor's record or a factbox gives its fields, a line each.
    {
      id: `victims:${harm}-field`,
      re: new RegExp(`^[ \\t]*(?:(civilians?|children|women|people|persons|combatants|fighters|soldiers|militants)\\s+)?(?:reported\\s+|confirmed\\s+|total\\s+)?${harm === 'killed' ? '(?:killed|dead|deaths)' : '(?:injured|wounded|injuries)'}\\s*[:=]\\s*${QUAL}\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,6})(?:\\s*[–—-]\\s*(\\d{1,6}))?(?![\\d,.])`, 'gim'),
      groups: [2, 3, 1, 4],
      needs: FIELD_NEEDS[harm],
      cues: harm === 'killed' ? ['kill', 'dead', 'death'] : ['injur', 'wound'],
    },
    // "killed 10 to 15 people", "killed 5-7 civilians".
    {
      id: `victims:${harm}-active-range`,
      re: new RegExp(`\\b${ACTIVE[harm]} ${QUAL_LEAD}${RANGE_LOW}${NUM}\\b ?${WHO}`, 'gi'),
      groups: [1, 2, 4, 3],
      // (A range first, the cheaper test: most sentences with the verb have none.)
      needs: both(RANGE_NEEDS, new RegExp(`\\b${ACTIVE[harm]} `, 'i')),
      cues: ACTIVE_CUES[harm],
    },
    // "killed between 30 and 40 fighters".
    {
      id: `victims:${harm}-active-between`,
      re: new RegExp(`\\b${ACTIVE[harm]} between ${NUM} and ${NUM}\\b ?${WHO}`, 'gi'),
      groups: [0, 1, 3, 2],
      needs: new RegExp(`\\b${ACTIVE[harm]} between `, 'i'),
      cues: ACTIVE_CUES[harm],
    },
    // "17 people were killed", "at least 15 civilians killed", "15 dead".
    {
      id: `victims:${harm}-passive`,
      re: new RegExp(`\\b${QUAL_LEAD}${NUM} (?:more )?${WHO}${FROM_GROUP}${AGED}\\s*${ASIDE}(?:(?:were|have been|had been|has been|was|are|is|being|reportedly|also|later|since|subsequently|reported|estimated|believed|said|thought|feared|confirmed|to have been|to have|to be|seriously|critically|severely|badly|lightly|slightly|gravely) )*(?:${harm === 'killed' ? HAVE_DIED : ''}${VERBS[harm]})\\b`, 'gi'),
      groups: [1, 2, 3],
      needs: new RegExp(VERBS[harm], 'i'),
      cues: PASSIVE_CUES[harm],
    },
    // "1,200 people in Israel were killed", "five residents of Kupiansk were injured": a place between the people
    // counted and their harm. (Not a whole some of whom were: "Two of the 5 people in the car were killed".)
    {
      id: `victims:${harm}-passive-placed`,
      re: new RegExp(`\\b(?<!\\bof (?:the |those |these )?)${QUAL_LEAD}${NUM} (?:more )?${WHO} (?:in|from|inside|across|of) (?:the )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+ (?:were|have been|had been|was|are|is) (?:(?:reportedly|also|later|reported|confirmed|seriously|critically) )*(?:${VERBS[harm]})\\b`, 'gi'),
      groups: [1, 2, 3],
      // (Only where a passive verb follows a word.)
      needs: where([' were ', ' was ', ' have been ', ' had been ', ' are ', ' is '], new RegExp(`\\b(?:in|from|inside|across|of) (?:the )?(?:[\\w'’-]+ ){0,2}?[\\w'’-]+ (?:were|have been|had been|was|are|is) (?:\\w+ )?(?:${VERBS[harm]})\\b`, 'i')),
      cues: PASSIVE_CUES[harm],
    },
    // "kills 15", "killed at least 19 civilians".
    {
      id: `victims:${harm}-active`,
      re: new RegExp(`\\b${ACTIVE[harm]} ${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'),
      groups: [1, 2, 3],
      needs: new RegExp(`\\b${ACTIVE[harm]} `, 'i'),
      cues: ACTIVE_CUES[harm],
    },
    // "gunmen shot dead two civilians": a rule of its own, so that the words are looked for only where they are.
    ...(harm === 'killed'
      ? [{ id: 'victims:killed-active', re: new RegExp(`\\b(?:shot dead|gunned down|shot and killed) ${QUAL}\\s*${NUM}\\b ?${WHO}`, 'gi'), groups: [1, 2, 3] as const, needs: /\b(?:shot dead|gunned down|shot and killed) /i, cues: ['shot dead', 'gunned down', 'shot and killed'] }]
      : []),
  ];
}

function numberOf(word: string): { n: number; vague: boolean } | null {
  const w = word.toLowerCase().replace(/ of$/, '');
  // "their mother" (ITEM takes a possessive only before one of a family).
  if (w === 'a' || w === 'an' || w === 'another' || w === 'her' || w === 'his' || w === 'their') return { n: 1, vague: false };
  // The one holder of an office: "the ambassador", "Russia's ambassador" (victims:killed-one-titled).
  if (w === 'the' || /['’]s$/.test(w)) return { n: 1, vague: false };
  if (/^\d/.test(w)) return { n: Number(w.replace(/[,.\u00a0\u202f]/g, '')), vague: false };
  if (w in WORDS) return { n: WORDS[w]!, vague: false };
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound) {
    const [, a, b] = compound as unknown as [string, string, string];
    if (b === 'hundred') return { n: (a === 'a' ? 1 : WORDS[a] ?? 0) * 100, vague: false };
    if (b === 'dozen' && a in WORDS) return { n: WORDS[a]! * 12, vague: false };
    if (a in WORDS && b in WORDS) return { n: WORDS[a]! + WORDS[b]!, vague: false };
  }
  if (w in VAGUE) return { n: VAGUE[w]!, vague: true };
  // "several dozen wounded", "a few dozen": as vague as "dozens".
  if (w === 'several dozen' || w === 'a few dozen') return { n: VAGUE.dozens!, vague: true };
  return null;
}

type Group = keyof VictimCounts;

/** The words groupOf() reads as civilians: the plain ones, and the trades and gatherings of CIVILIAN_NOUNS. */
const CIVILIAN_WORD = new RegExp(`\\b(?:civilians?|citizens?|residents?|worshipp?ers|patients?|passers-?by|passersby|${CIVILIAN_NOUNS})\\b`);

function groupOf(who: string | undefined, after = ''): Group {
  const w = (who ?? '').toLowerCase();
  // Members of a tribe, a family or a rescue team are people, not fighters; so are staff members.
  if (/\bstaff members?\b/.test(w)) return 'total';
  if (/\bmembers?\b/.test(w) && /\bmembers? of (?:(?:an?|the|one|two|their|its|\w+) ){0,3}(?:tribe|family|families|clan|household|community|team|crew|staff|civil defen[cs]e|white helmets|red crescent|rescue|medical|media|press)/.test(w + after.toLowerCase())) return 'total';
  if (/\b(children|child|kids|pupils?|students?|girls?|boys?|schoolchildren|minors?|babies|baby|infants?|toddlers?)\b/.test(w)) return 'children';
  if (/\b(women|woman|mothers?|wives|wife|sisters?|grandmothers?)\b/.test(w)) return 'women';
  // Not medics or journalists: "2 medics among 31 dead" names part of the civilian dead, not their number.
  if (CIVILIAN_WORD.test(w)) return 'civilians';
  if (/\b(soldiers?|fighters?|militants?|rebels?|troops|troopers?|terrorists?|jihadists?|combatants?|insurgents?|gunm[ae]n|members?|policem[ae]n|police|officers?|attackers?|assailants?|commanders?|emirs?|forces|personnel|militiam[ae]n|servicem[ae]n|paramilitaries|loyalists?|jawans)\b/.test(w)) return 'combatants';
  return 'total';
}

/** "women and children", "women or children" after a count: one figure for both, so neither's. */
const BOTH_GROUPS = /^\s*(?:and|or|&)\s+(?:children|kids|women)\b/i;

/** A second group inside a count, right after its noun: " and children", " or patients". */
const JOINED_INSIDE = /^\s*(?:and|or|&)\s+([\w-]+(?: [\w-]+)?)/;
/** Fighters beside soldiers inside a count: "soldiers and volunteers" are all fighters. */
const FIGHTERS_BESIDE_WORD = new RegExp(`^${FIGHTERS_BESIDE}\\b`);

/**
 * The civilians for a count of women or children that names the other group too, after the count or inside it
 * (`inside`: the count's words after its noun, "Seven women and children were killed"); else `group`. Inside it,
 * any other group joined makes the figure the smallest group that holds both: "Seven soldiers and civilians were
 * killed" counts no soldiers alone, nor all civilians.
 */
function combined(text: string, end: number, group: Group, inside = ''): Group {
  const joined = JOINED_INSIDE.exec(inside);
  if (joined) {
    const other = group === 'combatants' && FIGHTERS_BESIDE_WORD.test(joined[1]!) ? group : groupOf(joined[1]);
    if (other === group) return group;
    const civilian = (g: Group) => g === 'women' || g === 'children' || g === 'civilians';
    return civilian(group) && civilian(other) ? 'civilians' : 'total';
  }
  return (group === 'women' || group === 'children') && BOTH_GROUPS.test(text.slice(end, end + 16)) ? 'civilians' : group;
}

const MONTH_OR_YEAR = '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\\d\\d)';
/** "since April", "since early 2015", "since 10 May". */
const SINCE_DATE = `\\bsince (?:early |late |mid-?)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_OR_YEAR}\\b`;
/** The same period before the count, in its clause: "Since 10 May, at least 85 people have been killed". */
const SINCE_DATE_BEFORE = new RegExp(`${SINCE_DATE}[^.;]*$`, 'i');
/**
 * A period after a count makes it a running total, not one incident's toll: "have been killed since the
 * conflict began", "killed in Aleppo since April", "in more than three years of conflict", "died of torture
 * from March 2011 to June 2016".
 */
const CUMULATIVE = new RegExp(
  [
    `\\bsince (?:the )?(?:start|beginning|outbreak|end|onset)\\b`,
    `\\bsince (?:the |an |syrias? |syria's )?(?:conflict|war|uprising|revolution|crisis|civil war)\\b`,
    SINCE_DATE,
    `\\b(?:in|over|during) (?:more than |over |nearly |almost |the (?:past|last) )?(?:the )?(?:[\\w]+[- ])?(?:years?|months?) of (?:the )?(?:conflict|war|fighting|violence|civil war)\\b`,
    `\\bduring the [\\w-]+ (?:conflict|war)\\b`,
    // "has claimed 21 lives ... this year", "so far this year": a year's running total.
    `\\b(?:so far )?this year\\b|\\bsince the (?:start|beginning) of (?:the|this) year\\b`,
    // "since a US-Russian brokered ceasefire collapsed on September 19", "since the offensive began".
    `\\bsince (?:an? |the |its |their )?(?:[\\w-]+ ){0,4}?(?:began|begun|started|collapsed|erupted|broke out|ended|took effect|was launched|was declared)\\b`,
    `\\b(?:conflict|war|uprising) (?:began|erupted|started) in\\b`,
    // "died of torture from March 2011 to June 2016", "between 2011 and 2016": a span of months or years.
    `\\bfrom (?:early |late |mid-?)?${MONTH_OR_YEAR}(?: (?:19|20)\\d\\d)? (?:to|until|through|till) (?:early |late |mid-?)?${MONTH_OR_YEAR}\\b`,
    `\\bbetween (?:19|20)\\d\\d and (?:19|20)\\d\\d\\b`,
  ].join('|'),
  'i',
);

/** People named right before "and" and a count: "Mahmoud Abdulkarim Brouq and ". */
const NAMES_AND_BEFORE = new RegExp(`(?:^|[.;:]\\s+|\\b(?:that|when|as|while)\\s+)(${NAMED}(?:(?:,\\s*|\\s+and\\s+)${NAMED})*)\\s+and\\s+$`);

/** The people named right before a count, with where their names start; null when there are none. */
function namesBefore(text: string, from: number, at: number): { start: number; n: number } | null {
  if (!/\sand\s+$/.test(text.slice(Math.max(from, at - 6), at))) return null;
  const m = NAMES_AND_BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { start, n: matchesOf(NAMED_EACH, m[1]!).length };
}

/** Deaths and injuries told as one figure: "were killed or wounded", "killed or injured 40". */
const KILLED_OR_HURT = /\b(?:kill(?:s|ed|ing)?|dead|died)\s+(?:or|and\/or)\s+(?:wound|injur|hurt|maim)\w*|\b(?:wound|injur)\w*\s+(?:or|and\/or)\s+kill\w*/i;

/** Where the clause after a count ends: what follows is another statement. */
const CLAUSE_END = /;| but | while (?!\w+ing\b)/;

/** True when the clause after a count gives a period that makes it cumulative, or a war before it "has killed" it. */
function isCumulative(text: string, start: number, end: number, sentence: Span): boolean {
  const rest = text.slice(end, Math.min(sentence.end, end + 120));
  const cut = rest.search(CLAUSE_END);
  // (A superlative's "since" compares; it counts no period: "killed more than 150 people, the deadliest attack in
  // the capital since 2001".)
  const told = cut < 0 ? rest : rest.slice(0, cut);
  const clause = told.includes('since') ? told.replace(SUPERLATIVE_SINCE, ' ') : told;
  const lead = text.slice(Math.max(sentence.start, start - 90), start);
  return (
    CUMULATIVE.test(clause) ||
    WAR_HAS_KILLED.test(lead) ||
    VAGUE_PERIOD.test(clause) ||
    VAGUE_PERIOD_BEFORE.test(lead) ||
    SINCE_DATE_BEFORE.test(lead) ||
    (text.charCodeAt(sentence.start) === 83 && SINCE_BEGAN_OPENING.test(text.slice(sentence.start, start)))
  );
}

/** A sentence that opens on a beginning it counts from: "Since fighting erupted in April, the WHO has verified ...". */
const SINCE_BEGAN_OPENING = /^Since\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:began|begun|started|erupted|broke out|was launched|collapsed)\b[^.;]*$/;

/** A superlative with the time it is measured from: "the deadliest attack in the capital since 2001". */
const SUPERLATIVE_SINCE = /\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|first|most (?:deadly|lethal|serious|violent))\b[^.;]*?\bsince\b[^,.;]*/gi;

/** A period told with no bounds, whose toll is no one incident's: "In recent days 57 civilians have been martyred". */
const VAGUE_PERIOD = /\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several )?(?:days|weeks|months)\b|\bin recent (?:days|weeks|months)\b/i;
const VAGUE_PERIOD_BEFORE = new RegExp(`${VAGUE_PERIOD.source}[^.;]*$`, 'i');

/** A war that "has killed" a figure: "Syria's conflict, now in its sixth year, has killed more than 280,000". */
const WAR_HAS_KILLED = /\b(?:war|conflict|uprising|revolution|crisis)\b,?(?:\s+[^\s.;]+){0,10}\s+(?:has|have|had)(?:\s+(?:so far|now|already|since))?\s*$/i;

export interface CountHit {
  readonly group: Group;
  readonly range: RangeFinding;
}

function rangeOf(qual: string | undefined, n: number, vague: boolean, evidence: RangeFinding['evidence'], rule: string): RangeFinding {
  const q = (qual ?? '').toLowerCase();
  const open = vague || /^(at least|more than|over|some|as many as|exceeded|exceeds|surpassed|topped|passed)$/.test(q);
  return { low: n, high: open ? null : n, certainty: vague ? 'implied' : 'stated', evidence, rule };
}

/** "Injured 100 ISIS Terrorists" after a killed count: the noun both numbers count. */
const SHARED_NOUN = new RegExp(`^\\s*(?:injured|wounded|hurt)\\s+${QUAL}\\s*${NUM} ${WHO}`, 'i');

/** A verb of another harm right before a number: "kidnapped 900", "wounded 12". */
const OTHER_VERB_BEFORE = /\b(?:kidnapped|abducted|detained|arrested|displaced|evacuated|captured|rescued|freed|released|injured|wounded|hurt)\s+$/i;

/** Words after a noun that make it one who speaks: "police and medical sources said", "officials told". */
const SPEAKS_AFTER = /^\s+(?:and\s+(?:[a-z-]+\s+){0,2})?(?:sources?\s+)?(?:said|say|says|reported|told|added|confirmed|stated)(?=\s*(?:[.;,:]|$)|\s+(?:on|in|that|late|early|yesterday|today|last|reporters|journalists|AFP|Reuters)\b)/;
/** Nouns of those who speak in a report ("police", "officials"), not of those counted ("civilians said the monitor"). */
const SPEAKERS = /(?:^|\s)(?:police|officials?|sources?|medics|doctors|witnesses|activists|residents|rescuers|authorities|officers|security forces|(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:member|spokes(?:man|woman|person)|governor|mayor|commander|official|source|doctor|medic|witness|resident|activist))$/i;

/** "No one was killed", "no-one was hurt": the "one" counts nobody. */
const NOBODY_BEFORE = /\bno[\s-]+$/i;

/** One person. */
const ONE = { n: 1, vague: false };

/**
 * For the injured, an active verb of killing right before a number: "Kurds kill 83 Injured 100" (83 are the
 * dead). Not "killed", which ends a count before it as often ("23 Killed Over 100 Injured").
 */
const KILL_VERB_BEFORE = /\b(?:kill|kills|killing)\s+$/i;

/**
 * A second group joined to a count: "... and eight civilians", "..., as well as two soldiers", "were killed
 * in the blast and the gun battle along with eight IS members", past a group's name: "3 members of Hamas and 4
 * civilians".
 */
const JOINED = new RegExp(`^((?:\\s*\\([^()]{1,60}\\)|\\s+of\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*){0,3})?\\s*,?\\s*(?:and|as well as|along with)\\s+|\\s+(?:in|during|near|at|on)\\b[^,.;]{1,50}?\\s+(?:along with|as well as|together with)\\s+)${QUAL}\\s*${NUM} ${WHO}`, 'i');

/** Words that open a list of the dead a count may stand in: "among them", "including". */
const LIST_OF_THE_DEAD = /\b(?:among|includ\w*|of them|of whom)\b/i;
/**
 * A count of one group joined before a passive count of people of no group: "13 US troops and at least 60 Afghans
 * killed" (the headline's way of "killing at least 60 Afghans and 13 U.S. troops"). Anchored at its end.
 */
const JOINED_BEFORE = new RegExp(`(?:^|[\\s:,(])${QUAL}\\s*${NUM} ${WHO}\\s*,?\\s+and\\s+$`, 'i');

/** More of the dead after a count, past a clause about the first: "... and at least 14 other people", "and 14 others". */
const OTHERS_JOINED = new RegExp(`^((?:\\s+(?:who|whom|which)\\s[^,.;]{1,80}?)?\\s*,?\\s*(?:and|as well as|along with)\\s+)${QUAL}\\s*${NUM} (?:others\\b|(?:other|more) (?:people|persons|civilians|worshippers|passengers|soldiers|fighters)\\b)`, 'i');

/** One person joined to a count: "two farmers and a shepherd", "three soldiers and a civilian" (groups as JOINED's). */
const JOINED_ONE = new RegExp(`^(\\s*,?\\s*(?:and|as well as|along with)\\s+)()(an?) ((?:(?!(?:${UNITS}|${TENS}|ten|eleven|twelve|dozen|few|further|number|total)\\b)[a-z-]+ )?(?:${ONE_PERSON}))\\b`, 'i');

/** The words JOINED cannot match without. */
const JOINING = /\b(?:and|as well as|along with|together with)\b/i;

/** Words inside a joined figure that make it another harm's or another clause's: "108 injured when Ukrainian forces". */
const OTHER_HARM_IN = /\b(?:injured|wounded|hurt|missing|abducted|kidnapped|arrested|detained|when|while|after|who|which)\b/i;

/** A state other than death after a group: missing, wounded, abducted... */
const OTHER_STATE_AFTER = /^\s*(?:(?:were|are|was|remain|remained|still|reportedly|also)\s+)*(?:missing|injured|wounded|hurt|abducted|kidnapped|displaced|detained|arrested|captured|rescued|unaccounted)\b/i;

/** Words without which a sentence holds no count of that harm: checked first, the patterns are costly. */
const HARM_HINT: Readonly<Record<Harm, RegExp>> = {
  killed: /kill|dead|died|\bdies?\b|slain|lives|massacr|perish|death|toll|left|execut|behead|crucif|martyr|bodies|corpses|remains of|eliminat|gunned down|assassinat|murdered|victims|lost|fatalit/i,
  injured: /injur|wound|hurt/i,
};

/** Words after a number that make it an age: "65-year-old", "12 years old". */
const AGE_AFTER = /^[-\s](?:years?|months?)[-\s]old\b/i;
/** Words before a number that make it an age: "aged 14", "aged between 10 and 14", "ages from 3 to 9", "aged 5-7". */
const AGED_BEFORE = /\b(?:aged|ages?|age of)\s+(?:(?:between|from)\s+\d{1,3}\s+(?:and|to)\s+|\d{1,3}\s*[–—-]\s*)?$/i;

/**
 * A count whose verb the clause before it gave, the verb left out: "another in Toretsk" in "One person was killed in
 * Avdiivka and another in Toretsk", "three in Krasnohorivka" in "Six people were injured in Kurakhove and three in
 * Krasnohorivka". Read only where such a clause opens `span` (partsOfToll cuts a sentence there).
 */
export const GAPPED_COUNT = new RegExp(`^${QUAL_LEAD}(${NUM.slice(1, -1)}|another)(?: (?:more|others?|people|persons|civilians))?(?= (?:in|at|near) (?:the (?:[a-z]+ )?(?:city|town|village) of )?\\p{Lu})`, 'iu');
/** The clause before a gapped count: its verb of harm, then "and" ("were killed in Avdiivka and"). */
const GAPPED_BEFORE: Readonly<Record<Harm, RegExp>> = {
  killed: /\b(?:killed|died|dead|lost their lives)\b(?![^.;]*\b(?:injur|wound|hurt)\w*\b)[^.;]*?\bin\s+[^.;]*?,?\s+and\s+$/i,
  injured: /\b(?:injured|wounded|hurt)\b(?![^.;]*\b(?:kill\w*|died|dead)\b)[^.;]*?\bin\s+[^.;]*?,?\s+and\s+$/i,
};

function gappedCount(ctx: ExtractContext, harm: Harm, span: Span): (CountHit & { at: number }) | null {
  const part = ctx.text.slice(span.start, span.end);
  const m = GAPPED_COUNT.exec(part);
  if (!m) return null;
  const sentence = ctx.sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence || sentence.start === span.start || !GAPPED_BEFORE[harm].test(ctx.text.slice(sentence.start, span.start))) return null;
  const num = numberOf(m[2]!);
  if (!num || num.vague || num.n === 0) return null;
  // Of the group the clause before counts: "Two civilians were killed in Kherson and one in Beryslav".
  const before = findCounts(ctx, harm, { start: sentence.start, end: span.start });
  const group = before.at(-1)?.group ?? 'total';
  return { at: span.start, group, range: rangeOf(m[1], num.n, false, [evidenceAt(ctx.text, span.start, span.start + m[0].length)], 'victims:gapped') };
}

/** Every count of the killed or injured in `span`, in text order. */
export function findCounts(ctx: ExtractContext, harm: Harm, span: Span): CountHit[] {
  return remember(ctx, harm === 'killed' ? 'counts:killed' : 'counts:injured', span, () => countsOf(ctx, harm, span));
}

function countsOf(ctx: ExtractContext, harm: Harm, span: Span): CountHit[] {
  const part = ctx.text.slice(span.start, span.end);
  if (!HARM_HINT[harm].test(part)) {
    const gapped = GAPPED_COUNT.test(part) ? gappedCount(ctx, harm, span) : null;
    return gapped ? [{ group: gapped.group, range: gapped.range }] : [];
  }
  const hits: (CountHit & { at: number })[] = [];
  const cues = cuesIn(part);
  for (const rule of RULES[harm]) {
    if ((rule.cues && !rule.cues.some((c) => cues.has(c))) || !rule.needs.test(part)) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const [qi, ni, wi, hi] = rule.groups;
      const num = rule.one ? ONE : rule.named ? { n: matchesOf(NAMED_EACH, m[ni]!).length, vague: false } : numberOf(m[ni] ?? '');
      const high = hi && m[hi] ? numberOf(m[hi]) : null;
      // Years and ages are not victims: "in 2013 killed", "a 12-year-old". The words after a year are
      // tried again: "September 15 2016 Twenty-three civilians were killed".
      if (num && !num.vague && m[ni] && /^(19|20)\d{2}$/.test(m[ni])) {
        re.lastIndex = m.index + m[0].indexOf(m[ni]!) + m[ni]!.length;
        continue;
      }
      if (!num || num.n === 0 || num.n > 1_000_000) continue;
      // A dash between a larger figure and a smaller is no range: "218-11", a code.
      if (hi && rule.id.endsWith('-range') && (!high || high.n <= num.n)) continue;
      // Nor ages: "Three boys aged between 10 and 14 were killed", "kills 65-year-old man".
      if (m[ni]) {
        const numStart = span.start + m.index! + m[0].indexOf(m[ni]);
        const numEnd = numStart + m[ni].length;
        if (AGE_AFTER.test(ctx.text.slice(numEnd, numEnd + 12)) || AGED_BEFORE.test(ctx.text.slice(Math.max(0, span.start + m.index! - 30), numStart))) continue;
      }
      // A quote starts at its first word: an absent qualifier leaves a space before the number.
      const start = span.start + m.index! + (m[0].length - m[0].trimStart().length);
      // A noun that is the subject of a saying, run on without its comma, counts no one: "wounding dozens
      // police and medical sources said", "the death toll rose to 290 police said" (the count and its quote end
      // before it).
      const speaker = m[wi] !== undefined && (rule.id.endsWith('active') || rule.id.startsWith('victims:toll-')) && SPEAKERS.test(m[wi]!) && SPEAKS_AFTER.test(ctx.text.slice(span.start + m.index! + m[0].length, span.start + m.index! + m[0].length + 40));
      const end = speaker ? span.start + m.index! + m[0].lastIndexOf(m[wi]!) - 1 : span.start + m.index! + m[0].trimEnd().length;
      const who = speaker ? undefined : m[wi];
      if (hits.some((h) => start < h.range.evidence[0]!.end && end > h.range.evidence[0]!.start)) continue;
      // "No one was killed": nobody. Nor are the dead of an earlier attack the incident answers ("in
      // retaliation for a chemical attack that killed at least 86 people") the incident's.
      if (NOBODY_BEFORE.test(ctx.text.slice(Math.max(0, start - 4), start)) || insideAnsweredAttack(ctx.text, start)) continue;
      if (isCumulative(ctx.text, start, end, span)) continue;
      // "killed or wounded": one figure for both harms, so neither's.
      if (KILLED_OR_HURT.test(ctx.text.slice(Math.max(span.start, start - 20), Math.min(span.end, end + 20)))) continue;
      // "killing 10, or 20, or 100": figures offered as alternatives are no one incident's toll.
      if (/^\s*,?\s*or\s+\d/.test(ctx.text.slice(end, end + 12)) || /\d\s*,?\s*or\s+$/.test(ctx.text.slice(Math.max(0, start - 12), start))) continue;
      // "kidnapped 900 executed 18": the number belongs to the verb before it.
      if (rule.id.endsWith('passive') && (harm === 'injured' ? KILL_VERB_BEFORE : OTHER_VERB_BEFORE).test(ctx.text.slice(Math.max(0, start - 20), start))) continue;
      // "killed 3 injured": the number belongs to the next verb; but in "Kurds Kill 83 Injured 100 ISIS
      // Terrorists" both numbers count the noun at the end.
      let shared: RegExpExecArray | null = null;
      if (harm === 'killed' && rule.id.endsWith('active') && /^\s*(?:others?\s+)?(?:injured|wounded|hurt)\b/i.test(ctx.text.slice(end, end + 20))) {
        if (who !== undefined) continue;
        shared = SHARED_NOUN.exec(ctx.text.slice(end, end + 80));
        if (!shared?.[3]) continue;
      }
      // "Mahmoud Abdulkarim Brouq and at least 10 members of the group were killed": the people named before the
      // count are of the dead too.
      const namedBefore = rule.id.endsWith('passive') ? namesBefore(ctx.text, Math.max(span.start, start - 90), start) : null;
      // The quote reaches the shared noun when there is one, so it shows whom the number counts.
      const ev = [evidenceAt(ctx.text, namedBefore?.start ?? start, shared ? end + shared[0].trimEnd().length : end)];
      const range = namedBefore && !num.vague ? rangeOf(qi ? m[qi] : undefined, num.n + namedBefore.n, false, ev, 'victims:named-and-count') : rangeOf(qi ? m[qi] : undefined, num.n, num.vague, ev, rule.id);
      // (What follows the noun inside the count says whose they are too: "Eleven members of the Abu Hussein family
      // were killed".)
      const whoRest = who !== undefined && !shared ? m[0].slice(m[0].lastIndexOf(who) + who.length, end - span.start - m.index!) : '';
      const group = combined(ctx.text, end, groupOf(shared?.[3] ?? who, whoRest + ctx.text.slice(end, end + 30)), whoRest);
      hits.push({ at: start, group, range: high && high.n > num.n ? { ...range, high: high.n } : range });
      // "killed 31 jihadists and eight civilians": the group joined to a count is counted with it.
      // Not a group in another state: "11 soldiers were killed and 50 civilians missing".
      // (Only where a joining word follows: the pattern is long.)
      const near = ctx.text.slice(end, Math.min(span.end, end + 80));
      const joinedAt = JOINING.test(near) ? (JOINED.exec(near) ?? JOINED_ONE.exec(near)) : null;
      // Nor a figure of another harm, or of those who did it: "were killed and 108 injured when Ukrainian forces".
      const joined = joinedAt && !OTHER_STATE_AFTER.test(ctx.text.slice(end + joinedAt[0].length, end + joinedAt[0].length + 40)) && !OTHER_HARM_IN.test(joinedAt[0]) ? joinedAt : null;
      const joinedNum = joined ? numberOf(joined[3]!) : null;
      const jGroup = joined ? groupOf(joined[4]) : 'total';
      // "killing a top Sunni cleric who supported President Bashar Assad and at least 14 other people": the others
      // are more of the dead, the one told first among them.
      // (After the verb, as its objects: "5 people were killed and 12 others wounded" are not.)
      const objects = rule.id.endsWith('active') || rule.id === 'victims:killed-one-titled' || rule.id === 'victims:killed-named';
      const tail = objects && !num.vague ? ctx.text.slice(end, Math.min(span.end, end + 140)) : '';
      const others = JOINING.test(tail) ? OTHERS_JOINED.exec(tail) : null;
      const othersNum = others && !OTHER_STATE_AFTER.test(ctx.text.slice(end + others[0].length, end + others[0].length + 40)) ? numberOf(others[3]!) : null;
      if (others && othersNum && !othersNum.vague && othersNum.n > 0) {
        const oEnd = end + others[0].trimEnd().length;
        const oEv = evidenceAt(ctx.text, end + others[1]!.length, oEnd);
        const own = hits.length - 1;
        const r = hits[own]!.range;
        const both = rangeOf(others[2], num.n + othersNum.n, false, [...r.evidence, oEv], 'victims:and-others');
        if (group === 'total') hits[own] = { ...hits[own]!, range: r.high === null ? { ...both, high: null } : both };
        else hits.push({ at: start, group: 'total', range: both });
        continue;
      }
      // "13 US troops and at least 60 Afghans killed": a group joined before the people counted is more of the dead.
      // (Not others of another harm, nor a group a list of the dead named: "seven killed among them a child and two
      // women and nine others were injured".)
      if (!joined && harm === 'killed' && group === 'total' && !num.vague && rule.id.endsWith('passive') && !/\bothers?\b/i.test(who ?? '') && /\band\s+$/i.test(ctx.text.slice(Math.max(span.start, start - 6), start))) {
        const near = ctx.text.slice(Math.max(span.start, start - 90), start);
        const before = LIST_OF_THE_DEAD.test(near) ? null : JOINED_BEFORE.exec(near);
        const bNum = before ? numberOf(before[2]!) : null;
        const bGroup = before ? groupOf(before[3]) : 'total';
        if (before && bNum && !bNum.vague && bGroup !== 'total') {
          // (The count's words: the match less the character before it and the joining "and".)
          const at = start - before[0].length;
          const from = at + before[0].search(/[^\s:,(]/);
          const bEv = evidenceAt(ctx.text, from, at + before[0].search(/\s*,?\s+and\s+$/));
          const own = hits.length - 1;
          hits.push({ at: from, group: bGroup, range: rangeOf(before[1], bNum.n, false, [bEv], 'victims:joined') });
          const r = hits[own]!.range;
          hits[own] = { ...hits[own]!, range: { ...r, low: r.low + bNum.n, high: r.high === null ? null : r.high + bNum.n, evidence: [bEv, ...r.evidence], rule: 'victims:joined-sum' } };
        }
      }
      if (joined && joinedNum && jGroup !== 'total') {
        const jStart = end + joined[1]!.length;
        const jEnd = end + joined[0].trimEnd().length;
        const jEv = evidenceAt(ctx.text, jStart, jEnd);
        const own = hits.length - 1;
        if (jGroup !== group) hits.push({ at: jStart, group: jGroup, range: rangeOf(joined[2], joinedNum.n, joinedNum.vague, [jEv], 'victims:joined') });
        // The count's figure is both: "29 fighters ... were killed along with six Nusra terrorists" (one group),
        // "killing at least 60 Afghans and 13 US troops" (a group told after people of no group is more of the dead).
        if ((jGroup === group || group === 'total') && !num.vague && !joinedNum.vague) {
          const r = hits[own]!.range;
          hits[own] = { ...hits[own]!, range: { ...r, low: r.low + joinedNum.n, high: r.high === null ? null : r.high + joinedNum.n, evidence: [...r.evidence, jEv], rule: 'victims:joined-sum' } };
        }
      }
    }
  }
  // "A woman and a child were killed": a list of groups killed is the sentence's count when it has no other,
  // or when the counts it has are its own last items ("A mother and her four children were killed").
  if (harm === 'killed' && GROUP_LISTS.some((l) => l.killed && l.needs.test(part))) {
    const passive = findIncludedGroups(ctx, span).filter((h) => h.range.rule === 'victims:list-killed');
    const listed = passive.length > 0 ? passive : groupsAfterVerb(ctx, span).filter((h) => h.range.rule === 'victims:list-killed');
    const from = Math.min(...listed.map((h) => h.range.evidence[0]!.start));
    const to = Math.max(...listed.map((h) => h.range.evidence[0]!.end));
    // (A count may open on the verb before the list: "killed a woman" in "killed a woman and her daughter".)
    const inList = (h: { at: number }) => h.at < to && (h.at >= from || KILLING_VERB_ONLY.test(ctx.text.slice(h.at, from)));
    if (listed.length > 1 && hits.every(inList)) hits.length = 0;
    if (hits.length === 0) hits.push(...listedHits(listed));
  }
  return hits.sort((a, b) => a.at - b.at).map(({ group, range }) => ({ group, range }));
}

/** A list of groups killed as counts: each group, and the list's sum as the toll ("a man" adds to it, and names no group). */
function listedHits(listed: readonly CountHit[]): (CountHit & { at: number })[] {
  if (listed.length === 0) return [];
  // One figure a group: "Seven soldiers and 12 militants" are 19 fighters.
  const out: (CountHit & { at: number })[] = [];
  for (const h of listed) {
    if (h.group === 'total') continue;
    const k = out.findIndex((o) => o.group === h.group);
    if (k < 0) out.push({ at: h.range.evidence[0]!.start, group: h.group, range: h.range });
    else {
      const r = out[k]!.range;
      out[k] = { ...out[k]!, range: { ...r, low: r.low + h.range.low, high: r.high === null || h.range.high === null ? null : r.high + h.range.high, certainty: r.certainty === 'stated' && h.range.certainty === 'stated' ? 'stated' : 'implied', evidence: [...r.evidence, ...h.range.evidence] } };
    }
  }
  const low = listed.reduce((n, h) => n + h.range.low, 0);
  const high = listed.every((h) => h.range.high !== null) ? low : null;
  const certainty = listed.every((h) => h.range.certainty === 'stated') ? 'stated' : 'implied';
  const evidence = listed.flatMap((h) => h.range.evidence);
  out.push({ at: evidence[0]!.start, group: 'total', range: { low, high, certainty, evidence, rule: 'victims:list-killed' } });
  // "A woman and a child were killed": every one of them a civilian.
  if (listed.every((h) => h.group === 'women' || h.group === 'children')) {
    out.push({ at: evidence[0]!.start, group: 'civilians', range: { low, high, certainty, evidence, rule: 'victims:list-killed' } });
  }
  return out;
}

/** The nouns of the groups a toll includes. */
const GROUP_NOUN =
  "(?:civilians?|children|child|kids|schoolchildren|women|woman|men|man|mothers?|wives|wife|sisters?|daughters?|grandmothers?|fathers?|husbands?|brothers?|sons?|grandfathers?|soldiers?|fighters?|militants?|rebels?|troops|members?|girls?|boys?|babies|baby|infants?|minors?|toddlers?|medics?|doctors?|nurses?|journalists?|volunteers?|policem[ae]n|officers?|students?|pupils?|militiamen|personnel|jihadists?|terrorists?|insurgents?|gunm[ae]n|attackers?|assailants?|combatants?|servicem[ae]n|commanders?|" +
  // People of a trade or a place, in a list of the dead: "killing a teacher and two students", "two farmers and a shepherd".
  'teachers?|workers?|farmers?|shepherds?|fisherm[ae]n|villagers?|residents?|passers-?by|passersby|drivers?|guards?|worshipp?ers|patients?|reporters?|photographers?|paramedics?|rescuers?|officials?|operatives?)';
/** One of a family, told by whose: "their mother", "his wife" (one person; "her children" are of no number). */
const ONE_KIN = '(?:mother|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather|baby|child)';
/** One item of a list of groups: "two children", "a woman", "another man", "at least 13 civilians", "their mother", "his two sons". */
// (The noun is matched in a lookahead and taken again by name: V8 then compiles the long list of nouns once, not
// once for each way into it, which made each pattern of two items about 1.7 MB of machine code. `noun` names the
// group; the two items of one pattern need two names. The group keeps its place among the numbered ones.)
// (Not a noun that opens a compound: "including 11 children in a jihadist-held town" counts no jihadist.)
const itemSource = (noun: string) =>
  `\\b${QUAL_LEAD}(?:(?:her|his|their) (?=(?:${UNITS}|\\d)))?(?!(?:19|20)\\d\\d\\b)(${NUM.slice(1, -1)}|a|an|another|(?:her|his|their|the)(?= (?:[\\w-]+ )?${ONE_KIN}\\b)) (?:[\\w-]+ )?(?=(?<${noun}>${GROUP_NOUN})\\b(?!-))\\k<${noun}>`;
const ITEM = new RegExp(itemSource('noun'), 'gi');
const [FIRST_ITEM, NEXT_ITEM] = [itemSource('noun'), itemSource('nextNoun')];
/** A list of groups and nothing else: "three children and two women". */
const LIST = `(?:${FIRST_ITEM})(?:\\s*(?:,\\s*and|,|and)\\s*(?:${NEXT_ITEM}))*`;
/** The verbs a list of the killed follows: "killed a woman and her three children", "claiming the lives of a man and his wife". */
const KILLING_VERB = "kill(?:s|ed|ing)?|shot dead|(?:claim(?:s|ed|ing)?|t(?:ook|akes|aking)) the lives of";
const KILLING_VERB_ONLY = new RegExp(`^(?:${KILLING_VERB})\\s+$`, 'i');

/**
 * The words a list of the killed cannot go without: "and" before its last item, then the harm ("A woman and her
 * two children killed", "Two women and two soldiers were killed"); a bare "killed" only right after the last item's
 * noun (a headline's), for the pattern is long and "and ... killed" is in most sentences.
 */
const LIST_KILLED_HINT =
  /\band\b[^.]*\b(?:(?:were|have been|had been)\s+(?:also\s+)?(?:killed|among the dead)|died|lost their lives|perished)\b|\band\s+(?:(?:her|his|their)\s+)?(?:an?|another|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?[\w-]+\s+killed\b/i;

/**
 * Where a list of groups inside a toll stands, each with words it cannot match without: a pattern that
 * opens on a number is tried at every place in a sentence, so a sentence without its words skips it.
 */
const GROUP_LISTS: readonly {
  readonly re: RegExp;
  readonly needs: RegExp;
  /** The list is a part of the harm last named before it: after an injury, of the injured. */
  readonly ofLastHarm?: true;
  /** The list is the killed themselves, the whole toll ("Two women and a man were killed"). */
  readonly killed?: true;
  /** The list follows the verb ("killed a woman and her three children"): read only for a sentence with no other count. */
  readonly afterVerb?: true;
  /** The list says outright it is of the dead ("made up the rest of the dead"): a sentence further on fills its groups. */
  readonly ofTheDead?: true;
}[] = [
  // "including four children", "among them 15 children and two women", "of whom three were women".
  // (Not "the dead included ...": that list is the toll itself, read below.)
  {
    // (And a bracket after the harm, as casualty recorders write it: "5–7 killed (2 children, 1 woman)".)
    re: /(?:\b(?:including|incl\.|among them|among whom|of whom|of them|amongst them|(?<!\b(?:the dead|those killed|the victims|the fatalities|those who died)\s)(?:include|includes|included))\s+|(?<=\b(?:killed|dead|deaths|wounded|injured) ?)\(\s*)([^.;:()]{1,90})/gi,
    needs: /includ|incl\.|among|of whom|of them|(?:killed|dead|deaths|wounded|injured) ?\(/i,
    ofLastHarm: true,
  },
  // "three children and two women were among those killed", "Six civilians including a child were among at
  // least 22 people killed", "31 civilians were identified among those killed".
  {
    re: new RegExp(`(${LIST})(?:\\s*,?\\s*including [^,.;]{1,40}?)?\\s+(?:were|was)\\s+(?:also\\s+)?(?:(?:identified|counted|confirmed)\\s+)?among\\s+(?:the\\s+|[A-Z]\\w+?'?s\\s+)?(?:dead|those killed|victims|fatalities|casualties|people killed|(?:at least |more than )?\\d[\\d,]*\\s+(?:people|civilians|persons)\\s+(?:killed|dead))`, 'gi'),
    needs: /\b(?:were|was)\s+(?:also\s+)?(?:(?:identified|counted|confirmed)\s+)?among\b/i,
  },
  // "Four Kurdish militiamen and 11 jihadists made up the rest of the dead": groups of the dead.
  {
    re: new RegExp(`(${LIST})\\s+(?:made|make) up\\s+(?:the\\s+)?(?:(?:rest|remainder|bulk|majority)\\s+of\\s+(?:the\\s+)?)?(?:dead|toll|death toll|victims|fatalities)\\b`, 'gi'),
    needs: /\bmade up\b|\bmake up\b/i,
    ofTheDead: true,
  },
  // "Two women and two soldiers were killed in the attack", "One mother and her child have died": a list of two
  // groups or more, killed.
  {
    re: new RegExp(`((?:${FIRST_ITEM})(?:\\s*(?:,\\s*and|,|and)\\s*(?:(?:her|his|their)\\s+)?(?:${NEXT_ITEM}))+)\\s+(?:(?:were|have been|had been)\\s+(?:also\\s+)?(?:killed|among the dead)|(?:(?:have|has|had)\\s+)?(?:died|lost their lives|perished)|killed(?!\\s+(?:at least\\s+|more than\\s+)?(?:\\d|an?\\b|the\\b|his\\b|her\\b|their\\b|${UNITS}|ten|dozens|scores|hundreds)))\\b`, 'gi'),
    // (Or a headline's bare "killed", no one after it: "Father and three sons killed in Syrian government shelling".)
    needs: LIST_KILLED_HINT,
    killed: true,
  },
  // "Shelling killed a woman and her three children": the list after the killing, a family told as such. (A
  // list that opens on a number is a count the active rule reads: "killed two women and a man".)
  {
    re: new RegExp(`\\b(?:${KILLING_VERB})\\s+((?:${FIRST_ITEM})(?:\\s*(?:,\\s*and|,|and)\\s*(?:(?:her|his|their)\\s+)?(?:${NEXT_ITEM}))+)`, 'gi'),
    needs: new RegExp(`\\b(?:${KILLING_VERB})\\s+(?:an?|another)\\s[^.]*\\band\\b`, 'i'),
    killed: true,
    afterVerb: true,
  },
  // "three persons were killed, a woman among them": the list before the words.
  { re: new RegExp(`(${LIST})\\s+(?:among|amongst) (?:them|whom)\\b`, 'gi'), needs: /\b(?:among|amongst) (?:them|whom)\b/i, ofLastHarm: true },
  // "The dead included a pregnant woman and her two children", "the victims were three children and a woman": the toll.
  {
    re: new RegExp(`(?<!\\bamong(?:st)? )\\b(?:the dead|those killed|the victims|the fatalities|those who died)\\s+(?:included|include|were)\\s+((?:${FIRST_ITEM})(?:\\s*(?:,\\s*and|,|and)\\s*(?:(?:her|his|their)\\s+)?(?:${NEXT_ITEM}))*)`, 'gi'),
    needs: /\b(?:the dead|those killed|the victims|the fatalities|those who died)\s+(?:included|include|were)\b/i,
    killed: true,
  },
  // "there were 11 children among the dead".
  { re: new RegExp(`\\bthere (?:were|was) (?:also )?(${LIST}) among (?:the )?(?:dead|those killed|victims|fatalities|casualties)`, 'gi'), needs: /\bthere (?:were|was)\b/i },
  // "Among those killed were three children and three women", "Among the 25 killed were 10 children".
  { re: new RegExp(`\\bamong (?:the )?(?:dead|those killed|victims|fatalities|casualties|(?:at least |more than )?\\d[\\d,]*\\s+(?:people\\s+|civilians\\s+)?(?:killed|dead))\\s+(?:were|was|are)\\s+(${LIST})`, 'gi'), needs: /\bamong\b/i },
];
/** "30 of them children", "five of the dead were children": a count, then what it counts. */
const OF_THEM = new RegExp(`(${NUM.slice(1, -1)}) of (?:them|whom|the dead|the victims|those killed|the fatalities) (?:were |was )?(?:[A-Za-z-]+ ){0,3}?(${GROUP_NOUN})\\b`, 'gi');

const GROUP_HINT = /includ|incl\.|among|were killed|have been killed|had been killed|of them|of whom|of the dead|of the victims|of those killed|of the fatalities|the (?:dead|victims|fatalities) were|those (?:killed|who died) were|\band\b[^.]*\b(?:died|lost their lives|perished)\b|\bmade up\b|\bmake up\b|(?:killed|dead|deaths|wounded|injured) ?\(/i;
/** The list after a killing ("killed a woman and her three children"), which GROUP_HINT's words do not cover. */
const KILLED_LIST_HINT = new RegExp(`\\b(?:${KILLING_VERB}) (?:an?|another) `, 'i');
/** A count of some of the dead told as such: "six of those killed", "31 of them". */
const OF_THE_DEAD = / of (?:them|whom|the dead|the victims|those killed|the fatalities)\b/i;
const OF_THEM_NEEDS = / of (?:them|whom|the dead|the victims|those killed|the fatalities) /i;

const HARM_WORDS = /\b(?:(kill\w*|dead|died|deaths?|lives|life|execut\w*|massacr\w*|slain|perished|bodies|martyr\w*)|(injur\w*|wound\w*|hurt))\b/gi;

const NEXT_HARM = /\b(?:injur\w*|wound\w*|hurt|kill\w*)\b/i;
/** What may follow a comma inside a list of groups: another item ("four children, two women and a man"). */
const ITEM_AFTER_COMMA = new RegExp(`^\\s*(?:(?:and|as well as|plus)\\s+)?${QUAL_LEAD}(?:${NUM.slice(1, -1)}|a|an|another|her|his|their|most|many|some|all|several)\\b`, 'i');

/** A day told after a list, which ends it: "including women and children on Tuesday morning residents ... said". */
const DAY_AFTER_LIST = /\s(?:on|this|last|early|late)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|morning|afternoon|evening|night)\b|\s(?:yesterday|today|overnight)\b/i;

/** Where an "including" list ends: at the next harm, at a day told after it, or at a comma that no further item follows (-1: at its end). */
function listEnd(body: string): number {
  const day = body.search(DAY_AFTER_LIST);
  const next = body.search(NEXT_HARM);
  const harm = day >= 0 && (next < 0 || day < next) ? day : next;
  for (let at = body.indexOf(','); at >= 0 && (harm < 0 || at < harm); at = body.indexOf(',', at + 1)) {
    if (!ITEM_AFTER_COMMA.test(body.slice(at + 1))) return at;
  }
  return harm;
}

/** True when the last word of harm before `at` in a sentence is an injury: the list that follows counts the injured. */
function ofTheInjured(part: string, at: number): boolean {
  let injured = false;
  for (const m of matchesOf(HARM_WORDS, part.slice(0, at))) injured = m[2] !== undefined;
  return injured;
}

/** Groups inside a total, in the same sentence: lists after "including", "among the dead", "N of them". */
export function findIncludedGroups(ctx: ExtractContext, span: Span): CountHit[] {
  return remember(ctx, 'groups', span, () => includedGroupsOf(ctx, span, false));
}

/** The groups a list after a killing names ("killed a woman and her three children"), for a sentence with no other count. */
function groupsAfterVerb(ctx: ExtractContext, span: Span): CountHit[] {
  return remember(ctx, 'groups:after-verb', span, () => includedGroupsOf(ctx, span, true));
}

/** The groups of the injured a list names after an injury: "wounded seven people, including three children". */
function findInjuredGroups(ctx: ExtractContext, span: Span): CountHit[] {
  return remember(ctx, 'groups:injured', span, () => includedGroupsOf(ctx, span, false, true));
}

function includedGroupsOf(ctx: ExtractContext, span: Span, afterVerb: boolean, ofInjured = false): CountHit[] {
  const part = ctx.text.slice(span.start, span.end);
  // Every form below has one of these words: a sentence without them is passed over at once.
  if (!(afterVerb ? KILLED_LIST_HINT.test(part) : GROUP_HINT.test(part) || LIST_KILLED_HINT.test(part))) return [];
  const hits: CountHit[] = [];
  const taken: [number, number][] = [];
  /** `who`: the words that tell whom the count counts ("four children", "a staff member"). */
  const add = (start: number, end: number, qual: string | undefined, num: { n: number; vague: boolean }, who: string, rule = 'victims:including') => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    // (What follows the words says whose members they are: "11 members of civil defence teams".)
    const group = groupOf(who, ctx.text.slice(end, end + 40));
    // "44 civilians including 11 women and one rescue worker": a part of no group is no total. (Its words stay free
    // for a list of the killed that reads them: "A father and his two sons were among the dead".)
    if (group === 'total' && rule === 'victims:including') return;
    taken.push([start, end]);
    // "34 killed, 6 of them women or children": the part is neither group's figure, nor the civilians'.
    if (combined(ctx.text, end, group) !== group) return;
    const ev = [evidenceAt(ctx.text, start, end)];
    hits.push({ group, range: rangeOf(qual, num.n, num.vague, ev, rule) });
  };
  if (!afterVerb && OF_THEM_NEEDS.test(part)) {
    for (const m of matchesOf(OF_THEM, part)) {
      const num = numberOf(m[1]!);
      if (num && ofTheInjured(part, m.index!) === ofInjured) add(span.start + m.index!, span.start + m.index! + m[0].length, undefined, num, m[2]!);
    }
  }
  for (const list of GROUP_LISTS) {
    if (Boolean(list.afterVerb) !== afterVerb || (ofInjured && !list.ofLastHarm) || !list.needs.test(part)) continue;
    for (const m of matchesOf(list.re, part)) {
      // "injuring four others among them two girls": a part of the injured, not of the dead (read as such when
      // the injured are asked for).
      if (list.ofLastHarm && ofTheInjured(part, m.index!) !== ofInjured) continue;
      // The list ends where the next harm begins: "among them a woman and injuring four others ...".
      // And after a comma, where the words are no further item: "including women and children, on Tuesday morning,
      // residents and a member of the opposition said" (those who said it are no one killed).
      const next = list === GROUP_LISTS[0] ? listEnd(m[1]!) : -1;
      const body = next < 0 ? m[1]! : m[1]!.slice(0, next);
      const bodyAt = m.index! + m[0].indexOf(body);
      const from = hits.length;
      for (const it of matchesOf(ITEM, body)) {
        const num = numberOf(it[2]!);
        if (!num) continue;
        const lead = it[0].length - it[0].trimStart().length;
        const itemStart = span.start + bodyAt + it.index! + lead;
        // The first item keeps the word that makes it part of the toll: "including four children".
        const start = list === GROUP_LISTS[0] && it.index === 0 ? span.start + m.index! : itemStart;
        add(start, itemStart + it[0].length - lead, it[1], num, it[0], list.killed ? 'victims:list-killed' : list.ofTheDead ? 'victims:of-the-dead' : 'victims:including');
      }
      // Items of one group in one list are summed: "Four Kurdish militiamen and 11 jihadists" are 15 fighters.
      // (A list of the killed is summed where it is read as the toll.)
      if (!list.killed && hits.length - from > 1) hits.splice(from, hits.length - from, ...summedByGroup(hits.slice(from)));
    }
  }
  return hits;
}

/** A figure given as a round guess: "nearly 100", "about 20", "some 300". */
const ROUNDED = new RegExp(`\\b(?:nearly|almost|around|about|roughly|some|an estimated|close to)\\s*${NUM}\\b`, 'i');

function isRounded(r: RangeFinding): boolean {
  return ROUNDED.test(r.evidence[0]?.quote ?? '');
}

/** True when one of the parts a summed count was read from gives `n`: "13 U.S. troops" in "60 Afghans and 13 U.S. troops". */
function sumsIn(sum: RangeFinding, n: number): boolean {
  return sum.evidence.some((e) => new RegExp(`(?:^|\\D)${n}(?!\\d)`).test(e.quote));
}

/** A round figure told as a floor: "over 100", "more than 50" (a headline's word for the lead's "at least 110"). */
const OPEN_ROUND = /\b(?:over|more than)\s*\d*0\b/i;

/**
 * True when `next` is the exact figure a rounded one stood for: "Air raids kill nearly 100" … "killed at least
 * 96 people"; "over 100 killed" … "At least 110 people were killed" (it replaces the rounded one, keeping its
 * words too).
 */
function exactForRounded(rounded: RangeFinding, next: RangeFinding): boolean {
  if (next.certainty !== 'stated' || isRounded(next)) return false;
  if (isRounded(rounded)) return Math.abs(next.low - rounded.low) <= rounded.low / 4;
  return rounded.high === null && OPEN_ROUND.test(rounded.evidence[0]?.quote ?? '') && !OPEN_ROUND.test(next.evidence[0]?.quote ?? '') && next.low > rounded.low && next.low <= rounded.low * 1.25;
}

/** "Five others were killed": more dead besides those told before. */
const OTHERS_KILLED_OPENING = /^\W*(?:[\w-]+\s+)?others\s+(?:were|have been|had been)\s+(?:also\s+)?killed\b/i;

export const NO_COUNTS: VictimCounts = { total: null, civilians: null, children: null, women: null, combatants: null };

/**
 * The counts of one incident: the first count in the first of `sentences` that has one, the groups that
 * sentence says it includes, then any group still unset from the sentences after it ("... killed 47
 * people. Thirty-one of them were civilians"). One group, one value: a later figure never overwrites.
 */
/** The value a group keeps: the first stated figure; a vague one ("dozens") only until a stated one comes. */
/** A count of people by name, or of one person: "killed Ibrahim Biari", "a woman was killed". */
function onePerson(r: RangeFinding): boolean {
  return r.rule === 'victims:killed-named' || r.rule.startsWith('victims:killed-one') || (r.low === 1 && r.high === 1);
}

function keep(had: RangeFinding | null, next: RangeFinding): RangeFinding {
  if (!had) return next;
  return had.certainty === 'implied' && next.certainty === 'stated' ? next : had;
}

export function countsIn(
  ctx: ExtractContext,
  harm: Harm,
  sentences: readonly Span[],
  /**
   * Sentences further on about the same incident: they only add children or women the toll includes ("There
   * were also 20 women among the dead"), and only when they give no figure of their own.
   */
  later: readonly Span[] = [],
): VictimCounts {
  const out: Record<Group, RangeFinding | null> = { ...NO_COUNTS };
  let started = false;
  let firstVague = false;
  /** The first figure, when it counts only a part of the dead (children, women): a later total is the whole. */
  let firstPart: RangeFinding | null = null;
  /**
   * The first figure, when it counts one group: a later total that sums it with another is the whole ("kill 13 U.S.
   * troops" … "killing at least 60 Afghans and 13 U.S. troops").
   */
  let firstGroup: RangeFinding | null = null;
  /** The first figure, when it counts people by name or one person: others told after it add to it. */
  let named: RangeFinding | null = null;
  for (const sentence of sentences) {
    const hits = findCounts(ctx, harm, sentence);
    if (!started) {
      const first = hits[0];
      if (!first) continue;
      started = true;
      firstVague = first.range.certainty === 'implied';
      firstPart = first.group === 'children' || first.group === 'women' ? first.range : null;
      firstGroup = first.group !== 'total' ? first.range : null;
      named = onePerson(first.range) ? first.range : null;
      out[first.group] = first.range;
      // Groups the same sentence counts after its first figure fill in ("... killed 58 civilians. UNICEF said
      // twenty-five children were killed" run together); never a second total, but the whole of a first figure
      // that counts only a part ("execute 10 children … Ten children were among at least 48 people killed").
      for (const h of hits.slice(1)) {
        if (h.group !== 'total' && h.group !== first.group) out[h.group] = keep(out[h.group], h.range);
        else if (h.group === 'total' && !out.total && firstPart && h.range.certainty === 'stated' && h.range.low > firstPart.low) out.total = h.range;
      }
    } else {
      // Other groups fill in; the total only replaces a vague one ("Dozens killed" ... "32 people were killed").
      // A stated total also comes in after a vague first figure ("Dozens of civilians killed ... killing at least 12").
      // "killed Qassem Soleimani ... and Abu Mahdi al-Muhandis" … "Five others were killed": the named and the
      // others are all the dead.
      const others = named && OTHERS_KILLED_OPENING.test(ctx.text.slice(sentence.start, sentence.end)) ? hits.find((h) => h.group === 'total' && h.range.certainty === 'stated') : undefined;
      if (others && named) {
        const low = named.low + others.range.low;
        out.total = { low, high: others.range.high === null || named.high === null ? null : low, certainty: 'stated', evidence: [...named.evidence, ...others.range.evidence], rule: 'victims:named-and-others' };
        named = null;
        continue;
      }
      // … "at least eight people were killed in total": the whole of the dead, the named among them.
      const inAll = named && !out.total ? hits.find((h) => h.group === 'total' && h.range.certainty === 'stated' && h.range.low >= named!.low && IN_ALL_AFTER.test(ctx.text.slice(h.range.evidence[0]!.end, h.range.evidence[0]!.end + 14))) : undefined;
      if (inAll) {
        out.total = inAll.range;
        named = null;
        continue;
      }
      if (otherSide(ctx, sentence, hits, out)) continue;
      for (const h of hits) {
        // "killed one of the notorious commanders" … "Brouq and at least 10 members of the group were killed": a
        // larger figure of the group the one killed belongs to counts him among them.
        if (named && out[h.group] === named && h.range.certainty === 'stated' && h.range.low > named.low) {
          out[h.group] = h.range;
          continue;
        }
        // A later sentence's own count of civilians under a stated total is usually one part of it ("45 killed
        // in Aleppo ... 12 civilians were killed in Marjeh"), not the total's civilians: those come as "of them".
        // (Not a precise count under a round total: "Nearly 100 killed" … "At least 98 civilians ... were killed".)
        if (h.group === 'civilians' && out.total?.certainty === 'stated' && h.range.low < out.total.low && !exactForRounded(out.total, h.range)) continue;
        // One named among a toll told in vague words ("killed dozens of people" … "the strike killed Ibrahim Biari, a
        // Hamas commander") is one of the dead, not the toll.
        if (h.group === 'total' && out.total?.certainty === 'implied' && onePerson(h.range) && h.range.low < out.total.low) continue;
        // "Syria forces execute 10 children" … "Ten children were among at least 48 people killed": the whole toll.
        // Never a figure below a group already counted: "16 civilians" … "killed seven people including two women" is a part.
        const whole =
          (out.total === null && firstPart !== null && h.range.certainty === 'stated' && h.range.low > firstPart.low && (!out.civilians || h.range.low >= out.civilians.low)) ||
          (out.total === null && firstGroup !== null && h.group === 'total' && h.range.rule === 'victims:joined-sum' && h.range.low > firstGroup.low && sumsIn(h.range, firstGroup.low)) ||
          // "... killing 5 soldiers. 3 militants were also killed. Fatalities: 8.": a dataset's own field is the whole.
          (out.total === null && h.group === 'total' && h.range.rule === 'victims:fatalities-field');
        if (h.group !== 'total' || out.total?.certainty === 'implied' || (out.total === null && firstVague) || whole) out[h.group] = keep(out[h.group], h.range);
        else if (out.total && exactForRounded(out.total, h.range)) out.total = { ...h.range, evidence: [...h.range.evidence, ...out.total.evidence] };
      }
    }
    for (const g of harm === 'killed' ? findIncludedGroups(ctx, sentence) : findInjuredGroups(ctx, sentence)) out[g.group] = keep(out[g.group], g.range);
    // A toll that "rose to" a figure is the latest for this incident; the earlier figure stays as evidence.
    const rose = hits.find((h) => h.range.rule === 'victims:toll-rose-to' || h.range.rule === 'victims:toll-revised-to' || h.range.rule === 'victims:toll-brought-to' || h.range.rule === 'victims:injured-rose-to');
    if (rose && out.total !== rose.range) out.total = { ...rose.range, evidence: [...rose.range.evidence, ...(out.total?.evidence ?? [])] };
  }
  if (harm === 'killed' && started) {
    for (const sentence of later) laterSentence(ctx, sentence, out);
    for (const sentence of [...sentences, ...later]) theRest(ctx, sentence, out);
  }
  return withTotalOverParts(harm === 'killed' ? withCivilianGroups(out) : out);
}

/**
 * A vague total below a stated figure of one group ("Hundreds killed" ... "killed around 300 civilian men")
 * is at least that figure: the largest group, not their sum (two sources' groups may be the same dead).
 */
function withTotalOverParts(out: Record<Group, RangeFinding | null>): Record<Group, RangeFinding | null> {
  const total = out.total;
  if (!total || total.certainty !== 'implied') return out;
  let part: RangeFinding | null = null;
  for (const g of ['civilians', 'combatants', 'children', 'women'] as const) {
    const r = out[g];
    if (r && r.certainty === 'stated' && r.low > (part?.low ?? total.low)) part = r;
  }
  if (!part) return out;
  return { ...out, total: { low: part.low, high: null, certainty: 'implied', evidence: [...total.evidence, ...part.evidence], rule: 'victims:total-over-part' } };
}

/** "The rest of the dead were IS fighters": the toll less its civilians were combatants. */
const THE_REST = /\b(?:the rest|the others|the remainder|the remaining)(?: of (?:the|those) (?:dead|killed|victims|fatalities))?(?: [^,.;]{0,40}?)? (?:were|are) (?:[\w-]+ ){0,2}?(?:fighters|militants|soldiers|jihadists|rebels|troops|combatants|gunmen|insurgents|members of)\b/i;

/** The combatants a sentence gives as the rest of a toll whose total and civilians are stated. */
function theRest(ctx: ExtractContext, sentence: Span, out: Record<Group, RangeFinding | null>): void {
  const { total, civilians } = out;
  if (out.combatants || total?.certainty !== 'stated' || civilians?.certainty !== 'stated' || civilians.low >= total.low) return;
  const m = THE_REST.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return;
  const words = evidenceAt(ctx.text, sentence.start + m.index, sentence.start + m.index + m[0].length);
  const n = total.low - civilians.low;
  out.combatants = { low: n, high: total.high === null || civilians.high === null ? null : n, certainty: 'stated', evidence: [words, ...total.evidence, ...civilians.evidence], rule: 'victims:the-rest' };
}

/** Words that point back at the attack already told: "in the strikes", "this attack". */
const BACK_TO_THE_ATTACK = /\b(?:the|this|that|these) (?:[\w-]+ )?(?:attacks?|strikes?|air ?strikes?|airstrikes?|raids?|bombings?|blasts?|explosions?|massacre|shelling|assault|bombardment)\b/i;

/**
 * The items of one list summed by group. (Only within one list: "including four children" and "two of them
 * children" told in two places may be the same children.)
 */
function summedByGroup(groups: readonly CountHit[]): CountHit[] {
  const out: CountHit[] = [];
  for (const g of groups) {
    const k = out.findIndex((o) => o.group === g.group);
    if (k < 0) {
      out.push(g);
      continue;
    }
    const r = out[k]!.range;
    out[k] = { group: g.group, range: { ...r, low: r.low + g.range.low, high: r.high === null || g.range.high === null ? null : r.high + g.range.high, certainty: r.certainty === 'stated' && g.range.certainty === 'stated' ? 'stated' : 'implied', evidence: [...r.evidence, ...g.range.evidence] } };
  }
  return out;
}

/** "in total", "in all" right after a toll: the whole of it. */
const IN_ALL_AFTER = /^\s*(?:in total|in all|altogether)\b/i;

/** Words that point back at the fighting told: "in the offensive", "during the assault". */
const BACK_TO_THE_FIGHTING = /\b(?:the|this|that|these) (?:[\w-]+ )?(?:attacks?|assault|offensive|clashes|fighting|battle|raid|operation)\b/i;
/** The fighters of a side that attacked, as a count names them: "jihadist fighters", "Islamic State fighters". */
const ATTACKERS_WORD = new RegExp(`\\b(?:attackers|assailants|jihadists?|militants|insurgents|gunmen|terrorists)\\b|\\b(?:jihadist|${NOT_A_NAME}[A-Z][\\w-]*) (?:fighters|militants)\\b`);

/**
 * The other side's dead, told after a toll of one side: "At least 85 Syrian army troops were killed" … "The IS
 * lost at least 28 jihadist fighters"; "killed 270 soldiers" … "at least 40 Islamic State fighters were killed in
 * the offensive". They are dead of the same fighting: the toll and the fighters grow by them (rule
 * `victims:other-side`, both figures' words as evidence). True when the sentence was read so.
 */
function otherSide(ctx: ExtractContext, sentence: Span, hits: readonly CountHit[], out: Record<Group, RangeFinding | null>): boolean {
  const toll = out.total ?? out.combatants ?? out.civilians;
  const h = hits.length === 1 ? hits[0]! : null;
  if (!toll || toll.certainty !== 'stated' || !h || h.group !== 'combatants' || h.range.certainty !== 'stated' || h.range.low === toll.low) return false;
  const quote = h.range.evidence[0]!.quote;
  const lost = h.range.rule === 'victims:lost-fighters';
  if (!lost && !(ATTACKERS_WORD.test(quote) && BACK_TO_THE_FIGHTING.test(ctx.text.slice(sentence.start, sentence.end)))) return false;
  // Not the toll's own side told again, or a part of it: its noun is not the toll's.
  const noun = /(\w+)\W*$/.exec(quote.replace(/\s+(?:were|was|have|has|had)\b.*$/i, ''))?.[1]?.toLowerCase();
  if (!noun || toll.evidence.some((e) => e.quote.toLowerCase().includes(noun))) return false;
  const high = (r: RangeFinding) => r.high;
  const sum = (r: RangeFinding | null): RangeFinding => ({
    low: (r?.low ?? 0) + h.range.low,
    high: r && high(r) !== null && high(h.range) !== null ? high(r)! + high(h.range)! : null,
    certainty: 'stated',
    evidence: [...(r?.evidence ?? []), ...h.range.evidence],
    rule: 'victims:other-side',
  });
  const before = toll;
  out.total = sum(toll);
  out.combatants = sum(out.combatants);
  OWN_TOLL.set(out.total, before);
  return true;
}

/** The toll of one side that a sum with the other side's dead was made from. */
const OWN_TOLL = new WeakMap<RangeFinding, RangeFinding>();

/** The toll before the other side's dead were added to it ("killed 270" of 310): the figure a later sentence tells again. */
export function ownToll(r: RangeFinding | null): RangeFinding | null {
  return r ? (OWN_TOLL.get(r) ?? r) : r;
}

/** Words that make a toll a whole campaign's, a war's or a period's, not one incident's. */
const WIDER_TOLL = /\b(?:overall|total|cumulative|combined|since|so far this|this (?:year|month|week)|campaign|offensive|war|conflict|fighting|violence|clashes|days of|weeks of)\b/i;

/**
 * What a sentence further on adds to the headline toll `out`. With no figure of its own, the children or
 * women the toll includes ("There were also 20 women among the dead"). Telling the same toll again, its
 * parts ("Twelve people were killed including two rebel fighters and five civilians"). After a vague toll
 * ("killing scores of volunteers"), its first stated figure ("Fifteen volunteers were killed"). A toll that
 * rose further ("The death toll climbed to 32"), the latest.
 */
function laterSentence(ctx: ExtractContext, sentence: Span, out: Record<Group, RangeFinding | null>): void {
  const hits = findCounts(ctx, 'killed', sentence);
  // No figure of its own, or one figure of its own for the attack told ("at least 56 civilians including 11
  // children were killed in the strikes"): the children or women it includes are this incident's, its other
  // figures a source's own count. A sentence with two tolls ("The rebel barrage killed 10 ... while the air
  // strikes killed 82") tells two.
  // Civilians and fighters too when the words point back at the dead: "10 of those killed were believed to be
  // civilians", "At least six of those killed were Syrian rebel fighters".
  if (hits.length === 0 || (hits.length === 1 && BACK_TO_THE_ATTACK.test(ctx.text.slice(sentence.start, sentence.end)))) {
    for (const g of findIncludedGroups(ctx, sentence)) {
      if (g.group === 'children' || g.group === 'women' || (g.group !== 'total' && (OF_THE_DEAD.test(g.range.evidence[0]!.quote) || g.range.rule === 'victims:of-the-dead'))) out[g.group] ??= g.range;
    }
  }
  // "The victims included 8 children and 5 women" after "At least 27 civilians were killed": a list of the dead
  // no larger than the toll is its groups, not a toll of its own.
  const toll = out.total ?? out.civilians;
  const listed = hits.length > 0 && hits.every((h) => h.range.rule === 'victims:list-killed') ? hits.find((h) => h.group === 'total')?.range : undefined;
  if (listed && toll && listed.low <= toll.low) {
    for (const h of hits) if (h.group !== 'total') out[h.group] ??= h.range;
    return;
  }
  if (hits.length === 0 || otherSide(ctx, sentence, hits, out)) return;
  const total = out.total;
  // "The death toll climbed to 32 by Saturday evening": the incident's latest toll, told further on (not a toll
  // of a whole campaign or war: "the overall toll of the offensive rose to 200").
  const rose = hits.length === 1 && hits[0]!.group === 'total' && hits[0]!.range.rule === 'victims:toll-rose-to' ? hits[0]!.range : null;
  if (rose && rose.certainty === 'stated' && total && rose.low > total.low && !WIDER_TOLL.test(ctx.text.slice(sentence.start, sentence.end))) {
    out.total = { ...rose, evidence: [...rose.evidence, ...total.evidence] };
    return;
  }
  if (total?.certainty === 'stated' || out.civilians?.certainty === 'stated') sameToll(ctx, sentence, hits, out);
  else if (total?.certainty === 'implied' && !out.civilians && !out.combatants) {
    const first = hits.find((h) => h.range.certainty === 'stated');
    if (first) out[first.group] = { ...first.range, evidence: [...first.range.evidence, ...total.evidence], rule: `${first.range.rule}+after-vague` };
  }
}

/**
 * A sentence that tells the stated toll again (the total, or the civilians when no total is stated), or
 * groups that add up to it: its parts fill the groups still unset.
 */
function sameToll(ctx: ExtractContext, sentence: Span, hits: readonly CountHit[], out: Record<Group, RangeFinding | null>): void {
  const toll = out.total?.certainty === 'stated' ? out.total : out.civilians;
  if (!toll || toll.certainty !== 'stated') return;
  const tollGroup: Group = toll === out.total ? 'total' : 'civilians';
  const parts = [...hits, ...findIncludedGroups(ctx, sentence)];
  // One figure a group: "two soldiers were killed" is also the list's second item.
  const stated = parts.filter((h, i) => h.range.certainty === 'stated' && parts.findIndex((x) => x.group === h.group) === i);
  // The toll again, or groups that add up to it ("took the lives of 2 women ... as well as 2 soldiers").
  const again =
    stated.some((h) => h.range.low === toll.low && (tollGroup === 'total' ? h.group === 'total' || h.group === 'civilians' || h.group === 'combatants' : h.group === 'civilians')) ||
    (tollGroup === 'total' && stated.length > 1 && stated.every((h) => h.group !== 'total') && stated.reduce((n, h) => n + h.range.low, 0) === toll.low);
  if (!again) return;
  for (const h of parts) if (h.group !== 'total' && h.range.low <= toll.low) out[h.group] ??= { ...h.range, rule: `${h.range.rule}+same-toll` };
}

/**
 * Sentences further on than the headline toll's own neighbours: only one that tells the same toll again adds
 * its parts ("... said at least 15 civilians including a woman and two children had been killed").
 */
export function withSameTollLater(ctx: ExtractContext, counts: VictimCounts, sentences: readonly Span[]): VictimCounts {
  const out: Record<Group, RangeFinding | null> = { ...counts };
  for (const s of sentences) {
    const hits = findCounts(ctx, 'killed', s);
    if (hits.length > 0) sameToll(ctx, s, hits, out);
  }
  return withCivilianGroups(out);
}

/**
 * A roll-up: a toll whose parts the sentences after it tell one by one ("16 dead in bombardment on Idlib"
 * … "In Khan Sheikhun air strikes killed seven people including two women and a child" … "Another seven
 * people including four women and two children were killed" … "Another man and a woman were killed"). When
 * the parts' figures add up to the toll exactly, the children and women the toll's own sentence does not
 * state are the sum of the parts' (rule `victims:roll-up`, every part's words as evidence).
 */
export function withRollUp(ctx: ExtractContext, counts: VictimCounts, tollSentence: Span, after: readonly Span[]): VictimCounts {
  const toll = counts.total ?? counts.civilians;
  if (!toll || toll.certainty !== 'stated') return counts;
  const parts: { total: number; groups: CountHit[] }[] = [];
  /** The toll's sentence, and those that tell the whole toll again ("Sixteen civilians … were killed"). */
  const tollSentences: Span[] = [tollSentence];
  for (const s of after) {
    const hits = findCounts(ctx, 'killed', s).filter((h) => h.range.certainty === 'stated');
    if (hits.length === 0) continue;
    const listed = hits.every((h) => h.range.rule === 'victims:list-killed');
    const whole = hits.find((h) => h.group === 'total' || h.group === 'civilians');
    // A list killed carries its own sum as its total.
    const total = listed ? (hits.find((h) => h.group === 'total')?.range.low ?? hits.reduce((n, h) => n + h.range.low, 0)) : whole?.range.low;
    if (total === undefined) continue;
    if (total === toll.low && parts.length === 0) {
      tollSentences.push(s);
      continue;
    }
    const groups = listed ? hits : [...hits, ...findIncludedGroups(ctx, s)];
    parts.push({ total, groups });
    // The parts follow the toll in order: they are done when they add up to it, and are not parts if they pass it.
    const sum = parts.reduce((n, p) => n + p.total, 0);
    if (sum >= toll.low) break;
  }
  if (parts.length < 2 || parts.reduce((n, p) => n + p.total, 0) !== toll.low) return counts;
  const out: Record<Group, RangeFinding | null> = { ...counts };
  const inToll = (r: RangeFinding | null) => !!r && r.evidence.some((e) => tollSentences.some((t) => e.start >= t.start && e.end <= t.end));
  for (const g of ['children', 'women'] as const) {
    if (inToll(out[g])) continue;
    const own = parts.map((p) => p.groups.find((h) => h.group === g && h.range.certainty === 'stated')).filter((h): h is CountHit => !!h);
    if (own.length === 0) continue;
    const low = own.reduce((n, h) => n + h.range.low, 0);
    const high = own.every((h) => h.range.high !== null) ? own.reduce((n, h) => n + h.range.high!, 0) : null;
    out[g] = { low, high, certainty: 'stated', evidence: own.flatMap((h) => h.range.evidence), rule: 'victims:roll-up' };
  }
  return out;
}

/**
 * "One child has been killed": children and women are civilians, so with no total and no civilian figure
 * they give the civilians at least their sum, with their own words as evidence.
 */
function withCivilianGroups(out: Record<Group, RangeFinding | null>): VictimCounts {
  // Children among fighters ("287 IS fighters, among them 26 minors") are not civilians.
  if (out.total || out.civilians || out.combatants) return out;
  const parts = [out.children, out.women].filter((r): r is RangeFinding => r !== null && r.certainty === 'stated');
  if (parts.length === 0) return out;
  const low = parts.reduce((n, r) => n + r.low, 0);
  const evidence = parts.flatMap((r) => r.evidence).sort((a, b) => a.start - b.start);
  return { ...out, civilians: { low, high: null, certainty: 'stated', evidence, rule: 'victims:civilians-from-groups' } };
}

/** Rules that read a toll of the whole as told by someone: "put the toll at 104", "left more than 100 dead". */
const TOLL_CLAIM_RULES: ReadonlySet<string> = new Set(['victims:toll-at', 'victims:toll-was', 'victims:toll-between', 'victims:killed-left-dead', 'victims:toll-exceeded']);
/** A saying that gives a figure its source: "said", "according to", "put the toll at". */
const SAYING = /\b(?:said|says|according to|reported|reports|told|put|puts|estimated|estimates)\b/i;
/** A figure of more dead besides others, a part of a roll-up: "Another 27 people were killed in ...". */
const MORE_BEFORE = /\b(?:another|other|further|more)\s+$/i;
/**
 * A figure of all the dead of a day or a war, not one incident's ("In all, 120 people were killed across the
 * country"); or of one day of several ("on Wednesday alone killed at least 21").
 */
const WIDER = /\b(?:across|nationwide|in all|in total|overall|altogether|so far|since|past (?:\w+ )?(?:days|weeks|months|years)|alone)\b/i;
/**
 * Who gives a toll, before its verb: "the country's ruling sovereign council put the toll at 104", "The Syrian
 * Observatory for Human Rights, a Britain-based monitor, put the toll at 11" (the aside left out).
 */
const TOLL_SPEAKER =
  /^((?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:councils?|ministry|ministries|committees?|groups?|monitors?|observatory|officials?|sources?|medics|doctors|hospitals?|agency|agencies|authorities|army|military|police|governors?|spokes(?:man|woman|person)|networks?|organi[sz]ations?|offices?|unions?|directorate|intelligence|residents|activists|witnesses|rescuers|defen[cs]e|helmets|crescent|cross|media|television|tv|nations|unicef|msf|fronti[eè]res|amnesty|watch|hrw|rights))(?:\s*,[^,.;]{2,60},)?\s+(?:(?:later|also|earlier|separately|initially|now)\s+)?(?:put|puts|gave|gives|said|says|reported|reports|estimated|counted|recorded|documented|told)\b/i;

/**
 * A figure told as said on an earlier day, in the pluperfect: "reported on Thursday that 90 people had been killed"
 * (before the toll the report gives now): the toll's earlier state, not another source's claim.
 */
const SAID_BEFORE_NOW = /\b(?:reported|said|announced|stated) (?:(?:late |early )?on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) that\b[^.;]*?\bhad been (?:killed|slain)\b/i;

/** The clause of a sentence that holds `at`: cut at "; ", at ", while", ", whereas", ", but", and before another source's saying. */
function clauseAround(text: string, sentence: Span, at: number): Span {
  const words = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  // (And at "and" before another source's saying: "The Local Coordination Committees put the death toll at 1,338
  // and the Syrian Observatory for Human Rights said at least 136 people had died".)
  for (const m of words.matchAll(/,\s+(?:while|whereas|but)\s+|;\s+|,?\s+and\s+(?=the\s+(?:(?:\p{Lu}[\w'’-]*|for|of|and)\s+){1,8}(?:said|says|put|puts|reported|estimated)\b)/gu)) {
    const cut = sentence.start + m.index;
    if (cut < at) start = cut + m[0].length;
    else if (cut < end) end = cut;
  }
  return { start, end };
}

/**
 * Other tolls of the whole the incident's sentences give beside the one taken, each as told and by whom when
 * the words say: "At least 40 people were killed ..., a pro-democracy group said" ... "the attack left more
 * than 100 dead, while the country's ruling sovereign council put the toll at 104". A figure told as a toll, or
 * as the dead of the attack pointed back at ("another monitoring group says the airstrikes killed 13"), with
 * someone saying it; never a part ("Another 27 people were killed in ...", figures summing to the toll), a
 * figure the toll is made of or rose from (kept as its evidence), nor a day's or a war's dead.
 */
export function otherTolls(ctx: ExtractContext, taken: RangeFinding | null, sentences: readonly Span[]): TollClaim[] {
  // (Beside a toll told in vague words too: "kills hundreds" … "the Local Coordination Committees put the death
  // toll at 1,338".)
  if (!taken) return [];
  const used = new Set(taken.evidence.map((e) => e.start));
  const out: TollClaim[] = [];
  for (const sentence of sentences) {
    for (const h of findCounts(ctx, 'killed', sentence)) {
      const r = h.range;
      if (h.group !== 'total' || r.certainty !== 'stated' || r.evidence.some((e) => used.has(e.start))) continue;
      if (r.low === taken.low || out.some((o) => o.low === r.low && o.high === r.high)) continue;
      // (Nor a figure the toll taken is made of: "killed 270" of "310", summed with "40 fighters".)
      if (taken.evidence.some((e) => new RegExp(`(?<![\\d,])${r.low}(?![\\d,])`).test(e.quote))) continue;
      const words = ctx.text.slice(sentence.start, sentence.end);
      const at = r.evidence[0]!.start;
      if (WIDER.test(words) || MORE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, at - 12), at))) continue;
      // A toll told as such ("put the toll at", "left ... dead"), or the dead of the attack pointed back at ("says
      // the airstrikes killed 13"), with someone saying it. (A speaker opening the figure's clause is its source.)
      const clause = clauseAround(ctx.text, sentence, at);
      const clauseWords = ctx.text.slice(clause.start, clause.end);
      const speaker = TOLL_SPEAKER.exec(clauseWords);
      // (Or any count of the dead a source gives in a clause set against the one of the toll taken: "the Observatory
      // put the death toll at 60, while the Local Coordination Committees said more than 100 people had been killed".)
      const against = !!speaker && clause.start > sentence.start && taken.evidence.some((e) => e.start >= sentence.start && e.end <= clause.start);
      if (!(TOLL_CLAIM_RULES.has(r.rule) || BACK_TO_THE_ATTACK.test(clauseWords) || against) || !(speaker || SAYING.test(words))) continue;
      // A lower figure is as often a part ("the air raids on Sunday killed 19 people outside Saraqeb"): only with
      // its own source opening its clause.
      if (r.low < taken.low && !speaker) continue;
      // Nor the parts a sentence sums to the toll taken: "killed 19 people ... and another 23" of 42.
      const inSentence = findCounts(ctx, 'killed', sentence).filter((x) => x.group === 'total');
      if (inSentence.length > 1 && inSentence.reduce((n, x) => n + x.range.low, 0) === taken.low) continue;
      // Nor a figure the toll grew from: "The Syrian Observatory for Human Rights reported on Thursday that 90
      // people had been killed" … "on Saturday the Observatory ... had killed and executed 270 people".
      if (SAID_BEFORE_NOW.test(clauseWords)) continue;
      out.push({ ...r, by: speaker ? speaker[1]!.replace(/^the\s+/i, '') : null });
    }
  }
  return out;
}
