import type { IsoDate } from './common';
import type { AgendaItem, Workplan } from './meeting';

/**
 * A meeting's agenda pre-filled from the body's workplan: the items planned for that date ("X" or "As
 * required"), in workplan order. For a date the workplan does not cover, the items it plans for every
 * meeting it does cover (as required where it always says so); for a workplan that plans no meetings,
 * those whose frequency says "every meeting". (The ticks decide: the Group workplan prints "Every
 * meeting" beside its annual effectiveness review, yet ticks it for none.)
 */
export function agendaFromWorkplan(workplan: Workplan | null, date: IsoDate): AgendaItem[] {
  if (!workplan) return [];
  const dates = workplan.meetingDates.map((m) => m.date);
  const covered = dates.includes(date);
  const plannedAt = (item: Workplan['items'][number]) =>
    covered ? [item.plannedFor[date]] : dates.map((d) => item.plannedFor[d]);
  const items = workplan.items.filter((item) =>
    dates.length
      ? plannedAt(item).every((p) => p !== undefined)
      : /every meeting/i.test(item.frequency ?? item.frequencyLead ?? ''),
  );
  return items.map((item, i) => ({
    order: i + 1,
    section: item.section,
    title: item.title,
    type: item.type,
    lead: item.lead,
    part: 'public',
    asRequired: dates.length > 0 && plannedAt(item).every((p) => p === 'As required'),
  }));
}

/** Business every meeting opens with, public or private: who is there, interests, the last minutes. */
const PROCEDURAL =
  /\b(apolog\w*|declarations? of interest|minutes of (the )?(previous|last) meeting|matters arising)\b/i;

/**
 * A new meeting's agenda: a public meeting's from the workplan; a private (Part II) meeting's only
 * the procedural items, since the public workplan does not list private business.
 */
export function agendaForMeeting(
  workplan: Workplan | null,
  date: IsoDate,
  part: 'public' | 'private',
): AgendaItem[] {
  const planned = agendaFromWorkplan(workplan, date);
  if (part === 'public') return planned;
  return planned
    .filter((item) => PROCEDURAL.test(item.title))
    .map((item, i) => ({ ...item, order: i + 1, part: 'private' as const, asRequired: false }));
}
