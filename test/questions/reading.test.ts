import assert from 'node:assert/strict';
import type { Question } from '../../src/questions/question';
import { referenceIndexOf } from '../../src/questions/search';
import { understand, type UnderstandContext } from '../../src/questions/understand';
import { bundledReferenceData } from '../helpers/dataset';
import { DIRECTORS, FOLLOW_UPS, ORIGINAL } from './phrasings';

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
    // Listed by type: a new intent does not compile until it is listed here, and then needs phrasings.
    const every: Record<Question['intent'], true> = {
      'risk.detail': true,
      'risk.list': true,
      'risk.compare': true,
      'risk.owner': true,
      topic: true,
      'actions.list': true,
      'action.detail': true,
      'meeting.next': true,
      'meeting.last': true,
      'meeting.on': true,
      'meeting.agenda': true,
      'minutes.item': true,
      'minutes.resolutions': true,
      'minutes.meeting': true,
      'minutes.attendance': true,
      'minutes.declarations': true,
      'minutes.presenter': true,
      'matters-arising': true,
      'strategy.progress': true,
      paper: true,
      'committee.report': true,
      performance: true,
      'terms-of-reference': true,
      'people.who': true,
      'data-quality': true,
      help: true,
      greeting: true,
      secretary: true,
      unanswered: true,
      clarify: true,
      unknown: true,
    };
    const table = [...ORIGINAL, ...DIRECTORS];
    assert.ok(
      table.length + FOLLOW_UPS.length >= 300,
      `${table.length + FOLLOW_UPS.length} phrasings`,
    );
    const covered = new Set(table.map(([, e]) => e.intent));
    assert.deepEqual(
      Object.keys(every).filter((i) => !covered.has(i)),
      [],
    );
    const texts = table.map(([t]) => t.toLowerCase());
    assert.deepEqual(
      texts.filter((t, i) => texts.indexOf(t) !== i),
      [],
    );
  });

  for (const [text, expected] of [...ORIGINAL, ...DIRECTORS])
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

  it('reads only the start of a very long message, without failing', () => {
    assert.equal(read(`BAF 1 score ${'blah '.repeat(2000)}`).intent, 'risk.detail');
  });

  it('suggests close questions when it does not understand', () => {
    const question = read('how do the papers look for cats');
    assert.equal(question.intent, 'unknown');
    assert.ok(question.intent === 'unknown' && question.suggestions.length > 0);
  });
});
