import assert from 'node:assert/strict';
import { briefCard } from '../../cards/briefCard';
import { draw, MAX_CARD_BYTES } from '../../src/bot/outbox';
import type { BriefView } from '../../src/briefs';
import { visibleText } from '../helpers/botClient';
import { ALEX, asBrief, ask, briefWorld, OWEN } from '../helpers/briefWorld';
import { validateCard } from '../helpers/validateCard';

describe('the brief card', function () {
  this.timeout(20_000);
  let owen: BriefView;
  let preview: BriefView;

  before(async () => {
    const w = await briefWorld();
    owen = asBrief(await ask(w, OWEN, 'brief me'));
    preview = asBrief(await ask(w, ALEX, 'brief for Priya Desai'));
    assert.ok(owen.actions.length > 0, 'a brief with actions');
  });

  it('is a valid Adaptive Card within Teams limits, drawn in full, for a channel and as a preview', () => {
    for (const built of [
      draw(owen, { shared: false, boardMember: true }),
      draw(owen, { shared: true, boardMember: true }),
      draw(preview, { shared: false, boardMember: true }),
    ]) {
      validateCard(built.card);
      assert.ok(Buffer.byteLength(JSON.stringify(built.card)) <= MAX_CARD_BYTES);
    }
  });

  it('fits in full without the outbox shortening it, with the most actions a brief lists', () => {
    const most: BriefView = {
      ...owen,
      actions: Array.from({ length: 5 }, (_, i) => ({ ...owen.actions[0]!, id: `a${i}` })),
      moreActions: 7,
    };
    const size = Buffer.byteLength(JSON.stringify(briefCard(most).card));
    assert.ok(size <= MAX_CARD_BYTES, `${size} bytes`);
  });

  it('says the point in its notification and shows each part with its source', () => {
    const built = briefCard(owen);
    assert.match(
      built.summary,
      /^Your brief: Group Trust Board, Thursday 29 January 2026 at 3\.00pm\. \d+ of your actions due, 5 papers asking the board, 6 risks to look at\.$/,
    );
    const text = visibleText(built.card);
    for (const part of [
      /^Brief: Group Trust Board$/m,
      /Your actions overdue or due by the meeting/,
      /What the papers ask of the board \(5\)/,
      /^For approval$/m,
      /Risks to look at \(6\)/,
      /Above tolerance: 20 against an upper limit of 16/,
      /Matters arising/,
      /Agenda \(13 items\)/,
      /^9\. Group Board Assurance Framework — Paper, Directors of Governance and Risk$/m,
    ])
      assert.match(text, part);
    const sources = text.split('\n').filter((l) => l.startsWith('Source: ')).length;
    const items = owen.actions.length + owen.decisions.length + owen.risks.length;
    assert.ok(sources >= items + 3, `${sources} source lines for ${items} items`);
    // Each of Owen's actions has its Update button, which opens the action's progress card.
    const updates: { verb: string; actionId: string }[] = [];
    JSON.stringify(built.card, (_key, value: unknown) => {
      const v = value as {
        type?: string;
        title?: string;
        verb?: string;
        data?: { actionId?: string };
      };
      if (v?.type === 'Action.Execute' && v.title === 'Update')
        updates.push({ verb: v.verb!, actionId: v.data!.actionId! });
      return value;
    });
    assert.deepEqual(
      updates,
      owen.actions.map((a) => ({ verb: 'action.open', actionId: a.id })),
    );
  });

  it('tells a secretary whose brief it is and how it is sent', () => {
    const text = visibleText(briefCard(preview).card);
    assert.match(text, /^Preview of what Priya Desai gets$/m);
    assert.match(text, /Priya Desai has not added Board Clerk in a personal chat/);
    assert.match(briefCard(preview).summary, /^Preview of Priya Desai's brief: /);
  });
});
