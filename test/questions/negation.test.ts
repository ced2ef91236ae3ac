import assert from 'node:assert/strict';
import { negatedForms } from '../../src/questions/negation';

describe('a negated question, read three ways', () => {
  it('takes a contracted negation out, and the words it governs', () => {
    assert.deepEqual(negatedForms("which of my LPT BAF actions aren't due in may?"), {
      positive: 'which of my LPT BAF actions are due in may?',
      base: 'which of my LPT BAF actions?',
      phrase: 'due in may',
      excepting: false,
    });
  });

  it('takes the asker out with the negation: "am I not the lead" is about every action', () => {
    const forms = negatedForms('which improvement actions am i not the action lead on?');
    assert.equal(forms?.positive, 'which improvement actions am i the action lead on?');
    assert.equal(forms?.base, 'which improvement actions?');
  });

  it('reads "apart from X," as X left out, up to the clause’s end', () => {
    assert.deepEqual(negatedForms('apart from BAF 05, have i got any actions on the LPT BAF?'), {
      positive: 'BAF 05, have i got any actions on the LPT BAF?',
      base: 'have i got any actions on the LPT BAF?',
      phrase: 'BAF 05',
      excepting: true,
    });
    assert.equal(
      negatedForms('risks over appetite, not counting the draft one')?.base,
      'risks over appetite',
    );
  });

  it('reads "without" as "with", and says nothing of a question with no negation', () => {
    assert.equal(negatedForms('risks without a target')?.positive, 'risks with a target');
    assert.equal(negatedForms('which risks are above appetite?'), null);
    assert.equal(negatedForms('not'), null, 'a negation governing nothing');
  });
});

describe('a negation that is a condition', () => {
  it('is no list’s exception: "if the capital bid doesn’t come through"', () => {
    assert.equal(
      negatedForms("what's the plan on estates if the capital bid doesn't come through?"),
      null,
    );
  });
});
