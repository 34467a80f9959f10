// Reports in Arabic script: the headline incident with its day, place, type, means, target, perpetrator and
// victims, each quoting the report's own words (vowel marks included), from fixtures written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Account, RangeFinding } from '../../src/core/types.js';
import { extractAccounts } from '../../src/extract/extract-report.js';
import { extractArabic, isArabicScript } from '../../src/extract/arabic.js';
import { assertEvidence } from '../golden/evidence.js';

// 2017-04-10 is a Monday.
const PUBLISHED = '2017-04-10';
const read = (text: string, publishedAt: string | null = PUBLISHED): Account => {
  const { accounts } = extractArabic({ text, publishedAt });
  assert.equal(accounts.length, 1, text);
  assertEvidence(accounts[0], text);
  return accounts[0]!;
};
const range = (r: RangeFinding | null) => (r ? [r.low, r.high, r.evidence[0]!.quote] : null);

test('an air strike on Douma: civilians and children killed, others injured, the regime\'s aircraft, a monitor as source', () => {
  const text = 'مقتل 12 مدنياً بينهم 5 أطفال في غارات جوية لطائرات النظام على مدينة دوما في الغوطة الشرقية يوم الاثنين، وإصابة 30 آخرين، بحسب المرصد السوري لحقوق الإنسان.';
  const a = read(text);
  assert.deepEqual(range(a.killed.civilians), [12, 12, 'مقتل 12 مدنياً'], 'the quote keeps the word\'s vowel mark');
  assert.deepEqual(range(a.killed.children), [5, 5, 'بينهم 5 أطفال']);
  assert.equal(a.killed.total, null);
  assert.deepEqual(range(a.injured.total), [30, 30, 'وإصابة 30 آخرين']);
  assert.equal(a.eventType, 'air_strike');
  assert.deepEqual([a.place?.name, a.place?.admin1, a.place?.country, a.place?.precision, a.place?.evidence[0]!.quote], ['Dūmā', 'Rif Dimashq', 'SY', 'town', 'دوما']);
  assert.deepEqual([a.date?.start, a.date?.certainty, a.date?.evidence[0]!.quote], ['2017-04-10', 'implied', 'يوم الاثنين']);
  // "لطائرات النظام": the regime's aircraft, the Syrian Air Force (under the Syrian government in the registry).
  assert.deepEqual(a.perpetrators.map((p) => [p.actor, p.attribution, p.by, p.evidence[0]!.quote]), [['sy-air-force', 'alleged', 'المرصد السوري لحقوق الإنسان', 'طائرات النظام']]);
});

test('a car bomb in a market: Arabic-Indic digits, "at least", "dozens" as an open 12, yesterday, a claim', () => {
  const text = 'قُتل ما لا يقل عن ٢١ شخصاً وأصيب العشرات جراء انفجار سيارة مفخخة في سوق مدينة أعزاز بريف حلب الشمالي، أمس الأحد. وتبنى تنظيم داعش التفجير.';
  const a = read(text);
  assert.deepEqual(range(a.killed.total), [21, null, 'قُتل ما لا يقل عن ٢١ شخصاً']);
  assert.deepEqual([a.injured.total?.low, a.injured.total?.high, a.injured.total?.certainty], [12, null, 'implied']);
  assert.equal(a.eventType, 'remote_explosive');
  assert.deepEqual(a.weapons.map((w) => w.value), ['car_bomb']);
  assert.deepEqual(a.targets.map((t) => t.value), ['market']);
  assert.deepEqual([a.place?.country, a.place?.admin1, a.place?.evidence[0]!.quote], ['SY', 'Aleppo', 'أعزاز']);
  assert.equal(a.date?.start, '2017-04-09');
  assert.deepEqual(a.perpetrators.map((p) => [p.actor, p.attribution, p.evidence[0]!.quote]), [['isis', 'claimed', 'تنظيم داعش']]);
});

test('a toll in words with women among it, artillery, and members of a force who are its victims, not its agents', () => {
  const shelling = read('ارتفعت حصيلة القتلى جراء القصف المدفعي لقوات النظام على بلدة سراقب في ريف إدلب إلى 17 قتيلاً، بينهم ثلاث نساء.');
  assert.deepEqual([shelling.killed.total?.low, shelling.killed.women?.low], [17, 3]);
  assert.equal(shelling.eventType, 'shelling');
  assert.deepEqual(shelling.perpetrators.map((p) => p.actor), ['sy-government']);
  assert.equal(shelling.place?.admin1, 'Idlib');
  const members = read('مقتل ثمانية عناصر من قوات النظام في هجوم على حاجز قرب مدينة حماة.');
  assert.deepEqual([members.killed.combatants?.low, members.killed.total], [8, null]);
  assert.deepEqual(members.perpetrators, [], 'the regime\'s members were killed: the regime is not the perpetrator');
  assert.equal(members.eventType, 'attack');
});

test('a stated date in a Levantine month, a hospital struck by Russian jets; no publication date leaves a relative day unresolved', () => {
  const a = read('استهدفت طائرات حربية روسية مستشفى في مدينة معرة النعمان بمحافظة إدلب في 5 نيسان 2017، ما أدى إلى استشهاد ثمانية مدنيين.');
  assert.deepEqual([a.date?.start, a.date?.certainty, a.date?.evidence[0]!.quote], ['2017-04-05', 'stated', '5 نيسان 2017']);
  assert.equal(a.eventType, 'air_strike');
  assert.deepEqual(a.targets.map((t) => t.value), ['hospital']);
  assert.deepEqual(a.perpetrators.map((p) => p.actor), ['ru-armed-forces']);
  assert.deepEqual(range(a.killed.civilians), [8, 8, 'استشهاد ثمانية مدنيين']);
  const text = 'قتل خمسة مدنيين يوم الجمعة في قصف على مدينة داريا.';
  const { accounts, messages } = extractArabic({ text, publishedAt: null });
  assert.equal(accounts[0]!.date, null);
  assert.deepEqual(messages.map((m) => [m.rule, text.slice(m.span!.start, m.span!.end)]), [['date:unresolved', 'يوم الجمعة']]);
});

test('Arabic script goes to these rules, an English report quoting Arabic does not, and a report with no harm tells no incident', () => {
  assert.ok(isArabicScript('مقتل 12 مدنياً في غارات جوية على مدينة دوما'));
  assert.ok(!isArabicScript('At least 12 civilians were killed in Douma (دوما) on Monday, the Syrian Observatory for Human Rights said.'));
  const english = extractAccounts({ text: 'At least 12 civilians were killed in Douma (دوما) on Monday, activists said.', publishedAt: null });
  assert.equal(english.accounts[0]!.killed.civilians?.rule.startsWith('victims:ar-'), false);
  assert.equal(extractAccounts({ text: 'افتتح وزير التربية مدرسة جديدة في مدينة حمص يوم الأحد بحضور عدد من الأهالي.', publishedAt: { value: PUBLISHED, certainty: 'stated', evidence: [], rule: 'fixture' } }).accounts.length, 0);
  const viaContract = extractAccounts({ text: 'مقتل 12 مدنياً في غارات جوية على مدينة دوما.', publishedAt: null });
  assert.equal(viaContract.accounts[0]!.killed.civilians?.low, 12);
});

test('an actor named with a letter joined in front ("لقوات النظام", "وطائرات التحالف الدولي") is found, and quoted without it', () => {
  const a = read('قتل سبعة مدنيين في قصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب.');
  assert.deepEqual(a.perpetrators.map((p) => [p.actor, p.evidence[0]!.quote]), [['sy-government', 'قوات النظام']]);
  const b = read('قتل تسعة أشخاص في غارات شنتها وطائرات التحالف الدولي على مدينة الرقة.');
  assert.deepEqual(b.perpetrators.map((p) => p.actor), ['us-coalition']);
  // A word that is a name in full keeps its first letter: "لبنان" is Lebanon, not "ل" + "بنان".
  const c = read('قتل ثلاثة أشخاص في غارة إسرائيلية على جنوب لبنان يوم الأحد.');
  assert.equal(c.place?.country, 'LB');
});

test('a monitor\'s report: a toll that rose, groups joined with "و", a province after "بريف", and the monitor heading the report as its source', () => {
  const a = read('المرصد السوري لحقوق الإنسان: ارتفاع عدد الشهداء إلى 23 بينهم 7 أطفال و4 مواطنات في مجزرة نفذتها طائرات حربية روسية في بلدة حاس بريف إدلب الجنوبي.');
  assert.deepEqual([a.killed.total?.low, a.killed.children?.low, a.killed.women?.low], [23, 7, 4]);
  assert.equal(a.killed.women?.evidence[0]!.quote, 'و4 مواطنات');
  // The village is not in the gazetteer: the province it is in, as a province.
  assert.deepEqual([a.place?.name, a.place?.precision, a.place?.gazetteerId], ['Idlib', 'admin1', 'admin1:SY.12']);
  assert.deepEqual(a.perpetrators.map((p) => [p.actor, p.by]), [['ru-armed-forces', 'المرصد السوري لحقوق الإنسان']]);
});

test('a state agency\'s report: a verb of martyrdom, unnamed attackers kept as words, the count before its verb, barrel bombs as an air strike', () => {
  const sana = read('دمشق - سانا\nاستشهد 3 مواطنين وأصيب 11 آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على حي جرمانا بريف دمشق صباح اليوم.');
  assert.deepEqual([sana.killed.total?.low, sana.injured.total?.low], [3, 11]);
  assert.deepEqual(sana.perpetrators.map((p) => [p.name, p.actor]), [['المجموعات الإرهابية', null]]);
  assert.deepEqual([sana.place?.name, sana.place?.admin1, sana.date?.start], ['Jaramānā', 'Rif Dimashq', PUBLISHED]);
  const barrels = read('قال الدفاع المدني السوري إن 5 أشخاص قتلوا، الخميس، في قصف بالبراميل المتفجرة على أحياء حلب الشرقية.');
  assert.deepEqual(range(barrels.killed.total), [5, 5, '5 أشخاص قتلوا']);
  assert.equal(barrels.eventType, 'air_strike', 'barrel bombs name the means; "قصف" alone says only that it was bombarded');
  assert.deepEqual(barrels.weapons.map((w) => w.value), ['barrel_bomb']);
  assert.equal(barrels.date?.start, '2017-04-06');
  const plain = read('قتل عشرات المدنيين في قصف على الغوطة الشرقية خلال الأيام الماضية.');
  assert.deepEqual([plain.killed.civilians?.low, plain.killed.civilians?.high, plain.killed.civilians?.certainty, plain.eventType], [12, null, 'implied', 'shelling']);
});

test('a span of days instead of a day: last week, the past week, early this month, a month with or without its year', () => {
  // 2017-04-12 is a Wednesday.
  const span = (words: string) => {
    const d = read(`قتل 5 مدنيين في غارة على مدينة حلب ${words}.`, '2017-04-12').date;
    return [d?.start, d?.end, d?.precision, d?.certainty];
  };
  assert.deepEqual(span('الأسبوع الماضي'), ['2017-04-03', '2017-04-09', 'week', 'implied']);
  assert.deepEqual(span('خلال الأسبوع الماضي'), ['2017-04-05', '2017-04-12', 'week', 'implied']);
  assert.deepEqual(span('مطلع الشهر الجاري'), ['2017-04-01', '2017-04-12', 'month', 'implied']);
  assert.deepEqual(span('الشهر الماضي'), ['2017-03-01', '2017-03-31', 'month', 'implied']);
  assert.deepEqual(span('في شهر آذار'), ['2017-03-01', '2017-03-31', 'month', 'implied']);
  assert.deepEqual(span('في أيار 2016'), ['2016-05-01', '2016-05-31', 'month', 'stated']);
  // A day wins over a span; "الشهر" alone names none.
  assert.deepEqual(span('في 3 أيار 2016'), ['2016-05-03', '2016-05-03', 'day', 'stated']);
  assert.deepEqual(span('بعد قصف استمر طوال الشهر'), ['2017-04-12', '2017-04-12', 'day', 'implied']);
});

test('Russian air strikes named by their adjective ("غارات جوية روسية") are Russia\'s forces', () => {
  const text = 'قتل 17 مدنياً، بينهم ستة أطفال، يوم الجمعة جراء غارات جوية روسية على بلدة كفر ناها في ريف حلب الغربي، بحسب المرصد السوري لحقوق الإنسان.';
  const a = read(text);
  assert.deepEqual(a.perpetrators.map((p) => [p.actor, p.evidence[0]!.quote]), [['ru-armed-forces', 'غارات جوية روسية']]);
  assert.deepEqual([range(a.killed.civilians)?.[0], range(a.killed.children)?.[0]], [17, 6]);
});

test('two of a group told by the dual alone, joined after a counted one: "بينهم أربعة أطفال وامرأتان"', () => {
  const text = 'قتل 12 مدنياً بينهم أربعة أطفال وامرأتان جراء غارات جوية على بلدة كفرنبل في ريف إدلب يوم الاثنين.';
  const a = read(text);
  assert.deepEqual(range(a.killed.children), [4, 4, 'بينهم أربعة أطفال']);
  assert.deepEqual(range(a.killed.women), [2, 2, 'وامرأتان']);
});

test('Arabic: one woman joined by the singular ("وامرأة"); a neighbourhood whose name goes on is no town of its first word; rocket shells; "نفذته"', () => {
  const one = read('استشهد 12 مدنياً، بينهم خمسة أطفال وامرأة، جراء غارات جوية على مدينة إدلب اليوم.');
  assert.deepEqual([one.killed.civilians?.low, one.killed.children?.low, one.killed.women?.low], [12, 5, 1]);
  const quarter = read('ارتقى 3 شهداء وأصيب 8 مواطنين جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية على حي باب توما في مدينة دمشق.');
  assert.deepEqual([quarter.place?.name, quarter.weapons.map((w) => w.value)], ['Damascus', ['rocket']]);
  const hts = read('قتل 9 عناصر من قوات النظام، يوم السبت، في هجوم نفذته هيئة تحرير الشام على مواقعهم في ريف حماة الشمالي.');
  assert.deepEqual(hts.perpetrators.map((p) => p.actor), ['hts']);
});

test('an attack told with a people\'s adjective names that state\'s forces ("غارة جوية إسرائيلية"); a figure stated outright replaces one in vague words', () => {
  const gaza = read('استشهاد 45 فلسطينيا في قصف إسرائيلي على مخيم للنازحين في رفح\n\nاستشهد 45 فلسطينيا على الأقل مساء الأحد في غارة جوية إسرائيلية استهدفت خياما للنازحين غرب مدينة رفح.');
  assert.deepEqual(gaza.perpetrators.map((p) => [p.actor, p.rule, p.evidence[0]!.quote]), [['il-forces', 'perpetrator:ar-attack-of-people', 'قصف إسرائيلي']]);
  // Not a people's word after something else: "المرصد السوري" is no Syrian attack.
  const monitor = read('قتل 5 أشخاص في قصف على بلدة سراقب بحسب المرصد السوري لحقوق الإنسان.');
  assert.deepEqual(monitor.perpetrators.map((p) => p.actor), []);
  const toll = read('مقتل العشرات في هجوم كيميائي على خان شيخون بريف إدلب\n\nقتل 58 شخصا بينهم 11 طفلا صباح الثلاثاء جراء قصف بغازات سامة على بلدة خان شيخون.');
  assert.deepEqual(range(toll.killed.total), [58, 58, 'قتل 58 شخصا']);
});
