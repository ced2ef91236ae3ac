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

/** A card opened from a list replaces it in Teams: every such card offers the way back, within limits. */
describe('the way back to a list', () => {
  it('puts "Back to the list" on any card, never beyond the five actions Teams shows', async () => {
    let inBody = 0;
    for (const [, view] of await cardGallery()) {
      const { card } = renderView({ ...view, backTo: 'show the LPT BAF heat map' } as typeof view);
      assert.ok((card.actions?.length ?? 0) <= 5);
      const back = button(card, 'Back to the list');
      assert.equal(back.data.question, 'show the LPT BAF heat map');
      if (!card.actions?.some((a) => a.title === 'Back to the list')) inBody++;
    }
    assert.ok(inBody > 0, 'a card with five actions already carries it under its body');
  });
  it('carries a long list question back on no button', async () => {
    const lpt = new Map(await cardGallery()).get('show the LPT BAF heat map')!;
    const long = { ...lpt, question: `show the LPT BAF heat map ${'please '.repeat(20)}` };
    const { card } = renderView(long);
    assert.equal(button(card, 'Open').data.back, undefined);
    const short = renderView({ ...lpt, question: 'show the LPT BAF heat map' } as typeof lpt);
    assert.equal(button(short.card, 'Open').data.back, 'show the LPT BAF heat map');
  });
});
