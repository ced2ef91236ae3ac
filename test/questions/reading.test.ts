import assert from 'node:assert/strict';
import type { Question } from '../../src/questions/question';
import { RULES } from '../../src/questions/rules';
import { referenceIndexOf } from '../../src/questions/search';
import { SpellCorrector } from '../../src/questions/text';
import { understand, type UnderstandContext } from '../../src/questions/understand';
import { bundledReferenceData } from '../helpers/dataset';
import { CLASSES, DIRECTORS, FOLLOW_UPS, ORIGINAL } from './phrasings';

/** Partial deep match: every field given in `expected` must equal the one in `actual`. */
function assertIncludes(actual: unknown, expected: unknown, path = 'question'): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} should be an array, got ${JSON.stringify(actual)}`);
    if (expected.every((e) => e !== null && typeof e === 'object')) {
      assert.equal(actual.length, expected.length, `${path} has ${actual.length} items`);
      expected.forEach((e, i) => assertIncludes(actual[i], e, `${path}[${i}]`));
    } else assert.deepEqual(actual, expected, path);
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(
      actual !== null && typeof actual === 'object',
      `${path} should be an object, got ${JSON.stringify(actual)}`,
    );
    for (const [k, v] of Object.entries(expected))
      assertIncludes((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else if (typeof expected === 'string' && typeof actual === 'string' && path.endsWith('.name'))
    assert.equal(actual.toLowerCase(), expected.toLowerCase(), path);
  else assert.deepEqual(actual, expected, `${path}`);
}

const NOW = new Date('2026-11-23T10:00:00Z');

describe('reading questions as directors ask them', () => {
  let ctx: UnderstandContext;
  before(async () => {
    const data = await bundledReferenceData();
    ctx = { vocabulary: data.vocabulary, now: NOW, passages: referenceIndexOf(data) };
  });
  const read = (text: string, last: Question | null = null): Question =>
    understand(text, { ...ctx, last });

  it('has over 300 phrasings, every intent the reader can give, and no phrasing twice', () => {
    // Every kind the rules decide on: a new kind needs phrasings here before this passes.
    const every = [...new Set(RULES.map((r) => r.kind.intent))];
    const table = [...ORIGINAL, ...DIRECTORS, ...CLASSES];
    assert.ok(
      table.length + FOLLOW_UPS.length >= 300,
      `${table.length + FOLLOW_UPS.length} phrasings`,
    );
    const covered = new Set(table.map(([, e]) => e.intent));
    assert.deepEqual(
      every.filter((i) => !covered.has(i)),
      [],
    );
    const texts = table.map(([t]) => t.toLowerCase());
    assert.deepEqual(
      texts.filter((t, i) => texts.indexOf(t) !== i),
      [],
    );
  });

  for (const [text, expected] of [...ORIGINAL, ...DIRECTORS, ...CLASSES])
    it(`reads ${JSON.stringify(text)} as ${String(expected.intent)}`, () => {
      assertIncludes(read(text), expected);
    });

  for (const [first, then, expected] of FOLLOW_UPS)
    it(`after ${JSON.stringify(first)}, reads ${JSON.stringify(then)} as ${String(expected.intent)}`, () => {
      assertIncludes(read(then, read(first)), expected);
    });

  it('answers a question that stands on its own as asked, whatever came before', () => {
    const last = read('what is BAF 4 score');
    assertIncludes(read('LPT risks above appetite', last), {
      intent: 'risk.list',
      registerId: 'reg-lpt-baf-2024-25',
    });
    assertIncludes(read('my overdue actions (page 2)', read('my overdue actions')), { page: 2 });
  });

  it('asks what "that" is when there is nothing to follow', () => {
    assertIncludes(read('who leads that?'), { intent: 'clarify' });
  });

  it('does not correct a prefixed word into its opposite ("unapproved" is not "approved")', () => {
    const corrector = new SpellCorrector(['approved', 'assigned', 'scheduled', 'score']);
    for (const word of ['unapproved', 'unassigned', 'rescheduled', 'disapproved'])
      assert.equal(corrector.correctWord(word), word);
  });

  it('reads only the start of a very long message, without failing', () => {
    assert.equal(read(`BAF 1 score ${'blah '.repeat(2000)}`).intent, 'risk.detail');
  });

  it('suggests close questions when it does not understand', () => {
    const question = read('how do the papers look for cats');
    assert.equal(question.intent, 'unknown');
    assert.ok(question.intent === 'unknown' && question.suggestions.length > 0);
  });
});
