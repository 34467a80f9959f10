// The cheap tests the extractor runs before its costly patterns must never turn away words a pattern would
// take: checked on every sentence of the bundled FA-KES dev articles (CC BY 4.0, samples/fakes-dev) and of
// the golden fixtures, and on phrases written to each rule.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitSentences } from '../../src/extract/context.js';
import { rulesMissingCues } from '../../src/extract/victims.js';
import { ROOT } from '../helpers.js';

/** Every sentence of the bundled articles and the golden fixtures. */
function sentences(): string[] {
  const texts = readFileSync(join(ROOT, 'samples/fakes-dev/articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title?: string; text: string })
    .flatMap((a) => [a.title ?? '', a.text]);
  const golden = join(ROOT, 'test/golden');
  for (const f of readdirSync(golden).filter((f) => f.endsWith('.txt'))) texts.push(readFileSync(join(golden, f), 'utf8'));
  return texts.flatMap((t) => splitSentences(t).map((s) => t.slice(s.start, s.end)));
}

/** Phrases each count rule is written for, some in capitals. */
const RULE_PHRASES = [
  'The death toll rose to 86.',
  'THE NUMBER OF DEAD HAS RISEN TO 40.',
  'The toll exceeded 100 people.',
  'It surpassed 200.',
  'The blast brought the death toll to 30.',
  'The strike left 12 civilians dead.',
  'Leaving five people dead, the attack ended.',
  'The toll stood at 19. The death toll was 23.',
  'Rescuers pulled 14 bodies from the rubble. The remains of 3 children were found.',
  'Two men were tortured to death.',
  'The killing of a journalist. The murder of a child.',
  'A family of six, including four children, was killed.',
  'Three martyrs fell.',
  'The toll is between 10 and 15.',
  'The massacre of 40 villagers. The deaths of two girls.',
  'Gunmen shot dead a policeman. The army executed a man.',
  'Bomb kills mother and child.',
  'A strike killed Hamas commander Ahmed Ghandour. Gunmen assassinated the governor.',
  'The army lost 12 soldiers.',
  'All 298 people aboard were killed. 40 people on board died.',
  'A woman was killed. Seven civilians have died. 12 were slain. 20 people perished.',
  'Five people lost their lives. 17 fighters were massacred. Ten men were beheaded. 3 were gunned down.',
  'The strikes claimed the lives of 30 people. They crucified two men. Troops eliminated 15 militants.',
  'The number of wounded rose to 50. The injury toll climbed to 80.',
  'The number of injured exceeded 200.',
  'A child was injured. 14 people were wounded. Two were hurt. Three sustained injuries.',
  'The wounding of a medic. The injury of two nurses.',
  'Between 10 and 15 people were killed. Between 20 and 30 were injured.',
  'The shelling injured 10 people and wounded four more.',
  'Gunmen shot and killed three farmers.',
];

test('no count rule matches a sentence without one of its cues', () => {
  const all = [...sentences(), ...RULE_PHRASES, ...RULE_PHRASES.map((p) => p.toUpperCase())];
  assert.ok(all.length > 3000, `only ${all.length} sentences read`);
  const missed = all.flatMap((s) => rulesMissingCues(s).map((id) => `${id}: ${s}`));
  assert.deepEqual(missed, []);
});
