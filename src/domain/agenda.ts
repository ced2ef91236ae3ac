import type { IsoDate } from './common';
import type { AgendaItem, Workplan } from './meeting';

/**
 * A meeting's agenda pre-filled from the body's workplan: the items planned for that date ("X" or "As
 * required"), in workplan order. For a date the workplan does not cover, the standing items that come
 * to every meeting.
 */
export function agendaFromWorkplan(workplan: Workplan | null, date: IsoDate): AgendaItem[] {
  if (!workplan) return [];
  const covered = workplan.meetingDates.some((m) => m.date === date);
  const items = workplan.items.filter((item) =>
    covered
      ? item.plannedFor[date] !== undefined
      : /every meeting/i.test(item.frequency ?? item.frequencyLead ?? ''),
  );
  return items.map((item, i) => ({
    order: i + 1,
    section: item.section,
    title: item.title,
    type: item.type,
    lead: item.lead,
    part: 'public',
    asRequired: covered ? item.plannedFor[date] === 'As required' : false,
  }));
}
