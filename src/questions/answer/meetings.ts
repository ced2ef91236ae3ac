import type { IsoDate, Meeting, Minutes } from '../../domain';
import { formatDate, londonDateOf } from '../../domain/dates';
import type { Answer } from '../answers';
import type { Period } from '../question';
import type { MinuteItemView } from '../../shared/viewTypes';
import type { ReferenceData } from '../../shared/referenceData';
import type { AnswerContext } from './context';
import { actionView, citation, meetingView } from '../../shared/views';

/** The body a question means when it names none: the one with the most meetings on record. */
export function defaultBody(data: ReferenceData): string | null {
  const counts = new Map<string, number>();
  for (const m of data.meetings) counts.set(m.body, (counts.get(m.body) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function meetingsOf(data: ReferenceData, body: string | null): Meeting[] {
  const wanted = body ?? defaultBody(data);
  return data.meetings
    .filter((m) => m.body === wanted)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

function noMeetings(body: string | null): Answer {
  return {
    kind: 'meeting',
    mode: 'next',
    meeting: null,
    notes: [
      `There are no ${body ?? 'board'} meetings in Board Clerk yet. A board secretary can add them.`,
    ],
  };
}

export function answerNextMeeting(
  ctx: AnswerContext,
  body: string | null,
  mode: 'next' | 'agenda',
): Answer {
  const meetings = meetingsOf(ctx.data, body);
  if (!meetings.length) return noMeetings(body);
  const now = ctx.now.toISOString();
  const next = meetings.find((m) => m.startsAt > now);
  if (next)
    return {
      kind: 'meeting',
      mode,
      meeting: meetingView(ctx.data, next),
      notes: [],
    };
  const last = meetings[meetings.length - 1]!;
  return {
    kind: 'meeting',
    mode: mode === 'agenda' ? 'agenda' : 'last',
    meeting: meetingView(ctx.data, last),
    notes: [
      `No ${last.body} meeting is scheduled after ${formatDate(ctx.today)}. The last one was on ${formatDate(londonDateOf(last.startsAt))}; ${
        mode === 'agenda' ? 'this was its agenda' : 'it is shown below'
      }. A board secretary can add the next meeting.`,
    ],
  };
}

export function answerLastMeeting(
  ctx: AnswerContext,
  body: string | null,
  mode: 'last' | 'agenda',
): Answer {
  const now = ctx.now.toISOString();
  const past = meetingsOf(ctx.data, body).filter((m) => m.startsAt <= now);
  const last = past[past.length - 1];
  if (!last) return noMeetings(body);
  return {
    kind: 'meeting',
    mode,
    meeting: meetingView(ctx.data, last),
    notes: [],
  };
}

export function answerAgendaOn(ctx: AnswerContext, body: string | null, date: IsoDate): Answer {
  const meeting = meetingsOf(ctx.data, body).find((m) => londonDateOf(m.startsAt) === date);
  if (!meeting)
    return {
      kind: 'meeting',
      mode: 'agenda',
      meeting: null,
      notes: [
        `There is no ${body ?? defaultBody(ctx.data) ?? 'board'} meeting on ${formatDate(date)}. Meetings on record: ${meetingsOf(
          ctx.data,
          body,
        )
          .map((m) => formatDate(londonDateOf(m.startsAt)))
          .join(', ')}.`,
      ],
    };
  return {
    kind: 'meeting',
    mode: 'agenda',
    meeting: meetingView(ctx.data, meeting),
    notes: [],
  };
}

function minuteItemView(
  ctx: AnswerContext,
  minutes: Minutes,
  reference: string,
): MinuteItemView | null {
  const item = minutes.items.find((i) => i.reference.toUpperCase() === reference.toUpperCase());
  if (!item) return null;
  return {
    private: ctx.data.meetings.find((m) => m.id === minutes.meetingId)?.part === 'private',
    reference: item.reference,
    title: item.title,
    summary: item.summary,
    resolution: item.resolution,
    meeting: `${minutes.body}, ${formatDate(minutes.heldOn)}`,
    source: citation(ctx.data, {
      ...minutes.source,
      section: `${minutes.source.section}, ${item.reference}`,
    }),
  };
}

export async function answerMinuteItem(ctx: AnswerContext, reference: string): Promise<Answer> {
  const minutes = await ctx.store.findMinutesByReference(reference);
  for (const m of minutes) {
    const item = minuteItemView(ctx, m, reference);
    if (item) return { kind: 'minute-item', private: item.private, item, notes: [] };
  }
  // Some references name actions (GTB/25/2 was an action from 29 May 2025, closed at GTB/25/12).
  const action = (await ctx.store.findActions({})).find(
    (a) => a.value.reference.toUpperCase() === reference.toUpperCase(),
  );
  if (action)
    return {
      kind: 'action',
      action: actionView(ctx.data, action.value, ctx.today),
      history: null,
      notes: [`The minutes in Board Clerk do not include ${reference}; it is an action reference.`],
    };
  const known = ctx.data.minutes.map(
    (m) =>
      `${m.items[0]?.reference} to ${m.items[m.items.length - 1]?.reference} (${m.body}, ${formatDate(m.heldOn)})`,
  );
  return {
    kind: 'message',
    title: `I can't find minute ${reference}`,
    text: known.length
      ? `The minutes in Board Clerk cover ${known.join('; ')}.`
      : 'There are no minutes in Board Clerk yet.',
    suggestions: ctx.data.minutes.flatMap((m) =>
      m.items.slice(-1).map((i) => `What did the board resolve at ${i.reference}?`),
    ),
  };
}

export function answerResolutions(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): Answer {
  const wanted = body ?? defaultBody(ctx.data);
  const all = ctx.data.minutes
    .filter((m) => !wanted || m.body === wanted)
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const minutes = date
    ? (all.find((m) => m.heldOn >= date) ?? null)
    : (all[all.length - 1] ?? null);
  if (!minutes)
    return {
      kind: 'message',
      title: 'No minutes found',
      text: all.length
        ? `Minutes on record: ${all.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}.`
        : 'There are no minutes in Board Clerk yet.',
      suggestions: [],
    };
  const items = minutes.items
    .map((i) => minuteItemView(ctx, minutes, i.reference)!)
    .filter((i) => i.resolution !== null);
  return {
    kind: 'resolutions',
    meeting: `${minutes.body}, ${formatDate(minutes.heldOn)}`,
    items,
    source: citation(ctx.data, minutes.source),
    notes:
      date && minutes.heldOn.slice(0, 7) !== date.slice(0, 7)
        ? [`There are no minutes for ${formatDate(date)}; these are the next on record.`]
        : [],
  };
}

export async function answerMattersArising(
  ctx: AnswerContext,
  body: string | null,
): Promise<Answer> {
  const meetings = meetingsOf(ctx.data, body);
  const sheets = ctx.data.logs.filter((l) => l.type === 'minutes-action-sheet');
  const sheet =
    [...meetings]
      .reverse()
      .map((m) => sheets.find((l) => l.meetingId === m.id))
      .find((l) => l !== undefined) ?? sheets[0];
  if (!sheet)
    return {
      kind: 'message',
      title: 'No matters-arising sheet',
      text: 'There is no matters-arising action sheet in Board Clerk yet.',
      suggestions: [],
    };
  const meeting = ctx.data.meetings.find((m) => m.id === sheet.meetingId);
  const actions = (await ctx.store.findActions({ logId: sheet.id })).map((a) =>
    actionView(ctx.data, a.value, ctx.today),
  );
  return {
    kind: 'matters-arising',
    meeting: meeting
      ? `${meeting.body}, ${formatDate(londonDateOf(meeting.startsAt))}`
      : sheet.title,
    sheetNotes: sheet.notes,
    actions: actions.sort(
      (a, b) => (a.status === 'closed' ? 1 : 0) - (b.status === 'closed' ? 1 : 0),
    ),
    source: citation(ctx.data, sheet.source),
    notes: [],
  };
}

/** The minutes asked about: of the body, on (or in the month of) the date, else the latest. */
function minutesAsked(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): { minutes: Minutes | null; onRecord: Minutes[] } {
  const wanted = body ?? defaultBody(ctx.data);
  const onRecord = ctx.data.minutes
    .filter((m) => !wanted || m.body === wanted)
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  if (!date) return { minutes: onRecord[onRecord.length - 1] ?? null, onRecord };
  const sameDay = onRecord.find((m) => m.heldOn === date);
  const sameMonth = onRecord.find((m) => m.heldOn.slice(0, 7) === date.slice(0, 7));
  return { minutes: sameDay ?? sameMonth ?? null, onRecord };
}

function noMinutes(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  onRecord: Minutes[],
): Answer {
  const which = `${body ?? defaultBody(ctx.data) ?? 'board'}`;
  return {
    kind: 'message',
    title: date
      ? `The papers have no minutes of a ${which} meeting in ${formatMonth(date)}`
      : `The papers have no minutes of the ${which}`,
    text: onRecord.length
      ? `Minutes on record: ${onRecord.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}.`
      : 'There are no minutes in Board Clerk yet.',
    suggestions: onRecord
      .slice(-2)
      .map((m) => `Minutes of the ${m.body} on ${formatDate(m.heldOn)}`),
  };
}

/** "in June 2027", "on 3 March 2027", or the period's own words. */
function periodWords(period: Period): string {
  if (period.from && period.to && period.from === period.to) return `on ${formatDate(period.from)}`;
  if (
    period.from &&
    period.to &&
    period.from.slice(0, 7) === period.to.slice(0, 7) &&
    period.from.endsWith('-01')
  )
    return `in ${formatMonth(period.from)}`;
  return period.label.startsWith('between') ? period.label : `in ${period.label}`;
}

function formatMonth(date: IsoDate): string {
  return formatDate(date).replace(/^\d+\s+/, '');
}

const isPrivateMinutes = (ctx: AnswerContext, minutes: Minutes) =>
  ctx.data.meetings.find((m) => m.id === minutes.meetingId)?.part === 'private';

/** "Minutes of the September board": every item and what was resolved. */
export function answerMinutes(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): Answer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  return {
    kind: 'minutes',
    private: isPrivateMinutes(ctx, minutes),
    meeting: `${minutes.body}, ${formatDate(minutes.heldOn)}`,
    items: minutes.items.map((i) => minuteItemView(ctx, minutes, i.reference)!),
    attendance: {
      present: minutes.present.length,
      inAttendance: minutes.inAttendance.length,
      apologies: minutes.apologies.length,
    },
    notes: minutes.approvedAt ? [`These minutes were approved at ${minutes.approvedAt}.`] : [],
    source: citation(ctx.data, minutes.source),
  };
}

/** Who was there, who was in attendance, who sent apologies. */
export function answerAttendance(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  part: 'all' | 'present' | 'apologies',
): Answer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  const notes: string[] = [];
  if (part === 'apologies')
    notes.push(
      minutes.apologies.length
        ? `${minutes.apologies.length} apologies were recorded: ${minutes.apologies.map((a) => a.name).join(', ')}.`
        : 'The minutes record no apologies.',
    );
  else
    notes.push(
      `${minutes.present.length} members present, ${minutes.inAttendance.length} in attendance, ${minutes.apologies.length} apologies.`,
    );
  return {
    kind: 'attendance',
    private: isPrivateMinutes(ctx, minutes),
    meeting: `${minutes.body}, ${formatDate(minutes.heldOn)}`,
    part,
    present: minutes.present,
    inAttendance: minutes.inAttendance,
    apologies: minutes.apologies,
    notes,
    source: citation(ctx.data, minutes.source),
  };
}

/** The minute item about declarations of interest. */
export function answerDeclarations(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): Answer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  const item = minutes.items.find((i) => /declar|interest/i.test(i.title));
  if (!item)
    return {
      kind: 'message',
      title: `The minutes of ${minutes.body}, ${formatDate(minutes.heldOn)} record no declarations item`,
      text: 'The papers do not say whether interests were declared at that meeting.',
      suggestions: [`Minutes of the ${minutes.body} on ${formatDate(minutes.heldOn)}`],
    };
  const view = minuteItemView(ctx, minutes, item.reference)!;
  return { kind: 'minute-item', private: view.private, item: view, notes: [] };
}

/** Sentences of a minute item that say who presented it ("David Maher outlined…"). */
const PRESENTING =
  /([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,3})(?:,\s*[^,.]{3,80},)?\s+(?:presented|outlined|introduced|gave|took the board through|provided|led|joined the meeting|updated|reported|highlighted|explained)/g;

/** "Who presented the QSIR item?": the agenda's lead, and the names the minutes give. */
export function answerPresenter(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  words: string,
): Answer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  const hits = ctx.passages.search(words, { kinds: ['minute-item'], limit: 10 });
  const hit = hits.find((h) => h.doc.id.startsWith(`${minutes.id}#`));
  const item = hit
    ? minutes.items.find((i) => `${minutes.id}#${i.reference}` === hit.doc.id)
    : undefined;
  if (!item)
    return {
      kind: 'message',
      title: `I can't find an item about "${words}" in the minutes of ${minutes.body}, ${formatDate(minutes.heldOn)}`,
      text: `Its items: ${minutes.items.map((i) => `${i.reference} ${i.title}`).join('; ')}.`,
      suggestions: [`Minutes of the ${minutes.body} on ${formatDate(minutes.heldOn)}`],
    };
  const view = minuteItemView(ctx, minutes, item.reference)!;
  const meeting = ctx.data.meetings.find((m) => m.id === minutes.meetingId);
  const agendaLead = meeting?.agenda.find(
    (a) => a.title.toLowerCase() === item.title.toLowerCase(),
  )?.lead;
  const text = item.summary;
  const names = [...new Set([...text.matchAll(PRESENTING)].map((m) => m[1]!))].filter(
    (n) => !/^(The|Members|Group|Board|It)\b/.test(n),
  );
  const notes: string[] = [];
  if (names.length) notes.push(`The minutes name ${names.join(' and ')} presenting this item.`);
  else notes.push('The minutes do not name who presented this item.');
  if (agendaLead) notes.push(`The agenda gives its lead as ${agendaLead}.`);
  return { kind: 'minute-item', private: view.private, item: view, notes };
}

/** A meeting in a month or on a day: the one on record, or plainly that there is none. */
export function answerMeetingOn(ctx: AnswerContext, body: string | null, period: Period): Answer {
  const meetings = meetingsOf(ctx.data, body);
  const from = period.from ?? '0000-01-01';
  const to = period.to ?? '9999-12-31';
  const inside = meetings.filter((m) => {
    const d = londonDateOf(m.startsAt);
    return d >= from && d <= to;
  });
  if (inside[0])
    return {
      kind: 'meeting',
      mode: 'agenda',
      meeting: meetingView(ctx.data, inside[0]),
      notes: [],
    };
  const which = body ?? defaultBody(ctx.data) ?? 'board';
  const last = meetings[meetings.length - 1];
  const planned = ctx.data.workplans
    .filter((w) => w.body === which)
    .flatMap((w) => w.meetingDates)
    .filter((d) => d.date >= from && d.date <= to);
  if (planned[0])
    return {
      kind: 'message',
      title: `The ${which} workplan plans a meeting on ${formatDate(planned[0].date)}`,
      text: 'It is in the workplan but no meeting has been set up in Board Clerk yet; a board secretary can add it.',
      suggestions: [`When is the next ${which} meeting?`],
    };
  return {
    kind: 'message',
    title: `The papers have no ${which} meeting ${periodWords(period)}`,
    text: last
      ? `Meetings on record: ${meetings.map((m) => formatDate(londonDateOf(m.startsAt))).join(', ')}. The last is on ${formatDate(londonDateOf(last.startsAt))}; the workplan plans nothing later.`
      : `There are no ${which} meetings in Board Clerk yet.`,
    suggestions: [`When is the next ${which} meeting?`, `Agenda for the last ${which}`],
  };
}

/** A note saying the one thing asked about a meeting: when it starts, or where. */
export function meetingDetailNote(
  answer: Answer,
  detail: 'time' | 'place' | null | undefined,
): Answer {
  if (answer.kind !== 'meeting' || !answer.meeting || !detail) return answer;
  const m = answer.meeting;
  const note =
    detail === 'time'
      ? `${m.title} starts ${m.when.replace(/^\w+ /, 'on ')}.`
      : `${m.title} is at ${m.location}.`;
  return { ...answer, notes: [note, ...answer.notes] };
}
