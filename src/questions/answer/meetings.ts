import type { IsoDate, Meeting, Minutes } from '../../domain';
import { formatDate, londonDateOf } from '../../domain/dates';
import type { Answer } from '../answers';
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
