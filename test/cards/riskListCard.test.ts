import assert from 'node:assert/strict';
import { renderView } from '../../cards';
import { VERBS } from '../../cards/verbs';
import { button, input } from '../helpers/botClient';
import { cardGallery } from '../helpers/cardGallery';
import { pressWithNothingTyped } from '../helpers/cardInputs';

/** Every risk of a list is reachable, however many (Teams draws five card buttons at most). */
describe('risk list: every risk reachable', () => {
  it('opens each risk from its own row, and any risk from the choice', async () => {
    const lpt = new Map(await cardGallery()).get('show the LPT BAF heat map')!;
    const { card } = renderView(lpt);
    for (const n of ['01', '05', '09']) {
      const row = button(card, `BAF ${n}`);
      assert.equal(row.verb, VERBS.ask.name);
      assert.match(String(row.data.question), new RegExp(`LPT BAF ${Number(n)}$`, 'i'));
      assert.deepEqual(
        pressWithNothingTyped(card, `BAF ${n}`).sends,
        [],
        'a row sends no input: the choice below must not override its risk',
      );
    }
    const choice = input(card, 'question') as { choices: unknown[] };
    assert.equal(choice.choices.length, 9, 'all nine risks in the choice');
    assert.deepEqual(pressWithNothingTyped(card, 'Open').sends, ['question']);
  });
});
