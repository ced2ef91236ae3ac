import type { AgendaItem } from '../domain';
import { type AgendaItemDraft, AgendaItemType } from '../domain/meeting';

/**
 * The agenda editor's rules, as pure functions: a secretary adds, removes and reorders items, marks
 * them private (Part II) and sets their leads. The card sends each row as text (untrusted); here it
 * becomes the new agenda, or errors by input id to show next to the field.
 */

/** One row of the editor as the card shows it and sends it back. */
export interface AgendaRow {
  /** The item's number on the agenda as typed: moving an item is changing its number. */
  position: string;
  title: string;
  section: string;
  /** "Paper", "Verbal", "Presentation", or "" for none (the card's choice "none"). */
  type: string;
  lead: string;
  private: boolean;
  remove: boolean;
}

export const AGENDA_TYPES: readonly string[] = AgendaItemType.options;

/** The input id of a row's field: ids are unique in a card, so each carries its row. */
export function agendaInputId(row: number, field: keyof AgendaRow): string {
  return `item${row}_${field}`;
}

export const MAX_AGENDA_ROWS = 40;
const TITLE_MAX = 300;
const FIELD_MAX = 120;

export function rowsOf(agenda: readonly AgendaItem[]): AgendaRow[] {
  return agenda.map((item) => ({
    position: String(item.order),
    title: item.title,
    section: item.section,
    type: item.type ?? '',
    lead: item.lead ?? '',
    private: item.part === 'private',
    remove: false,
  }));
}

/** A new, empty row at the end. */
export function blankRow(position: number, privateMeeting = false): AgendaRow {
  return {
    position: String(position),
    title: '',
    section: '',
    type: '',
    lead: '',
    // (On a private meeting's agenda a new item is private, as all its business is.)
    private: privateMeeting,
    remove: false,
  };
}

/** A new row holding an item the secretary typed; private if they said so or the meeting is. */
export function filledRow(blank: AgendaRow, item: AgendaItemDraft): AgendaRow {
  return {
    ...blank,
    title: item.title,
    type: item.type ?? '',
    lead: item.lead ?? '',
    private: blank.private || !!item.private,
  };
}

/** The rows a card sent: `count` rows, each field read as text (toggles as "true"/"false"). */
export function readAgendaRows(raw: Record<string, unknown>, count: number): AgendaRow[] {
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const on = (v: unknown) => v === true || v === 'true';
  return Array.from({ length: Math.min(count, MAX_AGENDA_ROWS) }, (_, i) => ({
    position: str(raw[agendaInputId(i, 'position')]).trim(),
    title: str(raw[agendaInputId(i, 'title')]).trim(),
    section: str(raw[agendaInputId(i, 'section')]).trim(),
    type: str(raw[agendaInputId(i, 'type')])
      .trim()
      .replace(/^none$/, ''),
    lead: str(raw[agendaInputId(i, 'lead')]).trim(),
    private: on(raw[agendaInputId(i, 'private')]),
    remove: on(raw[agendaInputId(i, 'remove')]),
  }));
}

export type AgendaErrors = Record<string, string>;

/**
 * The agenda the rows describe. Rows match the agenda they were drawn from by index (the save is
 * etag-checked, so that agenda is the stored one); rows past its end are new items, and a new row left
 * without a title is ignored. Items are ordered by their numbers; an item given the number another
 * already has goes before it (that is what moving it there means). A new item with no section joins
 * the section of the item before it.
 */
export function applyAgendaRows(
  original: readonly AgendaItem[],
  rows: readonly AgendaRow[],
): { ok: true; agenda: AgendaItem[] } | { ok: false; errors: AgendaErrors } {
  const errors: AgendaErrors = {};
  const kept: { item: AgendaItem; position: number; moved: boolean; index: number }[] = [];
  rows.forEach((row, index) => {
    const before = original[index];
    if (row.remove || (!before && !row.title)) return;
    const id = (field: keyof AgendaRow) => agendaInputId(index, field);
    if (!row.title) errors[id('title')] = 'Give the item a title, or tick Remove.';
    else if (row.title.length > TITLE_MAX)
      errors[id('title')] = `Keep the title to ${TITLE_MAX} characters.`;
    for (const field of ['section', 'lead'] as const)
      if (row[field].length > FIELD_MAX) errors[id(field)] = `Keep it to ${FIELD_MAX} characters.`;
    if (row.type && !AGENDA_TYPES.includes(row.type))
      errors[id('type')] = `Choose ${AGENDA_TYPES.join(', ')} or none.`;
    const position = row.position ? Number(row.position) : before ? before.order : Infinity;
    if (!(position === Infinity || (Number.isInteger(position) && position >= 1)))
      errors[id('position')] = 'Enter the item’s number, for example 3.';
    kept.push({
      position,
      moved: !before || position !== before.order,
      index,
      item: {
        order: 0,
        section: row.section || before?.section || '',
        title: row.title,
        type: (row.type || null) as AgendaItem['type'],
        lead: row.lead || null,
        part: row.private ? 'private' : 'public',
        asRequired: before?.asRequired ?? false,
      },
    });
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  kept.sort(
    (a, b) => a.position - b.position || Number(b.moved) - Number(a.moved) || a.index - b.index,
  );
  let section = 'Other business';
  const agenda = kept.map(({ item }, i) => {
    section = item.section || section;
    return { ...item, order: i + 1, section };
  });
  return { ok: true, agenda };
}
