import assert from 'node:assert/strict';
import { renderView } from '../../cards';
import { riskListCard } from '../../cards/riskListCard';
import { visibleText } from '../helpers/botClient';
import { cardGallery } from '../helpers/cardGallery';
import { AA, contrastProblems, contrastRatio, THEMES } from '../helpers/contrast';
import { validateCard } from '../helpers/validateCard';

/**
 * Cards read right in Teams light, dark and high contrast: every text meets WCAG AA on its background
 * in the light and dark themes, and what a colour means is also said in words (high contrast shows
 * none of the colours).
 */
describe('card palette and contrast', () => {
  it('measures contrast as WCAG does (the checks below can fail)', () => {
    assert.ok(contrastRatio('#000000', '#ffffff') > 20.9);
    // Teams' own "Warning" and "Good" text on white: what the walkthrough saw as unreadable.
    assert.ok(contrastRatio(THEMES.light.foreground.plain.warning.default, '#ffffff') < AA);
    assert.ok(contrastRatio(THEMES.light.foreground.plain.good.default, '#ffffff') < AA);
    assert.ok(contrastRatio(THEMES.dark.foreground.plain.attention.default, '#2d2c2c') < AA);
    assert.deepEqual(
      contrastProblems({
        type: 'Container',
        style: 'warning',
        items: [{ type: 'TextBlock', text: 'High', color: 'Warning' }],
      }).map((p) => p.split(':')[0]),
      ['light', 'dark'],
    );
  });

  it('every card Board Clerk draws meets AA in light and dark themes', async () => {
    const problems: string[] = [];
    for (const [name, view] of await cardGallery()) {
      const { card } = renderView(view);
      validateCard(card);
      problems.push(...contrastProblems(card).map((p) => `${name} — ${p}`));
    }
    assert.deepEqual(problems, []);
  });

  it('heat map: plots the draft risk (marked draft), tells moderate from high, says every band in words', async () => {
    const gallery = new Map(await cardGallery());
    const group = gallery.get('show the group BAF heat map')!;
    assert.equal(group.kind, 'risk-list');
    if (group.kind !== 'risk-list') return;
    const { card } = riskListCard(group);
    const cells = heatCells(card);
    const draft = cells.find((c) => /GROUP BAF DRAFT \(draft\)/.test(c.text));
    assert.ok(draft, 'the draft risk is plotted, marked as a draft');
    assert.match(draft.text, /20 · Extreme/);
    const style = (score: number) =>
      cells.find((c) => new RegExp(`\\b${score} · `).test(c.text))!.style;
    assert.notEqual(style(4), style(8), 'moderate and high cells differ');
    assert.notEqual(style(8), style(16), 'high and extreme cells differ');
    assert.notEqual(style(2), style(4), 'low and moderate cells differ');
    for (const c of cells)
      assert.match(c.text, /\d+ · (Low|Moderate|High|Extreme)/, `band in words: ${c.text}`);
    assert.match(
      visibleText(card),
      /Low \(1–3\).*Moderate \(4–6\).*High \(8–12\).*Extreme \(15–25\)/,
    );
  });
});

/** The heat map's 25 cells: their text and style. */
function heatCells(card: unknown): { text: string; style: string }[] {
  const table = (
    card as { body: { type: string; rows?: { cells: { style?: string; items: unknown[] }[] }[] }[] }
  ).body.find((e) => e.type === 'Table')!;
  return table
    .rows!.slice(1)
    .flatMap((r) =>
      r.cells.slice(1).map((c) => ({ text: visibleText(c.items), style: c.style ?? 'default' })),
    );
}
