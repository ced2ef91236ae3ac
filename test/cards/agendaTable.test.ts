import assert from 'node:assert/strict';
import type { Table } from '../../cards/adaptiveCard';
import { agendaTable } from '../../cards/meetingCards';
import { meetingView } from '../../src/shared/views';
import { visibleText } from '../helpers/botClient';
import { bundledReferenceData } from '../helpers/dataset';

/**
 * Agenda tables never break a word in two at laptop width. A table's columns share the card's width
 * by weight after the fixed ones; Teams draws a full-width card at a 1366 px laptop about 560 px wide
 * inside its padding when the chat list is open. At Teams' small size (12 px Segoe UI) a character
 * takes at most about 7.5 px, bold about 8.
 */
const CARD_WIDTH = 560;
const CELL_PADDING = 16;

function columnWidths(table: Table): number[] {
  const fixed = table.columns.map((c) =>
    typeof c.width === 'string' && c.width.endsWith('px') ? Number(c.width.slice(0, -2)) : 0,
  );
  const weights = table.columns.map((c) => (typeof c.width === 'number' ? c.width : 0));
  const left = CARD_WIDTH - fixed.reduce((a, b) => a + b, 0);
  const total = weights.reduce((a, b) => a + b, 0);
  return table.columns.map((_, i) => fixed[i]! || (left * weights[i]!) / total);
}

describe('agenda tables at laptop width', () => {
  it('fit the longest word of every column, for every meeting in the dataset', async () => {
    const data = await bundledReferenceData();
    for (const meeting of data.meetings) {
      const table = agendaTable(meetingView(data, meeting))[0] as Table;
      const widths = columnWidths(table);
      table.rows.forEach((row) =>
        row.cells.forEach((cell, i) => {
          const longest = Math.max(
            ...visibleText(cell.items)
              .split(/\s+/)
              .map((w) => w.length),
          );
          const needed = longest * 8 + CELL_PADDING;
          assert.ok(
            needed <= widths[i]!,
            `${meeting.id}: "${visibleText(cell.items)}" needs ${needed} px in a ${Math.round(widths[i]!)} px column`,
          );
        }),
      );
    }
  });
});

describe('agenda tables where private business may be shown', () => {
  it('mark each private (Part II) item, and only those', async () => {
    const data = await bundledReferenceData();
    const meeting = data.meetings.find((m) => m.part === 'public' && m.agenda.length > 2)!;
    const view = meetingView(data, meeting);
    const marked = { ...view, agenda: view.agenda.map((a, i) => ({ ...a, private: i === 1 })) };
    const rows = (agendaTable(marked)[0] as Table).rows.map((r) =>
      visibleText(r.cells.flatMap((c) => c.items)),
    );
    const withMark = rows.filter((r) => r.includes('Part II: private business'));
    assert.equal(withMark.length, 1);
    assert.ok(withMark[0]!.includes(view.agenda[1]!.title.slice(0, 30)), withMark[0]);
  });
});
