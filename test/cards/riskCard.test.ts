import assert from 'node:assert/strict';
import { renderView } from '../../cards';
import { answer } from '../../src/questions/answer';
import { ActionIndexCache, referenceIndexOf } from '../../src/questions/search';
import { understand } from '../../src/questions/understand';
import { button, visibleText } from '../helpers/botClient';
import { bundledReferenceData } from '../helpers/dataset';
import { datasetStore } from '../helpers/datasetStore';
import { validateCard } from '../helpers/validateCard';

/** A list cut short on a risk's card offers the button that shows it whole. */
const NOW = new Date('2026-11-23T10:00:00Z');

async function ask(question: string) {
  const data = await bundledReferenceData();
  const store = await datasetStore();
  const ctx = {
    store,
    data,
    asker: null,
    askerAadObjectId: null,
    organisationId: null,
    now: NOW,
    today: '2026-11-23',
    passages: referenceIndexOf(data),
    actionPassages: async () =>
      new ActionIndexCache().indexOf((await store.findActions({})).map((a) => a.value)),
  };
  const view = await answer(
    understand(question, { vocabulary: data.vocabulary, now: NOW }),
    ctx,
    question,
  );
  const { card } = renderView(view);
  validateCard(card);
  return { card, text: visibleText(card) };
}

describe('risk card lists', () => {
  it('shows a score the paper prints wrongly beside the product of its consequence and likelihood', async () => {
    const { text } = await ask('what is the initial score of the draft workforce risk');
    assert.match(text, /Initial\n5 x 4 = 20\n.*Extreme\n⚠ Printed as 25\nCurrent\n5 x 4 = 20/);
  });

  it('"…and 1 more" on "everything" comes with the button that shows the whole list', async () => {
    const everything = await ask('tell me everything about Group BAF 4');
    assert.match(everything.text, /…and 1 more\. Press Controls and gaps to see them all\./);
    const whole = button(everything.card, 'Controls and gaps');
    assert.equal(whole.data.question, 'Group BAF 4 controls and gaps');
    const controls = await ask(String(whole.data.question));
    assert.doesNotMatch(controls.text, /…and \d+ more/, 'asked on its own, the list is whole');
    const bulletsShown = controls.text.split('\n').filter((l) => l.startsWith('• ')).length;
    assert.ok(
      bulletsShown >= 13 + 6,
      `all 13 controls of the first cause and the rest: ${bulletsShown}`,
    );
  });

  it('a part asked for on its own comes before the data-quality box and the register facts', async () => {
    const { text } = await ask('BAF 3 controls');
    const at = (s: string) => {
      const i = text.indexOf(s);
      assert.ok(i >= 0, `the card shows ${s}`);
      return i;
    };
    assert.ok(at('Controls') < at('Data quality'), 'controls first');
    assert.ok(at('Controls') < at('Since initial scoring'), 'before the facts');
    const plain = await ask('BAF 3');
    assert.doesNotMatch(plain.text, /\nControls\n/, 'no part asked, none shown');
  });
});

describe('risk card: where the words asked beside a risk appear', () => {
  it('lists them first, valid, with each action’s lead and date, and no button lost', async () => {
    const { card, text } = await ask('what are we doing about racism on the culture risk');
    assert.match(
      text,
      /Where it mentions racism or TAR\n• Action Group BAF 4 action 2: Progressing NHSE letter/,
    );
    assert.match(text, /\(lead: Group Chief People Officer; due 31 March 2026\)/);
    assert.ok(button(card, 'Everything'), 'the drill-down buttons stay');
  });
});
