import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanReport } from '../../src/clean/clean-report.js';
import { htmlToText } from '../../src/clean/html.js';
import { removeJunk } from '../../src/clean/junk.js';
import { detectLanguage } from '../../src/clean/language.js';
import { normaliseText } from '../../src/clean/normalise.js';
import { findDateline, parseMetadataDate } from '../../src/clean/published-date.js';
import type { RawReport, RecordFields } from '../../src/core/types.js';
import { EMPTY_FIELDS } from '../../src/ingest/record-fields.js';

function raw(fields: Partial<RecordFields>): RawReport {
  return {
    format: fields.html ? 'html' : 'text',
    origin: { kind: 'file', location: 'fixture', line: null },
    bytes: new Uint8Array(),
    sha256: 'x',
    receivedAt: '2020-01-01T00:00:00Z',
    fields: { ...EMPTY_FIELDS, ...fields },
    metadata: {},
    messages: [],
  };
}

const BODY = 'At least 17 people were killed when warplanes struck the village on Friday, rescuers said.';

test('normalising: exotic spaces, zero-width marks, soft hyphens, CRLF, blank runs; ZWNJ kept', () => {
  const cases: [string, string][] = [
    ['a\u00a0\u00a0b', 'a b'],
    ['x\u200by', 'xy'],
    ['soft\u00adhy', 'softhy'],
    ['a \n b', 'a\nb'],
    ['l1\r\n\r\n\r\n\r\nl2', 'l1\n\nl2'],
    ['tab\there', 'tab here'],
    ['  lead and trail  ', 'lead and trail'],
    ['می\u200cخواهم', 'می\u200cخواهم'],
    ['e\u0301', '\u00e9'],
    // A no-break space between thousands stays: "1 300" is one figure.
    ['1\u00a0300 tués', '1\u00a0300 tués'],
    ['1\u202f300', '1\u202f300'],
    ['nos\u00a0300', 'nos 300'],
    ['12\u00a030000', '12 30000'],
  ];
  for (const [input, want] of cases) assert.equal(normaliseText(input), want, JSON.stringify(input));
});

test('a trailing list of unrelated headlines is removed, the article kept', () => {
  const text = `${BODY}\nThe strike hit a market.\n- How to Help Victims of a Storm\n- The 46 Most Anticipated Movies of Summer\n- ‘We Are in a Moment of Reckoning.’ An Activist on Taking the Fight to the U.N.`;
  const r = removeJunk(text);
  assert.equal(r.text.trim(), `${BODY}\nThe strike hit a market.`);
  assert.deepEqual(r.removed.map((x) => x.rule), ['clean:headline-list', 'clean:headline-list', 'clean:headline-list']);
});

test('a bulleted list inside the article, of sentences, is kept', () => {
  const text = `${BODY}\n- Five people died in the market.\n- Twelve were wounded in the school.\nRescuers are still searching the rubble of the building for survivors this evening.`;
  assert.equal(removeJunk(text).removed.length, 0);
});

test('newsletter, share, credit and tag lines go; each removal is named and kept', () => {
  const text = [
    'Fight disinformation: Sign up for the free Daily newsletter and follow the news that matters.',
    BODY,
    'Share on Facebook',
    'A man carries a child from the rubble [Aleppo24]',
    'Photo Credits: Flickr',
    'Tags: Syria, Aleppo',
    'Support our journalism',
  ].join('\n');
  const r = removeJunk(text);
  assert.equal(r.text.trim(), BODY);
  assert.deepEqual(r.removed.map((x) => x.rule), [
    'clean:newsletter', 'clean:share', 'clean:photo-credit', 'clean:photo-credit', 'clean:tags', 'clean:newsletter',
  ]);
  assert.equal(r.removed[2]!.text, 'A man carries a child from the rubble [Aleppo24]');
});

test('a cookie banner goes, and its buttons; a sentence about cookies in the story stays', () => {
  const r = removeJunk(`We use cookies to improve your experience. Accept all\n${BODY}\nManage preferences\nAccept`);
  assert.equal(r.text.trim(), BODY);
  assert.deepEqual(r.removed.map((x) => x.rule), ['clean:cookies', 'clean:cookies', 'clean:cookies']);
  assert.equal(removeJunk(`${BODY}\nThe bakery had run out of flour for bread and cookies, residents said.`).removed.length, 0);
});

test('a link to another article after a prompt goes: "READ MORE: Car bomb kills 12 in Azaz"', () => {
  const r = removeJunk(`${BODY}\nREAD MORE: Car bomb kills 12 in Azaz\nSee also - Shelling kills 4 in Aleppo\n${BODY}`);
  assert.deepEqual(r.removed.map((x) => [x.rule, x.text]), [['clean:read-more', 'READ MORE: Car bomb kills 12 in Azaz'], ['clean:read-more', 'See also - Shelling kills 4 in Aleppo']]);
  // A sentence that opens on those words is the story: "Read more than 40 reports ..." has no prompt.
  assert.equal(removeJunk(`${BODY}\nWatch the video of the strike, which killed nine people.`).removed.length, 0);
});

test('a recommendations block goes with its short lines, up to the next paragraph', () => {
  const longPara = `${BODY} ${BODY} ${BODY}`;
  const text = `${BODY}\nWe Recommend\nLatest\nGet our award-winning magazine\nSave big on a full year of investigations.\n${longPara}`;
  const r = removeJunk(text);
  assert.equal(normaliseText(r.text), `${BODY}\n${longPara}`);
  assert.equal(r.removed.length, 4);
});

test('long paragraphs that mention donations or photos are never removed', () => {
  const p = `Residents said they had received no donations of food for weeks, and the photo shared by activists showed the destroyed bakery where ${BODY}`;
  assert.equal(removeJunk(p).removed.length, 0);
});

test('publication datelines in the forms outlets use', () => {
  const cases: [string, string][] = [
    ['Wed 05 Apr 2017 Syria attack symptoms', '2017-04-05'],
    ['Saturday 27 Aug 2016 Strikes hit', '2016-08-27'],
    ['03.10.2017 Russias Aerospace Forces', '2017-10-03'],
    ['23-07-2016 At least four killed', '2016-07-23'],
    ['Published April 15 2017 Airstrikes struck', '2017-04-15'],
    ['Date of publication 12 August 2016 Airstrikes', '2016-08-12'],
    ['Some headline here Last updated at Jul 012016 text', '2016-07-01'],
    ['August 22 2013 1849 UTC+3 Syria', '2013-08-22'],
    ['Tuesday 31 May 2016 18:14 Ten killed', '2016-05-31'],
    ['Amal Hanano – August 24, 2013\n\nIt’s August 16.', '2013-08-24'],
    ['07.07.2015Get short URL Topic', '2015-07-07'],
    ['Posted on April 4 2017 by Staff', '2017-04-04'],
  ];
  for (const [text, want] of cases) {
    const hit = findDateline(text);
    assert.equal(hit?.value, want, text);
    assert.equal(text.slice(hit!.evidence.start, hit!.evidence.end), hit!.evidence.quote);
  }
});

test('a date told inside the story is not a dateline', () => {
  assert.equal(findDateline('Rebels said the town fell on 5 April 2017 after weeks of siege.'), null);
  assert.equal(findDateline('No date at all in this text.'), null);
});

test('metadata dates: ISO kept as written, RFC 822, written dates, nonsense rejected', () => {
  assert.equal(parseMetadataDate('2016-11-05T23:30:00-05:00'), '2016-11-05');
  assert.equal(parseMetadataDate('Wed, 03 Feb 2016 14:00:00 GMT'), '2016-02-03');
  assert.equal(parseMetadataDate('5 November, 2016'), '2016-11-05');
  assert.equal(parseMetadataDate('soon'), null);
  assert.equal(parseMetadataDate('2016-13-45'), null);
});

test('HTML: main text with paragraphs, title leading it, scripts and navigation dropped', () => {
  const html = `<html lang="en"><head><title>Strike on hospital</title><script>window.x = 'never run'</script>
    <meta property="article:published_time" content="2016-04-28T09:30:00+03:00"></head>
    <body><nav>Home | World</nav><article><h1>Strike on hospital</h1>
    <p>${BODY} ${BODY}</p><p>Second paragraph about the <b>hospital</b>, which was hit directly by the raid.</p>
    <img src=x onerror="alert(1)"></article><footer>© 2016</footer></body></html>`;
  const h = htmlToText(html);
  assert.equal(h.publishedTime, '2016-04-28T09:30:00+03:00');
  assert.doesNotMatch(h.text, /never run|Home \| World|onerror/);
  assert.match(h.text, /\n\nSecond paragraph about the hospital, which/);
  const r = cleanReport(raw({ html }));
  assert.ok(r.text.startsWith('Strike on hospital\n\n'));
  assert.equal(r.title, 'Strike on hospital');
  assert.equal(r.publishedAt?.value, '2016-04-28');
  assert.equal(r.publishedAt?.rule, 'published:html-meta');
  assert.equal(r.language, 'en');
});

test('plain text: dateline found with evidence, byline not taken as title, junk counted', () => {
  const text = `Amal Hanano – August 24, 2013\n\nViolence in Aleppo\n\n${BODY}\n- Unrelated headline one\n- Unrelated headline two`;
  const r = cleanReport(raw({ text }));
  assert.equal(r.publishedAt?.value, '2013-08-24');
  assert.equal(r.publishedAt?.certainty, 'stated');
  assert.equal(r.title, 'Violence in Aleppo');
  assert.equal(r.removed.length, 2);
  assert.doesNotMatch(r.text, /Unrelated/);
  const ev = r.publishedAt!.evidence[0]!;
  assert.equal(r.text.slice(ev.start, ev.end), ev.quote);
});

test('no publication date: null and a message saying relative dates stay unresolved', () => {
  const r = cleanReport(raw({ text: BODY }));
  assert.equal(r.publishedAt, null);
  assert.ok(r.messages.some((m) => m.rule === 'clean:no-published-date' && m.source === 'fixture'));
});

test('a metadata date that is not a date is reported and the dateline used instead', () => {
  const r = cleanReport(raw({ text: `03.10.2017 ${BODY}`, publishedAt: 'yesterday-ish' }));
  assert.equal(r.publishedAt?.value, '2017-10-03');
  assert.ok(r.messages.some((m) => m.rule === 'clean:bad-published-date'));
});

test('a metadata date the text states at its opening keeps those words as its evidence (the dateline)', () => {
  const r = cleanReport(raw({ text: `AFP, Tuesday 13 Oct 2015\n${BODY}`, publishedAt: '2015-10-13' }));
  assert.deepEqual([r.publishedAt?.value, r.publishedAt?.evidence.map((e) => e.quote)], ['2015-10-13', ['Tuesday 13 Oct 2015']]);
  // Another date there is not the metadata's: no evidence is made up for it.
  const other = cleanReport(raw({ text: `AFP, Tuesday 13 Oct 2015\n${BODY}`, publishedAt: '2015-10-20' }));
  assert.deepEqual([other.publishedAt?.value, other.publishedAt?.evidence], ['2015-10-20', []]);
});

test('the report id is the input id, else the sha256 of the cleaned text', () => {
  assert.equal(cleanReport(raw({ text: BODY, id: 'r-1' })).id, 'r-1');
  assert.match(cleanReport(raw({ text: BODY })).id, /^[0-9a-f]{64}$/);
  assert.equal(cleanReport(raw({ text: `${BODY}\r\n` })).id, cleanReport(raw({ text: BODY })).id);
});

test('language: English and Arabic told apart; too little text is undetermined', () => {
  assert.equal(detectLanguage(`${BODY} ${BODY}`), 'en');
  assert.equal(detectLanguage('قتل سبعة عشر شخصا على الأقل في غارة جوية على قرية كفر ناها في ريف حلب الغربي يوم الجمعة'), 'ar');
  assert.equal(detectLanguage('Idlib'), null);
});

test('a caption that is all a report says is kept: a video description, a post', () => {
  const post = 'VIDEO: Moment a Russian missile hits a crowded shopping centre in Kremenchuk on Monday afternoon. At least 18 people were killed and 59 wounded, officials say.';
  assert.equal(removeJunk(post).text, post);
  // Beside a story, the caption still goes.
  const story = `${post}\n\nThe missile struck the shopping centre as hundreds of people were inside, the regional governor said, and rescuers were still searching the rubble on Tuesday morning for survivors.`;
  assert.deepEqual(removeJunk(story).removed.map((r) => r.rule), ['clean:photo-credit']);
});

test('a video\'s headline over its story is the report\'s headline, not a credit; its caption sentences still go', () => {
  const story = 'Video: The moment a Tochka-U missile struck Kramatorsk station\n\nFootage filmed by a bystander shows the crowd at the station seconds before the explosion on Friday morning.';
  assert.deepEqual(removeJunk(story).removed, []);
  // Not when it is told in sentences, or ends on a credit.
  assert.deepEqual(removeJunk(story.replace('station\n', 'station.\n')).removed.map((r) => r.rule), ['clean:photo-credit']);
  assert.deepEqual(removeJunk(story.replace('Kramatorsk station\n', 'Kramatorsk station (Reuters)\n')).removed.map((r) => r.rule), ['clean:photo-credit']);
  // Nor a label with a few words only.
  assert.deepEqual(removeJunk(story.replace('The moment a Tochka-U missile struck Kramatorsk station', 'Kramatorsk station')).removed.map((r) => r.rule), ['clean:photo-credit']);
});

test('language: a one-line English alert is English, with its weekday and its words of harm; French, Spanish and German are not', () => {
  assert.equal(detectLanguage('Syrian air strikes on a besieged town killed dozens of people on Wednesday, a monitoring group said.'), 'en');
  assert.equal(detectLanguage("Au moins 20 civils ont été tués dimanche lors d'une attaque contre le village de Sobane, dans le centre du Mali, selon des sources locales."), 'fr');
  assert.equal(detectLanguage('Al menos 20 civiles murieron el domingo en un ataque contra la aldea de Sobane, en el centro de Malí, según fuentes locales.'), 'es');
  assert.equal(detectLanguage('Mindestens 20 Zivilisten wurden am Sonntag bei einem Angriff auf das Dorf Sobane im Zentrum Malis getötet, sagten lokale Quellen.'), 'de');
});
