import assert from 'node:assert/strict';
import { answerJson, cardJson } from '../../src/bot/cardJson';

/** An HTTP answer is exactly JSON.stringify's, whether or not its cards' JSON was made before. */
describe('bot: a card serialised once', () => {
  const card = () => ({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Group BAF 1 — “16” \\ é 😀' }] },
    ],
  });

  it('answers with the same JSON as JSON.stringify, the drawn cards spliced in', () => {
    const drawn = card();
    const other = card();
    cardJson(drawn);
    cardJson(other);
    const body = {
      activities: [
        { type: 'typing', timestamp: new Date('2026-01-29T10:00:00Z'), skipped: undefined },
        {
          type: 'message',
          attachments: [
            { contentType: 'application/vnd.microsoft.card.adaptive', content: drawn },
            { contentType: 'application/vnd.microsoft.card.adaptive', content: other },
          ],
          entities: [undefined, null, 1, 'x'],
        },
      ],
    };
    assert.equal(answerJson(body), JSON.stringify(body));
    assert.equal(
      answerJson({ statusCode: 200, value: drawn }),
      JSON.stringify({ statusCode: 200, value: drawn }),
    );
  });

  it('serialises a card it has not seen, and one deeper than a card can be, as JSON.stringify does', () => {
    const unseen = { activities: [{ attachments: [{ content: card() }] }] };
    assert.equal(answerJson(unseen), JSON.stringify(unseen));
    const deep = { a: { b: { c: { d: { e: { f: card() } } } } } };
    cardJson(deep.a.b.c.d.e.f);
    assert.equal(answerJson(deep), JSON.stringify(deep));
    for (const value of [undefined, null, 'text', 3, [1, undefined]])
      assert.equal(answerJson(value), JSON.stringify(value) ?? 'null');
  });

  it('leaves the answer it was given as it was', () => {
    const drawn = card();
    cardJson(drawn);
    const attachment = { content: drawn };
    const body = { activities: [{ attachments: [attachment] }] };
    answerJson(body);
    assert.equal(body.activities[0]!.attachments[0], attachment);
    assert.equal(attachment.content, drawn);
  });
});
