import assert from 'node:assert/strict';
import { readQuestion, type ReadingContext } from '../../src/questions/entities';
import { referenceIndexOf } from '../../src/questions/search';
import {
  documentsNamed,
  differentDocuments,
  beside,
  sayOfEach,
  sideBySideSplits,
  withoutFraming,
} from '../../src/questions/sideBySide';
import { bundledReferenceData } from '../helpers/dataset';

describe('two documents side by side', () => {
  let ctx: ReadingContext;
  before(async () => {
    const data = await bundledReferenceData();
    ctx = {
      vocabulary: data.vocabulary,
      now: new Date('2026-11-23T10:00:00Z'),
      passages: referenceIndexOf(data),
      defaultRegisterId: 'reg-group-baf-2026-01',
    };
  });
  const docs = (text: string) => [...documentsNamed(readQuestion(text, ctx))].sort();

  it('names the documents a part of a message asks of', () => {
    assert.deepEqual(docs('what does the CEO report say about university status?'), [
      'paper:paper-gtb-2026-01-29-chief-executive',
    ]);
    assert.deepEqual(docs("what date did LPT's 2024 BAF give it?"), [
      'register:reg-lpt-baf-2024-25',
    ]);
    assert.deepEqual(docs('what the joint people committee told the board in December'), [
      'report:aaa-jpcc-2025-12-10',
    ]);
    assert.deepEqual(docs('David Maher said community waits were something to work on'), [
      'minutes',
    ]);
    assert.deepEqual(docs('how do the January 52-week figures look for NHFT and LPT?'), [
      'performance',
    ]);
  });

  it('does not take a subject for a document: a trust, a paper’s subject, a log’s section', () => {
    // "LPT staff" is no register; "the EMA event" beside the minutes is what they say.
    assert.deepEqual(docs('The minutes said 82% of LPT staff understand THRIVE'), ['minutes']);
    assert.deepEqual(docs('Minutes flagged an EMA event for both Boards in October.'), ['minutes']);
    assert.deepEqual(docs('what do the minutes say about the leadership conferences'), ['minutes']);
    // Alone, a paper's subject is its paper: only it says.
    assert.deepEqual(docs("what's the EMA doing on PAs?"), ['paper:paper-gtb-2026-01-29-ema']);
  });

  it('sets parts side by side only where each names a document the other does not', () => {
    const read = (t: string) => documentsNamed(readQuestion(t, ctx));
    assert.ok(
      differentDocuments(
        read('University status - where does the Group BAF action stand?'),
        read('what did the CEO report say about it?'),
      ),
    );
    assert.ok(!differentDocuments(read('What is BAF 1 scored at?'), read('who owns BAF 5?')));
    assert.ok(!differentDocuments(read('who owns BAF 5?'), read('and when is it due?')));
  });

  it('puts the subject said once into the part that left it out', () => {
    const split = {
      first: 'University status - where does the Group BAF action stand?',
      then: 'what did the CEO report say about it?',
    };
    assert.deepEqual(
      sayOfEach(split, readQuestion(split.first, ctx), readQuestion(split.then, ctx)),
      {
        first: split.first,
        then: 'what did the CEO report say about University status?',
        subject: 'University status',
      },
    );
    const dates = {
      first:
        "The principal investigators action on research - what date did LPT's 2024 BAF give it?",
      then: 'what date is on the Group BAF now?',
    };
    assert.equal(
      sayOfEach(dates, readQuestion(dates.first, ctx), readQuestion(dates.then, ctx))?.then,
      'The principal investigators action on research - what date is on the Group BAF now?',
    );
  });

  it('splits a message at words that compare, after a statement, and of each of two things', () => {
    assert.deepEqual(
      sideBySideSplits(
        'How does the LPT sickness figure in the performance report compare with what the joint people committee told the board?',
      )[0],
      {
        first: 'How does the LPT sickness figure in the performance report',
        then: 'what the joint people committee told the board?',
      },
    );
    assert.deepEqual(
      sideBySideSplits(
        'Talent Matters is in both the CEO report and the THRIVE report - do the dates line up?',
      )[0],
      {
        first: 'what does the CEO report say about Talent Matters',
        then: 'what does the THRIVE report say about Talent Matters',
      },
    );
    assert.deepEqual(
      sideBySideSplits(
        'the environmental ambition in Trust Ambitions and Group BAF 5 - what progress does each report?',
      )[0],
      {
        first: 'the environmental ambition in Trust Ambitions - what progress does it report?',
        then: 'Group BAF 5 - what progress does it report?',
      },
    );
    assert.deepEqual(
      beside("When's it due, and set it against the savings target in the Group value paper"),
      {
        first: "When's it due",
        then: 'set it against the savings target in the Group value paper',
      },
    );
    assert.equal(beside('when is it due?'), null);
    assert.equal(
      withoutFraming('December vacancy rate for LPT vs what BAF 06 says - side by side?'),
      'December vacancy rate for LPT vs what BAF 06 says?',
    );
  });
});
