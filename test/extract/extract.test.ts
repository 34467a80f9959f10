import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext, splitSentences } from '../../src/extract/context.js';
import { easterSunday, findIncidentDate, weekdayOnOrBefore } from '../../src/extract/date.js';
import { bestEventType, findEventTypeClaims } from '../../src/extract/event-type.js';
import { findTargets, findWeapons } from '../../src/extract/weapons-targets.js';
import { countsIn, findCounts, findIncludedGroups, withRollUp, withSameTollLater } from '../../src/extract/victims.js';
import { extractInputs } from '../../src/pipeline.js';
import { extractAccounts } from '../../src/extract/extract-report.js';
import { DEFAULT_READ_OPTIONS } from '../../src/ingest/raw-report.js';
import type { Message } from '../../src/core/types.js';
import { ROOT } from '../helpers.js';
import { assertEvidence } from '../golden/evidence.js';

const whole = (text: string) => ({ start: 0, end: text.length });
/** Every count of the killed in a whole text. */
/** A publication date as cleaning gives it from a report's metadata. */
const published = (value: string) => ({ value, certainty: 'stated', evidence: [], rule: 'published:metadata' }) as never;
const killedIn = (text: string) => findCounts(createContext(text, null), 'killed', whole(text));
/** The event type best supported in a text, its first sentence as the incident's. */
const type = (t: string) => {
  const spans = splitSentences(t);
  return bestEventType(findEventTypeClaims(createContext(t, null)), spans[0]!, spans, t);
};
/** The date of the incident told in a text's first `n` sentences (all of them by default), published on `publishedAt`. */
const incidentDate = (text: string, publishedAt: string, n?: number) => {
  const ctx = createContext(text, publishedAt);
  return findIncidentDate(ctx, n === undefined ? ctx.sentences : ctx.sentences.slice(0, n), []);
};

test('a bare weekday is the latest such day on or before publication (never after it)', () => {
  // 2016-11-05 is a Saturday.
  assert.equal(weekdayOnOrBefore('2016-11-05', 5), '2016-11-04'); // Friday
  assert.equal(weekdayOnOrBefore('2016-11-05', 6), '2016-11-05'); // Saturday: the same day
  assert.equal(weekdayOnOrBefore('2016-11-05', 0), '2016-10-30'); // Sunday: six days back
  assert.equal(weekdayOnOrBefore('2016-03-01', 1), '2016-02-29'); // across a leap day
});

test('relative words resolve against the publication date; "late Wednesday" keeps its words as evidence', () => {
  const text = 'An air strike late Wednesday destroyed the hospital.';
  const ctx = createContext(text, '2016-04-28');
  const d = findIncidentDate(ctx, [whole(text)], []);
  assert.equal(d?.start, '2016-04-27');
  assert.equal(d?.certainty, 'implied');
  assert.equal(d?.evidence[0]!.quote, 'late Wednesday');
  const night = findIncidentDate(createContext('Shelling overnight killed five.', '2016-04-28'), [whole('Shelling overnight killed five.')], []);
  assert.equal(night?.start, '2016-04-27');
  // "two days ago"; "on Tuesday last week" is the Tuesday of the week before publication's (2017-04-07 a Friday).
  const at = (t: string, pub: string) => findIncidentDate(createContext(t, pub), [whole(t)], []);
  assert.deepEqual([at('Two days ago, an air strike killed 12 people.', '2017-04-07')?.start, at('Two days ago, an air strike killed 12 people.', '2017-04-07')?.rule], ['2017-04-05', 'date:days-ago']);
  assert.equal(at('An air strike killed 12 people on Tuesday last week.', '2017-04-07')?.start, '2017-03-28');
  assert.deepEqual([at('A strike killed 5 people the day before yesterday.', '2017-03-18')?.start, at('A strike killed 5 people the day before yesterday.', '2017-03-18')?.evidence[0]!.quote], ['2017-03-16', 'the day before yesterday']);
  assert.equal(at('An air strike killed 12 people on Sunday last week.', '2017-04-07')?.start, '2017-04-02');
  assert.equal(at('An air strike killed 12 people on Tuesday.', '2017-04-07')?.start, '2017-04-04');
  // Weeks and months ago: that week (Monday to Sunday) or that month, never the publication day.
  const span = (t: string, pub: string) => {
    const d = at(t, pub);
    return [d?.start, d?.end, d?.precision, d?.rule];
  };
  assert.deepEqual(span('An air strike killed 10 people two weeks ago.', '2018-03-07'), ['2018-02-19', '2018-02-25', 'week', 'date:weeks-ago']);
  assert.deepEqual(span('An air strike killed 10 people three months ago.', '2018-03-07'), ['2017-12-01', '2017-12-31', 'month', 'date:months-ago']);
  assert.deepEqual(span('An air strike killed 10 people two months ago.', '2018-01-15'), ['2017-11-01', '2017-11-30', 'month', 'date:months-ago']);
  assert.deepEqual(span('An air strike killed 10 people in mid-February.', '2018-03-07'), ['2018-02-01', '2018-02-28', 'month', 'date:month']);
  // Two weekdays joined: the days from the first to the last (2018-03-07 a Wednesday).
  assert.deepEqual(span('Air strikes killed 10 people on Saturday and Sunday.', '2018-03-07'), ['2018-03-03', '2018-03-04', 'week', 'date:weekday-range']);
  assert.deepEqual(span('Fighting from Friday to Sunday killed 30 people.', '2018-03-07'), ['2018-03-02', '2018-03-04', 'week', 'date:weekday-range']);
  // Days of one month told as a span: from the first to the last, precision week, as a weekend is.
  const range = (t: string) => {
    const d = at(t, '2019-03-20');
    return [d?.start, d?.end, d?.precision, d?.certainty, d?.rule];
  };
  assert.deepEqual(range('Between 12 and 14 March 2019, air strikes killed 30 people in Idlib.'), ['2019-03-12', '2019-03-14', 'week', 'stated', 'date:day-range']);
  assert.deepEqual(range('Air raids on the night of 4 to 5 March killed 20 people.'), ['2019-03-04', '2019-03-05', 'week', 'implied', 'date:day-range']);
  // A span past a week is as coarse as a month, from its first day to its last (not its last day alone); one the
  // wrong way round is no span.
  assert.deepEqual(range('From 1 to 20 March, shelling killed 20 civilians.'), ['2019-03-01', '2019-03-20', 'month', 'implied', 'date:day-range']);
  assert.deepEqual(range('Between 1 and 11 March 2019, OHCHR recorded 150 civilian casualties.'), ['2019-03-01', '2019-03-11', 'month', 'stated', 'date:day-range']);
  assert.equal(at('From 20 to 1 March, shelling killed 20 civilians.', '2019-03-20')?.rule, 'date:month-day');
});

test('a span of days told instead of a day: this month, last week, the past week, a month with or without its year', () => {
  // 2016-04-20 is a Wednesday.
  const span = (text: string, published = '2016-04-20') => {
    const d = findIncidentDate(createContext(text, published), splitSentences(text), []);
    return [d?.start, d?.end, d?.precision, d?.certainty, d?.evidence[0]?.quote];
  };
  assert.deepEqual(span('Earlier this month, eight people were killed when shells hit a market in Douma.'), ['2016-04-01', '2016-04-20', 'month', 'implied', 'Earlier this month']);
  assert.deepEqual(span('Eight people were killed last week when shells hit a market in Douma.'), ['2016-04-11', '2016-04-17', 'week', 'implied', 'last week']);
  assert.deepEqual(span('Air strikes killed 77 fighters during the past week, the ministry said.'), ['2016-04-13', '2016-04-20', 'week', 'implied', 'past week']);
  assert.deepEqual(span('Eight people were killed last month when shells hit a market in Douma.'), ['2016-03-01', '2016-03-31', 'month', 'implied', 'last month']);
  // A month with no year is the latest such month up to publication, and ends at publication.
  assert.deepEqual(span('Eight people were killed in April when shells hit a market in Douma.'), ['2016-04-01', '2016-04-20', 'month', 'implied', 'in April']);
  assert.deepEqual(span('Eight people were killed in November when shells hit a market in Douma.'), ['2015-11-01', '2015-11-30', 'month', 'implied', 'in November']);
  assert.deepEqual(span('Eight people were killed in May 2015 when shells hit a market in Douma.'), ['2015-05-01', '2015-05-31', 'month', 'stated', 'in May 2015']);
  // "may" alone is a verb; a day wins over a span; a span in a later sentence tells what came before.
  assert.equal(span('Eight people may have been killed when shells hit a market in Douma.')[2], 'day');
  assert.deepEqual(span('Earlier this month, on Monday, eight people were killed in Douma.').slice(0, 3), ['2016-04-18', '2016-04-18', 'day']);
  assert.deepEqual(span('Shells killed eight people in Douma. Rebels had attacked a base nearby last week.').slice(0, 3), ['2016-04-20', '2016-04-20', 'day']);
  // A headline's toll told again under it, with a span: that span (2024-05-12 is a Sunday).
  assert.deepEqual(span('Shelling of El Fasher kills 27\nShelling by the RSF killed at least 27 civilians over the weekend, medics said.', '2024-05-12').slice(0, 3), ['2024-05-11', '2024-05-12', 'week']);
});

test('"a monitor said on Thursday" dates the saying: another day in the lead wins, else that day, implied', () => {
  // 2015-07-09 is a Thursday.
  const text = 'At least 19 civilians were killed in Aleppo, a monitoring group said on Thursday. Fifteen died in a barrel bomb attack on Wednesday.';
  const d = findIncidentDate(createContext(text, '2015-07-09'), splitSentences(text), []);
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2015-07-08', 'on Wednesday']);
  const only = 'At least four people were killed in airstrikes north of Hama, civil defense sources said Friday.';
  const o = findIncidentDate(createContext(only, '2017-04-29'), splitSentences(only), []);
  assert.deepEqual([o?.start, o?.certainty, o?.rule], ['2017-04-28', 'implied', 'date:reported-weekday']);
});

test('"over the weekend" is the Saturday and Sunday before publication, and outranks the day a source spoke', () => {
  // 2022-06-14 is a Tuesday.
  const text = 'Gunmen kill 79 in Burkina Faso. Gunmen killed 79 people in Seytenga over the weekend, the government said on Monday.';
  const d = findIncidentDate(createContext(text, '2022-06-14'), splitSentences(text), []);
  assert.deepEqual([d?.start, d?.end, d?.precision, d?.evidence[0]!.quote, d?.rule], ['2022-06-11', '2022-06-12', 'week', 'over the weekend', 'date:relative-weekend']);
  // Told on a Sunday, the weekend is that Saturday and Sunday; on a Saturday, only that day.
  const sunday = findIncidentDate(createContext('Ten were killed at the weekend.', '2022-06-12'), splitSentences('Ten were killed at the weekend.'), []);
  assert.deepEqual([sunday?.start, sunday?.end], ['2022-06-11', '2022-06-12']);
  const saturday = findIncidentDate(createContext('Ten were killed this weekend.', '2022-06-11'), splitSentences('Ten were killed this weekend.'), []);
  assert.deepEqual([saturday?.start, saturday?.end], ['2022-06-11', '2022-06-11']);
  // "last week" is not "last weekend".
  const week = findIncidentDate(createContext('Ten were killed last week.', '2022-06-14'), splitSentences('Ten were killed last week.'), []);
  assert.deepEqual([week?.start, week?.end], ['2022-06-06', '2022-06-12']);
});

test('when the lead gives only the day of a count or a saying, the day the attack was told on just after it wins', () => {
  // 2023-01-31 is a Tuesday.
  const text = 'Mosque bombing toll rises to 100. The death toll from the bombing rose to 100 on Tuesday, officials said. Most of the dead were policemen. The bomber struck during afternoon prayers on Monday.';
  const lead = splitSentences(text).slice(0, 3);
  const d = findIncidentDate(createContext(text, '2023-01-31'), lead, []);
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2023-01-30', 'on Monday']);
  // A later sentence that tells no act does not date it.
  const quiet = 'Mosque bombing toll rises to 100. The death toll rose to 100 on Tuesday, officials said. Most of the dead were policemen. Funerals were held on Monday.';
  const q = findIncidentDate(createContext(quiet, '2023-01-31'), splitSentences(quiet).slice(0, 3), []);
  assert.deepEqual([q?.start, q?.rule], ['2023-01-31', 'date:reported-weekday']);
  // "overnight ..., the charity said on Thursday" in a story of Friday: the night before Thursday.
  const night = 'An air strike destroyed a hospital in Aleppo overnight, killing 27 people, the medical charity said on Thursday.';
  const n = findIncidentDate(createContext(night, '2016-04-29'), splitSentences(night), []);
  assert.deepEqual([n?.start, n?.evidence[0]!.quote], ['2016-04-27', 'overnight']);
  // "The killings took place on Monday": the attack told by its noun.
  const took = 'Forces killed 82 civilians in Aleppo, the UN said on Tuesday. "People were shot in their homes," a spokesman said. The killings took place on Monday in four districts, he said.';
  const t = findIncidentDate(createContext(took, '2016-12-13'), splitSentences(took).slice(0, 2), []);
  assert.deepEqual([t?.start, t?.evidence[0]!.quote], ['2016-12-12', 'on Monday']);
  const meeting = took.replace('The killings took place', 'The briefing took place');
  assert.equal(findIncidentDate(createContext(meeting, '2016-12-13'), splitSentences(meeting).slice(0, 2), [])?.start, '2016-12-13');
});

test('an earlier year in the incident\'s own sentence dates what was killed, not the weekday of what is done now', () => {
  // 2023-08-21 is a Monday.
  const text = 'Syrians on Monday marked the anniversary of the sarin attack on Eastern Ghouta that killed more than 1,400 people in August 2013.';
  const d = findIncidentDate(createContext(text, '2023-08-21'), splitSentences(text), []);
  assert.deepEqual([d?.start, d?.end, d?.precision, d?.evidence[0]!.quote], ['2013-08-01', '2013-08-31', 'month', 'in August 2013']);
  const past = 'Police said he had been inspired by the 2019 Christchurch attacks, in which 51 people were killed.';
  const p = findIncidentDate(createContext(past, '2024-03-02'), splitSentences(past), []);
  assert.deepEqual([p?.start, p?.end, p?.precision], ['2019-01-01', '2019-12-31', 'year']);
  // A month of the publication's own year leaves the weekday as it was.
  const same = 'Shelling on Monday killed four people, the worst since fighting began in March 2023.';
  assert.equal(findIncidentDate(createContext(same, '2023-08-21'), splitSentences(same), [])?.start, '2023-08-21');
});

test('a lead with no day takes the day the story opens on when that sentence tells the attack', () => {
  // 2014-07-18 is a Friday.
  const text = 'MH17 shot down over eastern Ukraine. A Boeing 777 carrying 298 people was shot down near Hrabove on Thursday. Ukraine blamed the rebels. All 298 on board were killed.';
  const [, , , count] = splitSentences(text);
  const d = findIncidentDate(createContext(text, '2014-07-18'), [count!], []);
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2014-07-17', 'on Thursday']);
  // An opening that tells no attack does not date it.
  const calm = 'Talks resume. Envoys met in Geneva on Thursday. All 298 on board were killed.';
  const c = findIncidentDate(createContext(calm, '2014-07-18'), [splitSentences(calm)[2]!], []);
  assert.equal(c?.rule, 'date:publication-date');
});

test('a date with a photo credit after it dates the picture, not the incident', () => {
  const text = 'Rocket attacks killed at least 30 in Aleppo. Syrians pass burnt-out vehicles in Aleppo on July 9 2016 (Photo AFP).';
  const d = findIncidentDate(createContext(text, '2016-07-09'), splitSentences(text), []);
  assert.equal(d?.rule, 'date:publication-date');
  // The credit may open the next sentence; the day the lead names is the incident's.
  const next = '5 people were killed in the attack on Sevre. Rescuers search the rubble in Meles, Syria August 6 2016. (Reuters) The district was hit by a vacuum bomb on Monday.';
  assert.equal(findIncidentDate(createContext(next, '2016-08-09'), splitSentences(next), [])?.start, '2016-08-08');
});

test('the incident\'s own sentence dates it before a photo caption further on', () => {
  const text = 'At least 10 people were killed on Sunday when barrel bombs hit a town in Daraa. Smoke rises after an airstrike in the town of Dael, Syria, September 5 2016.';
  const d = findIncidentDate(createContext(text, '2016-09-19'), splitSentences(text), []);
  assert.equal(d?.start, '2016-09-18');
});

test('without a publication date a relative date stays unresolved, with a message and its words', () => {
  const text = 'The strike on Thursday killed nine.';
  const messages: Message[] = [];
  assert.equal(findIncidentDate(createContext(text, null), [whole(text)], messages), null);
  assert.equal(messages[0]!.rule, 'date:unresolved');
  assert.equal(text.slice(messages[0]!.span!.start, messages[0]!.span!.end), 'on Thursday');
});

test('a report tells each unresolved date once, and only for incidents it keeps', () => {
  const text = 'An air strike killed 12 people in Aleppo on Thursday. Rescuers said 12 people were killed on Thursday in Aleppo.';
  const { accounts, messages } = extractAccounts({ text, publishedAt: null });
  assert.equal(accounts.length, 1);
  assert.deepEqual(messages.map((m) => [m.rule, text.slice(m.span!.start, m.span!.end)]), [['date:unresolved', 'on Thursday']]);
});

test('counts: qualifiers give ranges, groups are told apart, vague words are implied', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.high, h.range.certainty]);
  assert.deepEqual(read('At least 17 people were killed.'), [['total', 17, null, 'stated']]);
  assert.deepEqual(read('The raid killed 1,300 people.'), [['total', 1300, 1300, 'stated']]);
  assert.deepEqual(read('Seventeen civilians were killed.'), [['civilians', 17, 17, 'stated']]);
  assert.deepEqual(read('Strikes killed dozens of fighters.'), [['combatants', 12, null, 'implied']]);
  assert.deepEqual(read('More than 30 soldiers died.'), [['combatants', 30, null, 'stated']]);
});

test('"between 10 and 15" is a closed range; a toll that "rose to" is the latest, the earlier kept as evidence', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.high, h.range.rule]);
  assert.deepEqual(read('Between 10 and 15 people were killed in the raid.'), [['total', 10, 15, 'victims:killed-between']]);
  const text = 'At least 58 people were killed in the attack. The death toll has since risen to 86, a monitor said.';
  const sentences = splitSentences(text);
  const k = countsIn(createContext(text, null), 'killed', sentences);
  assert.deepEqual([k.total?.low, k.total?.high, k.total?.rule], [86, 86, 'victims:toll-rose-to']);
  assert.deepEqual(k.total?.evidence.map((e) => e.quote), ['death toll has since risen to 86', 'At least 58 people were killed']);
  // Further on, past the lead: the latest toll of the incident, not a campaign's.
  const far = 'A missile strike hit a convoy on Friday, killing at least 30 people. The convoy was gathering. Moscow denied it. The death toll climbed to 32 by Saturday evening.';
  const [lead, ...rest] = splitSentences(far);
  assert.deepEqual(countsIn(createContext(far, null), 'killed', [lead!], rest).total?.low, 32);
  const wide = far.replace('The death toll climbed', 'The overall death toll of the offensive climbed');
  assert.deepEqual(countsIn(createContext(wide, null), 'killed', [lead!], splitSentences(wide).slice(1)).total?.low, 30);
});

test('groups inside a toll: "N of them", "among the dead", lists', () => {
  const groups = (t: string) =>
    findIncludedGroups(createContext(t, null), whole(t)).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]);
  assert.deepEqual(groups('The death toll has risen to 86, 30 of them children.'), [['children', 30, '30 of them children']]);
  assert.deepEqual(groups('The Observatory reported that five of the dead were children.'), [['children', 5, 'five of the dead were children']]);
  assert.deepEqual(groups("A pregnant woman was also among Wednesday's dead.").map((g) => g.slice(0, 2)), [['women', 1]]);
  assert.deepEqual(groups('Seven children were among 71 civilians killed on Tuesday.').map((g) => g.slice(0, 2)), [['children', 7]]);
  assert.deepEqual(groups('He said 31 civilians were identified among those killed.').map((g) => g.slice(0, 2)), [['civilians', 31]]);
  assert.deepEqual(groups('The monitor said there were 11 children among the dead.'), [['children', 11, '11 children']]);
  // Whose members they are is said after the words: rescuers are no fighters, a group's members are.
  assert.deepEqual(groups('Airstrikes killed 44 people, among them 11 members of civil defence teams.'), []);
  assert.deepEqual(groups('Airstrikes killed 44 people, among them 11 members of the Nusra Front.').map((g) => g.slice(0, 2)), [['combatants', 11]]);
  assert.deepEqual(groups('Among those killed were three children and three women.'), [['children', 3, 'three children'], ['women', 3, 'three women']]);
  assert.deepEqual(groups('At least 15 civilians including a woman and two children died.'), [['women', 1, 'including a woman'], ['children', 2, 'two children']]);
});

test('counts told as executions, martyrs, bodies, compound number words and one person with an article', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]);
  assert.deepEqual(read('ISIS executes three people in Raqqa.'), [['total', 3, 'executes three people']]);
  assert.deepEqual(read('51 martyrs from Kefraya were escorted from the hospital.'), [['total', 51, '51 martyrs']]);
  assert.deepEqual(read('At least 65 bodies of civilians were found in the town.'), [['civilians', 65, 'At least 65 bodies of civilians']]);
  assert.deepEqual(read('Thirty-five people were killed on Monday.'), [['total', 35, 'Thirty-five people were killed']]);
  assert.deepEqual(read('A woman was killed when a landmine exploded.'), [['women', 1, 'A woman was killed']]);
  assert.deepEqual(read('Repelling the attack, troops killed 40 attackers.'), [['combatants', 40, 'killed 40 attackers']]);
  // A family by its size; a side's loyalists are fighters.
  assert.deepEqual(read('A barrel bomb killed a family of seven in Daraya.'), [['total', 7, 'killed a family of seven']]);
  assert.deepEqual(read('A family of eight was killed when a shell hit their home.'), [['total', 8, 'A family of eight was killed']]);
  assert.deepEqual(read('Family of six die in chlorine gas attack'), [['total', 6, 'Family of six die']]);
  assert.deepEqual(read('At least 14 regime loyalists were killed in the clashes.'), [['combatants', 14, 'At least 14 regime loyalists were killed']]);
  assert.deepEqual(read('The army repelled the attack, killing 35 of the militants.'), [['combatants', 35, 'killing 35 of the militants']]);
  // "martyred", as local outlets write it; one person by its article, killed or injured.
  assert.deepEqual(read('Three citizens were martyred and 11 others were injured as terrorists fired rocket shells.').map((h) => h.slice(0, 2)), [['civilians', 3]]);
  assert.deepEqual(read('Mortar shells caused the martyrdom of a civilian and injured 3 others.').map((h) => h.slice(0, 2)), [['civilians', 1]]);
  const one = 'Two civilians were martyred and a child was injured in a rocket attack.';
  assert.deepEqual(findCounts(createContext(one, null), 'injured', whole(one)).map((h) => [h.group, h.range.low]), [['children', 1]]);
  assert.deepEqual(read('Regime forces tortured 5 detainees to death.').map((h) => h.slice(0, 2)), [['total', 5]]);
  // A toll that "exceeded" a figure is at least that figure.
  assert.deepEqual(killedIn('The death toll from the bombing has exceeded 100.').map((h) => [h.range.low, h.range.high]), [[100, null]]);
  const over = 'The death toll reached 40 while the number of wounded exceeded 100.';
  assert.deepEqual(findCounts(createContext(over, null), 'injured', whole(over)).map((h) => [h.range.low, h.range.high]), [[100, null]]);
  assert.deepEqual(read('Five detainees were tortured to death in the prison.').map((h) => h.slice(0, 2)), [['total', 5]]);
  // A toll over a period with no bounds is no one incident's: "In recent days 57 civilians have been martyred".
  assert.deepEqual(read('In recent days 57 civilians have been martyred in continued shelling.'), []);
  // Nor one since a day, told before the count or after it.
  assert.deepEqual(read('Since 10 May, at least 85 people have been killed in the El Fasher area.'), []);
  assert.deepEqual(read('At least 85 people have been killed in the El Fasher area since 10 May.'), []);
  assert.equal(read('On 10 May, at least 85 people were killed in the El Fasher area.').length, 1);
  // Harm told as a noun: "documented the death of 7 civilians", "leading to the death of eight and the injury of 89".
  assert.deepEqual(read('The Observatory documented the death of 7 civilians in regime shelling on Ariha.'), [['civilians', 7, 'death of 7 civilians']]);
  const noun = 'The missiles hit the western districts leading to the death of eight and the injury of 89 according to Syria TV.';
  assert.deepEqual(findCounts(createContext(noun, null), 'injured', whole(noun)).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]), [['total', 89, 'injury of 89']]);
  assert.deepEqual(read('A former rebel commander was killed on Monday when a bomb exploded.'), [['combatants', 1, 'A former rebel commander was killed']]);
  // A headline drops the article: "kills former rebel commander" is one; "the killed soldier", "kills soldier's" are not.
  assert.deepEqual(read('Roadside bomb kills former rebel commander in Daraa'), [['combatants', 1, 'kills former rebel commander']]);
  assert.deepEqual(read('Sniper kills journalist in Daraa'), [['total', 1, 'kills journalist']]);
  assert.deepEqual(read('The family of the killed soldier said he was 20.'), []);
  // (A noun joined to another is left to the lists: not one alone.)
  assert.deepEqual(read('Car bomb kills soldier and three civilians').map((h) => h[1]), []);
});

test('a second death verb, "claimed lives of", commanders, tribesmen and the number a kidnapping keeps', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]);
  assert.deepEqual(read('A jihadist group has executed and crucified nine men in the town.'), [['total', 9, 'executed and crucified nine men']]);
  assert.deepEqual(read('An airstrike has claimed lives of eight civilians.'), [['civilians', 8, 'claimed lives of eight civilians']]);
  assert.deepEqual(read('The explosion took the lives of 2 women.'), [['women', 2, 'took the lives of 2 women']]);
  assert.deepEqual(read('Troops kill 2 Al-Nusra Front commanders in Qalamoun.'), [['combatants', 2, 'kill 2 Al-Nusra Front commanders']]);
  assert.deepEqual(read('The group has executed 700 members of a tribe it was fighting.').map((h) => h.slice(0, 2)), [['total', 700]]);
  assert.deepEqual(read('Daesh kidnapped 900 Executed 18 People in Aleppo.'), [['total', 18, 'Executed 18 People']]);
  assert.deepEqual(read('Syrian Army Eliminates Over 75 Nusra Front Militants in Daraa.'), [['combatants', 75, 'Eliminates Over 75 Nusra Front Militants']]);
  const fighters = 'At least 287 IS fighters, among them 26 minors, had been killed.';
  const k = countsIn(createContext(fighters, null), 'killed', [whole(fighters)]);
  assert.deepEqual([k.combatants?.low, k.children?.low, k.civilians], [287, 26, null]);
});

test('a year before a count does not hide it; schoolchildren are children; "include" lists groups', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low]);
  assert.deepEqual(read('Published September 15 2016 Twenty-three civilians were killed in air strikes.'), [['civilians', 23]]);
  assert.deepEqual(read('Rebel fire kills 3 Aleppo schoolchildren.'), [['children', 3]]);
  const groups = (t: string) => findIncludedGroups(createContext(t, null), whole(t)).map((h) => [h.group, h.range.low]);
  assert.deepEqual(groups('Those killed in two attacks include 14 children and four women.'), [['children', 14], ['women', 4]]);
  const run = 'Airstrikes killed 58 civilians in eastern Syria UNICEF said Twenty-five children were reportedly killed in the town.';
  const k = countsIn(createContext(run, null), 'killed', [whole(run)]);
  assert.deepEqual([k.civilians?.low, k.children?.low, k.total], [58, 25, null]);
});

test('a later sentence with no figure of its own adds the women or children the toll includes, and those told as some of the dead', () => {
  const text = 'The death toll from the attack has risen to 86, 30 of them children. In Hama 12 people including 3 women were killed. "There were also 20 women among the dead," the monitor said.';
  const s = splitSentences(text);
  const k = countsIn(createContext(text, null), 'killed', [s[0]!], s.slice(1));
  assert.deepEqual([k.total?.low, k.children?.low, k.women?.low, k.women?.evidence[0]!.quote], [86, 30, 20, '20 women']);
  // Civilians and fighters too, told as some of the dead: "six of those killed were Syrian rebel fighters".
  const later = 'Air strikes killed at least 20 people in Salma. The town is in Jabal Akrad. He said 10 of those killed were believed to be civilians. At least six of those killed were Syrian rebel fighters.';
  const t = splitSentences(later);
  const g = countsIn(createContext(later, null), 'killed', [t[0]!], t.slice(1));
  assert.deepEqual([g.total?.low, g.civilians?.low, g.combatants?.low], [20, 10, 6]);
});

test('a toll that rises far from its noun, a war that "has killed", a stated total after a vague first figure', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.rule]);
  assert.deepEqual(read('Death Toll in Blast Targeting Evacuees From Besieged Towns in Aleppo Rises to 70'), [['total', 70, 'victims:toll-rose-to']]);
  assert.deepEqual(read('A hospital director told Reuters the death toll from the strikes was 45.'), [['total', 45, 'victims:toll-was']]);
  const shared = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]);
  assert.deepEqual(shared('Kurds kill 83 Injured 100 ISIS Terrorists in 2 Days.'), [['combatants', 83, 'kill 83 Injured 100 ISIS Terrorists']]);
  // The injured are the hundred, not the 83 the verb before counts; "23 Killed Over 100 Injured" keeps its 100.
  const hurt = (t: string) => findCounts(createContext(t, null), 'injured', whole(t)).map((h) => [h.group, h.range.low]);
  assert.deepEqual(hurt('Kurds kill 83 Injured 100 ISIS Terrorists in 2 Days.'), [['combatants', 100]]);
  assert.deepEqual(hurt('23 Killed Over 100 Injured in Chemical Attack in Aleppo.'), [['total', 100]]);
  // Without the comma a scraper dropped, those who speak are not the counted: "wounding dozens police and
  // medical sources said" (but "killed at least 10 civilians said the Observatory" counts civilians).
  assert.deepEqual(hurt('A car bomb killed 51 people and wounded dozens police and medical sources said.'), [['total', 12]]);
  assert.deepEqual(hurt('A suicide bomber killed 10 people and wounded 30 Kurdish security forces said.'), [['total', 30]]);
  assert.deepEqual(read('Air strikes killed at least 10 civilians said the Syrian Observatory.').map((h) => h.slice(0, 2)), [['civilians', 10]]);
  // Without the comma a scraper dropped, the aside before "and injured" still closes before it: the 14 are the injured.
  assert.deepEqual(hurt('Shelling killed at least 6 civilians including 2 women and injured 14 others.'), [['total', 14]]);
  assert.deepEqual(read("Syria's conflict, now in its sixth year, has killed more than 280,000 people."), []);
  assert.deepEqual(read('Aleppo has been ravaged by the war that began with protests in 2011 and which has since killed more than 280000 people.'), []);
  const text = 'Dozens of civilians have been killed after Russian airstrikes targeted a market. Activists say airstrikes have hit a market killing at least 12 people.';
  const k = countsIn(createContext(text, null), 'killed', splitSentences(text));
  assert.deepEqual([k.civilians?.low, k.civilians?.certainty, k.total?.low, k.total?.certainty], [12, 'implied', 12, 'stated']);
});

test('under a stated total, a later sentence\'s smaller count of civilians is a part, not the total\'s civilians', () => {
  const text = 'At least 45 people have been killed in Aleppo in the last 24 hours, monitors said. At least 12 civilians were killed by airstrikes in the district of Marjeh.';
  const k = countsIn(createContext(text, null), 'killed', splitSentences(text));
  assert.deepEqual([k.total?.low, k.civilians], [45, null]);
  const ofThem = 'Air strikes killed 47 people on Saturday. Thirty-one of them were civilians, the monitor said.';
  assert.equal(countsIn(createContext(ofThem, null), 'killed', splitSentences(ofThem)).civilians?.low, 31);
});

test('two figures of one group joined are summed; a noun counts only as a whole word', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.rule]);
  assert.deepEqual(read('Jets killed 29 fighters and six jihadists near the base.'), [['combatants', 35, 'victims:joined-sum']]);
  // "childrens" is not "children": six teachers are not six children.
  assert.deepEqual(read('Strikes hit a school killing 22 children and six teachers the UN childrens agency said.'), [['children', 22, 'victims:killed-active']]);
  // In a list of the killed too: "Seven soldiers and 12 militants died" are 19 fighters.
  const list = 'Seven soldiers and 12 militants died in the battle.';
  assert.equal(countsIn(createContext(list, null), 'killed', splitSentences(list)).combatants?.low, 19);
});

test('a toll told place by place after it: the parts are incidents of their own, not the lead of the whole', () => {
  const text = 'Strikes across Gaza kill 28. Israeli strikes killed at least 28 people across the Gaza Strip on Friday, officials said. In Rafah, a strike on a house killed 11 members of one family, including five children. In Khan Younis, eight people were killed when a shell hit a school.';
  const publishedAt = { value: '2024-02-10', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const { accounts } = extractAccounts({ text, publishedAt });
  const [whole, ...parts] = accounts;
  assert.deepEqual([whole?.killed.total?.low, whole?.killed.children, whole?.place?.evidence[0]!.quote], [28, null, 'Gaza']);
  assert.deepEqual(parts.map((a) => [a.place?.evidence[0]!.quote, a.killed.total?.low, a.date?.start, a.date?.rule]), [
    ['Rafah', 11, '2024-02-09', 'date:part-of-headline-toll'],
    ['Khan Younis', 8, '2024-02-09', 'date:part-of-headline-toll'],
  ]);
});

test('a roll-up over two provinces: the headline\'s name is the province the lead gives, and every part its own incident on the roll-up\'s day', () => {
  const text =
    '25 killed in strikes on Aleppo and Idlib. At least 25 civilians were killed in air strikes on Aleppo and Idlib provinces on Tuesday, the Syrian Observatory for Human Rights said. In the town of Maarat al-Numan, strikes killed 15 people, including four children. In Aleppo city\'s Fardous neighbourhood, 10 people were killed when a barrel bomb hit a residential building.';
  const publishedAt = { value: '2016-10-12', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const [whole, ...parts] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([whole?.place?.name, whole?.place?.precision, whole?.killed.civilians?.low, whole?.date?.start], ['Aleppo', 'admin1', 25, '2016-10-11']);
  assert.deepEqual(parts.map((a) => [a.place?.precision, a.place?.admin1, a.killed.total?.low, a.date?.start]), [
    ['town', 'Idlib', 15, '2016-10-11'],
    ['town', 'Aleppo', 10, '2016-10-11'],
  ]);
  // A headline's city whose lead names only the city stays the city.
  const city = extractAccounts({ text: 'Strike kills 10 in Aleppo. An air strike killed 10 people in the city of Aleppo on Tuesday.', publishedAt }).accounts[0]!;
  assert.equal(city.place?.precision, 'town');
});

test('a toll told of a region with no town: its parts are incidents on its day, and the whole takes no part\'s town', () => {
  const text =
    "Missiles hit hospitals in northern Syria, killing nearly 50. Missile attacks on at least five medical facilities and two schools in rebel-held northern Syria killed nearly 50 civilians on Monday, the United Nations said. In Azaz, near the Turkish border, missiles struck a children's hospital and a school sheltering refugees, killing 14 people, a doctor said. A hospital in Maarat al-Numan was hit four times, killing at least nine people. Turkey blamed Russia for the strike in Azaz.";
  const publishedAt = { value: '2016-02-16', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const [whole, ...parts] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([whole?.place?.precision, whole?.place?.country, whole?.killed.civilians?.low], ['country', 'SY', 50]);
  assert.deepEqual(parts.map((a) => [a.place?.evidence[0]!.quote, a.killed.total?.low, a.date?.start]), [
    ['Azaz', 14, '2016-02-15'],
    ['Maarat al-Numan', 9, '2016-02-15'],
  ]);
});

test('"may" in lower case is the verb, not the month; a span of days with its month first; "said in a report on Friday" dates the report', () => {
  const at = (t: string, pub: string) => findIncidentDate(createContext(t, pub), [whole(t)], []);
  // "29 may amount to crimes" is no 29 May.
  assert.notEqual(at('Troops killed hundreds of civilians; the killings on 28 and 29 may amount to crimes against humanity.', '2021-02-26')?.rule, 'date:day-range');
  assert.notEqual(at('At least 30 may have died when the strike hit the market.', '2021-06-10')?.rule, 'date:month-day');
  assert.equal(at('An air strike killed 12 people on 29 May.', '2021-06-10')?.start, '2021-05-29');
  // "November 28 and 29": the two days, the month first.
  const span = at('Eritrean troops killed hundreds of civilians in Axum on November 28 and 29.', '2021-02-26');
  assert.deepEqual([span?.start, span?.end, span?.rule], ['2020-11-28', '2020-11-29', 'date:day-range']);
  // Nor the day a side acknowledged it: "acknowledged on Friday that a US drone strike in Kabul on August 29 killed 10".
  assert.equal(at('The Pentagon acknowledged on Friday that a US drone strike in Kabul on August 29 killed 10 civilians.', '2021-09-18')?.start, '2021-08-29');
  // The day a report came out is not the incident's.
  const t = 'Eritrean troops killed hundreds of civilians in the city of Axum in November, Amnesty International said in a report on Friday.';
  assert.notEqual(at(t, '2021-02-26')?.start, '2021-02-26');
});

test('ages are no count: "Three boys aged between 10 and 14 were killed" are three children', () => {
  const text = 'Three boys aged between 10 and 14 were killed when an unexploded shell blew up near Tal Rifaat.';
  const counts = countsIn(createContext(text, null), 'killed', splitSentences(text));
  assert.deepEqual([counts.total?.low ?? null, counts.children?.low, counts.civilians?.low], [null, 3, 3]);
  assert.ok(!killedIn('Two girls aged 14 were killed in the blast.').some((h) => h.range.low === 14));
  // One person by trade: "shot dead a trader".
  assert.deepEqual(killedIn('On 12 February 2024, unidentified gunmen shot dead a trader in Nyala (South Darfur).').map((h) => h.range.low), [1]);
  // "kills 65-year-old man" is one man, not 65.
  assert.deepEqual(killedIn('Russian shelling kills 65-year-old man. Russian forces shelled Kherson, killing a 65-year-old man.').map((h) => h.range.low), [1]);
});

test('the other side\'s toll the same day is another incident, and its side is not the headline incident\'s perpetrator', () => {
  const text =
    "Regime barrel bombs kill 15 in Aleppo's al-Shaar. Syrian regime helicopters dropped barrel bombs on the rebel-held al-Shaar district of Aleppo on Friday, killing at least 15 civilians, a monitor said. Rebel shelling of government-held neighbourhoods killed two people the same day, state news agency SANA reported.";
  const accounts = extractAccounts({ text, publishedAt: { value: '2016-07-23', certainty: 'stated', evidence: [], rule: 'fixture' } }).accounts;
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.killed.total?.low, a.date?.start, a.perpetrators.map((p) => p.actor)]),
    [
      [true, 15, '2016-07-22', ['sy-government']],
      [false, 2, '2016-07-22', ['sy-opposition']],
    ],
  );
});

test('"The victims included 8 children and 5 women" gives the toll\'s groups; "Another 40 people were wounded" right after the lead its injured', () => {
  const publishedAt = { value: '2019-07-23', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const a = extractAccounts({
    text: 'Market strike in Maarat al-Numan kills 31. At least 31 civilians were killed on Monday when air strikes hit a busy market in Maarat al-Numan, rescuers said. The victims included 8 children and 5 women, the rescuers said. Another 40 people were wounded.',
    publishedAt,
  }).accounts[0]!;
  assert.deepEqual([a.killed.civilians?.low, a.killed.children?.low, a.killed.women?.low, a.injured.total?.low], [31, 8, 5, 40]);
  // A later sentence that turns to another place's injured is not this incident's.
  const away = extractAccounts({
    text: 'Landmine kills a woman in Aleppo. A woman was killed when a landmine exploded in Jarez village in the countryside of Aleppo province on Sunday. In a relevant context three people were injured in Hasaka city.',
    publishedAt,
  }).accounts[0]!;
  assert.equal(away.injured.total, null);
});

test('a flash update: the toll that names no means takes the attack told just before it; a heading\'s full date dates the incident', () => {
  const ocha = extractAccounts({
    text: 'Hostilities in the Gaza Strip and Israel - Flash Update #14\n\nOn 19 October, at about 18:00, an air strike hit the compound of the Greek Orthodox Church of Saint Porphyrius in Gaza city, where some 500 internally displaced persons were sheltering. According to the Ministry of Health in Gaza, 18 people were killed and 12 injured.',
    publishedAt: { value: '2023-10-20', certainty: 'stated', evidence: [], rule: 'fixture' },
  }).accounts[0]!;
  assert.deepEqual([ocha.eventType, ocha.targets.map((t) => t.value), ocha.killed.total?.low, ocha.date?.start], ['air_strike', ['church'], 18, '2023-10-19']);
  const airwars = extractAccounts({
    text: 'Incident code CS583: March 17, 2017 - Al Jadida, Mosul\n\nBetween 105 and 141 civilians were reportedly killed in a US-led coalition air strike on a house in west Mosul, according to local sources. Many of the victims were women and children. The coalition later confirmed that it had conducted a strike in the area.',
    publishedAt: { value: '2017-03-25', certainty: 'stated', evidence: [], rule: 'fixture' },
  }).accounts[0]!;
  assert.deepEqual([airwars.date?.start, airwars.date?.certainty, airwars.perpetrators.map((p) => [p.actor, p.attribution])], ['2017-03-17', 'stated', [['us-coalition', 'claimed']]]);
});

test('a lead that names the headline\'s own place, other than as a point of reference, is the headline incident', () => {
  const text = 'Gunmen attack Kaduna train, kill eight and abduct dozens. Gunmen blew up the tracks and attacked a train travelling from Abuja to Kaduna on Monday night, killing at least eight passengers and abducting dozens of others, the train operator said.';
  const accounts = extractAccounts({ text, publishedAt: { value: '2022-03-29', certainty: 'stated', evidence: [], rule: 'fixture' } }).accounts;
  assert.equal(accounts.length, 1);
  assert.equal(accounts[0]!.killed.total?.low, 8);
  // "outside Damascus" only points at it: the attack on a base in Eastern Ghouta last week is an incident of its own.
  const ghouta = extractAccounts({
    text: 'Regime shelling kills eight in Damascus. Regime bombardment of Eastern Ghouta has killed eight civilians in Damascus today. Government forces have escalated their bombardment of Eastern Ghouta, an opposition stronghold outside Damascus, since rebel group Ahrar al-Sham attacked a military base in the area last week.',
    publishedAt: { value: '2017-11-20', certainty: 'stated', evidence: [], rule: 'fixture' },
  }).accounts;
  assert.equal(ghouta.length, 2);
});

test('what the headline attack "came a day after" is an incident of the day before; another incident\'s means are not the headline\'s claims', () => {
  const text =
    'Twin suicide bombings hit Iranian embassy in Beirut. Two suicide bombers struck the Iranian embassy in Beirut on Tuesday, killing at least 23 people, Lebanese officials said. The attack came a day after a car bombing in the northern city of Tripoli killed four people. In August, more than 1,400 people died in the Ghouta chemical attack near Damascus.';
  const [head, tripoli, ghouta] = extractAccounts({ text, publishedAt: { value: '2013-11-20', certainty: 'stated', evidence: [], rule: 'fixture' } }).accounts;
  assert.deepEqual([head?.date?.start, tripoli?.date?.start, tripoli?.date?.rule, tripoli?.killed.total?.low], ['2013-11-19', '2013-11-18', 'date:earlier-than-incident', 4]);
  assert.deepEqual([ghouta?.eventType, head?.eventTypeClaims.map((c) => c.value)], ['chemical_weapon', ['suicide_bomb', 'suicide_bomb']]);
  // A day the sentence states outright still wins; and a saying is no incident's day.
  const stated = extractAccounts({ text: text.replace('killed four people', 'killed four people on Sunday'), publishedAt: { value: '2013-11-20', certainty: 'stated', evidence: [], rule: 'fixture' } }).accounts[1];
  assert.equal(stated?.date?.start, '2013-11-17');
});

test('"A day earlier", "the previous day": an incident told in passing dated back from the headline incident', () => {
  const publishedAt = { value: '2016-09-24', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Airstrikes pound Aleppo. Warplanes pounded rebel-held districts of Aleppo on Saturday, killing at least 45 people, activists said. A day earlier, more than 90 people were killed as the government announced a new offensive.';
  const [, before] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([before?.killed.total?.low, before?.date?.start, before?.date?.rule, before?.date?.evidence[0]!.quote], [90, '2016-09-23', 'date:earlier-than-incident', 'A day earlier']);
  const previous = extractAccounts({ text: text.replace('A day earlier', 'The previous day'), publishedAt }).accounts[1];
  assert.equal(previous?.date?.start, '2016-09-23');
});

test('when the lead gives only the day a toll rose, the day "the attack, which took place" on is the incident\'s', () => {
  const text =
    'Death toll in gas attack rises to 72. The death toll from a suspected chemical attack on Khan Sheikhoun in Idlib province rose to 72 on Wednesday, the monitor said. An earlier toll had put the number of dead at 58. The monitor said the attack, which took place early on Tuesday, was carried out by government warplanes.';
  const a = extractAccounts({ text, publishedAt: { value: '2017-04-05', certainty: 'stated', evidence: [], rule: 'fixture' } }).accounts[0]!;
  assert.deepEqual([a.date?.start, a.date?.evidence[0]!.quote], ['2017-04-04', 'early on Tuesday']);
});

test('a lead sentence giving the headline\'s toll again is the same incident, whatever other place it names', () => {
  const text = 'Eight killed in mortar fire on Damascus, state media says\n\nMortar shells fired by insurgents in Eastern Ghouta killed eight people and wounded 25 in the Syrian capital on Friday, state television said.';
  const publishedAt = { value: '2018-03-02', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.equal(accounts.length, 1);
  assert.deepEqual([accounts[0]!.place?.name, accounts[0]!.killed.total?.low, accounts[0]!.injured.total?.low], ['Damascus', 8, 25]);
  // Another toll in another place in the lead is still another incident.
  const two = extractAccounts({ text: 'Eight killed in mortar fire on Damascus\n\nMortar shells killed eight people in Damascus on Friday. In Homs, a car bomb killed three people.', publishedAt }).accounts;
  assert.deepEqual(two.map((a) => [a.place?.name, a.killed.total?.low]), [['Damascus', 8], ['Homs', 3]]);
  // Whatever the sentence says came before: "a day after activists said ..." dates the saying, not another attack.
  const houla = extractAccounts({ text: 'Massacre in Houla: 92 dead\n\nUN observers counted 92 bodies in Houla in Homs province, a day after activists said government forces shelled the area.', publishedAt }).accounts;
  assert.deepEqual(houla.map((a) => [a.killed.total?.low, a.perpetrators.map((p) => p.actor)]), [[92, ['sy-government']]]);
});

test('a headline\'s "kills 6" and its lead\'s "Six civilians were killed" are one toll; attackers "positioned in" a place did not strike there', () => {
  const publishedAt = { value: '2017-08-28', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Shelling on Damascus International Fair kills 6\n\nSix civilians were killed and 11 others were injured when terrorist organizations positioned in Eastern Ghouta targeted the surroundings of Damascus International Fair with rocket shells on Monday, a police source said.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.place?.name, a.date?.start, a.killed.civilians?.low, a.injured.total?.low]), [['Damascus', '2017-08-28', 6, 11]]);
});

test('a wire story\'s lead under its dateline is the headline incident, not another one placed where the story was filed', () => {
  const publishedAt = { value: '2019-05-06', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Air strikes kill 12 civilians in Idlib, hit hospitals\n\nBEIRUT (Reuters) - Air strikes killed at least 12 civilians in northwest Syria on Sunday and put two hospitals out of service, rescuers said.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.place?.name, a.date?.start, a.killed.civilians?.low]), [['Idlib', '2019-05-05', 12]]);
  // A lead placed in another town of its own is still another incident.
  const two = extractAccounts({ text: text.replace('in northwest Syria', 'in Homs'), publishedAt }).accounts;
  assert.deepEqual(two.map((a) => a.place?.name), ['Idlib', 'Homs']);
});

test('"Five others were killed" points back at the sentence before, which tells the attack and its day', () => {
  const text = 'US strike kills Iran general in Baghdad. A US drone strike at Baghdad airport early on Friday killed the commander of the Quds Force, the Pentagon said. Five others were killed.';
  const publishedAt = { value: '2020-01-03', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const [a] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([a?.date?.start, a?.date?.rule, a?.killed.total?.low], ['2020-01-03', 'date:relative-weekday', 5]);
});

test('a roll-up\'s parts after its lead take its day: "In Kafr Nabl, ..." and "Five others were killed in shelling on Kafr Zita"', () => {
  const text = 'Syria: strikes kill 15 across Idlib and Hama\n\nGovernment and Russian air strikes killed at least 15 civilians across Idlib and northern Hama on Sunday, a monitor said. In Kafr Nabl, six people including two children were killed when jets struck a market. In Khan Sheikhoun, four people died in barrel bomb attacks. Five others were killed in shelling on Kafr Zita in Hama province.';
  const publishedAt = { value: '2019-05-06', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const [, ...parts] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(parts.map((a) => [a.killed.total?.low, a.date?.start, a.date?.rule]), [
    [6, '2019-05-05', 'date:part-of-headline-toll'],
    [4, '2019-05-05', 'date:part-of-headline-toll'],
    [5, '2019-05-05', 'date:part-of-headline-toll'],
  ]);
});

test('a toll told of a whole country, then place by place in its lead: the parts are incidents, the whole stays the country\'s', () => {
  const text = 'Syria: 25 killed in violence across the country\n\nAt least 25 people were killed across Syria on Monday, the Syrian Observatory for Human Rights said. In Idlib province, Russian air strikes killed 10 civilians including three children in the town of Saraqib. In Aleppo, rebel shelling on the government-held Hamdaniyeh district killed five people. In Deir Ezzor, Islamic State militants executed 10 men accused of spying. Separately, a car bomb exploded in Azaz on Sunday, killing four.';
  const publishedAt = { value: '2019-05-07', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.place?.precision, a.date?.start, a.killed.total?.low ?? a.killed.civilians?.low, a.perpetrators.map((p) => p.actor)]),
    [
      [true, 'country', '2019-05-06', 25, []],
      [false, 'town', '2019-05-06', 10, ['ru-armed-forces']],
      [false, 'town', '2019-05-06', 5, ['sy-opposition']],
      [false, 'town', '2019-05-06', 10, ['isis']],
      [false, 'town', '2019-05-05', 4, []],
    ],
  );
  // The parts add up to the whole: the children they tell are the whole's.
  assert.equal(accounts[0]!.killed.children?.low, 3);
  // A text stripped of its commas opens its parts on their places all the same; a side named there is no place.
  const bare = 'Sixteen civilians were killed on Monday in heavy bombardment across rebel-held Idlib province a monitor said. In Khan Sheikhun air strikes killed seven people including two women.';
  assert.deepEqual(extractAccounts({ text: bare, publishedAt }).accounts.map((a) => [a.killed.total?.low ?? a.killed.civilians?.low, a.place?.precision]), [[16, 'admin1'], [7, 'town']]);
  const side = 'Turkish strikes killed 40 civilians near Jarablus on Monday. In Turkish airstrikes on two villages near Jarablus 40 civilians were killed.';
  assert.deepEqual(extractAccounts({ text: side, publishedAt }).accounts.map((a) => a.killed.civilians?.low), [40]);
});

test('incidents listed one by one, each on its own day named outright, are each an incident, in the lead too', () => {
  const text = 'Northwest Syria: Flash Update\n\nCivilian casualties continued to be reported across Idlib governorate.\n• On 3 March, an airstrike hit a market in Ariha, killing nine civilians, including four children.\n• On 4 March, shelling on the town of Atareb killed two children.\n• On 5 March, a drone strike on a vehicle near Ariha killed three men.';
  const publishedAt = { value: '2020-03-07', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.killed.total?.low ?? a.killed.civilians?.low]), [['2020-03-03', 9], ['2020-03-04', 2], ['2020-03-05', 3]]);
  // A list of ten, each with its day and place, is ten records (incidents told in passing stop at five, and
  // a message says how many more were left out).
  const towns = ['Ariha', 'Saraqib', 'Atarib', 'Kafr Nabl', 'Khan Sheikhoun', 'Jisr al-Shughur', 'Binnish', 'Sarmin', 'Darat Izza', 'Idlib'];
  const list = `Syria: civilian casualties in Idlib\n\nThe following incidents were documented.\n${towns.map((t, i) => `On ${i + 3} March 2020, an airstrike hit a residential area in ${t}, killing ${i + 2} civilians.`).join('\n')}`;
  const ten = extractAccounts({ text: list, publishedAt: { ...publishedAt, value: '2020-03-15' } });
  assert.deepEqual([ten.accounts.length, ten.accounts.at(-1)?.date?.start, ten.messages.some((m) => m.rule === 'extract:incidents-left-out')], [10, '2020-03-12', false]);
  const prose = `Strikes kill 2 in Ariha\n\nAn airstrike killed 2 civilians in Ariha on Monday. ${towns.slice(1, 8).map((t, i) => `Separately, shelling on ${t} killed ${i + 3} people.`).join(' ')}`;
  const capped = extractAccounts({ text: prose, publishedAt: { ...publishedAt, value: '2020-03-17' } });
  assert.deepEqual([capped.accounts.length, capped.messages.filter((m) => m.rule === 'extract:incidents-left-out').length], [6, 1]);
});

test('an incident a summary\'s bullet tells and its paragraph tells again is one incident; the paragraph\'s injured beside the same toll are its injured', () => {
  const text =
    'Flash Update: northwest Syria\n\nHIGHLIGHTS\n- At least 9 civilians, including 4 children, were killed on 1 March when artillery shells hit a residential area of Ariha in southern Idleb governorate.\n- Two health facilities were damaged by shelling in Atareb, western Aleppo governorate, on 2 March.\n\nSITUATION OVERVIEW\nHostilities intensified over the past week. On 1 March, artillery shelling on Ariha town killed at least nine civilians, among them four children and two women, and injured 21 others, according to local health authorities. On 2 March, shelling damaged the Atareb surgical hospital and a primary health care centre. No casualties were reported.';
  const { accounts } = extractAccounts({ text, publishedAt: published('2024-03-04') });
  assert.deepEqual(
    accounts.map((a) => [a.date?.start, a.place?.name, a.killed.civilians?.low ?? null, a.injured.total?.low ?? null, a.evidence.length]),
    [['2024-03-01', 'Arīḩā', 9, 21, 1], ['2024-03-02', 'Al Atārib', null, null, 2]],
  );
  // Two strikes on one town on one day, each with its own dead, stay two.
  const two = 'Strikes hit Idlib province\n\nAir strikes hit towns across Idlib province on Monday, officials said.\n- On 1 March, shelling killed 2 people in Sarmin.\n- On 2 March, an air strike on a market in Ariha killed 5 people.\n- On 2 March, an air strike on a school in Ariha killed 3 children.';
  assert.equal(extractAccounts({ text: two, publishedAt: published('2024-03-04') }).accounts.filter((a) => a.place?.name === 'Arīḩā').length, 2);
});

test('a reaction to an attack pointed back at ("condemned the weekend bombing") is no other incident, on the reaction\'s day', () => {
  const text =
    "Reactions pour in after Kabul school bombing\n\nAfghan leaders and foreign governments on Tuesday condemned the weekend bombing outside a girls' school in Kabul, as families buried their dead.\n\nThe death toll from Saturday's blasts outside the Sayed ul-Shuhada school in the Dasht-e-Barchi area of west Kabul rose to 85, officials said.";
  const { accounts } = extractAccounts({ text, publishedAt: published('2021-05-12') });
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.killed.total?.low]), [['2021-05-08', 85]]);
  // Another attack told beside a reaction is still one.
  const other =
    'Bombing kills 20 in Kabul\n\nA bomb killed 20 people at a Kabul market on Saturday, officials said. The blast tore through stalls. Police cordoned off the area.\n\nOn Tuesday, a separate air strike hit a school in Kandahar, and officials condemned the bombing.';
  assert.equal(extractAccounts({ text: other, publishedAt: published('2021-05-12') }).accounts.length, 2);
});

test('in the lead, another weekday with a toll of its own is another incident; a claim of "both attacks" claims the headline\'s', () => {
  const text =
    'Afghanistan: suicide bomber targets Eid gathering\n\nA suicide bomber blew himself up among a crowd celebrating an Eid ceasefire in the eastern city of Jalalabad on Sunday, killing at least 26 people, officials said.\n\nA dozen more were wounded. It was the second attack on a ceasefire gathering in two days: on Saturday, a bombing in Rodat district killed 36. Islamic State claimed both attacks.';
  const { accounts } = extractAccounts({ text, publishedAt: published('2018-06-20') });
  assert.deepEqual(
    accounts.map((a) => [a.date?.start, a.killed.total?.low]),
    [['2018-06-17', 26], ['2018-06-16', 36]],
  );
  assert.deepEqual(accounts[0]!.perpetrators.filter((p) => p.actor).map((p) => [p.actor, p.attribution]), [['isis', 'claimed']]);
  // A running total from a weekday is no incident of that day.
  const since = 'Barrel bombs kill 11 in al-Bab\n\nAt least 11 civilians were killed on Thursday in barrel bomb attacks on al-Bab, a monitor said. Since Saturday at least 68 civilians have been killed in aerial attacks on the town.';
  assert.equal(extractAccounts({ text: since, publishedAt: published('2015-07-16') }).accounts.length, 1);
});

test('"since 2013" and "since Tuesday" are no day of their own: a comparison, and a span up to publication; "On Tuesday alone" is a part; rebels "in" a place fire from it', () => {
  const text =
    'Eastern Ghouta: 250 killed in two days of bombardment\n\nAt least 250 civilians have been killed in two days of intense bombardment of Eastern Ghouta by Syrian government forces, the Syrian Observatory for Human Rights said on Tuesday, the highest 48-hour toll since 2013.\n\nOn Tuesday alone, 106 civilians, including 20 children, were killed in air strikes and shelling on towns including Hamouria, Saqba and Kafr Batna, the Observatory said.\n\nRebels in Eastern Ghouta fired rockets on Damascus, killing one person in the Bab Touma district, state media said.';
  const { accounts } = extractAccounts({ text, publishedAt: published('2018-02-21') });
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.date?.start, a.place?.admin1, a.killed.total?.low ?? a.killed.civilians?.low]),
    [
      [true, '2018-02-20', 'Rif Dimashq', 250],
      [false, '2018-02-20', 'Rif Dimashq', 106],
      [false, undefined, 'Damascus', 1],
    ],
  );
  const since = incidentDate('Since Tuesday heavy artillery fire on Eastern Ghouta has killed at least 66 civilians.', '2017-11-20');
  assert.deepEqual([since?.start, since?.end, since?.precision, since?.rule], ['2017-11-14', '2017-11-20', 'week', 'date:since-weekday']);
  // Not the toll of a day's attack: "since Tuesday's attack".
  assert.equal(incidentDate("The toll since Tuesday's attack rose to 50.", '2017-11-20')?.rule, 'date:relative-weekday');
});

test('a part told place by place that counts only injured takes the whole\'s day, implied', () => {
  const text =
    'Russian attacks kill 4 civilians across Ukraine over past day\n\nRussian attacks killed four civilians and injured 19 others across Ukraine over the past 24 hours, regional authorities said on Thursday morning.\n\nIn Kherson Oblast, Russian shelling killed two people and injured five, the governor said.\n\nIn Kharkiv Oblast, shelling injured four people in Kupiansk, according to the regional administration.';
  const { accounts } = extractAccounts({ text, publishedAt: published('2023-07-06') });
  const kupiansk = accounts.find((a) => a.place?.name === 'Kupiansk');
  assert.deepEqual([kupiansk?.injured.total?.low, kupiansk?.date?.start, kupiansk?.date?.rule], [4, '2023-07-06', 'date:part-of-headline-toll']);
  // The whole names no kind of attack; its parts all name shelling: shelling, implied, with the parts' words.
  const whole = accounts[0]!;
  assert.deepEqual([whole.eventType, whole.eventTypeClaims.at(-1)?.certainty, whole.eventTypeClaims.at(-1)?.evidence.map((e) => e.quote)], ['shelling', 'implied', ['shelling', 'shelling']]);
});

test('a toll told of separate attacks is a whole: its parts in the lead, each with its day or place, are incidents of their own', () => {
  const text =
    'Colombia: five social leaders killed in Cauca in one week\n\nFive community leaders were killed in separate attacks in Colombia\'s southwestern department of Cauca over the past week, the human rights ombudsman\'s office said on Friday.\n\nOn Sunday, gunmen shot dead indigenous guard coordinator Jesús Mestizo in Toribío. Dissidents of the former FARC rebel group operate in the area.';
  const { accounts } = extractAccounts({ text, publishedAt: published('2022-05-20') });
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.date?.start, a.date?.end, a.place?.name, a.place?.precision, a.killed.total?.low]),
    [
      [true, '2022-05-13', '2022-05-20', 'Cauca', 'admin1', 5],
      [false, '2022-05-15', '2022-05-15', 'Toribío', 'town', 1],
    ],
  );
  // One killed by name after words of what they did, the name with its accents: one person.
  assert.deepEqual(killedIn('Gunmen shot dead indigenous guard coordinator Jesús Mestizo in Toribío.').map((h) => [h.range.low, h.range.rule]), [[1, 'victims:killed-named']]);
  assert.deepEqual(killedIn('Unknown attackers murdered community leader Françoise Kaboré and Jean Ouédraogo on Monday.').map((h) => [h.range.low, h.range.rule]), [[2, 'victims:killed-named']]);
});

test('"during the battles" points back at the sentence that told them; where a side fled to is no place of the incident; the opening\'s strikes date a toll told after them', () => {
  const publishedAt = { value: '2017-02-25', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const [a] = extractAccounts({ text: 'SAA liberates al-Bab\n\nThe Syrian Arab Army liberated several villages east of al-Bab on Friday after fierce clashes with ISIS, a military source said. Over 40 ISIS militants were killed during the battles, while the rest fled toward Deir Hafer.', publishedAt }).accounts;
  assert.deepEqual([a?.date?.start, a?.place?.name, a?.killed.combatants?.low], ['2017-02-24', 'Al Bāb', 40]);
  const [b] = extractAccounts({
    text: 'Russian jets strike Homs countryside\n\nRussian warplanes carried out their first air strikes in Syria on Wednesday, hitting targets in Homs and Hama provinces. Opposition activists said at least 36 civilians, including five children, were killed in Talbiseh in the northern Homs countryside.',
    publishedAt: { ...publishedAt, value: '2015-10-01' },
  }).accounts;
  assert.deepEqual([b?.date?.start, b?.date?.rule], ['2015-09-30', 'date:relative-weekday']);
});

test('a byline and a publication line are no part of the lead; the headline toll told again further on is the headline incident', () => {
  const text = 'Air strike kills nine at Idlib market\nBy Staff Writer\nPublished 14 March 2019\n\nNine civilians were killed on Tuesday when an air strike hit a market in Maarat al-Numan, the civil defence said.';
  const publishedAt = { value: '2019-03-14', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.killed.total?.low, a.killed.civilians?.low]), [['2019-03-12', 9, 9]]);
  // Not "meanwhile", nor in another region: "Outside Damascus meanwhile at least eight people were killed".
  const two = extractAccounts({ text: 'Shelling kills eight in Aleppo. At least eight people were killed in shelling on Aleppo on Thursday. Meanwhile, at least eight people were killed on Friday in shelling on Douma.', publishedAt }).accounts;
  assert.equal(two.length, 2);
});

test('a toll "in the attack", with the attack\'s own place, is the incident told: "1,300 people died in the attack in Eastern Ghouta"', () => {
  const publishedAt = { value: '2013-08-22', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Hundreds reported killed in gas attack near Damascus\n\nSyrian opposition activists said on Wednesday that government forces had launched a poison gas attack on suburbs east of Damascus, killing hundreds of people. The government denied it. The opposition coalition said 1,300 people died in the attack in Eastern Ghouta.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.equal(accounts.length, 1);
  assert.deepEqual([accounts[0]!.killed.total?.low, accounts[0]!.killed.total?.certainty], [1300, 'stated']);
  // Attacks told where someone spoke, in another province, may be attacks there: an incident of their own.
  const two = extractAccounts({ text: 'Air strikes kill 60 in Aleppo village\n\nAir strikes killed 60 civilians in the village of Salsana in Aleppo province on Sunday. Local sources in Deir Ezzor said on Monday that 50 civilians were killed in the attacks.', publishedAt }).accounts;
  assert.deepEqual(two.map((a) => a.killed.civilians?.low), [60, 50]);
  // "killed in the operations near the villages of Handarat and al-Mallah": the operations told, placed after.
  const ops = extractAccounts({ text: 'Army kills scores of terrorists in Aleppo countryside\n\nArmy units killed scores of terrorists in operations in the northern countryside of Aleppo on Saturday. A military source said that 37 terrorists were killed in the operations near the villages of Handarat and al-Mallah.', publishedAt }).accounts;
  assert.deepEqual(ops.map((a) => a.killed.combatants?.low), [37]);
});

test('a part of a town named with no town, in a report of an incident in a town, is in that town: "targeted al-Sabil neighborhood"', () => {
  const publishedAt = { value: '2016-10-12', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Rocket shells kill 3 civilians in Aleppo\n\nTerrorists targeted residential neighborhoods in Aleppo city with rocket shells on Wednesday, killing 3 civilians.\nA police source said the shells caused material damage to homes.\nOn Tuesday, a woman was killed when terrorists targeted al-Sabil neighborhood with explosive bullets.';
  const [, other] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([other?.place?.name, other?.place?.admin1, other?.place?.precision, other?.place?.certainty, other?.place?.rule], ['al-Sabil', 'Aleppo', 'town', 'implied', 'place:quarter-of-incident-town']);
  assert.deepEqual(other?.place?.evidence.map((e) => e.quote), ['Aleppo', 'al-Sabil neighborhood']);
});

test('"Al-Quds hospital" is no sign of Jerusalem; sides blamed together further on are all taken', () => {
  const publishedAt = { value: '2016-04-28', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Al-Quds hospital in Aleppo destroyed by air strikes; 27 dead\n\nAt least 27 people were killed when air strikes destroyed the al-Quds hospital in Aleppo late on Wednesday, the medical charity said.\nAmong the dead was one of the last paediatricians in the city.\nThe hospital had 34 beds.\nThe Syrian opposition blamed government and Russian warplanes.';
  const [a] = extractAccounts({ text, publishedAt }).accounts;
  // The report is about Syria, so "government" is Syria's.
  assert.deepEqual(a?.perpetrators.map((p) => p.actor), ['sy-government', 'ru-armed-forces']);
});

test('a rounded headline figure gives way to the exact one close to it: "kill nearly 100" … "killed at least 96"', () => {
  const publishedAt = { value: '2015-08-17', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const read = (text: string) => {
    const t = extractAccounts({ text, publishedAt }).accounts[0]?.killed.total;
    return [t?.low, t?.high, t?.evidence.map((e) => e.quote)];
  };
  assert.deepEqual(read('Regime air raids on Douma market kill nearly 100\n\nGovernment air strikes on a market in Douma killed at least 96 people on Sunday, a monitor said.'), [96, null, ['killed at least 96 people', 'kill nearly 100']]);
  // Not a figure far from it (another count), nor one that is itself a guess.
  assert.deepEqual(read('Regime air raids on Douma market kill nearly 100\n\nGovernment air strikes on a market in Douma killed at least 40 people on Sunday, a monitor said.')[0], 100);
  assert.deepEqual(read('Regime air raids on Douma market kill nearly 100\n\nGovernment air strikes on a market in Douma killed about 96 people on Sunday, a monitor said.')[0], 100);
});

test('one person known by an office, told with a possessive or "the", is one killed: "Russia\'s ambassador ... was shot dead"', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.high, h.range.rule, h.range.evidence[0]!.quote]);
  assert.deepEqual(read("Russia's ambassador to Turkey, Andrei Karlov, was shot dead at a gallery in Ankara."), [
    ['total', 1, 1, 'victims:killed-one-titled', "Russia's ambassador to Turkey, Andrei Karlov, was shot dead"],
  ]);
  assert.deepEqual(read("The town's mayor was assassinated on Friday.").map((h) => h[1]), [1]);
  // With the office's place between, and as a headline with no verb of being.
  assert.deepEqual(read("The governor of Sudan's West Darfur state, Khamis Abakar, was killed in El Geneina on Wednesday.").map((h) => h[1]), [1]);
  assert.deepEqual(read('Governor of West Darfur killed').map((h) => [h[1], h[4]]), [[1, 'Governor of West Darfur killed']]);
  assert.deepEqual(read('The governor killed two protesters.').map((h) => [h[1], h[3]]), [[2, 'victims:killed-active']]);
  // People killed by name, one each, past the words that say who they were; others told after them add to them.
  assert.deepEqual(read('A US drone strike killed Qassem Soleimani and Abu Mahdi al-Muhandis near Baghdad airport.').map((h) => [h[1], h[3]]), [[2, 'victims:killed-named']]);
  assert.deepEqual(read('Israel assassinated Hamas leader Ismail Haniyeh in Tehran.').map((h) => h[1]), [1]);
  assert.deepEqual(read('The strike killed Islamic State fighters.'), []);
  assert.deepEqual(read('Gunmen killed Red Crescent volunteers.'), []);
  const ctx = createContext("A drone strike killed Qassem Soleimani, the commander of Iran's Quds Force, and Abu Mahdi al-Muhandis, the deputy head of the PMF, the Pentagon said. Five others were killed.", null);
  const all = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([all.total?.low, all.total?.rule, all.combatants?.low], [7, 'victims:named-and-others', 2]);
  // An office of a kind told in lower case ("paramilitary chief"); a toll "in total" further on is the whole.
  const inTotal = createContext('A US strike killed Iranian commander Qassem Soleimani and Iraqi paramilitary chief Abu Mahdi al-Muhandis. Officials said at least eight people were killed in total when two vehicles were hit.', null);
  const whole = countsIn(inTotal, 'killed', inTotal.sentences);
  assert.deepEqual([whole.total?.low, whole.total?.high, whole.combatants?.low], [8, null, 2]);
  // Not a toll "in total" of something wider: "since the war began".
  const wider = createContext('A US strike killed Iranian commander Qassem Soleimani. Officials said 500,000 people were killed in total since the war began.', null);
  assert.equal(countsIn(wider, 'killed', wider.sentences).total, null);
  // "two dozen" is 24, "three dozen" 36.
  assert.deepEqual(read('Nearly two dozen civilians were killed.').map((h) => [h[0], h[1]]), [['civilians', 24]]);
  assert.deepEqual(read('Shelling killed three dozen people.').map((h) => h[1]), [36]);
  // A side's own dead: "lost at least 28 jihadist fighters" (not "lost 3 matches").
  assert.deepEqual(read('The IS lost at least 28 jihadist fighters, he said.').map((h) => [h[0], h[1], h[2]]), [['combatants', 28, null]]);
  assert.deepEqual(read('The team lost 3 matches.'), []);
  // "have died", and a toll of "victims".
  assert.deepEqual(read('20 people have died, according to the health ministry.').map((h) => [h[1], h[4]]), [[20, '20 people have died']]);
  assert.deepEqual(read('The number of victims reached 40, the monitor said.').map((h) => h[1]), [40]);
  assert.deepEqual(read('20 fighters have killed 3 soldiers.').map((h) => h[1]), [3]);
  // "No one was killed" counts nobody.
  assert.deepEqual(read('No one was killed because patients and staff had time to flee.'), []);
  assert.deepEqual(read('The minister said no-one was killed.'), []);
  // Not a plural, and not an office holder who kills.
  assert.deepEqual(read('The soldiers were killed on Friday.'), []);
  assert.deepEqual(read('The governor said two men were killed.').map((h) => h[1]), [2]);
});

test('those aboard a plane or a boat are counted: "All 298 on board were killed"', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.rule, h.range.evidence[0]!.quote]);
  assert.deepEqual(read('All 298 on board were killed.'), [['total', 298, 'victims:killed-aboard', 'All 298 on board were killed']]);
  assert.deepEqual(read('Some 60 people aboard the boat died.').map((h) => h[1]), [60]);
  assert.deepEqual(read('The plane had 298 people on board.'), []);
});

test('a toll "rising to" a figure is the latest toll, as "rose to" is', () => {
  const text = 'Fighting raged for a third day on Monday, with the death toll rising to at least 185 people and more than 1,800 wounded.';
  const [hit] = killedIn(text);
  assert.deepEqual([hit?.range.low, hit?.range.high, hit?.range.rule], [185, null, 'victims:toll-rose-to']);
  // However long what the toll is of.
  const [long] = killedIn('The death toll from a series of bomb blasts on churches and luxury hotels in Sri Lanka on Easter Sunday rose to 290, police said.');
  assert.deepEqual([long?.range.low, long?.range.rule], [290, 'victims:toll-rose-to']);
});

test('a vague total below a stated group is at least that group: "Hundreds killed" ... "around 300 civilian men"', () => {
  const text = 'Hundreds killed in Moura. Troops killed around 300 civilian men in the town over five days. The army said it had killed 203 militants.';
  const k = countsIn(createContext(text, null), 'killed', splitSentences(text));
  assert.deepEqual([k.total?.low, k.total?.high, k.total?.certainty, k.total?.rule, k.total?.evidence.map((e) => e.quote)], [300, null, 'implied', 'victims:total-over-part', ['Hundreds killed', 'killed around 300 civilian']]);
  // A stated total is never changed by its parts: they are claims of their own.
  const stated = 'Ten people were killed in the town. Troops killed 12 civilians there, residents said.';
  assert.equal(countsIn(createContext(stated, null), 'killed', splitSentences(stated)).total?.low, 10);
});

test('a group joined to people of no group is more of the dead: "60 Afghans and 13 US troops" is 73, 13 of them combatants', () => {
  const text = 'The bombers attacked crowds outside the airport on Thursday, killing at least 60 Afghans and 13 US troops.';
  const k = countsIn(createContext(text, null), 'killed', [whole(text)]);
  assert.deepEqual([k.total?.low, k.total?.high, k.total?.rule, k.combatants?.low, k.combatants?.evidence[0]!.quote], [73, null, 'victims:joined-sum', 13, '13 US troops']);
  assert.deepEqual(k.total?.evidence.map((e) => e.quote), ['killing at least 60 Afghans', '13 US troops']);
  // A vague figure is not summed: the group is still counted.
  const vague = 'The blast killed dozens of people and two soldiers.';
  const v = countsIn(createContext(vague, null), 'killed', [whole(vague)]);
  assert.deepEqual([v.total?.low, v.total?.rule, v.combatants?.low], [12, 'victims:killed-active', 2]);
  // A figure of the wounded, with those who did it after it, is no group of the dead.
  const hurt = 'Fourteen people were killed and 108 injured when Ukrainian forces shelled the centre of Belgorod.';
  const h = countsIn(createContext(hurt, null), 'killed', [whole(hurt)]);
  assert.deepEqual([h.total?.low, h.combatants], [14, null]);
});

test('a group joined to a count is counted; children and women alone give the civilians at least their sum', () => {
  const text = 'On Sunday regime planes killed 31 jihadists and eight civilians in a wave of raids.';
  const k = countsIn(createContext(text, null), 'killed', [whole(text)]);
  assert.deepEqual([k.combatants?.low, k.civilians?.low, k.civilians?.evidence[0]!.quote, k.total], [31, 8, 'eight civilians', null]);
  // Past a group's name in capitals: "3 members of Hamas and 4 civilians".
  const named = 'The strike killed 3 members of Hamas and 4 civilians.';
  const n = countsIn(createContext(named, null), 'killed', [whole(named)]);
  assert.deepEqual([n.combatants?.low, n.civilians?.low, n.civilians?.evidence[0]!.quote], [3, 4, '4 civilians']);
  const child = 'Due to rocket shells on al-Mazzeh one child has been killed and 7 people have been injured.';
  const c = countsIn(createContext(child, null), 'killed', [whole(child)]);
  assert.deepEqual([c.total, c.children?.low, c.civilians?.low, c.civilians?.high, c.civilians?.rule], [null, 1, 1, null, 'victims:civilians-from-groups']);
  // With a total, the civilians are not guessed from the groups.
  const all = 'The strike killed 12 people including two children.';
  assert.equal(countsIn(createContext(all, null), 'killed', [whole(all)]).civilians, null);
});

test('lists of the dead name people by their trade; one person joined to a count is counted with it', () => {
  const counts = (text: string) => {
    const ctx = createContext(text, null);
    const c = countsIn(ctx, 'killed', ctx.sentences);
    return Object.fromEntries(Object.entries(c).filter(([, r]) => r).map(([g, r]) => [g, r!.low]));
  };
  assert.deepEqual(counts('A munition struck the school, killing a teacher and two students, witnesses said.'), { total: 3, children: 2 });
  assert.deepEqual(counts('Shelling killed two farmers and a shepherd near the village.'), { civilians: 3 });
  assert.deepEqual(counts('Shelling killed five people and a child.'), { total: 6, children: 1 });
  // "were shot dead", "were gunned down": deaths, as "were killed".
  assert.deepEqual(counts('In 2014, 48 people were shot dead on Instytutska Street.'), { total: 48 });
  // One person told with an age: "killed a 63-year-old man", "A 12-year-old girl was killed".
  assert.deepEqual(counts('The day before, a drone attack on the city killed a 63-year-old man.'), { total: 1 });
  assert.deepEqual(counts('A 12-year-old girl was killed by a sniper.'), { civilians: 1, children: 1 });
  // "bringing the toll to 19": the latest toll, as "rose to" is; not a period's total.
  assert.deepEqual(counts('Two people died of their wounds in hospital on Monday, bringing the toll to 19.'), { total: 19 });
  assert.deepEqual(counts('The attack killed 5, taking the number of dead this week to 40.'), { total: 5 });
  assert.deepEqual(counts('Local officials put the number of dead at 40.'), { total: 40 });
  // The dead told as a list, and groups joined before "lost their lives" or "died".
  assert.deepEqual(counts('The dead included a pregnant woman and her two children.'), { total: 3, civilians: 3, children: 2, women: 1 });
  assert.deepEqual(counts('Fifteen soldiers and three civilians lost their lives.'), { civilians: 3, combatants: 15 });
  assert.deepEqual(counts('Among the dead were two children.'), {});
  // A part told between the count and its verb, a family told as such, a family's name before "family".
  assert.deepEqual(counts('At least seven people, four of them children, were killed.'), { total: 7, children: 4 });
  assert.deepEqual(counts('The shelling killed a mother and her four children.'), { total: 5, civilians: 5, children: 4, women: 1 });
  // Told before the verb, the family is the toll too, not only its last item.
  assert.deepEqual(counts('A mother and her four children were killed when the shell hit their home.'), { total: 5, civilians: 5, children: 4, women: 1 });
  assert.deepEqual(counts('Two children and their mother died in the bombing.'), { total: 3, civilians: 3, children: 2, women: 1 });
  // One of a family told by whose, after the verb too.
  assert.deepEqual(counts('The strike killed a woman and her daughter.'), { total: 2, women: 1 });
  assert.deepEqual(counts('Shelling killed a man and his wife in Idlib.'), { total: 2, women: 1 });
  // "their children" are of no number: no list.
  assert.deepEqual(counts('A man and their children were killed.'), {});
  assert.deepEqual(counts('Eleven members of the Abu Hussein family were killed.'), { total: 11 });
  // Relatives counted: "Two brothers were killed", "Gunmen shot dead two brothers".
  assert.deepEqual(counts('Two brothers were killed by a sniper.'), { total: 2 });
  assert.deepEqual(counts('Gunmen shot dead two brothers.'), { total: 2 });
  // Deaths and injuries told as one figure are neither's.
  assert.deepEqual(counts('Dozens of people were killed or wounded.'), {});
  assert.deepEqual(counts('The attack killed or injured 40 people.'), {});
  // "a further five": no one person.
  assert.deepEqual(counts('The raid killed four people and a further five people were hurt.'), { total: 4 });
  // A part of no group inside a toll is not its total.
  assert.deepEqual(counts('The bombardment has killed 44 civilians including 11 women, nine children and one rescue worker.'), { civilians: 44, children: 9, women: 11 });
});

test('deaths by a flood, an earthquake or a road crash are no incident, with a message saying why; an attack or a weapon keeps it', () => {
  const publishedAt = { value: '2021-07-20', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const floods = extractAccounts({ text: 'Floods kill 33 in central China. Torrential rain flooded the city of Zhengzhou on Tuesday, killing at least 33 people.', publishedAt });
  assert.deepEqual([floods.accounts.length, floods.messages.map((m) => [m.rule, m.span && m.text.includes('"Floods"')])], [0, [['extract:not-violence', true]]]);
  assert.equal(extractAccounts({ text: 'Bus crash kills 14 on Nigerian highway. A bus collided with a truck on Sunday, killing 14 passengers.', publishedAt }).accounts.length, 0);
  // A weapon or an attack in the opening: violence, whatever else the words say.
  assert.equal(extractAccounts({ text: 'Drone crashes into Kyiv flats, killing 3. A Russian drone crashed into an apartment block in Kyiv overnight, killing three people.', publishedAt }).accounts.length, 1);
  assert.equal(extractAccounts({ text: 'Syria army plane crashes in rebel-held town. The warplane crashed during air raids on the town, killing 27 people.', publishedAt }).accounts.length, 1);
  // "shot down any hope" shoots down no aircraft.
  assert.deepEqual(findEventTypeClaims(createContext('The Gunners shot down any hope of a comeback.', null)), []);
  assert.equal(findEventTypeClaims(createContext('Rebels shot down a government helicopter.', null))[0]?.value, 'attack');
});

test('types told by their means: live ammunition, knives, torture, tank fire, bombs dropped', () => {
  assert.equal(type('Security forces fired live ammunition at protesters, killing 12.'), 'attack');
  assert.equal(type('Pro-government militia massacred 40 villagers with knives.'), 'attack');
  assert.equal(type('Twelve detainees died under torture in Saydnaya prison.'), 'attack');
  // Aircraft that struck are an air strike; anti-aircraft guns are not.
  assert.equal(type('Syrian government aircraft struck a market in the town on Thursday, killing at least 17 people.'), 'air_strike');
  assert.notEqual(type('Anti-aircraft fire killed two people in the town.'), 'air_strike');
  // Civilians massacred by troops who were fighting elsewhere: an attack, not a clash.
  assert.equal(type('Eritrean troops fighting in Tigray massacred hundreds of civilians in Axum.'), 'attack');
  assert.equal(type('Israeli tank fire killed two fishermen off Gaza.'), 'shelling');
  assert.equal(type('Thermobaric bombs were dropped on the town, killing nine.'), 'air_strike');
  assert.equal(type('A bomb exploded in a market in Baghdad, killing eight.'), 'remote_explosive');
  // A state's "strike" with no more said is from the air; a grenade is an explosive.
  assert.equal(type('An Israeli strike on a school in Gaza killed 30 people.'), 'air_strike');
  assert.equal(type('A grenade attack on a market killed three people.'), 'remote_explosive');
  assert.equal(type('Workers went on a general strike in Aleppo.'), null);
  // "massacred 40 villagers" is a toll.
  const ctx = createContext('Pro-government militia massacred 40 villagers with knives.', null);
  assert.equal(countsIn(ctx, 'killed', ctx.sentences).civilians?.low, 40);
});

test('injuries told with an adverb, as "sustained injuries", and a count of the wounded that rose', () => {
  const injured = (text: string) => {
    const ctx = createContext(text, null);
    const c = countsIn(ctx, 'injured', ctx.sentences);
    return Object.fromEntries(Object.entries(c).filter(([, r]) => r).map(([g, r]) => [g, r!.low]));
  };
  assert.deepEqual(injured('Three people were seriously injured.'), { total: 3 });
  assert.deepEqual(injured('Seven were killed, while 22 others sustained injuries.'), { total: 22 });
  assert.deepEqual(injured('Dozens were wounded. The number of injured has risen to 87, the ministry said.'), { total: 87 });
  // "the injured toll" is no death toll.
  const ctx = createContext('The injured toll stood at 40.', null);
  assert.equal(countsIn(ctx, 'killed', ctx.sentences).total, null);
});

test('numbers that are not deaths are not counts', () => {
  const read = (t: string) => killedIn(t);
  // Running totals of a war are not one incident's toll.
  assert.deepEqual(read('More than 220000 people have been killed in Syria since the conflict began in March 2011.'), []);
  assert.deepEqual(read('Upwards of 162000 people have been killed and millions displaced in more than three years of conflict.'), []);
  assert.deepEqual(read('Rebel shelling has killed at least 130 civilians since the end of July.'), []);
  assert.deepEqual(read('At least 300 people have been killed in Aleppo since April.'), []);
  assert.equal(read('The raid killed 23 people in the town, which has been under siege ever since rebels seized it.').length, 1);
  assert.deepEqual(read('In 2013 the city had 300,000 residents and 5 hospitals.'), []);
  assert.deepEqual(read('A 12-year-old boy was among those rescued.'), []);
});

test('event type claims keep every competing claim with its words', () => {
  const text = 'Activists said a Scud hit the town; the army said it was an air strike. Others blamed mortar fire.';
  const claims = findEventTypeClaims(createContext(text, null));
  assert.deepEqual(claims.map((c) => [c.value, c.evidence[0]!.quote]), [
    ['shelling', 'Scud'],
    ['air_strike', 'air strike'],
    ['shelling', 'mortar'],
  ]);
});

test('the type best supported: the means before the delivery, a weapon before "fighting"', () => {
  const best = (t: string) => bestEventType(findEventTypeClaims(createContext(t, null)), whole(t));
  assert.equal(best('Regime helicopters dropped barrel bombs containing chlorine on the village.'), 'chemical_weapon');
  assert.equal(best('IS fighters attacked the town and a suicide bomber blew himself up at the gate.'), 'suicide_bomb');
  assert.equal(best('Fighting raged as rebels fired rockets at western Aleppo.'), 'shelling');
  assert.equal(best('US-led strikes killed more than 20 jihadists.'), 'air_strike');
  assert.equal(best('A bomb in Idlib killed three people.'), 'remote_explosive');
  assert.equal(best('Twin bombings kill 20 in Tartus.'), 'remote_explosive');
  // An air force that kills is an air strike, not the offensive it serves; its intelligence branch is no aircraft.
  assert.equal(best('Russias Aerospace Forces have killed 304 Daesh militants as the offensive continues.'), 'air_strike');
  assert.equal(best('The Syrian Air Force Intelligence arrested and tortured the men.'), null);
  assert.equal(best('A wave of bombings in Tartus and Jableh killed 20 people.'), 'remote_explosive');
  assert.equal(best('Clashes went on through the night.'), 'armed_clash');
  assert.equal(best('Daesh kidnapped 900 and executed 18 people.'), 'execution');
  // A chemical attack named in the lead types the incident its sentence tells only by its delivery.
  const text = 'Chemical attack in Idlib. The attack, carried out by regime jets, killed at least 58 people.';
  const [head, sentence] = splitSentences(text);
  assert.equal(bestEventType(findEventTypeClaims(createContext(text, null)), sentence!, [head!, sentence!]), 'chemical_weapon');
  assert.equal(bestEventType(findEventTypeClaims(createContext(text, null)), sentence!), 'air_strike');
  // An attack named to compare types nothing: "the highest toll since a 2013 chemical attack there".
  const since = 'Air strikes on Eastern Ghouta killed 250 people in two days, the highest toll since a 2013 chemical attack there.';
  assert.equal(bestEventType(findEventTypeClaims(createContext(since, null)), whole(since), [whole(since)], since), 'air_strike');
  const then = 'Syrians marked five years since the 2013 chemical attack that killed 1,400 people in Ghouta.';
  assert.equal(bestEventType(findEventTypeClaims(createContext(then, null)), whole(then), [whole(then)], then), 'chemical_weapon');
});

test('the type the words lay the harm on: "killed in the strikes" outranks fighting, in the sentence and in its lead', () => {
  const typed = (text: string, leadFrom = 0) => {
    const spans = splitSentences(text);
    return bestEventType(findEventTypeClaims(createContext(text, null)), spans[leadFrom]!, spans.slice(leadFrom), text);
  };
  // The sentence names only an offensive; its lead says what killed.
  const repelled = 'Government forces repelled a rebel offensive on Tuesday, killing 40 attackers. At least 40 people were killed in the strikes, the ministry said.';
  assert.equal(typed(repelled), 'air_strike');
  const [first] = splitSentences(repelled);
  assert.equal(bestEventType(findEventTypeClaims(createContext(repelled, null)), first!), 'armed_clash', 'without the text, the offensive');
  // In the sentence itself, before the first weapon it names.
  assert.equal(typed('Fighting raged as five soldiers were killed by mortar fire on the base.'), 'shelling');
  assert.equal(typed('Jets bombed the town, and three fighters were killed in clashes nearby.'), 'armed_clash');
  // Words that open a clause are not the cause: "killed in an area that witnessed fighting".
  assert.equal(typed('War jets struck the town, where five civilians were killed in an area that witnessed fighting.'), 'air_strike');
  // "Killed during the fighting" in the lead says when: the sentence's own type stands.
  assert.equal(typed('A car bomb went off in the market. The victims were killed during the fighting that followed.'), 'remote_explosive');
});

test('"killed by Israeli fire" is an attack; "killed by rocket fire" stays shelling', () => {
  const best = (t: string) => bestEventType(findEventTypeClaims(createContext(t, null)), whole(t));
  assert.equal(best('Two Palestinians were killed by Israeli fire during a raid in Nablus.'), 'attack');
  assert.equal(best('Two people were killed by rocket fire on Sunday.'), 'shelling');
});

test('a killing told without its means in the headline is an attack, not the kidnapping told beside it', () => {
  const text = 'Gunmen kill 10 farmers in Borno. Militants killed 10 farmers and abducted four others on Sunday. They opened fire on the farmers.';
  const spans = splitSentences(text);
  const claims = findEventTypeClaims(createContext(text, null));
  assert.equal(bestEventType(claims, spans[0]!, spans, text), 'attack');
  // Nor when the lead names no means at all: "attacked Auno, ... killing 30" and then "also abducted women".
  const raid = 'Boko Haram kills 30 travellers near Maiduguri. Insurgents on Sunday night attacked Auno, killing 30 travellers. The militants also abducted women and children.';
  const raidSpans = splitSentences(raid);
  assert.equal(bestEventType(findEventTypeClaims(createContext(raid, null)), raidSpans[0]!, raidSpans.slice(1), raid), 'attack');
  // A kidnapping alone is a kidnapping.
  const taken = 'Gunmen seize 20 pupils. Gunmen abducted 20 pupils from a school on Friday.';
  const taken2 = splitSentences(taken);
  assert.equal(bestEventType(findEventTypeClaims(createContext(taken, null)), taken2[0]!, taken2, taken), 'abduction');
});

test('sentences do not break at abbreviations, nor at an ellipsis or "a.m." inside one', () => {
  const text = 'The U.S. said 10 died. Gen. Smith disagreed!\nNext line';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['The U.S. said 10 died.', 'Gen. Smith disagreed!', 'Next line']);
  // Nor at an ellipsis that leaves words out of one sentence; one before a capital ends it.
  const quoted = '"Apparently Russian aircraft... carried out four raids" it said. He waited... Then it came.';
  assert.deepEqual(splitSentences(quoted).map((s) => quoted.slice(s.start, s.end)), ['"Apparently Russian aircraft... carried out four raids" it said.', 'He waited...', 'Then it came.']);
  // "a.m." before a word in lower case, as a text without commas has it: "at about 9:30 a.m. a munition struck".
  const am = 'On February 11 2020 at about 9:30 a.m. a munition struck the school. It was 10 a.m. The school was empty.';
  assert.deepEqual(splitSentences(am).map((s) => am.slice(s.start, s.end)), ['On February 11 2020 at about 9:30 a.m. a munition struck the school.', 'It was 10 a.m.', 'The school was empty.']);
});

test('over the 248 bundled FA-KES articles, every quote is its span and no value lacks evidence', async () => {
  let reports = 0;
  let quotes = 0;
  const texts = new Map<string, string>();
  // Re-read the text each extraction points into, from the same cleaning the pipeline does.
  const { cleanReport } = await import('../../src/clean/clean-report.js');
  const { readInputs } = await import('../../src/ingest/read-inputs.js');
  const path = join(ROOT, 'samples/fakes-dev/articles.jsonl');
  for await (const item of readInputs([path], DEFAULT_READ_OPTIONS)) {
    if (item.kind === 'report') texts.set(String(item.raw.origin.line), cleanReport(item.raw).text);
  }
  let line = 0;
  for await (const item of extractInputs([path], DEFAULT_READ_OPTIONS)) {
    assert.equal(item.kind, 'extraction');
    if (item.kind !== 'extraction') continue;
    line++;
    reports++;
    quotes += assertEvidence(item.extraction.incidents, texts.get(String(line))!);
  }
  assert.equal(reports, 248);
  assert.ok(quotes > 1000, `only ${quotes} quotes checked`);
});

test('when the opening names nobody, a later sentence that blames the attack names the perpetrator', () => {
  const text = [
    'At least 58 people were killed in a suspected gas attack on a town in Idlib province on Tuesday.',
    'Doctors said many of the victims were children.',
    'Rescuers searched the rubble through the night.',
    'Hospitals nearby ran out of beds.',
    'Meanwhile rebels fired rockets at the city of Hama.',
    'The opposition blamed the attack on Syrian government forces.',
  ].join(' ');
  const [primary] = extractAccounts({ text, publishedAt: null }).accounts;
  assert.deepEqual(primary!.perpetrators.map((p) => p.actor), ['sy-government']);
  assertEvidence(text, primary!.perpetrators[0]!.evidence);
  // Without the blaming sentence nobody is named: the rebels' rockets elsewhere are another matter.
  const without = text.slice(0, text.indexOf(' The opposition blamed'));
  assert.deepEqual(extractAccounts({ text: without, publishedAt: null }).accounts[0]!.perpetrators.map((p) => p.actor), []);
  // A later sentence saying who carried out a strike names the perpetrator too.
  const carried = `${without} Moscow said that Syrian aircraft had carried out a strike on a depot in the town.`;
  assert.deepEqual(extractAccounts({ text: carried, publishedAt: null }).accounts[0]!.perpetrators.map((p) => p.actor), ['sy-air-force']);
  // So does a group's own statement that its fighter did it.
  const statement = `${without} IS said in a statement that one of its fighters had fired on the crowd before blowing himself up.`;
  assert.deepEqual(extractAccounts({ text: statement, publishedAt: null }).accounts[0]!.perpetrators.map((p) => [p.actor, p.attribution]), [['isis', 'claimed']]);
});

test('a photo caption names where a picture was taken, not where the incident was', () => {
  const text =
    'At least 10 people were killed on Sunday when barrel bombs hit an opposition-held town in Daraa province. A man inspects the damage in the town of Dael in Daraa province on September 5 2016. (Reuters) The town was struck again on Monday.';
  const place = (t: string) => extractAccounts({ text: t, publishedAt: null }).accounts[0]!.place;
  assert.deepEqual([place(text)?.name, place(text)?.precision], ['Daraa', 'admin1']);
  // A credit after a dash is a dateline's, and its sentence is no caption.
  const dateline = text.replace('. (Reuters)', '. (Reuters) -');
  assert.deepEqual([place(dateline)?.name, place(dateline)?.precision], ['Dā‘il', 'town']);
  // Nor does a caption type the incident: the chemical attack it shows is another.
  const typed = (t: string) => extractAccounts({ text: t, publishedAt: null }).accounts[0]!.eventType;
  const strike =
    'Air strikes killed at least 18 people in the town of Urum al-Joz on Saturday. A hospital in Khan Shaykhun after the toxic gas attack. (Reuters) The death toll is expected to rise.';
  assert.equal(typed(strike), 'air_strike');
  assert.equal(typed(strike.replace('. (Reuters)', '.')), 'chemical_weapon', 'without the credit the sentence is the lead');
});

test('an incident placed in its country only takes the place of a later sentence that tells its toll again', () => {
  const text = [
    'A chemical weapons attack in Syria killed 72 people on Tuesday, the monitor said.',
    'World leaders condemned the use of such weapons.',
    'The Security Council met on Wednesday.',
    'Diplomats said a resolution was being drafted.',
    'Aid groups called for access.',
    'Doctors described the symptoms of the victims.',
    'At least 72 people died in the town of Khan Sheikhoun.',
  ].join(' ');
  const [primary] = extractAccounts({ text, publishedAt: null }).accounts;
  assert.deepEqual([primary!.place?.admin1, primary!.place?.precision, primary!.place?.rule], ['Idlib', 'town', 'place:gazetteer+same-toll']);
  assertEvidence(text, primary!.place!.evidence);
  // Another toll is another matter: the incident stays in its country.
  const other = text.replace('At least 72 people died', 'Last year 30 people died');
  assert.equal(extractAccounts({ text: other, publishedAt: null }).accounts[0]!.place?.precision, 'country');
});

test('"another 30 injured" adds to the headline toll; "a separate airstrike" is another incident', () => {
  const same = 'At least 15 people were killed by Russian airstrikes in northern Syria on Monday. Two raids that targeted the town of Abu al-Duhur in Idlib province left another 30 injured.';
  const a = extractAccounts({ text: same, publishedAt: null }).accounts;
  assert.equal(a.length, 1);
  assert.deepEqual([a[0]!.place?.admin1, a[0]!.place?.precision, a[0]!.place?.evidence.map((e) => e.quote.trim())], ['Idlib', 'town', ['town of', 'Abu al-Duhur']]);
  const other = 'At least 15 people were killed by Russian airstrikes in Idlib province on Monday. A separate airstrike killed four people in Aleppo province.';
  assert.equal(extractAccounts({ text: other, publishedAt: null }).accounts.length, 2);
});

test('"similar airstrikes ... on Monday" with a toll of their own are another incident, dated by their own day', () => {
  const publishedAt = { value: '2016-07-19', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Coalition airstrikes kill 85 civilians near Manbij\n\nAirstrikes on villages near Manbij killed 85 civilians on Tuesday, activists said. Rescuers searched the rubble. Tuesdays casualties come on the heels of similar airstrikes on the town of Manbij on Monday when at least 15 civilians were reportedly killed.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.killed.civilians?.low]), [['2016-07-19', 85], ['2016-07-18', 15]]);
  // What a side "has carried out similar attacks" before is no incident.
  const habit = 'Suicide bombing kills 15 in Azaz\n\nA suicide car bomb killed 15 people in the town of Azaz on Saturday. There was no immediate claim of responsibility for the blast but the Islamic State group has carried out similar attacks in the area.';
  assert.equal(extractAccounts({ text: habit, publishedAt }).accounts.length, 1);
});

test('"Meanwhile, ... killing two civilians" and "Hours later a second suicide bomber struck" are incidents of their own', () => {
  const publishedAt = { value: '2017-03-16', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text =
    'Suicide bomber kills 31 at Damascus courthouse\n\nA suicide bomber blew himself up inside the main judicial palace in central Damascus on Wednesday, killing 31 people. ' +
    'Hours later a second suicide bomber struck a restaurant in the Rabweh district of the capital, wounding at least 25 people. ' +
    'Police said the roads were closed. Meanwhile, terrorists fired rocket shells on the neighborhood of al-Midan in Aleppo city, killing two civilians.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(
    accounts.map((a) => [a.killed.total?.low ?? a.killed.civilians?.low ?? null, a.injured.total?.low ?? null, a.date?.start ?? null, a.place?.admin1 ?? null]),
    [[31, null, '2017-03-15', 'Damascus'], [null, 25, '2017-03-15', 'Damascus'], [2, null, null, 'Aleppo']],
  );
  // Not a running total with neither place nor day, nor the attack told already.
  const total = 'Suicide bomber kills 31 at Damascus courthouse. Police said the roads were closed. Meanwhile rebel fire on regime-held areas killed 1,102 people, the Observatory said.';
  assert.equal(extractAccounts({ text: total, publishedAt }).accounts.length, 1);
  const again = 'Suicide bomber kills 31 at Damascus courthouse. Police said the roads were closed. Meanwhile the opposition said the attack killed more than 40 people.';
  assert.equal(extractAccounts({ text: again, publishedAt }).accounts.length, 1);
});

test('a headline before the incident sentence adds the children and women its toll includes', () => {
  const text = 'Those killed in two attacks include 14 children and four women. Air raids on the town of Maarat al-Numan killed at least 39 civilians on Sunday.';
  const [primary] = extractAccounts({ text, publishedAt: null }).accounts;
  assert.deepEqual([primary!.killed.civilians?.low, primary!.killed.children?.low, primary!.killed.women?.low], [39, 14, 4]);
});

test('a report saying the attack did not happen as told marks its account disputed, with the words', () => {
  const text = 'State media said reports of a chemical attack that killed 70 people in Douma were fabricated.';
  const [a] = extractAccounts({ text, publishedAt: null }).accounts;
  assert.deepEqual(a!.disputed?.map((e) => e.quote), ['fabricated']);
  assertEvidence(text, a!.disputed!);
  const plain = 'A chemical attack killed 70 people in Douma, rescuers said.';
  assert.equal(extractAccounts({ text: plain, publishedAt: null }).accounts[0]!.disputed, undefined);
});

test('a sentence dated by the start of the war is no incident of its own: running totals and background', () => {
  const lead = 'A car bomb killed six people in Azaz on Monday, a monitor said. Rescuers searched the rubble into the night. The town lies near the Turkish border. ';
  const published = { value: '2016-03-09', certainty: 'stated' as const, evidence: [], rule: 'published:metadata' };
  const count = (later: string) => extractAccounts({ text: lead + later, publishedAt: published }).accounts.length;
  assert.equal(count('More than 150,000 people have been killed since protests against the government erupted in March 2011.'), 1);
  assert.equal(count('The war in Syria, which began with the repression of demonstrations in 2011, has killed more than 280,000 people.'), 1);
  assert.equal(count('It was the first explosion to hit the town since the outbreak of the civil war in 2011 and it killed a nurse.'), 1);
  // A past attack with its own date is still its own incident.
  assert.equal(count('In December 2015, a suicide bomber killed 20 people at a checkpoint in the town.'), 2);
});

test('a later sentence telling the same toll gives its parts; a vague toll gives way to a later stated one', () => {
  const same = 'Airstrikes on a village killed 12 people on Tuesday. The monitor said raids targeted the village. Its head said the jets came twice. "Twelve people were killed including at least two rebel fighters and five civilians" he said.';
  const k = countsIn(createContext(same, null), 'killed', splitSentences(same).slice(0, 1), splitSentences(same).slice(1));
  assert.deepEqual([k.total?.low, k.combatants?.low, k.civilians?.low], [12, 2, 5]);
  // Another toll in a later sentence is not this one's: its parts stay out.
  const other = 'Airstrikes on a village killed 12 people on Tuesday. In Hama 30 people were killed including 20 civilians.';
  const o = countsIn(createContext(other, null), 'killed', splitSentences(other).slice(0, 1), splitSentences(other).slice(1));
  assert.deepEqual([o.total?.low, o.civilians], [12, null]);
  const vague = 'Jets struck a convoy on Monday night killing scores of volunteers and civilians. The planes struck again. The statement was issued late. Fifteen SARC volunteers were killed in the strike.';
  const v = countsIn(createContext(vague, null), 'killed', splitSentences(vague).slice(0, 1), splitSentences(vague).slice(1));
  assert.deepEqual([v.total?.low, v.total?.certainty, v.total?.evidence.map((e) => e.quote)], [15, 'stated', ['Fifteen SARC volunteers were killed', 'killing scores of volunteers']]);
});

test('"women or children" is neither group\'s figure; members of a rescue team are not fighters; one person killed', () => {
  const groups = (t: string) => findIncludedGroups(createContext(t, null), whole(t)).map((h) => [h.group, h.range.low]);
  assert.deepEqual(groups('The monitor says 34 people were killed, 6 of them women or children.'), []);
  assert.deepEqual(groups('The monitor says 34 people were killed, including 6 women.'), [['women', 6]]);
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.rule]);
  assert.deepEqual(read('Strikes killed eight women and children in the town.'), [['civilians', 8, 'victims:killed-active']]);
  assert.deepEqual(read('An air raid on their centre killed eight members of the team.'), [['total', 8, 'victims:killed-active']]);
  assert.deepEqual(read('An air raid killed eight members of the Nusra Front.'), [['combatants', 8, 'victims:killed-active']]);
  assert.deepEqual(read('The army killed a notorious terrorist commander in Latakia.'), [['combatants', 1, 'victims:killed-one-active']]);
  assert.deepEqual(read('Fierce fighting killed at least 18 regime forces on Friday.'), [['combatants', 18, 'victims:killed-active']]);
});

test('more forms of a toll: "claimed 23 lives", "Fatalities stood at 17", "the number of those killed reached 40", "believed to have died", "killed between 30 and 40"; a year\'s running total is none', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.high, h.range.rule]);
  assert.deepEqual(read('The blast claimed 23 lives.'), [['total', 23, 23, 'victims:lives']]);
  assert.deepEqual(read('An attack on an aid convoy that claimed 20 lives Monday.'), [['total', 20, 20, 'victims:lives']]);
  assert.deepEqual(read('Fatalities stood at 17.'), [['total', 17, 17, 'victims:toll-rose-to']]);
  assert.deepEqual(read('The number of those killed reached 40.'), [['total', 40, 40, 'victims:toll-rose-to']]);
  assert.deepEqual(read('At least 15 civilians are believed to have died.'), [['civilians', 15, null, 'victims:killed-passive']]);
  assert.deepEqual(read('The strike killed between 30 and 40 fighters.'), [['combatants', 30, 40, 'victims:killed-active-between']]);
  assert.deepEqual(read('Cross-border fire from Syria has claimed 21 lives in the border town of Kilis this year.'), []);
  assert.deepEqual(read('Rebel shelling has killed 21 people so far this year.'), []);
});

test('a correction\'s earlier figure is no toll; "over the past day" dates the day\'s report; a town\'s university names the town', () => {
  const text =
    'Correction: Yemen bus strike\n\nAn earlier version of this story said 50 people were killed. The Saudi-led coalition air strike on a bus in Dahyan on Thursday killed 51 people, including 40 children, according to the International Committee of the Red Cross.';
  const [a] = extractAccounts({ text, publishedAt: published('2018-08-11') }).accounts;
  assert.deepEqual([a?.killed.total?.low, a?.killed.children?.low], [51, 40]);
  const day = incidentDate('Over the past day, the enemy carried out 73 attacks; 1 person was killed and 4 others were injured.', '2023-05-08');
  assert.deepEqual([day?.start, day?.rule, day?.evidence[0]!.quote], ['2023-05-08', 'date:past-hours', 'Over the past day']);
  const [g] = extractAccounts({ text: 'Garissa attack\n\nAl-Shabaab gunmen stormed Garissa University College in eastern Kenya on Thursday, killing 147 people.', publishedAt: published('2015-04-02') }).accounts;
  assert.deepEqual([g?.place?.name, g?.place?.precision], ['Garissa', 'town']);
});

test('in a list, a claim after an entry on its line is that entry\'s, not the headline incident\'s', () => {
  const text =
    'Factbox: major attacks in Kabul\n\nMay 31, 2017 - A truck bomb exploded in Kabul\'s diplomatic quarter during the morning rush hour, killing more than 150 people.\nMarch 8, 2017 - Gunmen disguised as medical staff attacked the Sardar Daud Khan military hospital, killing at least 49 people. Islamic State claimed responsibility.\nJuly 23, 2016 - Two suicide bombers struck a demonstration by members of the Hazara minority, killing more than 80 people.';
  const { accounts } = extractAccounts({ text, publishedAt: published('2017-06-20') });
  assert.deepEqual(
    accounts.map((a) => [a.date?.start, a.killed.total?.low, a.perpetrators.filter((p) => p.actor).map((p) => `${p.actor}:${p.attribution}`)]),
    [['2017-05-31', 150, []], ['2017-03-08', 49, ['isis:claimed']], ['2016-07-23', 80, []]],
  );
});

test('an event dataset\'s note: its "Fatalities: 8" field is the toll; one person after three describing words ("shot dead a former Afghan army commander")', () => {
  const note = 'On 3 March 2023, JNIM militants attacked FAMa positions in Boni (Douentza, Mopti), killing 5 soldiers. 3 militants were also killed. Fatalities: 8.';
  const ctx = createContext(note, '2023-03-06');
  const k = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([k.total?.low, k.total?.high, k.total?.rule, k.combatants?.low], [8, 8, 'victims:fatalities-field', 5]);
  assert.deepEqual(killedIn('Taliban fighters shot dead a former Afghan army commander in Kandahar city.').map((h) => [h.group, h.range.low]), [['combatants', 1]]);
});

test('one person of a trade told with an article: "shot dead a security guard", "a village chief was killed"', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low]);
  assert.deepEqual(read('The attackers, who arrived on motorcycles, also shot dead a security guard.'), [['total', 1]]);
  assert.deepEqual(read('A village chief was killed by gunmen on Monday.'), [['total', 1]]);
});

test('a force named in capitals with its letters before the counted noun: "40 Central Reserve Police Force (CRPF) personnel were killed"; jawans are soldiers', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low]);
  assert.deepEqual(read('At least 40 Central Reserve Police Force (CRPF) personnel were killed on Thursday.'), [['combatants', 40]]);
  assert.deepEqual(read('40 CRPF jawans killed in Pulwama.'), [['combatants', 40]]);
  // Not a name without its letters: the words before are a clause of their own.
  assert.deepEqual(read('In Pulwama District Police Chief Office staff said 4 soldiers were killed.'), [['combatants', 4]]);
});

test('two groups of one figure before the verb are counted together: "Seven women and children were killed", "7 staff and patients killed"', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]);
  assert.deepEqual(read('Seven women and children were killed in the raid.'), [['civilians', 7, 'Seven women and children were killed']]);
  assert.deepEqual(read('Four children and women were killed.'), [['civilians', 4, 'Four children and women were killed']]);
  assert.deepEqual(read('At least 7 staff and patients killed, 8 staff missing.'), [['total', 7, 'At least 7 staff and patients killed']]);
  assert.deepEqual(read('At least 12 staff were killed.'), [['total', 12, 'At least 12 staff were killed']]);
  // What most of them were is not what all of them were.
  assert.deepEqual(read('The blast killed more than 120, mostly women and children.').map((r) => r[0]), ['total']);
  assert.deepEqual(read('A bomb killed more than 120 mostly women and children.').map((r) => r[0]), ['total']);
});

test('a toll estimated between two figures is a range; a count "since a ceasefire collapsed" is a running total', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.range.low, h.range.high, h.range.rule]);
  assert.deepEqual(read('With the death toll estimated between 500 and 1300, the council met.'), [[500, 1300, 'victims:toll-between']]);
  assert.deepEqual(read('Over 350 civilians have been killed in east Aleppo since a US-Russian brokered ceasefire collapsed on September 19.'), []);
  assert.deepEqual(read('Over 35 civilians have been killed in east Aleppo since Monday.'), [[35, null, 'victims:killed-passive']]);
});

test('"the rest of the dead were fighters", groups joined across a phrase, "four of its soldiers", "N of those killed were rebel fighters"', () => {
  const rest = '22 dead in raids on Raqa. Six civilians including a child were among at least 22 people killed in air strikes on Saturday. The rest of the dead in the raids were IS fighters, the monitor said.';
  const s = splitSentences(rest);
  const k = countsIn(createContext(rest, null), 'killed', s.slice(0, 2), s.slice(2));
  assert.deepEqual([k.total?.low, k.civilians?.low, k.children?.low, k.combatants?.low, k.combatants?.rule], [22, 6, 1, 16, 'victims:the-rest']);
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.rule]);
  assert.deepEqual(read('At least 10 Kurdish fighters were killed in the blast and the gun battle along with eight IS members.'), [['combatants', 18, 'victims:joined-sum']]);
  assert.deepEqual(read('The army said four of its soldiers have been killed near the border.'), [['combatants', 4, 'victims:killed-passive']]);
  // Whose they were, between the count and its verb: the group's count still, with its words.
  assert.deepEqual(read('At least 29 fighters from the Western-armed Hazm movement were killed along with six Nusra Front terrorists.'), [['combatants', 35, 'victims:joined-sum']]);
  assert.deepEqual(read('Five people from the same family were killed in the raid.'), [['total', 5, 'victims:killed-passive']]);
  assert.deepEqual(read('Five people from the town said the shelling killed nobody.'), []);
  assert.deepEqual(read('Two residents from the village told AFP that people were killed.'), []);
  const groups = (t: string) => findIncludedGroups(createContext(t, null), whole(t)).map((h) => [h.group, h.range.low]);
  assert.deepEqual(groups('At least six of those killed were Syrian rebel fighters.'), [['combatants', 6]]);
});

test('groups that add up to the toll told later are its parts: "Two women and two soldiers were killed in the attack"', () => {
  const text = 'A suicide bomber killed four people in a hospital on Sunday. The attack came as troops advanced. The passenger also died. "Two women and two soldiers were killed in the attack" the director said.';
  const s = splitSentences(text);
  const k = countsIn(createContext(text, null), 'killed', s.slice(0, 1), s.slice(1));
  assert.deepEqual([k.total?.low, k.women?.low, k.combatants?.low], [4, 2, 2]);
  const paren = 'An explosion killed four people on Saturday. The city was quiet. Police came. The explosion took the lives of 2 women (a nurse and a hospital employee) as well as 2 soldiers.';
  const p = splitSentences(paren);
  const q = countsIn(createContext(paren, null), 'killed', p.slice(0, 1), p.slice(1));
  assert.deepEqual([q.total?.low, q.women?.low, q.combatants?.low], [4, 2, 2]);
  // Groups that do not add up to the toll belong to another telling.
  const other = 'A suicide bomber killed four people in a hospital on Sunday. In Hama two women and five soldiers were killed.';
  const o = splitSentences(other);
  const r = countsIn(createContext(other, null), 'killed', o.slice(0, 1), o.slice(1));
  assert.deepEqual([r.total?.low, r.women, r.combatants], [4, null, null]);
});

test('a later sentence about the attack adds the children it includes, unless it tells two tolls', () => {
  const one = 'Airstrikes on villages killed at least 85 civilians on Tuesday. Residents blamed the coalition. The villages are near Manbij. The monitor said at least 56 civilians including 11 children were killed in the strikes.';
  const s1 = splitSentences(one);
  assert.equal(countsIn(createContext(one, null), 'killed', s1.slice(0, 1), s1.slice(1)).children?.low, 11);
  const two = 'Air strikes killed 15 people near Damascus on Monday. There were no details. The town came under assault on Thursday. The rebel barrage killed 10 people in Damascus including a child while the government air strikes killed at least 82 people among them 18 children.';
  const s2 = splitSentences(two);
  assert.equal(countsIn(createContext(two, null), 'killed', s2.slice(0, 1), s2.slice(1)).children, null);
});

test('a list after the injured counts the injured; a toll after a count of children is the whole', () => {
  const groups = (t: string) => findIncludedGroups(createContext(t, null), whole(t)).map((h) => [h.group, h.range.low]);
  assert.deepEqual(groups('Terrorists fired shells killing three persons among them a woman and injuring four others among them two girls.'), [['women', 1]]);
  assert.deepEqual(groups('Seven people were also wounded in the air raid on the camp, three of them women.'), []);
  assert.deepEqual(groups('Helicopter fire killed 12 people, eight of them children, on Wednesday.'), [['children', 8]]);
  const text = 'Syria forces execute 10 children of alleged rebels Monitor AFP Ten children were among at least 48 people killed in a village this week.';
  const k = countsIn(createContext(text, null), 'killed', [whole(text)]);
  assert.deepEqual([k.children?.low, k.total?.low], [10, 48]);
  // A total after a count of civilians is not taken as theirs: the first figure stays the toll.
  const civ = 'Strikes killed 19 civilians in the town, and 45 people were killed across the province.';
  const c = countsIn(createContext(civ, null), 'killed', [whole(civ)]);
  assert.deepEqual([c.civilians?.low, c.total], [19, null]);
  // Nor is a figure below the civilians already counted the whole: it is one part of the toll.
  const part = 'At least 16 civilians and three children have been killed in air raids on Idlib. Sixteen civilians were killed on Monday. Air strikes on Khan Sheikhun killed seven people including two women.';
  const p = countsIn(createContext(part, null), 'killed', splitSentences(part));
  assert.deepEqual([p.children?.low, p.civilians?.low, p.total], [3, 16, null]);
});

test('"A woman and a child were killed": a list of groups killed is the count of a sentence with no other', () => {
  const text = 'A woman and a child were killed and twenty civilians were treated for asphyxiation on Tuesday.';
  const k = countsIn(createContext(text, null), 'killed', [whole(text)]);
  assert.deepEqual([k.women?.low, k.children?.low, k.civilians?.low, k.women?.rule], [1, 1, 2, 'victims:list-killed']);
  // With a count of its own, the list is only its parts.
  const toll = 'Shells killed four people on Sunday. Two women and two soldiers were killed in the attack.';
  assert.deepEqual(killedIn(toll).map((h) => [h.group, h.range.low]), [['total', 4], ['combatants', 2]]);
});

test('a roll-up toll whose parts add up to it takes the women and children of the parts', () => {
  const text =
    '16 dead in bombardment on Idlib. Sixteen civilians including three children were killed on Monday. In Khan Sheikhun air strikes killed seven people including two women and a child. ' +
    'Another seven people including four women and two children were killed in raids on Kafr Takharim. Another man and a woman were killed in rocket fire in Kafr Awid. ' +
    'Since Thursday bombardment has killed 44 civilians including 11 women.';
  const ctx = createContext(text, null);
  const s = ctx.sentences;
  const k = withRollUp(ctx, countsIn(ctx, 'killed', s.slice(0, 2)), s[0]!, s.slice(1));
  // Women: 2 + 4 + 1 from the parts; children stay the three the toll's own words state. The running total
  // after the parts is not one of them.
  assert.deepEqual([k.total?.low, k.women?.low, k.women?.high, k.women?.rule, k.children?.low], [16, 7, 7, 'victims:roll-up', 3]);
  // Parts that do not add up to the toll are not its parts.
  const off = text.replace('Another seven people', 'Another eight people');
  const c2 = createContext(off, null);
  assert.equal(withRollUp(c2, countsIn(c2, 'killed', c2.sentences.slice(0, 2)), c2.sentences[0]!, c2.sentences.slice(1)).women?.rule, undefined);
});

test('the same toll told again far down the report gives its parts, also when the toll counts civilians', () => {
  const filler = Array.from({ length: 9 }, (_, k) => `Diplomats met again on day ${k + 1} of the talks.`).join(' ');
  const text = `Rebels fired rockets into western Aleppo killing at least 15 civilians a monitor said. ${filler} The monitor said at least 15 civilians including a woman and two children had been killed. A school was hit on Thursday killing at least six children.`;
  const ctx = createContext(text, null);
  const s = ctx.sentences;
  const k = withSameTollLater(ctx, countsIn(ctx, 'killed', s.slice(0, 1)), s.slice(1));
  assert.deepEqual([k.civilians?.low, k.women?.low, k.children?.low, k.children?.rule], [15, 1, 2, 'victims:including+same-toll']);
});

test('victims named as villagers, farm workers, a people or by an abbreviation are counted, in the right group', () => {
  const read = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.high]);
  assert.deepEqual(read('Gunmen on motorbikes killed 12 villagers and burned their granaries.'), [['civilians', 12, 12]]);
  assert.deepEqual(read('Militants killed at least 110 farm workers near the town.'), [['civilians', 110, null]]);
  assert.deepEqual(read('Hundreds of Palestinians were feared killed in the blast.'), [['total', 100, null]]);
  assert.deepEqual(read('The bombers killed 13 U.S. service members.'), [['combatants', 13, 13]]);
  // A people in the singular describes the counted, it does not name them: "25 Syrian soldiers" are soldiers.
  assert.deepEqual(read('The rebels said they killed 25 Syrian soldiers.'), [['combatants', 25, 25]]);
  assert.deepEqual(read('Shelling killed 30 passengers and four soldiers.'), [
    ['civilians', 30, 30],
    ['combatants', 4, 4],
  ]);
});

test('a toll that rose passes over a possessive on its way: "the toll from a bombing in Somalia\'s capital rose to 231"', () => {
  const text = "The death toll from a massive truck bombing in Somalia's capital rose to 231 on Sunday, officials said.";
  assert.deepEqual(
    killedIn(text).map((h) => [h.group, h.range.low, h.range.rule]),
    [['total', 231, 'victims:toll-rose-to']],
  );
  // And a truck bombing is a bombing, not an air strike or nothing.
  assert.deepEqual(findEventTypeClaims(createContext(text, null)).map((c) => [c.value, c.evidence[0]!.quote]), [['remote_explosive', 'truck bombing']]);
});

test('the day a toll rose is the day of the count: the attack keeps its own day', () => {
  const text =
    "The death toll from a suicide car bomb attack in central Baghdad rose to 213 on Monday, the ministry said. The blast struck a busy shopping street early on Sunday.";
  const ctx = createContext(text, '2016-07-04');
  const d = findIncidentDate(ctx, splitSentences(text), []);
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2016-07-03', 'early on Sunday']);
});

test('an incident told in passing "the same day" takes the headline incident\'s day', () => {
  const text =
    'Missiles struck a hospital in Maarat al-Numan in Idlib province on Monday, killing at least seven people. A second hospital in the town of Azaz, near the Turkish border, was hit by a missile strike the same day, killing 14 people.';
  const { accounts } = extractAccounts({ text, publishedAt: { value: '2016-02-15', certainty: 'stated', evidence: [], rule: 'fixture' } });
  assert.equal(accounts.length, 2);
  assert.deepEqual([accounts[1]!.date?.start, accounts[1]!.date?.rule, accounts[1]!.date?.evidence[0]!.quote], ['2016-02-15', 'date:same-day-as-incident', 'the same day']);
  assert.equal(accounts[0]!.date?.start, '2016-02-15');
});

test('a headline kept apart from the text decides the country its places are read in, and names no place itself', () => {
  // "Israeli" twice against a "Gaza" that is also a province of Mozambique: the text alone reads as Israel's,
  // but the camp, a town of Palestine only, is still taken, as the report places Gaza in Palestine.
  const text = 'An Israeli air strike on the Jabalia refugee camp in northern Gaza on Tuesday killed dozens of people, health officials said. The Israeli military said it targeted a commander.';
  const publishedAt = { value: '2023-11-01', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const alone = extractAccounts({ text, publishedAt });
  assert.deepEqual([alone.accounts[0]!.place?.country, alone.accounts[0]!.place?.evidence[0]!.quote], ['PS', 'Jabalia']);
  const headed = extractAccounts({ text, publishedAt, title: 'Strike on Jabalia camp kills dozens' });
  const place = headed.accounts[0]!.place!;
  assert.deepEqual([place.country, place.precision, place.evidence[0]!.quote], ['PS', 'town', 'Jabalia']);
  // Every piece of evidence is still in the text.
  assert.equal(text.slice(place.evidence[0]!.start, place.evidence[0]!.end), 'Jabalia');
  // A headline the text already opens with changes nothing.
  const opened = extractAccounts({ text, publishedAt, title: 'An Israeli air strike on the Jabalia refugee camp' });
  assert.deepEqual(opened.accounts[0]!.place, alone.accounts[0]!.place);
});

test('one person killed, named by a trade: "A Reuters videographer was killed"', () => {
  const text = 'A Reuters videographer was killed and six other journalists were wounded on Friday in southern Lebanon.';
  const [hit] = killedIn(text);
  assert.deepEqual([hit?.group, hit?.range.low, hit?.range.high, hit?.range.evidence[0]!.quote], ['total', 1, 1, 'A Reuters videographer was killed']);
  assert.deepEqual(killedIn('A shepherd was killed by a landmine.').map((h) => h.group), ['civilians']);
});

test('militants who storm a place make an attack; "a storm" does not', () => {
  const publishedAt = { value: '2022-08-21', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const stormed = extractAccounts({ text: 'Militants stormed a hotel in Mogadishu on Friday, and at least 21 people were killed.', publishedAt });
  assert.equal(stormed.accounts[0]!.eventType, 'attack');
  assert.equal(stormed.accounts[0]!.eventTypeClaims[0]!.evidence[0]!.quote, 'stormed');
  const weather = extractAccounts({ text: 'A storm hit the camp on Friday and two children died of the cold.', publishedAt });
  assert.equal(weather.accounts[0]?.eventType ?? null, null);
});

test('"three persons were killed, a woman among them": the toll, and the part told after it', () => {
  const text = 'Earlier three persons were killed a woman among them and four others got injured in a rocket attack on Aleppo city.';
  const c = countsIn(createContext(text, null), 'killed', [whole(text)]);
  assert.deepEqual([c.total?.low, c.total?.evidence[0]!.quote, c.women?.low], [3, 'three persons were killed', 1]);
  // A part after the injured counts the injured, not the dead.
  const injured = 'Two people were killed and five others were injured, a girl among them.';
  assert.equal(countsIn(createContext(injured, null), 'killed', [whole(injured)]).children, null);
});

test('a sentence that opens on "Earlier" tells an incident of its own, even in the lead', () => {
  const text =
    'Russian shelling killed three people and wounded 31 in the centre of Kharkiv on Monday, the governor said. Earlier, five people were killed in a strike on a residential area of the city on Sunday, he said.';
  const { accounts } = extractAccounts({ text, publishedAt: { value: '2022-04-18', certainty: 'stated', evidence: [], rule: 'fixture' } });
  assert.deepEqual(accounts.map((a) => [a.primary, a.date?.start, a.killed.total?.low]), [[true, '2022-04-18', 3], [false, '2022-04-17', 5]]);
});

test('killings with machetes are an attack', () => {
  const { accounts } = extractAccounts({ text: 'Suspected rebels killed at least 14 civilians with machetes in an overnight raid on the village.', publishedAt: null });
  assert.equal(accounts[0]!.eventType, 'attack');
});

test('"the bodies of 410 civilians had been found" counts the dead; "executing" names an execution', () => {
  const [hit] = killedIn('Officials said the bodies of 410 civilians had been found in towns around Kyiv.');
  assert.deepEqual([hit?.group, hit?.range.low, hit?.range.evidence[0]!.quote, hit?.range.rule], ['civilians', 410, 'bodies of 410 civilians', 'victims:bodies-of']);
  const claims = findEventTypeClaims(createContext('Pictures appeared to show fighters executing dozens of captured soldiers.', null));
  assert.deepEqual(claims.map((c) => [c.value, c.evidence[0]!.quote]), [['execution', 'executing']]);
});

test('the place of a lead sentence that names an attack only by a word ("bombing") is read', () => {
  const text = [
    'Video shows what awaits Aleppo',
    'A toddler flees a suspected Russian air raid in northern Syria.',
    'The video was shot during Friday\'s bombing of Kafrnaha, Aleppo province.',
    'It shows the rubble of the town.',
    'Reports of raids come every day.',
    'In this attack at least 17 people lost their lives.',
  ].join('\n');
  const { accounts } = extractAccounts({ text, publishedAt: { value: '2016-11-05', evidence: [] } as never });
  const a = accounts[0]!;
  assert.deepEqual([a.place?.name, a.place?.admin1, a.date?.start, a.killed.total?.low], ['Kafrnaha', 'Aleppo', '2016-11-04', 17]);
});

test('members of a team, a crew or a family are people, however the team is described', () => {
  assert.deepEqual(killedIn('An Israeli air strike killed seven members of a paramedic team overnight.').map((h) => [h.group, h.range.low]), [['total', 7]]);
  assert.deepEqual(killedIn('The strike killed 12 members of the same family.').map((h) => [h.group, h.range.low]), [['total', 12]]);
  assert.deepEqual(killedIn('The army killed 20 members of the armed group.').map((h) => [h.group, h.range.low]), [['combatants', 20]]);
});

test('"dozens more were wounded" counts the wounded; "including a 15-year-old girl" counts a child', () => {
  const ctx = createContext('Shelling killed 17 civilians. Dozens more were wounded, the group said.', null);
  assert.deepEqual(findCounts(ctx, 'injured', ctx.sentences[1]!).map((h) => [h.group, h.range.low, h.range.high, h.range.certainty]), [['total', 12, null, 'implied']]);
  const text = 'A missile killed at least 12 people, including a 15-year-old girl, and wounded 64.';
  assert.deepEqual(findIncludedGroups(createContext(text, null), whole(text)).map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]), [['children', 1, 'including a 15-year-old girl']]);
});

test('"shot dead two civilians", "the killing of five civilians", "between six and eight ... were reportedly killed"', () => {
  const counts = (t: string) => killedIn(t).map((h) => [h.group, h.range.low, h.range.high]);
  assert.deepEqual(counts('On 30 July 2022, unidentified gunmen shot dead two civilians in the village.'), [['civilians', 2, 2]]);
  assert.deepEqual(counts('Gunmen gunned down four farmers on Sunday.'), [['civilians', 4, 4]]);
  assert.deepEqual(counts('SNHR has documented the killing of five civilians in shelling on Daraa.'), [['civilians', 5, 5]]);
  assert.deepEqual(counts('Between six and eight civilians were reportedly killed when airstrikes hit a building.'), [['civilians', 6, 8]]);
});

test('a group joined to a toll but in another state (missing, injured) is not counted with it', () => {
  const counts = (t: string) => killedIn(t).map((h) => [h.group, h.range.low]);
  assert.deepEqual(counts('At least 11 soldiers were killed and 50 civilians missing after militants attacked a convoy.'), [['combatants', 11]]);
  assert.deepEqual(counts('Three children were killed and 14 students were injured in a rocket attack on the school.'), [['children', 3]]);
  assert.deepEqual(counts('Jihadists killed 31 soldiers and eight civilians.'), [['combatants', 31], ['civilians', 8]]);
});

test('a sentence opening on an earlier time ("Earlier this month", "Last week") tells a background incident, with its span of days', () => {
  const pub = (value: string) => ({ value, evidence: [] }) as never;
  const hospital = extractAccounts({
    text: 'Syrian government warplanes struck a hospital in Kafranbel in southern Idlib late on Sunday, putting it out of service, rescuers said. Nobody was killed in the strike. Earlier this month, a market in the town was hit by Russian jets, killing 12 people.',
    publishedAt: pub('2019-05-06'),
  }).accounts;
  assert.deepEqual([hospital[0]!.date?.start, hospital[0]!.killed.total, hospital[0]!.targets.map((t) => t.value)], ['2019-05-05', null, ['hospital']]);
  assert.deepEqual([hospital[1]?.date?.start, hospital[1]?.date?.precision, hospital[1]?.killed.total?.low], ['2019-05-01', 'month', 12]);
  const family = extractAccounts({
    text: 'Shelling overnight killed a woman in the rebel-held Damascus suburb of Douma, activists said. The Syrian Observatory for Human Rights blamed government forces. Last week, 18 people were killed in air raids on the same town.',
    publishedAt: pub('2015-03-12'),
  }).accounts;
  assert.equal(family[0]!.killed.total?.low ?? null, null);
  assert.deepEqual([family[1]?.date?.precision, family[1]?.killed.total?.low], ['week', 18]);
});

test('"one week later" past the publication date is no date', () => {
  const { accounts } = extractAccounts({
    text: 'An aid convoy was struck near Aleppo on Monday night, killing about 20 people. One week later, another convoy was shelled in the same area, wounding three drivers.',
    publishedAt: { value: '2016-09-22', evidence: [] } as never,
  });
  assert.equal(accounts[0]!.date?.start, '2016-09-19');
  assert.equal(accounts[1]?.date ?? null, null);
});

test('a part of a roll-up told place by place ("In Deir Ezzor, ...") takes the headline incident\'s day', () => {
  const { accounts } = extractAccounts({
    text: 'At least 10 people were killed in attacks on Aleppo and Deir Ezzor on Monday, a monitor said. In Aleppo, barrel bombs killed six civilians. In Deir Ezzor, Islamic State shelling killed four people in the Joura district.',
    publishedAt: { value: '2016-09-20', evidence: [] } as never,
  });
  const part = accounts.find((a) => !a.primary && a.place?.name === 'Deir ez-Zor');
  assert.deepEqual([part?.date?.start, part?.date?.certainty, part?.date?.rule, part?.date?.evidence[0]!.quote], ['2016-09-19', 'implied', 'date:part-of-headline-toll', 'on Monday']);
});

test('a list of the killed is the toll: "killed a woman and her three children", "Two women and a man were killed"', () => {
  const groups = (t: string) => {
    const k = extractAccounts({ text: t, publishedAt: { value: '2016-01-05', evidence: [] } as never }).accounts[0]!.killed;
    return Object.fromEntries(Object.entries(k).filter(([, v]) => v).map(([g, v]) => [g, v!.low]));
  };
  assert.deepEqual(groups('Shelling on Monday killed a woman and her three children in the town of Douma.'), { total: 4, civilians: 4, children: 3, women: 1 });
  // After "claiming the lives of", as after "killed".
  assert.deepEqual(groups('Terrorists fired rocket shells on Aleppo on Saturday claiming the lives of a man and his wife.'), { total: 2, women: 1 });
  assert.deepEqual(groups('Two women and a man were killed in the shelling of the village on Monday.'), { total: 3, women: 2 });
  assert.deepEqual(groups('Shelling on Monday killed a soldier in the town.'), { combatants: 1 });
  assert.deepEqual(groups('The shelling killed a staff member and a volunteer of the Red Crescent on Monday.'), { total: 2 });
});

test('"gunmen", "attacked" type an attack only when the report names no other kind of attack', () => {
  const claims = (t: string) => findEventTypeClaims(createContext(t, null)).map((c) => [c.value, c.evidence[0]!.quote]);
  assert.deepEqual(claims('Gunmen on motorcycles killed 14 villagers in Zamfara state.'), [['attack', 'Gunmen']]);
  assert.deepEqual(claims('Jihadists killed hundreds of people in an attack on the town of Barsalogho.'), [['attack', 'Jihadists killed'], ['attack', 'attack on']]);
  assert.deepEqual(claims('Militants attacked an army post with a car bomb, killing four soldiers.'), [['remote_explosive', 'car bomb']]);
});

test('an incident told in passing "in the town" or "of the city" is placed in the headline incident\'s town, implied', () => {
  const { accounts } = extractAccounts({
    text: 'Russian shelling killed three people in the centre of Kharkiv on Monday, the governor said. Earlier, five people were killed in a strike on a residential area of the city on Sunday, he said.',
    publishedAt: { value: '2022-04-19', evidence: [] } as never,
  });
  const other = accounts.find((a) => !a.primary);
  assert.deepEqual([other?.place?.name, other?.place?.certainty, other?.place?.rule], ['Kharkiv', 'implied', 'place:same-as-incident']);
  assert.deepEqual(other?.place?.evidence.map((e) => e.quote), ['Kharkiv', 'the city']);
  // The city of a neighbourhood the headline incident is placed in is that city, not the neighbourhood.
  const inside = extractAccounts({
    text: 'An air strike hit the neighbourhood of al-Kalasa in the northern city of Aleppo on Thursday. Late on Wednesday, a separate air strike hit the city\'s al-Quds hospital, doctors said.',
    publishedAt: { value: '2016-04-29', evidence: [] } as never,
  }).accounts;
  const hospital = inside.find((a) => !a.primary);
  assert.deepEqual([inside[0]?.place?.name, hospital?.place?.name, hospital?.place?.precision, hospital?.place?.rule], ['al-Kalasa', 'Aleppo', 'town', 'place:same-as-incident']);
});

test('a wire dateline\'s date ("BAMAKO, March 25 (Reuters) - ", "YANGON, April 12 - ") is the day the story was filed, never the incident\'s', () => {
  const text = 'BAMAKO, March 25 (Reuters) - The death toll from an attack on a village in central Mali has risen to 160, an official said. Gunmen attacked the village early on Saturday.';
  const d = incidentDate(text, '2019-03-25');
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2019-03-23', 'early on Saturday']);
  // With its year too.
  const full = 'BEIRUT, March 25, 2019 (Reuters) - An attack killed 16 people. Gunmen struck on Saturday.';
  assert.equal(incidentDate(full, '2019-03-25')?.start, '2019-03-23');
  // With no agency named.
  const yangon = 'Junta air strike kills 100\n\nYANGON, April 12 - A military air strike on a village killed more than 100 people, witnesses said. A fighter jet dropped bombs on the crowd on Tuesday morning.';
  const y = incidentDate(yangon, '2023-04-12');
  assert.deepEqual([y?.start, y?.evidence[0]!.quote], ['2023-04-11', 'on Tuesday morning']);
  // A date after a sentence's capitalised word is still the incident's.
  const inBody = 'Junta air strike kills 100\n\nA military air strike on a village killed more than 100 people in SAGAING, April 11 - witnesses said.';
  assert.equal(incidentDate(inBody, '2023-04-12')?.start, '2023-04-11');
});

test('TASS\'s dateline ("MOSCOW, September 25. /TASS/.") dates and places the filing, not the incident, and ends no sentence', () => {
  const text = 'Militants shell Aleppo residential quarters\n\nMOSCOW, September 25. /TASS/. Militants shelled residential quarters in the western part of Aleppo on Saturday, killing three civilians and wounding eight others, the Russian Center for Reconciliation of the Warring Sides in Syria said on Sunday.';
  assert.equal(splitSentences(text).length, 2);
  const { accounts } = extractAccounts({ text, publishedAt: { value: '2016-09-25', certainty: 'stated', evidence: [], rule: 'fixture' } });
  const a = accounts[0]!;
  assert.deepEqual([a.date?.start, a.date?.evidence[0]!.quote, a.place?.name, a.killed.civilians?.low, a.injured.total?.low], ['2016-09-24', 'on Saturday', 'Aleppo', 3, 8]);
  // The source keeps the words of its name past "in": not "Syria".
  assert.deepEqual(a.perpetrators.map((p) => [p.name, p.by]), [['militants', 'Russian Center for Reconciliation of the Warring Sides in Syria']]);
});

test('"killing a cleric ... and at least 14 other people" counts them all; the wounded a source gives after the toll\'s sentence are the incident\'s', () => {
  const text = 'Syria: Bomb at Damascus mosque kills top cleric\n\nBEIRUT (AP) — A suicide bomber blew himself up inside a mosque in central Damascus on Thursday, killing a top Sunni cleric who supported President Bashar Assad and at least 14 other people, state media said. The blast hit the Eman Mosque during a religious lesson. Syrian state TV said 84 people were wounded.';
  const { accounts } = extractAccounts({ text, publishedAt: { value: '2013-03-21', certainty: 'stated', evidence: [], rule: 'fixture' } });
  const a = accounts[0]!;
  assert.deepEqual([a.killed.total?.low, a.killed.total?.high, a.killed.total?.rule, a.injured.total?.low], [15, null, 'victims:and-others', 84]);
  // Others of another harm are not more of the dead: "5 people were killed and 12 others wounded".
  const ctx = createContext('A bomb exploded, killing a judge and two other people. A bomb exploded, killing a judge and 12 others were wounded. Five people were killed and 12 others injured.', null);
  assert.deepEqual(ctx.sentences.map((s) => countsIn(ctx, 'killed', [s]).total?.low), [3, 1, 5]);
});

test('a precise count of civilians under a round total fills the civilians: "Nearly 100 killed" … "At least 98 civilians ... were killed"', () => {
  const ctx = createContext('Nearly 100 killed in a day of government strikes. At least 98 civilians, including 20 children, were killed on Monday in air strikes on Eastern Ghouta.', null);
  const k = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([k.total?.low, k.civilians?.low, k.children?.low], [100, 98, 20]);
  // A smaller count of civilians under a precise total is a part of it, told further on: not the total's civilians.
  const part = createContext('At least 45 people were killed in Aleppo on Monday. Twelve civilians were killed in the Marjeh district.', null);
  assert.equal(countsIn(part, 'killed', part.sentences).civilians, null);
});

test('a headline\'s count of one group is completed by a later total that sums it with another: "kill 13 U.S. troops" … "killing at least 60 Afghans and 13 U.S. troops"', () => {
  const ctx = createContext('Suicide bombings outside Kabul airport kill 13 U.S. troops. Bombers attacked crowds on Thursday, killing at least 60 Afghans and 13 U.S. troops, officials said.', null);
  const k = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([k.total?.low, k.total?.high, k.combatants?.low], [73, null, 13]);
  // Not another toll told further on: "the army had killed 28 militants" is no total of "Rockets kill 3 civilians".
  const other = createContext('Rockets kill 3 civilians in Deir ez-Zor. On Wednesday the army had killed 28 and wounded 30 militants in the city.', null);
  assert.equal(countsIn(other, 'killed', other.sentences).total, null);
});

test('a day that dates what was done after the attack is not the attack\'s: "suspended all aid convoys on Tuesday after an attack ... killed around 20"', () => {
  const text = 'The United Nations suspended all aid convoys into Syria on Tuesday after an attack on a humanitarian convoy near Aleppo killed around 20 people. The convoy of 31 trucks was struck late on Monday as it unloaded at a warehouse.';
  const ctx = createContext(text, '2016-09-20');
  const d = findIncidentDate(ctx, [ctx.sentences[0]!], []);
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2016-09-19', 'late on Monday']);
  // The day of the harm itself, with an attack after it, stays: "Five people were killed on Tuesday after an air strike hit a market".
  const same = createContext('Five people were killed on Tuesday after an air strike hit a market, killing five.', '2016-09-22');
  assert.equal(findIncidentDate(same, same.sentences, [])?.start, '2016-09-20');
});

test('a toll told of a region, its parts told town by town without opening on the town: each part an incident; all in one province, the whole placed there', () => {
  const publishedAt = { value: '2016-02-16', certainty: 'stated' as const, evidence: [], rule: 'fixture' };
  const text = 'Missiles hit Syrian hospitals and school, kill nearly 50: U.N.\n\nBEIRUT/GENEVA (Reuters) - Missile attacks killed nearly 50 civilians and hit at least five medical facilities in rebel-held areas of northern Syria on Monday, the United Nations said. A hospital supported by Medecins Sans Frontieres in Maarat al-Numan in Idlib province was hit by four missiles, killing at least seven people. In Azaz, near the Turkish border, missiles struck a children’s hospital, killing 14 people, a resident said.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.primary, a.place?.precision, a.place?.admin1 ?? null, (a.killed.total ?? a.killed.civilians)?.low]), [
    [true, 'country', null, 50],
    [false, 'town', 'Idlib', 7],
    [false, 'town', 'Aleppo', 14],
  ]);
  // Parts all in one province: the whole lies there, implied.
  const manbij = '21 civilians killed in coalition attacks in northern Syria\n\nAirstrikes by US-led coalition jets have killed at least 21 civilians in northern Syria, a monitoring group said. The Observatory said that at least 15 people were killed as the coalition carried out raids in a northern district of Manbij city. It said six more people lost their lives in a village near Manbij after similar attacks.';
  const m = extractAccounts({ text: manbij, publishedAt }).accounts;
  assert.deepEqual([m[0]?.place?.name, m[0]?.place?.precision, m[0]?.place?.certainty, m[0]?.place?.rule], ['Aleppo', 'admin1', 'implied', 'place:province-of-parts']);
  // Another source's count of the same dead is no part: "A hospital source said there were more than 20 dead".
  const other = 'A suicide bomber killed at least 22 people on Monday in an attack on a wedding party in the northeastern Syrian province of Hassakeh. A hospital source in Hassakeh city said there were more than 20 dead and dozens wounded.';
  assert.equal(extractAccounts({ text: other, publishedAt }).accounts.length, 1);
});

test('a list of the killed in a headline, with a bare "killed" and no one after it, and "the father and his three sons", counts them all', () => {
  const ctx = createContext('A woman and her two children killed in air strike on Idlib. The father and his three sons were killed. Three gunmen and a bomber killed 20 people.', null);
  assert.deepEqual(ctx.sentences.map((s) => countsIn(ctx, 'killed', [s]).total?.low), [3, 4, 20]);
});

test('a noun that opens a compound counts no one: "including 11 children in a jihadist-held town"', () => {
  const ctx = createContext('A suspected chemical attack killed at least 58 people including 11 children in a jihadist-held town in northwestern Syria on Tuesday.', null);
  const k = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([k.total?.low, k.children?.low, k.combatants], [58, 11, null]);
});

test('"over the past two days" is the day of publication and the day before; "during the last five days" no span of one attack', () => {
  const at = (t: string) => {
    const ctx = createContext(t, '2017-11-27');
    const d = findIncidentDate(ctx, ctx.sentences, []);
    return [d?.start, d?.end];
  };
  assert.deepEqual(at('Regime shelling on Eastern Ghouta killed 17 civilians over the past two days, the Observatory said.'), ['2017-11-26', '2017-11-27']);
  assert.notEqual(at('Rebels lost over one hundred fighters in the battle during the last five days.')[0], '2017-11-23');
});

test('"half a dozen" is six, not the dozen its last words make', () => {
  assert.deepEqual(killedIn('Half a dozen soldiers died in the ambush.').map((h) => [h.group, h.range.low, h.range.evidence[0]!.quote]), [['combatants', 6, 'Half a dozen soldiers died']]);
});

test('an inquiry\'s finding dates the finding ("a Pentagon investigation found on Thursday"); the month the lead gives dates the strike', () => {
  const text = 'Airstrikes by the U.S.-led coalition killed 106 civilians, including 42 children, in a single strike on a building in the Iraqi city of Mosul in March, a Pentagon investigation found on Thursday.';
  const ctx = createContext(text, '2017-05-26');
  const d = findIncidentDate(ctx, ctx.sentences, []);
  assert.deepEqual([d?.start, d?.end, d?.precision], ['2017-03-01', '2017-03-31', 'month']);
});

test('a side\'s men who kill with no means told make an attack: "Pro-government forces killed at least 82 civilians"', () => {
  const text = 'Pro-government forces killed at least 82 civilians, including 11 women and 13 children, in four neighbourhoods of eastern Aleppo on Monday, the United Nations said.';
  const claims = findEventTypeClaims(createContext(text, null));
  assert.deepEqual(claims.map((c) => [c.value, c.evidence[0]!.quote]), [['attack', 'forces killed']]);
});

test('"treated for injuries" counts the injured', () => {
  const ctx = createContext('Some 40 people were treated for injuries after the blast.', null);
  assert.equal(countsIn(ctx, 'injured', ctx.sentences).total?.low, 40);
});

test('an earlier year named as the attack\'s own dates it, not the weekday of what is done now: "sentenced on Thursday ... for the 2016 bombing ... that killed 46"', () => {
  const text = 'A court in Istanbul on Thursday sentenced a man to life in prison for his role in the 2016 bombing outside a football stadium that killed 46 people.';
  const ctx = createContext(text, '2019-01-10');
  const d = findIncidentDate(ctx, ctx.sentences, []);
  assert.deepEqual([d?.start, d?.end, d?.precision, d?.rule], ['2016-01-01', '2016-12-31', 'year', 'date:year-of-attack']);
  // The attack of this year keeps its weekday: "on Thursday the 2019 protests ..." is no earlier year.
  const now = createContext('Air strikes killed 12 people on Thursday, in the worst attack on the town since 2016.', '2019-01-10');
  assert.equal(findIncidentDate(now, now.sentences, [])?.start, '2019-01-10');
});

test('texts stripped of their commas: an aside never holds its count\'s harm; a speaker after a toll counts no one; a name closes before "the"', () => {
  const both = (t: string) => {
    const ctx = createContext(t, null);
    return [countsIn(ctx, 'killed', ctx.sentences).total?.low, countsIn(ctx, 'injured', ctx.sentences).total?.low];
  };
  assert.deepEqual(both('At least 70 people most of them lawyers were killed and 112 injured when a suicide bomber blew himself up.'), [70, 112]);
  // An aside may still say "were": "200 people many of whom were civilians were killed".
  assert.deepEqual(both('At least 200 people many of whom were civilians were killed in recent airstrikes in Mosul.'), [200, undefined]);
  const toll = createContext('The death toll from a series of bomb blasts on churches in Sri Lanka rose to 290 police said on Monday.', null);
  const k = countsIn(toll, 'killed', toll.sentences);
  assert.deepEqual([k.total?.low, k.combatants, k.total?.evidence[0]!.quote.endsWith('290')], [290, null, true]);
  const named = createContext('A US strike killed Iranian commander Qassem Soleimani and Iraqi paramilitary chief Abu Mahdi al-Muhandis the Pentagon said.', null);
  assert.equal(countsIn(named, 'killed', named.sentences).combatants?.low, 2);
});

test('a byline\'s date ("Published time 4 May 2016") is the day of publication, never the incident\'s', () => {
  const text = 'Militants shell Aleppo maternity hospital killing 3. Published time 4 May 2016 Three people were killed after militants shelled the al-Dabit maternity hospital in Aleppo on Tuesday evening.';
  const ctx = createContext(text, '2016-05-05');
  assert.deepEqual(findIncidentDate(ctx, ctx.sentences, [])?.evidence[0]!.quote, 'on Tuesday evening');
});

test('"Four Kurdish militiamen and 11 jihadists made up the rest of the dead": fighters of the toll, summed, told further on', () => {
  const text = 'Al-Qaeda loyalists attacked a Kurdish town sparking fighting in which 17 people were killed a watchdog said. The assault sparked an exodus of civilians. Four Kurdish militiamen and 11 jihadists made up the rest of the dead the watchdog said.';
  const ctx = createContext(text, null);
  const [lead, ...later] = ctx.sentences;
  const k = countsIn(ctx, 'killed', [lead!], later);
  assert.deepEqual([k.total?.low, k.combatants?.low, k.combatants?.rule, k.combatants?.evidence.map((e) => e.quote)], [17, 15, 'victims:of-the-dead', ['Four Kurdish militiamen', '11 jihadists']]);
  // Jihadists, terrorists, gunmen are groups in a list of the dead as soldiers are: "including 8 jihadists".
  const incl = createContext('At least 20 people were killed including 8 jihadists and 3 gunmen.', null);
  assert.deepEqual(countsIn(incl, 'killed', incl.sentences).combatants?.evidence.map((e) => e.quote), ['including 8 jihadists', '3 gunmen']);
});

test('people named before a count are of the dead too; a larger figure of the group of one killed counts him among them', () => {
  const one = createContext('Mahmoud Abdulkarim Brouq and at least 10 members of the Takfiri group were killed in the attacks.', null);
  const k = countsIn(one, 'killed', one.sentences);
  assert.deepEqual([k.combatants?.low, k.combatants?.high, k.combatants?.rule, k.combatants?.evidence[0]!.quote.startsWith('Mahmoud')], [11, null, 'victims:named-and-count', true]);
  const two = createContext('Troops have killed one of the notorious commanders of the region. Twelve fighters of the group were killed in the clashes.', null);
  assert.equal(countsIn(two, 'killed', two.sentences).combatants?.low, 12);
  // Not a name that is no person: "In Aleppo and 10 ..." opens no name.
  const place = createContext('Shelling hit Aleppo on Monday. At least 10 civilians were killed.', null);
  assert.equal(countsIn(place, 'killed', place.sentences).civilians?.low, 10);
});

test('the other side\'s dead, told after a toll of one side, are dead of the same fighting: the toll grows by them', () => {
  const lost = createContext('At least 85 Syrian army troops were killed as the jihadists advanced on a base. The IS lost at least 28 jihadist fighters he said.', null);
  const a = countsIn(lost, 'killed', lost.sentences);
  assert.deepEqual([a.total?.low, a.total?.high, a.combatants?.low, a.total?.rule], [113, null, 113, 'victims:other-side']);
  const offensive = createContext('Islamic State killed 270 soldiers when they captured a gas field on Thursday. It said at least 40 Islamic State fighters were killed in the offensive.', null);
  assert.equal(countsIn(offensive, 'killed', offensive.sentences).total?.low, 310);
  // The toll's own side again is no other side: "killed 270 soldiers" … "40 soldiers were killed in the assault" is a part.
  const part = createContext('Islamic State killed 270 soldiers on Thursday. At least 40 soldiers were killed in the assault on the base.', null);
  assert.deepEqual([countsIn(part, 'killed', part.sentences).combatants?.low, countsIn(part, 'killed', part.sentences).total], [270, null]);
  // Nor without words that point back at the fighting.
  const apart = createContext('Islamic State killed 270 soldiers on Thursday. Elsewhere 40 Islamic State fighters were killed in air strikes near Raqqa.', null);
  assert.deepEqual([countsIn(apart, 'killed', apart.sentences).combatants?.low, countsIn(apart, 'killed', apart.sentences).total], [270, null]);
});

test('the dead and the place of an earlier attack the incident answers, told in its sentence, are not the incident\'s', () => {
  const text = 'The United States launched 59 cruise missiles at an air base in central Syria early Friday in retaliation for a chemical attack that killed at least 86 people in the town of Khan Sheikhun on Tuesday. The Syrian army said the US strike killed six soldiers.';
  const ctx = createContext(text, '2017-04-07');
  const k = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([k.total, k.combatants?.low], [null, 6]);
  const [a] = extractAccounts({ text, publishedAt: { value: '2017-04-07', certainty: 'stated', evidence: [], rule: 'published:metadata' } } as never).accounts;
  // Its day is the answering strike's ("early Friday"): "the US strike" points back at it.
  assert.deepEqual([a?.place?.name, a?.place?.precision, a?.date?.evidence[0]!.quote], ['Syria', 'country', 'early Friday']);
  // A response told with no toll of its own for what it answers keeps its count: "In response to the attack
  // troops killed 12 militants".
  const own = createContext('In response to the attack troops killed 12 militants near the town.', null);
  assert.equal(countsIn(own, 'killed', own.sentences).combatants?.low, 12);
});

test('"Daesh massacres over 300": a killing told with no means beside a kidnapping is an attack, not the kidnapping', () => {
  const text = 'Daesh massacres over 300 in Deir ez-Zor. More than 400 civilians were also abducted by the militants.';
  const ctx = createContext(text, null);
  const claims = findEventTypeClaims(ctx);
  assert.equal(bestEventType(claims, ctx.sentences[0]!, [ctx.sentences[0]!], text), 'attack');
});

test('"A Russian serviceman was killed": one of a side\'s forces, told with an article', () => {
  const ctx = createContext('A Russian serviceman was killed in Syria after militants attacked a convoy.', null);
  assert.deepEqual([countsIn(ctx, 'killed', ctx.sentences).combatants?.low, countsIn(ctx, 'killed', ctx.sentences).combatants?.rule], [1, 'victims:killed-one']);
});

test('"One mother and her child have died": a list of the killed with "have died"; a year before it counts no one', () => {
  const ctx = createContext('Monday 21 November 2016 One mother and her child have died after an aerial bomb targeted their home.', null);
  const k = countsIn(ctx, 'killed', ctx.sentences);
  assert.deepEqual([k.total?.low, k.women?.low, k.children?.low], [2, 1, 1]);
  const claims = findEventTypeClaims(ctx);
  assert.equal(bestEventType(claims, ctx.sentences[0]!, ctx.sentences, ctx.text), 'air_strike');
});

test('a count\'s quote ends at a whole word: "killed 10 members of the same family" quotes "killed 10 members"', () => {
  const hits = killedIn('An Israeli strike killed 10 members of the same family on Wednesday.');
  assert.deepEqual(hits.map((h) => [h.range.low, h.range.evidence[0]!.quote]), [[10, 'killed 10 members']]);
  // A passive count still reaches through "of" to its verb: "10 members of the Takfiri group were killed".
  const passive = killedIn('At least 10 members of the Takfiri group were killed in the attacks.');
  assert.deepEqual(passive.map((h) => [h.range.low, h.range.evidence[0]!.quote]), [[10, 'At least 10 members of the Takfiri group were killed']]);
});

test('the answered attack\'s kind, named again in the headline or the lead, does not type the answer; a planned answer tells that attack', () => {
  const text =
    "US strikes Syrian air base after chemical attack\n\nThe United States fired 59 Tomahawk cruise missiles at the Shayrat air base in Homs province early on Friday, in response to Tuesday's chemical attack on the town of Khan Sheikhoun that killed more than 80 people.\n\nThe Syrian army said the strike killed six soldiers and caused extensive damage. The Pentagon said the base was used to launch the chemical attack.";
  const [a] = extractAccounts({ text, publishedAt: published('2017-04-07') }).accounts;
  assert.deepEqual([a?.eventType, a?.killed.total, a?.killed.combatants?.low], ['air_strike', null, 6]);
  const planned =
    'Congress debates Syria strikes\n\nObama is seeking backing for the strikes in response to an alleged chemical weapons attack near Damascus on August 21. Washington blames the Syrian government for the attack which it says kills more than 1400 people.';
  assert.equal(extractAccounts({ text: planned, publishedAt: published('2013-09-09') }).accounts[0]?.eventType, 'chemical_weapon');
});

test('types: the means an incident answers does not type it, an exchange of fire, an explosive-laden drone, armed men who kill, pupils carried off', () => {
  const answered = 'An Israeli strike on a residential building in Nabatieh killed 10 people. The army said it struck the area in response to rockets fired at northern Israel.';
  assert.equal(type(answered), 'air_strike');
  // Nor are the rockets its weapon.
  const ctx = createContext(answered, null);
  assert.deepEqual(findWeapons(ctx, splitSentences(answered)), []);
  // With no means of its own, the incident told may be the attack answered.
  assert.equal(type('Washington blames the government for the attack which it says killed 1,400 people. Obama seeks strikes in response to a chemical weapons attack near Damascus.'), 'chemical_weapon');
  assert.equal(type('Two soldiers and three militants were killed in an exchange of fire in North Waziristan.'), 'armed_clash');
  assert.equal(type('Three port workers were killed when an explosive-laden drone struck a warehouse at Mokha port.'), 'drone_strike');
  assert.equal(type('Houthi rebels launched drones at an airport on Sunday, wounding nine civilians.'), 'drone_strike');
  assert.equal(type('Militants rammed an explosive-laden vehicle into the gate of a police station, killing 23 soldiers.'), 'remote_explosive');
  assert.equal(type('Three people were killed when a Russian guided bomb struck an apartment block in Kharkiv.'), 'air_strike');
  assert.equal(type('Drones laden with explosives attacked a graduation ceremony, killing at least 89 people.'), 'drone_strike');
  assert.equal(type('Jihadists killed dozens of civilians digging trenches around the town.'), 'attack');
  assert.equal(type('Gunmen on motorcycles stormed a school in Kuriga and abducted 287 pupils.'), 'abduction');
  assert.equal(type('Gunmen stormed a school in Kuriga, killed a guard and abducted 287 pupils.'), 'attack');
});

test('a hospital where the wounded died later is no target', () => {
  const text = 'Five civilians were killed when barrel bombs hit Daraa. A sixth person died of wounds later in the day at a field hospital in Tafas.';
  assert.deepEqual(findTargets(createContext(text, null), splitSentences(text)), []);
});

test('one person before "killed" with an object after it is the killer; a medic at a hospital; an explosive remnant of war', () => {
  assert.deepEqual(killedIn('Members of a gang led by a former police officer killed at least 20 people in Cite Soleil.').map((h) => [h.group, h.range.low]), [['total', 20]]);
  assert.deepEqual(killedIn('A police officer killed in Kabul.').map((h) => [h.group, h.range.low]), [['combatants', 1]]);
  const medic = 'An airstrike hit a wedding party, killing 20 people. Mohammed Hassan, a medic at the al-Jamhouri hospital, said 45 others were wounded.';
  assert.deepEqual(findTargets(createContext(medic, null), splitSentences(medic)).map((t) => t.value), ['wedding']);
  const erw = 'On 5 May, an explosive remnant of war detonated in farmland near Thiban village, killing a 12-year-old boy.';
  const spans = splitSentences(erw);
  assert.equal(bestEventType(findEventTypeClaims(createContext(erw, null)), spans[0]!, spans, erw), 'remote_explosive');
  assert.deepEqual(findWeapons(createContext(erw, null), spans).map((w) => w.value), ['unexploded_ordnance']);
});

test('fighters beside the counted, and whom they fought for, between a count and its verb: "70 soldiers and volunteers fighting alongside the army were killed"', () => {
  assert.deepEqual(killedIn('At least 70 soldiers and volunteers fighting alongside the army were killed on Monday.').map((h) => [h.group, h.range.low]), [['combatants', 70]]);
  // Civilians joined to soldiers are no fighters.
  assert.ok(!killedIn('At least 70 soldiers and civilians were killed on Monday.').some((h) => h.group === 'combatants'));
});

test('other sources\' tolls beside the one taken, side by side with who gives them; never a part, a figure summed, or a day\'s dead', () => {
  const tolls = (text: string) => {
    const { accounts } = extractAccounts({ text, publishedAt: { value: '2024-06-06', evidence: [] } as never });
    const p = accounts.find((a) => a.primary)!;
    return [p.killed.total?.low, (p.otherTolls ?? []).map((t) => [t.low, t.high, t.by, t.evidence[0]!.quote])];
  };
  assert.deepEqual(
    tolls('At least 40 people were killed on Wednesday when the RSF attacked a village in Gezira state, a pro-democracy group said. The Wad Madani Resistance Committee said the attack on Wad al-Noura village left more than 100 dead, while the country\'s ruling sovereign council put the toll at 104.'),
    [40, [[100, null, 'Wad Madani Resistance Committee', 'left more than 100 dead'], [104, 104, "country's ruling sovereign council", 'toll at 104']]],
  );
  // Rescuers, media and rights groups give tolls too.
  assert.deepEqual(
    tolls('Air strikes on a hospital in Aleppo killed at least 27 people on Wednesday night, the Syrian Observatory for Human Rights said, while the civil defence put the toll at 50.'),
    [27, [[50, 50, 'civil defence', 'toll at 50']]],
  );
  // Parts of the toll are no claims: another place's dead, figures that sum to it, a day of several.
  assert.deepEqual(tolls('Air strikes killed 42 people in Idlib province on Sunday, the Observatory said. The raids killed 19 people outside Saraqeb and 23 people in Ariha, it said. Another 27 people were killed in raids on Maarat al-Numan, the monitor said.'), [42, []]);
  assert.deepEqual(tolls('Bombing has killed at least 32 people in eastern Aleppo in two days, medics said. The Observatory said the air strikes on Wednesday alone killed at least 21 people.'), [32, []]);
});

test('a background attack "in May last year ... in the same area", and "a separate strike" with a count and no means named', () => {
  const { accounts } = extractAccounts({
    text: "Two explosions outside a boys' school in western Kabul killed at least six people on Tuesday, police said. In May last year, a bombing outside a girls' school in the same area killed more than 90 people.",
    publishedAt: { value: '2022-04-19', evidence: [] } as never,
  });
  const past = accounts.find((a) => !a.primary);
  assert.deepEqual([past?.date?.start, past?.date?.end, past?.date?.rule, past?.place?.name, past?.eventType, past?.killed.total?.low], ['2021-05-01', '2021-05-31', 'date:month-year-before', 'Kabul', 'remote_explosive', 90]);
  const separate = extractAccounts({
    text: 'An Israeli air strike on a school in Nuseirat killed at least 18 people on Wednesday. In a separate strike in Gaza City, three people were killed in a house, medics said.',
    publishedAt: { value: '2024-09-11', evidence: [] } as never,
  }).accounts;
  assert.deepEqual(separate.map((a) => [a.primary, a.killed.total?.low]), [[true, 18], [false, 3]]);
  // "Last May" before May is the year before; "last March" after March this year's.
  const month = (t: string, pub: string) => findIncidentDate(createContext(t, pub), [whole(t)], [])?.start;
  assert.equal(month('Last May, a bombing killed 90 people.', '2022-04-19'), '2021-05-01');
  assert.equal(month('Last March, a bombing killed 90 people.', '2022-04-19'), '2022-03-01');
  assert.equal(month('In March of last year, a bombing killed 90 people.', '2022-04-19'), '2021-03-01');
});

test('a roll-up told place by place: "In the western Aleppo countryside, ..." and "Four more people died in ..." are parts, on the whole\'s day', () => {
  const { accounts } = extractAccounts({
    text: 'At least 23 civilians were killed on Tuesday in air strikes on rebel-held areas of northwest Syria, the Syrian Observatory for Human Rights said. In Idlib province, Russian warplanes struck a market in the town of Maarat al-Numan, killing 11 people. In the western Aleppo countryside, regime helicopters dropped barrel bombs on the village of Kafr Halab, killing eight. Four more people died in artillery shelling on Jisr al-Shughur.',
    publishedAt: { value: '2019-05-28', evidence: [] } as never,
  });
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.killed.total?.low ?? a.killed.civilians?.low, a.date?.start]),
    [[true, 23, '2019-05-28'], [false, 11, '2019-05-28'], [false, 8, '2019-05-28'], [false, 4, '2019-05-28']],
  );
  assert.equal(accounts[3]!.place?.name, 'Jisr ash Shughūr');
});

test('an aside with no commas holds no death of its own: "Three civilians among them a child were martyred and five others were injured"', () => {
  const t = 'Three civilians among them a child were martyred and five others were injured on Friday in shelling on the town.';
  const ctx = createContext(t, null);
  assert.deepEqual(findCounts(ctx, 'injured', whole(t)).map((h) => [h.group, h.range.low]), [['total', 5]]);
});

test('a toll over a span of months or years is a running total: "died of torture from March 2011 to June 2016"', () => {
  assert.deepEqual(killedIn('The group said that 12679 people died of torture from March 2011 to June 2016.'), []);
  assert.deepEqual(killedIn('Another 300 people were killed between 2012 and 2015.'), []);
  assert.deepEqual(killedIn('An airstrike killed 5 people on the road from Aleppo to Idlib.').map((h) => h.range.low), [5]);
});

test('a stated date a month or more before the headline incident\'s, in its lead, is another incident; "the same Tayaran Square"; a town\'s quarter in another incident', () => {
  const pub = { value: '2021-01-21', evidence: [] } as never;
  const { accounts } = extractAccounts({
    text: 'Two suicide bombers blew themselves up in a busy market in central Baghdad on Thursday morning, killing at least 32 people, Iraqi officials said. In January 2018, twin suicide bombings in the same Tayaran Square killed 38 people.',
    publishedAt: pub,
  });
  const past = accounts.find((a) => !a.primary);
  assert.deepEqual([past?.date?.start, past?.eventType, past?.place?.name, past?.killed.total?.low], ['2018-01-01', 'suicide_bomb', 'Baghdad', 38]);
  const gaza = extractAccounts({
    text: 'Fifteen people were killed when an Israeli strike hit a school in Gaza City late on Saturday night, medics said on Sunday. The school had been sheltering about 2,000 displaced people. It was the third strike on a school in a week. On Thursday, 18 people were killed in a strike on another school in the Tuffah neighbourhood.',
    publishedAt: { value: '2024-08-04', evidence: [] } as never,
  }).accounts;
  const tuffah = gaza.find((a) => !a.primary)?.place;
  assert.deepEqual([tuffah?.name, tuffah?.admin1, tuffah?.precision, tuffah?.certainty, tuffah?.rule], ['Tuffah', 'Gaza', 'town', 'implied', 'place:quarter-of-incident-town']);
});

test('"A family of six, including four children, was killed": the family, past its aside', () => {
  assert.deepEqual(killedIn('A family of six, including four children, was killed at dawn on Friday when an air strike flattened their home.').map((h) => [h.group, h.range.low]), [['total', 6]]);
});

test('an official is one person, "killed a Hamas official and his son" two, "Two officials were killed" two', () => {
  assert.deepEqual(killedIn('An Israeli drone strike on a car killed a Hamas official and his son on Monday.').map((h) => [h.range.low, h.range.rule]), [[2, 'victims:list-killed']]);
  assert.deepEqual(killedIn('Two officials were killed in the blast.').map((h) => h.range.low), [2]);
  assert.deepEqual(killedIn('A strike killed a local official on Monday.').map((h) => h.range.low), [1]);
});

test('an earlier toll of the same incident is neither another incident nor its count: "A previous toll had put the number of dead at seven"', () => {
  const { accounts } = extractAccounts({
    text: 'Russian air strikes killed nine civilians in Idlib province on Monday, a war monitor said. The strikes hit a poultry farm near the village of Jisr al-Shughur. A previous toll had put the number of dead at seven.',
    publishedAt: { value: '2021-06-14', evidence: [] } as never,
  });
  assert.deepEqual(accounts.map((a) => [a.primary, a.killed.civilians?.low]), [[true, 9]]);
  const later = extractAccounts({
    text: 'A suicide blast targeting a bus convoy with evacuees has risen to 70 dead, a source said. Earlier in the day a blast occurred near a bus convoy. The previous death toll was 20 with 50 others injured.',
    publishedAt: { value: '2017-04-15', evidence: [] } as never,
  }).accounts;
  assert.deepEqual(later.map((a) => [a.primary, a.injured.total?.low ?? null]), [[true, null]]);
});

test('an opening that tells the attack on a day dates a toll told after it: "VIDEO: Moment a Russian missile hits ... on Monday afternoon"', () => {
  const { accounts } = extractAccounts({
    text: 'VIDEO: Moment a Russian missile hits a crowded shopping centre in Kremenchuk, central Ukraine, on Monday afternoon. At least 18 people were killed and 59 wounded, officials say.',
    publishedAt: { value: '2022-06-28', evidence: [] } as never,
  });
  assert.deepEqual([accounts[0]?.date?.start, accounts[0]?.date?.rule], ['2022-06-27', 'date:relative-weekday']);
});

test('a sentence of the lead told of an earlier time does not place the headline incident: "Two days earlier, RSF fighters had looted the nearby village of Al-Tukaina"', () => {
  const { accounts } = extractAccounts({
    text: "More than 100 people were killed in an attack by the Rapid Support Forces on a village in Sudan's Al Jazirah state, activists said on Thursday. The attack began on Wednesday morning and lasted into the evening. Two days earlier, RSF fighters had looted the nearby village of Al-Tukaina.",
    publishedAt: { value: '2024-06-06', evidence: [] } as never,
  });
  assert.deepEqual([accounts[0]?.place?.name, accounts[0]?.place?.precision], ['Al Jazirah', 'admin1']);
});

test('a roll-up over a month, its parts on days named in its lead: the whole keeps the month, each part its day', () => {
  const { accounts } = extractAccounts({
    text: 'Air strikes on two markets in Idlib governorate in January killed at least 23 civilians, Human Rights Watch said today. On the afternoon of January 30, an air strike hit the main market in Ariha, killing at least 10 civilians. On the evening of January 27, a strike on a vegetable market in Maarat al-Numan killed 13 people.',
    publishedAt: { value: '2020-03-10', evidence: [] } as never,
  });
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.date?.start, a.date?.precision, a.killed.total?.low ?? a.killed.civilians?.low]),
    [[true, '2020-01-01', 'month', 23], [false, '2020-01-30', 'day', 10], [false, '2020-01-27', 'day', 13]],
  );
  assert.equal(accounts[0]!.place?.name, 'Idlib');
});

test('"Three fighters of the Syrian Democratic Forces (SDF) were killed", truffle hunters, and a toll "while hunting truffles since February"', () => {
  assert.deepEqual(killedIn('Three fighters of the Syrian Democratic Forces (SDF) were killed on Monday.').map((h) => [h.group, h.range.low]), [['combatants', 3]]);
  assert.deepEqual(killedIn('Eight truffle hunters were killed when their vehicle hit a landmine.').map((h) => [h.group, h.range.low]), [['civilians', 8]]);
  assert.deepEqual(killedIn('At least 60 people have been killed by landmines while hunting truffles since February.'), []);
});

test('a report whose places all lie in one country is about it: "Hama, SANA- Army units ..." names Syria\'s army; "in eastern Homs" beside "the Syrian Arab Army" filed from Beirut is Syria\'s Homs', () => {
  const { accounts } = extractAccounts({
    text: 'Hama, SANA- Army units on Tuesday eliminated scores of terrorists and destroyed their vehicles in the northern countryside of Hama province.',
    publishedAt: { value: '2017-03-28', evidence: [] } as never,
  });
  assert.deepEqual(accounts[0]!.perpetrators.map((p) => p.actor), ['sy-government']);
  const homs = extractAccounts({
    text: 'BEIRUT, LEBANON (5:40 P.M.) – The Syrian Arab Army repelled a large-scale ISIS attack on their positions near the Al-Shaer gas field in eastern Homs on Sunday, killing at least 25 jihadists. The attack began with two suicide car bombs that targeted the army checkpoint.',
    publishedAt: { value: '2017-05-07', evidence: [] } as never,
  }).accounts;
  assert.deepEqual([homs[0]!.place?.name, homs[0]!.place?.country, homs[0]!.eventType], ['Homs', 'SY', 'suicide_bomb']);
});

test('"Among the 25 killed were 10 children": the groups of a toll told after its figure', () => {
  const t = 'Among the 25 killed were 10 children, according to the ministry.';
  const c = countsIn(createContext(t, null), 'killed', [whole(t)]);
  assert.deepEqual([c.total?.low, c.children?.low], [25, 10]);
});

test('the groups of the injured: "wounded seven people, including three children", "injured 12 others among them two girls"', () => {
  const hurt = (t: string) => {
    const c = countsIn(createContext(t, null), 'injured', [whole(t)]);
    return Object.fromEntries(Object.entries(c).filter(([, v]) => v).map(([k, v]) => [k, v!.low]));
  };
  assert.deepEqual(hurt('A shell wounded seven people, including three children.'), { total: 7, children: 3 });
  assert.deepEqual(hurt('Shelling killed 4 people and injured 12 others among them two girls.'), { total: 12, children: 2 });
  // The dead's groups stay the dead's: "killed 10 people, including two children, and wounded 25".
  assert.deepEqual(hurt('Air strikes killed 10 people, including two children, and wounded 25.'), { total: 25 });
});

test('"overnight Sunday into Monday", "over the past 24 hours", "on Christmas Day"', () => {
  const at = (t: string, pub: string) => {
    const d = findIncidentDate(createContext(t, pub), [whole(t)], [], false);
    return [d?.start, d?.end, d?.precision];
  };
  assert.deepEqual(at('Air strikes killed 9 people overnight Sunday into Monday.', '2024-06-19'), ['2024-06-16', '2024-06-17', 'week']);
  assert.deepEqual(at('Air strikes killed 9 people overnight on Saturday.', '2024-06-19'), ['2024-06-15', '2024-06-15', 'day']);
  assert.deepEqual(at('Air strikes killed 30 people over the past 24 hours, the monitor said.', '2024-06-19'), ['2024-06-19', '2024-06-19', 'day']);
  assert.deepEqual(at('Air strikes killed 30 people over the last 48 hours, the monitor said.', '2024-06-19'), ['2024-06-18', '2024-06-19', 'week']);
  assert.deepEqual(at('A drone strike killed 3 people on Christmas Day.', '2025-01-03'), ['2024-12-25', '2024-12-25', 'day']);
  assert.deepEqual(at("A bomb killed 6 people on New Year's Eve.", '2024-06-19'), ['2023-12-31', '2023-12-31', 'day']);
});

test('the injured the toll\'s own sentence counts, when the toll is read further on than the lead: "put the toll at 46 dead and 143 wounded"', () => {
  const publishedAt = published('2021-10-09');
  const text =
    'Suicide bombing at Kunduz mosque. A suicide bomber struck a mosque packed with worshippers during Friday prayers in Kunduz, killing dozens of people. The group claimed the attack in a statement. A spokesman said a number of worshippers had been martyred. A health official at the main hospital put the toll at 46 dead and 143 wounded.';
  const a = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.deepEqual([a.killed.total?.low, a.injured.total?.low, a.injured.total?.evidence[0]!.quote], [46, 143, '143 wounded']);
  // The lead's own count of the injured stands.
  const own = extractAccounts({ text: text.replace('killing dozens of people', 'killing dozens of people and wounding at least 80'), publishedAt }).accounts[0]!;
  assert.equal(own.injured.total?.low, 80);
});

test('a list of groups after "including" ends at a comma that no further group follows: those who said it are not among the dead', () => {
  const text = 'An air strike on a village killed about 100 people, including women and children, on Tuesday morning, residents and a member of the opposition National Unity Government said.';
  const groups = findIncludedGroups(createContext(text, null), whole(text));
  assert.deepEqual(groups, []);
  // Without its commas, as FA-KES texts come, the list ends at the day told after it.
  const bare = 'An air strike on a village killed about 100 people including women and children on Tuesday morning residents and a member of the opposition National Unity Government said.';
  assert.deepEqual(findIncludedGroups(createContext(bare, null), whole(bare)), []);
  // And "wounding three, a provincial council member said" counts no member, with or without its comma.
  assert.deepEqual(
    findCounts(createContext('Taliban fighters stormed a checkpoint killing 14 police officers and wounding three a provincial council member said.', null), 'injured', whole('Taliban fighters stormed a checkpoint killing 14 police officers and wounding three a provincial council member said.')).map((h) => [h.group, h.range.low]),
    [['total', 3]],
  );
  // A list that goes on after its commas is read whole.
  const list = 'Shelling killed 12 people, including four children, two women, as well as three soldiers, medics said.';
  assert.deepEqual(findIncludedGroups(createContext(list, null), whole(list)).map((g) => [g.group, g.range.low]), [['children', 4], ['women', 2], ['combatants', 3]]);
});

test('the day the attack is named by in another sentence of the opening: "the explosion on Friday morning", "Friday\'s bombing"', () => {
  const publishedAt = published('2022-04-09');
  const text =
    'The moment a missile struck the station\n\nFootage filmed by a bystander shows the crowd at the station seconds before the explosion on Friday morning. Officials said 52 people were killed when the missile hit the station.';
  const d = extractAccounts({ text, publishedAt }).accounts[0]!.date;
  assert.deepEqual([d?.start, d?.evidence[0]!.quote], ['2022-04-08', 'on Friday morning']);
  const possessive = extractAccounts({ text: text.replace('seconds before the explosion on Friday morning', "in footage of Friday's bombing"), publishedAt }).accounts[0]!.date;
  assert.equal(possessive?.start, '2022-04-08');
  // A day that names something else is not the attack's: the publication's day stands.
  const other = extractAccounts({ text: text.replace('seconds before the explosion on Friday morning', 'on a visit on Friday morning'), publishedAt }).accounts[0]!.date;
  assert.equal(other?.rule, 'date:publication-date');
});

test('a headline\'s "overnight" told again in the lead with the day its source spoke is the night before that day', () => {
  const publishedAt = published('2021-06-07'); // a Monday
  const text =
    'Gunmen kill at least 132 in overnight attack on village\n\nUnidentified gunmen killed at least 132 civilians in an overnight attack on the village of Solhan, the government said on Saturday.';
  const d = extractAccounts({ text, publishedAt }).accounts[0]!.date;
  assert.deepEqual([d?.start, d?.rule], ['2021-06-04', 'date:relative-day']);
  // With no day of saying under it, the headline's night is the one before publication.
  const bare = extractAccounts({ text: text.replace(', the government said on Saturday', ''), publishedAt }).accounts[0]!.date;
  assert.equal(bare?.start, '2021-06-06');
});

test('two parts of the toll told in one sentence, each in its place: each is an incident of its own, on the whole\'s day', () => {
  const publishedAt = published('2019-05-14');
  const text =
    '11 civilians killed as barrel bombs hit Kafr Nabudah and Khan Sheikhoun\n\nThe monitor documented the death of 11 civilians in air strikes on Monday evening. Helicopters dropped barrel bombs on Kafr Nabudah in the northern Hama countryside, killing seven, while Russian warplanes struck Khan Sheikhoun in southern Idlib, killing four civilians.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(
    accounts.map((a) => [a.primary, a.place?.name, (a.killed.total ?? a.killed.civilians)?.low, a.date?.start]),
    [
      [true, 'Khān Shaykhūn', 11, '2019-05-13'],
      [false, 'Kafr Nabudah', 7, '2019-05-13'],
      [false, 'Khān Shaykhūn', 4, '2019-05-13'],
    ],
  );
  assert.deepEqual(accounts[2]!.perpetrators.map((p) => p.actor), ['ru-armed-forces']);
  // Parts that add up to more than the whole are no parts of it: one sentence, read as before.
  const more = extractAccounts({ text: text.replace('killing seven', 'killing nine'), publishedAt }).accounts;
  assert.equal(more.length, 1);
});

test('the injured told where the toll is said to be likely to rise: "some of the 25 wounded are in critical condition"', () => {
  const publishedAt = published('2019-05-14');
  const text = 'Air strikes kill 11 in Idlib. Air strikes killed 11 civilians in Idlib on Monday, a monitor said. The strikes hit a market in the town centre. The number of dead is expected to rise because some of the 25 wounded are in critical condition.';
  const a = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.deepEqual([a.injured.total?.low, a.injured.total?.evidence[0]!.quote], [25, '25 wounded']);
  // A sentence that does not say so tells other wounded.
  const other = extractAccounts({ text: text.replace('The number of dead is expected to rise because some of the', 'In a village nearby, the'), publishedAt }).accounts[0]!;
  assert.equal(other.injured.total, null);
});

test('"several dozen" and "a few dozen" are as vague as "dozens"', () => {
  const hits = findCounts(createContext('Shelling killed several dozen people and wounded a few dozen others.', null), 'killed', whole('Shelling killed several dozen people and wounded a few dozen others.'));
  assert.deepEqual(hits.map((h) => [h.range.low, h.range.certainty]), [[12, 'implied']]);
  const injured = findCounts(createContext('It warned that the toll was likely to rise given the several dozen wounded.', null), 'injured', whole('It warned that the toll was likely to rise given the several dozen wounded.'));
  assert.deepEqual(injured.map((h) => [h.range.low, h.range.certainty]), [[12, 'implied']]);
});

test('a count of the dead another source gives in a clause set against the toll taken is another toll, by that source', () => {
  const publishedAt = published('2012-12-24');
  const text =
    'Dozens killed at a bakery. Dozens of people were killed on Sunday when a warplane bombed a bakery in the town of Halfaya, activists said. The Syrian Observatory for Human Rights put the death toll at 60, while the Local Coordination Committees said more than 100 people had been killed.';
  const p = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.deepEqual([p.killed.total?.low, (p.otherTolls ?? []).map((t) => [t.low, t.high, t.by])], [60, [[100, null, 'Local Coordination Committees']]]);
  // Without a source opening its clause, a later count may be anything: no toll of another's.
  const bare = extractAccounts({ text: text.replace('the Local Coordination Committees said more than', 'in the next town more than'), publishedAt }).accounts[0]!;
  assert.equal(bare.otherTolls, undefined);
});

test('a part of the headline toll that names its attack by a word of no kind takes the whole\'s type, implied, with that word', () => {
  const publishedAt = published('2024-09-24');
  const text =
    'Israeli strikes kill 558 in Lebanon\n\nIsraeli air strikes across southern and eastern Lebanon killed 558 people on Monday, the health minister said on Tuesday. Tens of thousands of people fled the south. In the Bekaa valley town of Sohmor, a strike on a house killed a family of six, a local official said.';
  const { accounts } = extractAccounts({ text, publishedAt });
  const part = accounts.find((a) => !a.primary)!;
  assert.deepEqual([part.place?.name, part.eventType, part.eventTypeClaims.map((c) => [c.certainty, c.rule, c.evidence[0]!.quote])], ['Sohmor', 'air_strike', [['implied', 'event:as-whole', 'strike']]]);
  assert.deepEqual(part.targets.map((t) => [t.value, t.evidence[0]!.quote]), [['residential', 'house']]);
  // A sentence with no word for an attack gets no type.
  const bare = extractAccounts({ text: text.replace('a strike on a house killed', 'the collapse of a house killed'), publishedAt }).accounts.find((a) => !a.primary);
  assert.equal(bare?.eventType ?? null, null);
});

test('a range told with a dash, as recorders write it, with its groups in brackets: "5–7 killed (2 children, 1 woman)"', () => {
  assert.deepEqual(killedIn('Civilian casualties: 5–7 killed (2 children, 1 woman).').map((h) => [h.group, h.range.low, h.range.high]), [['total', 5, 7]]);
  assert.deepEqual(killedIn('At least 10-15 people were killed in the raid.').map((h) => [h.range.low, h.range.high]), [[10, 15]]);
  // A larger figure before a smaller is no range (a code, a score): not read as one.
  assert.ok(!killedIn('218-11 people were killed.').some((h) => h.range.low === 218));
  // Nor are ages told with a dash a count: "Three children aged 5-7 were killed" are three.
  assert.deepEqual(killedIn('Three children aged 5-7 were killed in the strike.').map((h) => [h.group, h.range.low, h.range.high]), [['children', 3, 3]]);
  assert.deepEqual(killedIn('Children aged 5-7 killed in the strike.'), []);
  const text = 'Civilian casualties: 5–7 killed (2 children, 1 woman).';
  assert.deepEqual(findIncludedGroups(createContext(text, null), whole(text)).map((g) => [g.group, g.range.low]), [['children', 2], ['women', 1]]);
});

test('a headline\'s round floor gives way to the lead\'s own figure above it: "over 100 killed" … "At least 110 people were killed"', () => {
  const publishedAt = published('2015-08-17');
  const text = 'Market massacre: over 100 killed in air raids\n\nAt least 110 people were killed when warplanes fired rockets at a vegetable market in Douma on Sunday, the monitor said.';
  const k = extractAccounts({ text, publishedAt }).accounts[0]!.killed.total;
  assert.deepEqual([k?.low, k?.high, k?.evidence.map((e) => e.quote)], [110, null, ['At least 110 people were killed', 'over 100 killed']]);
  // Far above it, the lead's figure is another count: the headline's stands.
  assert.equal(extractAccounts({ text: text.replace('At least 110', 'At least 160'), publishedAt }).accounts[0]!.killed.total?.low, 100);
});

test('a count given before in the pluperfect, no more than the toll, is the same dead counted earlier, not an incident', () => {
  const publishedAt = published('2017-10-15');
  const text =
    'Truck bomb toll rises to 81\n\nThe death toll from a truck bomb that exploded at a busy checkpoint in Mogadishu on Saturday has risen to 81, a senior official said on Sunday. Earlier, police had said 76 were killed.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => a.killed.total?.low), [81]);
  // A larger count given before is no earlier count of these dead.
  assert.equal(extractAccounts({ text: text.replace('76 were killed', '120 were killed in a bombing in Kismayo'), publishedAt }).accounts.length, 2);
});

test('a count told from another part of the town by another means is another incident: "In western Aleppo, mortars ... killed four"', () => {
  const publishedAt = published('2016-10-12');
  const text =
    'Flash update: Aleppo\n\nOn 11 October, airstrikes on the eastern neighbourhoods of Aleppo city reportedly killed at least 25 civilians, including seven children. In western Aleppo, mortars fired by non-state armed groups killed four people in the al-Hamdaniyeh neighbourhood, according to SANA.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.primary, a.eventType, (a.killed.total ?? a.killed.civilians)?.low, a.perpetrators.map((p) => p.actor)]), [
    [true, 'air_strike', 25, []],
    [false, 'shelling', 4, ['sy-opposition']],
  ]);
  // Told by the same means, it is the headline incident's own detail.
  const same = extractAccounts({ text: text.replace('mortars fired by non-state armed groups killed four people', 'airstrikes killed four people'), publishedAt }).accounts;
  assert.equal(same.length, 1);
});

test('a group joined before a passive count of people is more of the dead: "13 US troops and at least 60 Afghans killed"', () => {
  assert.deepEqual(
    killedIn('Kabul airport attack: 13 US troops and at least 60 Afghans killed').map((h) => [h.group, h.range.low, h.range.high, h.range.rule]),
    [['combatants', 13, 13, 'victims:joined'], ['total', 73, null, 'victims:joined-sum']],
  );
  // Not a group of a list of the dead, told before the injured: "among them a child and two women and nine others were injured".
  const text = 'Seven civilians were killed among them a child and two women and nine others were injured.';
  assert.deepEqual(findCounts(createContext(text, null), 'injured', whole(text)).map((h) => [h.group, h.range.low]), [['total', 9]]);
});

test('a movable feast dates the attack it names: "the Easter Sunday suicide bombings"; a toll "revised down ... to 253" is the latest', () => {
  const publishedAt = published('2019-04-29');
  const text =
    'Toll revised down\n\nCOLOMBO - The health ministry on Thursday revised down the death toll from the Easter Sunday suicide bombings at churches and hotels to 253 from 359.';
  const a = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.deepEqual([a.date?.start, a.date?.rule, a.date?.evidence[0]!.quote], ['2019-04-21', 'date:movable-feast', 'Easter Sunday']);
  assert.deepEqual([a.killed.total?.low, a.killed.total?.rule], [253, 'victims:toll-revised-to']);
  // A feast after publication is the year before's; Good Friday two days before Easter.
  assert.equal(extractAccounts({ text: text.replace('Easter Sunday', 'Good Friday'), publishedAt: { value: '2019-04-10', evidence: [] } as never }).accounts[0]!.date?.start, '2018-03-30');
  assert.deepEqual(['2016', '2024', '2025'].map((y) => easterSunday(Number(y))), ['2016-03-27', '2024-03-31', '2025-04-20']);
  // Palm Sunday a week before; a feast that only bounds the time dates nothing.
  assert.equal(extractAccounts({ text: text.replace('Easter Sunday', 'Palm Sunday'), publishedAt }).accounts[0]!.date?.start, '2019-04-14');
  assert.notEqual(extractAccounts({ text: text.replace('from the Easter Sunday suicide bombings', 'from suicide bombings since Easter Sunday'), publishedAt }).accounts[0]!.date?.rule, 'date:movable-feast');
});

test('a tweet: "incl." does not end a sentence, and a hashtag\'s mark does not hide a place', () => {
  const publishedAt = published('2017-03-17');
  const text = '@SyriaCivilDef: Our teams recovered the bodies of 7 civilians incl. 2 children after Russian airstrikes on #Kafrnaha village west #Aleppo this morning. 12 injured. #Syria';
  const a = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.deepEqual([a.killed.civilians?.low, a.killed.children?.low, a.place?.name, a.place?.admin1], [7, 2, 'Kafrnaha', 'Aleppo']);
});

test('the day an assault was launched dates a toll told with no day of its own', () => {
  const publishedAt = published('2018-06-14');
  const text = 'Coalition begins assault on Hodeidah\n\nADEN (Reuters) - The Saudi-led coalition launched an assault on the port city of Hodeidah on Wednesday. Houthi-run Al Masirah TV said coalition air strikes killed a family of five south of the city.';
  assert.equal(extractAccounts({ text, publishedAt }).accounts[0]!.date?.start, '2018-06-13');
});

test('"a second strike", "another attack" told in passing is one more of the headline incident\'s kind, implied', () => {
  const publishedAt = published('2016-08-30');
  const text =
    "It's August 16. Barrel bombs fall on the al-Kalasa neighbourhood of Aleppo at about 10am, killing nine people, according to the civil defence. One week later, a second strike on the same street kills four more.";
  const later = extractAccounts({ text, publishedAt }).accounts.find((a) => !a.primary)!;
  assert.deepEqual([later.date?.start, later.eventType, later.eventTypeClaims.map((c) => [c.certainty, c.rule, c.evidence[0]!.quote])], ['2016-08-23', 'air_strike', [['implied', 'event:as-whole', 'a second strike']]]);
});

test('a count told of a side the headline incident does not name, by its own means and in a place of its own, is another incident', () => {
  const publishedAt = published('2016-11-19');
  const text =
    "Aleppo hospital hit\n\nAir strikes and barrel bombs hit eastern Aleppo on Saturday, killing at least 27 people, among them five children, medics said. A children's hospital was among the buildings hit. Rebel shelling of western Aleppo killed four people, state media said.";
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.primary, a.eventType, a.killed.total?.low, a.perpetrators.map((p) => p.actor)]), [
    [true, 'air_strike', 27, []],
    [false, 'shelling', 4, ['sy-opposition']],
  ]);
  // With no place of its own, such a count is left to the headline incident's sentences.
  assert.equal(extractAccounts({ text: text.replace('Rebel shelling of western Aleppo killed', 'Rebel shelling killed'), publishedAt }).accounts.length, 1);
});

test('the headline\'s figure told again in the lead by other means and with its side is the headline incident, not another', () => {
  const publishedAt = published('2015-10-31');
  const text = 'Douma market strikes kill 40\n\nAt least 40 people were killed and 100 injured on Friday when government forces fired missiles at a market in the rebel-held town of Douma, rescue workers said.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.primary, a.date?.start, a.killed.total?.low, a.perpetrators.map((p) => p.actor)]), [[true, '2015-10-30', 40, ['sy-government']]]);
});

test('a headline incident whose own sentences name no kind of attack, beside another that does, is typed by their weakest words', () => {
  const publishedAt = published('2020-05-13');
  const text =
    'Kabul maternity ward attack: 24 killed\n\nGunmen attacked a maternity hospital in western Kabul on Tuesday, killing 24 people, officials said. No group claimed the attack. In a separate attack in Nangarhar province, a suicide bomber killed 32 people at a funeral.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.primary, a.eventType]), [[true, 'attack'], [false, 'suicide_bomb']]);
});

test('"were later reported killed", "were reported injured": a count with its report between it and the harm', () => {
  assert.deepEqual(killedIn('Three people, including a child, were later reported killed.').map((h) => [h.group, h.range.low]), [['total', 3]]);
  const t = 'Seven others were reported injured in the attack.';
  assert.deepEqual(findCounts(createContext(t, null), 'injured', whole(t)).map((h) => h.range.low), [7]);
});

test('the entries of a list under a heading that names its day take that day', () => {
  const publishedAt = published('2019-05-20');
  const text =
    'Daily civilian casualty summary, 19 May 2019\n\n- Idlib: Russian warplanes struck the town of Kafranbel, killing three civilians, including a child.\n- Aleppo: An IED exploded in al-Bab, wounding five civilians.';
  const { accounts } = extractAccounts({ text, publishedAt });
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.date?.rule]), [['2019-05-19', 'date:day-month-year'], ['2019-05-19', 'date:heading-of-list']]);
  // Told in prose, not as an entry, an incident with no day of its own takes none from the heading.
  const prose = extractAccounts({ text: text.replace('\n- Aleppo: An IED', ' Separately, an IED'), publishedAt }).accounts;
  assert.ok(prose.every((a) => a.date?.rule !== 'date:heading-of-list'));
});

test('a report that counts only its civilians keeps another source\'s toll of the whole beside them', () => {
  const publishedAt = published('2018-08-10');
  const text =
    'Air strike on school bus kills 29 children\n\nAn air strike hit a bus carrying children in northern Yemen on Thursday, killing at least 29 children and wounding 30 others, the Red Cross said. The bus was struck at a busy market in Dahyan, in Saada province. The Houthi-run health ministry put the toll at 43 dead and 61 wounded.';
  const p = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.equal(p.killed.total, null);
  assert.equal(p.killed.children?.low, 29);
  assert.deepEqual((p.otherTolls ?? []).map((t) => [t.low, t.high, t.by]), [[43, 43, 'Houthi-run health ministry']]);
});

test('a span of time before a side is no count of it: "about six hours before security forces killed the three attackers"', () => {
  const hits = killedIn('The attack lasted about six hours before security forces killed the three attackers.');
  assert.ok(!hits.some((h) => h.range.low === 6), JSON.stringify(hits.map((h) => h.range.low)));
  // A count with its words between still counts.
  assert.deepEqual(killedIn('Six Syrian security forces were killed.').map((h) => h.range.low), [6]);
});

test('another source\'s toll told with an adverb before its verb: "US intelligence later estimated the death toll at between 100 and 300"', () => {
  const publishedAt = published('2023-10-18');
  const text =
    'Hundreds feared dead after blast at Gaza hospital\n\nAn explosion at a hospital in Gaza City on Tuesday evening killed hundreds of people, the health ministry said. The ministry said at least 471 people were killed. US intelligence later estimated the death toll at between 100 and 300.';
  const p = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.equal(p.killed.total?.low, 471);
  assert.deepEqual((p.otherTolls ?? []).map((t) => [t.low, t.high, t.by]), [[100, 300, 'US intelligence']]);
});

test('a state\'s bomb falls from the air; a side\'s cause is no fighting; a bomb of no side that hit stays a bomb', () => {
  assert.equal(type('Sixty people are feared dead after a Russian bomb hit a school where 90 people were sheltering.'), 'air_strike');
  assert.equal(type('A suicide car bomb has hit a convoy of buses carrying civilians, killing at least 100 people.'), 'suicide_bomb');
  assert.equal(type('A bomb hit a bus convoy, killing 100.'), 'remote_explosive');
  assert.equal(
    type('Gunmen armed with machetes attacked a school in Kumba, killing seven children. The government blamed Anglophone separatists, who have been fighting for an independent state since 2017.'),
    'attack',
  );
  assert.equal(type('Fighting between the army and the RSF killed 20 people in Omdurman.'), 'armed_clash');
});

test('the day an assault of several days began, told of the attack further on, dates it when nothing else does', () => {
  const text =
    "Boko Haram 'kills hundreds' in Baga\n\nBoko Haram militants have killed hundreds of people in an attack on the town of Baga, local officials say. Some reports put the death toll as high as 2,000. Amnesty International said the assault, which began on 3 January, could be the group's deadliest massacre yet.";
  const d = incidentDate(text, '2015-01-09', 2);
  assert.deepEqual([d?.start, d?.rule, d?.evidence[0]!.quote], ['2015-01-03', 'date:began-on', '3 January']);
  // Talks that began on a day date nothing.
  assert.equal(incidentDate(text.replace('the assault, which began', 'the talks, which began'), '2015-01-09', 2)?.rule, 'date:publication-date');
});

test('a source with an aside before its verb still gives a toll or the wounded; a figure said on an earlier day that "had been killed" is the toll\'s earlier state', () => {
  const publishedAt = published('2019-05-14');
  const text =
    'Shelling kills 9 in Idlib market\n\nGovernment shelling on a market in the town of Kafranbel in southern Idlib killed nine civilians, including two children, on Monday evening, the Syrian Civil Defence said. The rescue group, also known as the White Helmets, said 17 people were wounded and that its teams were still searching the rubble. The Syrian Observatory for Human Rights, a Britain-based monitor, put the toll at 11.';
  const p = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.equal(p.killed.total?.low, 9);
  assert.equal(p.injured.total?.low, 17);
  assert.deepEqual((p.otherTolls ?? []).map((t) => [t.low, t.by]), [[11, 'Syrian Observatory for Human Rights']]);
  const earlier = text.replace('The Syrian Observatory for Human Rights, a Britain-based monitor, put the toll at 11.', 'The Syrian Observatory for Human Rights reported on Sunday that 11 people had been killed after the attack.');
  assert.equal(extractAccounts({ text: earlier, publishedAt }).accounts[0]!.otherTolls, undefined);
});

test('a superlative\'s "since" compares and counts no period; an attack the headline incident "came three days after" is dated from it', () => {
  assert.deepEqual(killedIn('A massive truck bomb killed more than 150 people, the deadliest attack in the Afghan capital since 2001.').map((h) => h.range.low), [150]);
  // A period still makes a running total.
  assert.deepEqual(killedIn('At least 150 people have been killed in the capital since 2001.'), []);
  const publishedAt = published('2017-06-04');
  const text =
    'Kabul: funeral blasts kill seven\n\nThree explosions tore through a funeral in Kabul on Saturday, killing at least seven people and wounding 119, officials said. The attack came three days after a massive truck bomb in the diplomatic quarter killed more than 150 people, the deadliest attack in the Afghan capital since 2001.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.primary, a.date?.start, a.killed.total?.low]), [[true, '2017-06-03', 7], [false, '2017-05-31', 150]]);
});

test('a big seat abroad before the event it names is that seat: "the November 2015 Paris attacks" in a Belgian report', () => {
  const publishedAt = published('2019-11-26');
  const text =
    'Trial opens over Brussels bombings\n\nA Belgian court on Monday began preparations for the trial of ten men accused over the suicide bombings at Brussels airport on March 22, 2016, which killed 32 people. The attacks were carried out by a cell linked to the November 2015 Paris attacks that killed 130 people.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.place?.name, a.place?.country, a.killed.total?.low]), [['Brussels', 'BE', 32], ['Paris', 'FR', 130]]);
});

test('an earlier attack at "the same intersection" is placed where the headline incident is; gangs that kill attack', () => {
  const publishedAt = published('2022-10-30');
  const text =
    'Twin car bombs kill 100 in Mogadishu\n\nTwo car bombs exploded at a busy intersection in Mogadishu on Saturday, killing at least 100 people, the president said. The same intersection was the site of a truck bombing in October 2017 that killed more than 500 people.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.place?.name, a.place?.rule, a.killed.total?.low]), [
    ['2022-10-29', 'Mogadishu', 'place:gazetteer', 100],
    ['2017-10-01', 'Mogadishu', 'place:same-as-incident', 500],
  ]);
  const haiti = extractAccounts({
    text: 'Gangs kill 14 in Martissant\n\nGang members killed at least 14 people and set fire to dozens of homes in the Martissant neighbourhood of Port-au-Prince over the weekend, a rights group said.',
    publishedAt: published('2021-11-02'),
  }).accounts[0]!;
  assert.equal(haiti.eventType, 'attack');
  assert.deepEqual(haiti.perpetrators.map((p) => [p.name, p.actor]), [['gang members', null]]);
});

test('a weekday that opens a saying gives way to the day of the month the sentence names: "on Saturday admitted that its warplanes had bombed ... on October 8"', () => {
  const text = 'Coalition admits error\n\nThe Saudi-led coalition on Saturday admitted that its warplanes had bombed a packed funeral hall in Sanaa on October 8, killing more than 140 people.';
  assert.equal(incidentDate(text, '2016-10-22', 2)?.start, '2016-10-08');
  // With no day of the month, the weekday stays the day told.
  assert.equal(incidentDate(text.replace(' on October 8', ''), '2016-10-22', 2)?.start, '2016-10-22');
});

test('sources\' tolls under a headline counted in vague words are the incident\'s tolls, side by side, not another incident', () => {
  const publishedAt = published('2013-08-22');
  const text =
    'Syria activists say gas attack near Damascus kills hundreds\n\nSyrian activists said on Wednesday that government forces had killed hundreds of people in a poison gas attack on rebel-held suburbs of Damascus before dawn. The Local Coordination Committees put the death toll at 1,338 and the Syrian Observatory for Human Rights said at least 136 people had died in the Eastern Ghouta and Moadamiyeh areas.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.equal(accounts.length, 1);
  assert.equal(accounts[0]!.killed.total?.low, 1338);
  assert.deepEqual((accounts[0]!.otherTolls ?? []).map((t) => [t.low, t.by]), [[136, 'Syrian Observatory for Human Rights']]);
});

test('an incident told in passing with no word of any kind of attack is typed by its weakest words; "fighters were killed" names no attacker', () => {
  const publishedAt = published('2024-07-10');
  const text =
    'Weekly update: 1-7 July 2024\n\nMyanmar. On 3 July, the military conducted air strikes on Kyauktaw township in Rakhine state, killing 8 civilians.\nBurkina Faso. On 2 July, JNIM militants attacked a military post in Mansila (Yagha province), killing 30 soldiers.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.date?.start, a.eventType]), [['2024-07-03', 'air_strike'], ['2024-07-02', 'attack']]);
  const claims = findEventTypeClaims(createContext('On Sunday at least 29 opposition fighters were killed near the road.', null));
  assert.deepEqual(claims, []);
});

test('a range told with "to", passive or active: "10 to 15 people were killed", "killed 10 to 15 people"; not what a toll rose from', () => {
  assert.deepEqual(killedIn('Air strikes killed 10 to 15 people.').map((h) => [h.range.low, h.range.high]), [[10, 15]]);
  assert.deepEqual(killedIn('10 to 15 people were killed.').map((h) => [h.range.low, h.range.high]), [[10, 15]]);
  assert.deepEqual(killedIn('Shelling killed 5-7 civilians.').map((h) => [h.group, h.range.low, h.range.high]), [['civilians', 5, 7]]);
  assert.deepEqual(killedIn('The toll rose from 10 to 15 people killed.').map((h) => [h.range.low, h.range.high]), [[15, 15]]);
});

test('incidents told before and after the headline\'s in "the camp": its place, their days counted from it; a teenager is counted', () => {
  const publishedAt = published('2023-10-25');
  const text =
    'Jenin: Israeli drone strike kills three\n\nThree Palestinians were killed in an Israeli drone strike on a vehicle in the Jenin refugee camp in the occupied West Bank on October 9, the health ministry said. One week later, another strike on the camp killed two more people, according to local media. Two days before the first strike, an Israeli raid in the camp had killed a teenager.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(
    accounts.map((a) => [a.date?.start, a.place?.name, a.eventType, a.killed.total?.low]),
    [['2023-10-09', 'Janīn', 'drone_strike', 3], ['2023-10-16', 'Janīn', 'drone_strike', 2], ['2023-10-07', 'Janīn', 'attack', 1]],
  );
});

test('thousands set apart by a dot or a no-break space are one figure: "1.300", "1 300"', () => {
  assert.deepEqual(killedIn('At least 1.300 people were killed in the attack.').map((h) => h.range.low), [1300]);
  assert.deepEqual(killedIn('Some 1\u00a0300 people were killed.').map((h) => h.range.low), [1300]);
  // Not a decimal, nor a time.
  assert.deepEqual(killedIn('At 3.15 pm 12 people were killed.').map((h) => h.range.low), [12]);
});

test('"A second bomb exploded in a market" elsewhere in the city is another incident', () => {
  const publishedAt = published('2016-07-04');
  const text =
    'Baghdad bombing toll rises to 165\n\nThe death toll from a truck bombing in the Karrada district of Baghdad rose to 165 on Monday, health officials said. Islamic State claimed the attack, which struck a crowded shopping area early on Sunday. A second bomb exploded in a market in the mainly Shia district of Shaab in northern Baghdad, killing five people.';
  const accounts = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual(accounts.map((a) => [a.primary, a.killed.total?.low]), [[true, 165], [false, 5]]);
});

test('the day a video or a statement was put out is not the day of what it shows', () => {
  const text = 'Islamic State video shows Jordanian pilot burned alive\n\nIslamic State militants released a video on Tuesday purporting to show a captured Jordanian pilot being burned alive in a cage. Jordanian state television said the pilot had been killed on January 3.';
  assert.equal(incidentDate(text, '2015-02-04', 3)?.start, '2015-01-03');
});

test('one named among a toll told in vague words is one of the dead, not the toll', () => {
  const publishedAt = published('2023-11-01');
  const text =
    'Jabalia camp strike\n\nAn Israeli air strike on the Jabalia refugee camp in northern Gaza on Tuesday killed dozens of people, according to the health ministry. The IDF said the strike killed Ibrahim Biari, a Hamas commander.';
  const p = extractAccounts({ text, publishedAt }).accounts[0]!;
  assert.deepEqual([p.killed.total?.low, p.killed.total?.certainty], [12, 'implied']);
});

test('a count whose verb the clause before gave is a part of its own: "one person was killed in Avdiivka and another in Toretsk"', () => {
  const publishedAt = published('2024-02-06');
  const text =
    'Russian attacks kill 2, injure 9 in Donetsk Oblast\n\nRussian attacks on Donetsk Oblast over the past day killed two civilians and injured nine, Governor Vadym Filashkin said on Feb. 6.\n\nOne person was killed in Avdiivka and another in Toretsk, Filashkin said. Six people were injured in Kurakhove and three in Krasnohorivka.';
  const [whole, ...parts] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([whole?.place?.precision, whole?.killed.total?.low, whole?.injured.total?.low], ['admin1', 2, 9]);
  assert.deepEqual(
    parts.map((a) => [a.place?.evidence[0]!.quote, a.killed.total?.low ?? null, a.injured.total?.low ?? null, a.date?.rule]),
    [
      ['Avdiivka', 1, null, 'date:part-of-headline-toll'],
      ['Toretsk', 1, null, 'date:part-of-headline-toll'],
      ['Kurakhove', null, 6, 'date:part-of-headline-toll'],
      ['Krasnohorivka', null, 3, 'date:part-of-headline-toll'],
    ],
  );
  // The left-out verb's count keeps its own words, and a group the clause before named: "and one in Beryslav".
  assert.equal(parts[1]!.killed.total?.evidence[0]!.quote, 'another');
  const civilians = 'Two civilians were killed in Kherson and one in Beryslav.';
  const ctx = createContext(civilians, null);
  assert.equal(countsIn(ctx, 'killed', [{ start: civilians.indexOf('one in'), end: civilians.length }]).civilians?.low, 1);
  // A count with its own verb after "and" is not one: "and three were wounded in Kherson".
  const own = 'Two people were killed in Kherson and three were wounded in Beryslav.';
  assert.equal(countsIn(createContext(own, null), 'killed', [{ start: own.indexOf('three'), end: own.length }]).total, null);
});

test('the day a source spoke, told as a month and day, is not the incident\'s ("said on Feb. 6")', () => {
  const text = 'Shelling killed two civilians in Avdiivka over the weekend, Governor Vadym Filashkin said on Feb. 6.';
  assert.equal(incidentDate(text, '2024-02-06')?.rule, 'date:relative-weekend');
});

test('a live blog\'s entries each tell their own news: the headline incident is read from its own entry, each other entry with a toll is an incident of the blog\'s day', () => {
  const publishedAt = published('2023-10-18');
  const text =
    'Israel-Gaza live: blast at Gaza City hospital\n\nUpdated 21:10 — Hundreds of people were killed in an explosion at al-Ahli Arab hospital in Gaza City, the Gaza health ministry said. The ministry blamed an Israeli air strike.\n\nUpdated 19:30 — An Israeli strike on a UN school in al-Maghazi refugee camp killed at least six people, UNRWA said.\n\n15:20 GMT — The air force said it shot down 14 drones launched overnight.';
  const [hospital, school, ...rest] = extractAccounts({ text, publishedAt }).accounts;
  assert.deepEqual([hospital?.killed.total?.low, hospital?.killed.total?.certainty, hospital?.date?.start, hospital?.date?.rule], [100, 'implied', '2023-10-18', 'date:publication-date']);
  assert.deepEqual([school?.killed.total?.low, school?.place?.name, school?.date?.start, school?.date?.rule, school?.date?.evidence[0]!.quote], [6, 'al-Maghazi', '2023-10-18', 'date:live-entry', 'Updated 19:30']);
  assert.equal(rest.length, 0);
  // An entry's heading and its text are one incident: the text's place and day.
  const headed =
    'Gaza war live\n\n10:42 GMT - Strike on ambulance convoy near Al-Shifa kills 15\nThe Gaza health ministry says 15 people were killed when an Israeli strike hit a convoy of ambulances outside Al-Shifa hospital in Gaza City.\n\n08:30 GMT - Three killed in West Bank raid\nIsraeli forces killed three Palestinians during a raid on the Jenin refugee camp overnight, the Palestinian health ministry said.';
  const accounts = extractAccounts({ text: headed, publishedAt: published('2023-11-03') }).accounts;
  assert.deepEqual(accounts.map((a) => [a.killed.total?.low, a.place?.admin1, a.eventType, a.date?.start]), [[15, 'Gaza', 'air_strike', '2023-11-03'], [3, 'West Bank', 'attack', '2023-11-02']]);
  // One time of day at a line's start makes no live blog.
  assert.equal(createContext('10:42 GMT - A strike killed 15.\nMore news.', null).liveEntries.length, 0);
});

test('ranges in words, and the fields of a monitor\'s record: "Two to three civilians were reported killed", "Civilians reported killed: 2–3"', () => {
  const range = (t: string, harm: 'killed' | 'injured' = 'killed') => findCounts(createContext(t, null), harm, whole(t)).map((h) => [h.group, h.range.low, h.range.high]);
  assert.deepEqual(range('Two to three civilians were reported killed when a rocket struck.'), [['civilians', 2, 3]]);
  assert.deepEqual(range('The strike killed five to seven people.'), [['total', 5, 7]]);
  assert.deepEqual(range('Civilians reported killed: 2–3'), [['civilians', 2, 3]]);
  assert.deepEqual(range('Injured: 5', 'injured'), [['total', 5, 5]]);
  // Not what a toll rose from, nor "up to".
  assert.deepEqual(range('The toll rose from two to three people killed.'), [['total', 3, 3]]);
  assert.deepEqual(range('Up to three people were killed.'), [['total', 3, 3]]);
  // Not a field in the run of a sentence: "the number of those killed: 12" is read by other rules, not as a field.
  assert.deepEqual(range('Local sources said killed: none.'), []);
});

test('a toll told in vague words "since Israel began striking Gaza on Monday": the days since, the side that began, and "On Tuesday alone" a part of its own', () => {
  const text =
    'Gaza strikes: tens of civilians killed\n\nTens of civilians have been killed since Israel began striking Gaza on Monday, the health ministry said on Wednesday. On Tuesday alone, an air strike on a residential tower in Gaza City killed 13 people, including a 10-year-old girl.';
  const [whole, part, ...rest] = extractAccounts({ text, publishedAt: published('2021-05-12') }).accounts;
  assert.deepEqual([whole?.date?.start, whole?.date?.end, whole?.date?.rule, whole?.date?.evidence[0]!.quote], ['2021-05-10', '2021-05-12', 'date:since-weekday', 'since Israel began striking Gaza on Monday']);
  assert.deepEqual([whole?.perpetrators.map((p) => p.actor), whole?.killed.civilians?.certainty, whole?.killed.total], [['il-forces'], 'implied', null]);
  assert.deepEqual([part?.date?.start, part?.killed.total?.low, part?.killed.children?.low], ['2021-05-11', 13, 1]);
  assert.equal(rest.length, 0);
});

test('a crash the text says a side shot down is an attack: "an air defence unit had shot the plane down by mistake"', () => {
  const text =
    'Ukrainian airliner crashes near Tehran, all 176 on board dead\n\nA Ukraine International Airlines Boeing 737 crashed shortly after take-off from Tehran\'s Imam Khomeini airport on Wednesday, killing all 176 people on board. Iran\'s armed forces later admitted that an air defence unit had shot the plane down by mistake.';
  const { accounts, messages } = extractAccounts({ text, publishedAt: published('2020-01-09') });
  assert.deepEqual(messages.map((m) => m.code), []);
  assert.deepEqual([accounts[0]?.eventType, accounts[0]?.killed.total?.low, accounts[0]?.perpetrators.map((p) => [p.actor, p.attribution])], ['attack', 176, [['ir-forces', 'claimed']]]);
  // A crash told with no one bringing it down stays no incident.
  assert.equal(extractAccounts({ text: 'Plane crashes near Tehran, 176 dead\n\nA Boeing 737 crashed shortly after take-off on Wednesday, killing all 176 people on board.', publishedAt: published('2020-01-09') }).accounts.length, 0);
});

test('a sentence that opens on a beginning it counts from gives a running total, no toll: "Since fighting erupted in April, the WHO has verified 46 attacks ..., killing 8 people"', () => {
  const text = 'Since fighting erupted in April, the World Health Organization has verified 46 attacks on health care in Sudan, killing 8 people and injuring 18.';
  assert.deepEqual(killedIn(text), []);
  const publishedAt = published('2023-06-01');
  const report = 'Attacks on Sudan\'s hospitals keep rising\n\n' + text + ' In the worst case, on May 15, shelling hit the East Nile hospital in Khartoum, killing two nurses.';
  const p = extractAccounts({ text: report, publishedAt }).accounts[0]!;
  assert.deepEqual([p.killed.total?.low, p.date?.start, p.eventType], [2, '2023-05-15', 'shelling']);
  // Not a sentence that opens on a day: "Since Tuesday, shelling has killed 12" is read by the date rules.
  assert.deepEqual(killedIn('Shelling killed 12 people in the town since the offensive began.').length, 0);
});

test('a place between the people counted and their harm: "1,200 people in Israel were killed"; not a whole some of whom were', () => {
  assert.deepEqual(killedIn('Hamas said 1,200 people in Israel were killed on October 7.').map((h) => [h.range.low, h.range.evidence[0]!.quote]), [[1200, '1,200 people in Israel were killed']]);
  assert.deepEqual(killedIn('Two of the 5 people in the car were killed.').map((h) => h.range.low), []);
});

test('numeric dates either way round, a weekday with its date, a day of the month alone', () => {
  const at = (t: string) => {
    const d = incidentDate(t, '2024-03-20');
    return [d?.start, d?.rule];
  };
  // "03/10/2024" in a report of 20 March 2024 is 10 March (month first), not 3 October, after publication.
  assert.deepEqual(at('An air strike killed 5 people on 03/10/2024.'), ['2024-03-10', 'date:numeric-month-first']);
  assert.deepEqual(at('An air strike killed 5 people on 10/03/2024.'), ['2024-03-10', 'date:numeric']);
  // "on Sunday 10 March" is 10 March, not the last Sunday before publication.
  assert.deepEqual(at('An air strike killed 5 people on Sunday 10 March.'), ['2024-03-10', 'date:month-day']);
  // "on the 10th" is in the month of publication; "on the 25th", yet to come, in the month before.
  assert.deepEqual(at('An air strike killed 5 people on the 10th.'), ['2024-03-10', 'date:day-of-month']);
  assert.deepEqual(at('An air strike killed 5 people on the 25th.'), ['2024-02-25', 'date:day-of-month']);
  // Not an anniversary or a unit.
  assert.deepEqual(at('On the 5th anniversary of the war, officials said 5 were killed.'), ['2024-03-20', 'date:publication-date']);
});

test('a report in a language the rules do not read says so: no incident, and why', async () => {
  const { processRaw } = await import('../../src/pipeline.js');
  const { EMPTY_FIELDS } = await import('../../src/ingest/record-fields.js');
  const text = "Attaque dans le centre du Mali: au moins 20 morts\n\nAu moins 20 civils ont été tués dimanche lors d'une attaque contre le village de Sobane, dans le centre du Mali, selon des sources locales.";
  const out = processRaw({ format: 'text', origin: { kind: 'file', location: 'mali.txt', line: null }, bytes: Buffer.from(text), sha256: 'x', receivedAt: '2019-08-12T00:00:00.000Z', fields: { ...EMPTY_FIELDS, text }, metadata: {}, messages: [] });
  assert.equal(out.extraction.incidents.length, 0);
  const said = out.extraction.messages.filter((m) => m.rule === 'extract:language');
  assert.deepEqual(said.map((m) => [m.severity, m.source]), [['info', 'mali.txt']]);
  assert.match(said[0]!.text, /\(fr\)/);
});

test('parts told in one sentence whose second borrows its verb: each a part with the subject\'s means and side, and the whole keeps the sentence\'s day', () => {
  const text = 'Russian strikes kill 8 in Kharkiv and Kherson\n\nRussian shelling killed five people in Kharkiv and three in Kherson on Tuesday, regional officials said.';
  const [whole, ...parts] = extractAccounts({ text, publishedAt: published('2024-01-10') }).accounts;
  assert.deepEqual([whole?.killed.total?.low, whole?.date?.start], [8, '2024-01-09']);
  assert.deepEqual(
    parts.map((a) => [a.place?.evidence[0]!.quote, a.killed.total?.low, a.eventType, a.perpetrators.map((p) => p.actor), a.date?.start]),
    [
      ['Kharkiv', 5, 'shelling', ['ru-armed-forces'], '2024-01-09'],
      ['Kherson', 3, 'shelling', ['ru-armed-forces'], '2024-01-09'],
    ],
  );
  // The borrowed means keep their own words: "Russian shelling".
  assert.equal(parts[1]!.eventTypeClaims[0]!.evidence[0]!.quote.toLowerCase().includes('shelling'), true);
});

test('in a roundup, fighters killed in another province are no part of the civilians a town\'s strike killed', () => {
  const text =
    'Syria roundup: violence in Idlib, Deir Ezzor and Daraa\n\nIn Idlib province, Russian air strikes on the town of Kafr Nabl killed six civilians on Thursday, rescuers said.\n\nIn Deir Ezzor, an explosive device planted in a car killed two SDF fighters in the town of al-Busayrah.';
  const [, other] = extractAccounts({ text, publishedAt: published('2019-06-14') }).accounts;
  assert.deepEqual([other?.killed.combatants?.low, other?.place?.admin1, other?.date ?? null], [2, 'Deir ez-Zor', null]);
  // Nor people killed in another province than the town the whole's own sentence names.
  const town =
    'Air strike kills 10 in Maarat al-Numan\n\nAn air strike on a market in Maarat al-Numan in Idlib province killed 10 people on Thursday, rescuers said.\n\nIn Deir Ezzor, a car bomb killed three people in the town of al-Busayrah.';
  const [, bomb] = extractAccounts({ text: town, publishedAt: published('2019-06-14') }).accounts;
  assert.deepEqual([bomb?.killed.total?.low, bomb?.date ?? null], [3, null]);
});

test('a toll "across" two or more provinces is placed in their country; a day inside the span of days the whole gives, with fewer dead, is a part', () => {
  const text =
    'Weekly update: Myanmar\n\nBetween 12 and 18 February, at least 35 civilians were killed in military air strikes across Sagaing, Magway and Rakhine, according to local media. In the deadliest incident, a jet bombed a monastery in Kyauktaw township, Rakhine, on 15 February, killing 12 people sheltering inside.';
  const [whole, part, ...rest] = extractAccounts({ text, publishedAt: published('2024-02-20') }).accounts;
  assert.deepEqual([whole?.place?.precision, whole?.place?.country, whole?.place?.rule, whole?.place?.evidence[0]!.quote], ['country', 'MM', 'place:across-provinces', 'Sagaing, Magway and Rakhine']);
  assert.deepEqual([part?.killed.total?.low, part?.date?.start, part?.place?.admin1], [12, '2024-02-15', 'Rakhine State']);
  assert.equal(rest.length, 0);
  // Its parts in towns of those provinces are parts, and a later sentence with the same toll places it no finer.
  const syria =
    'Syria: strikes kill 15 across Idlib and Hama\n\nGovernment and Russian air strikes killed at least 15 civilians across Idlib and northern Hama on Sunday, a monitor said. In Kafr Nabl, six people were killed when jets struck a market. Five others were killed in shelling on Kafr Zita in Hama province.';
  const [all, ...pieces] = extractAccounts({ text: syria, publishedAt: published('2019-05-06') }).accounts;
  assert.deepEqual([all?.place?.precision, all?.place?.rule, pieces.map((a) => a.killed.total?.low)], ['country', 'place:across-provinces', [6, 5]]);
  // Not a list inside one province: "across Saraqib and Maarat al-Numan" stays in Idlib.
  const one = extractAccounts({ text: 'Strikes kill 9\n\nAir strikes killed nine people across Saraqib and Maarat al-Numan on Monday.', publishedAt: published('2019-06-14') }).accounts[0]!;
  assert.notEqual(one.place?.precision, 'country');
});

test('"funerals on Friday for the 12 people killed in Wednesday\'s air strike": the attack\'s weekday, and no funeral struck', () => {
  const text = 'Funerals held for victims of Jabalia strike\n\nThousands of mourners attended funerals on Friday for the 12 people killed in Wednesday\'s air strike on a school in Jabalia, relatives said.';
  const p = extractAccounts({ text, publishedAt: published('2023-11-10') }).accounts[0]!;
  assert.deepEqual([p.date?.start, p.date?.evidence[0]!.quote, p.targets.map((t) => t.value)], ['2023-11-08', "Wednesday's", ['school']]);
  // Not an attack answered: "early on Friday, in response to Tuesday's chemical attack" is Friday.
  assert.equal(incidentDate('US missiles struck the Shayrat air base early on Friday, in response to Tuesday\'s chemical attack on Khan Sheikhoun.', '2017-04-07')?.start, '2017-04-07');
});

test('a family told with whose ("A father and his two sons were among the dead") and ages listed ("aged 8, 10 and 13") are counted', () => {
  assert.deepEqual(killedIn('A father and his two sons were among the dead.').map((h) => [h.group, h.range.low]), [['total', 3]]);
  assert.deepEqual(killedIn('Three brothers, aged 8, 10 and 13, were killed.').map((h) => [h.group, h.range.low]), [['total', 3]]);
  // Still no total from a part of no group inside a count: "44 civilians including 11 women and one rescue worker".
  assert.deepEqual(killedIn('44 civilians including 11 women and one rescue worker were killed.').map((h) => [h.group, h.range.low]), [['civilians', 44]]);
});
