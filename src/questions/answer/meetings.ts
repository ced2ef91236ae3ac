import { z } from 'zod';
import type { IsoDate, Meeting, MinuteItem, Minutes } from '../../domain';
import { Id, IsoDate as IsoDateSchema } from '../../domain/common';
import {
  daysBetween,
  formatDate,
  formatDateTime,
  formatMonth,
  formatTime,
  londonDateOf,
} from '../../domain/dates';
import type { ReferenceData } from '../../shared/referenceData';
import type { ActionView, Citation, MeetingView, MinuteItemView } from '../../shared/viewTypes';
import { actionView, citation, meetingView, printedDate } from '../../shared/views';
import { rolesHeldBy } from '../../domain/permissions';
import type { MessageAnswer, ReadAs } from '../answers';
import { kind } from '../kind';
import {
  ABBREVIATIONS,
  DECISION_CHECKED,
  DECISION_STATED,
  ITEM_ABBREVIATIONS,
  PARAPHRASES,
} from '../lexicon';
import { Period, Text } from '../question';
import {
  contentWords,
  escapeRegExp,
  hasPhrase,
  holdsEvery,
  list,
  normalise,
  sentencesOf,
  stem,
  stemsOf,
  words as wordsOf,
} from '../text';
import type { ActionAnswer } from './actions';
import { notLinked, type AnswerContext } from './context';
import { isPapersItem } from './papers';
import { answerSearch, type SearchAnswer, type SearchHitView } from './search';
import type { SearchHit } from '../search';

export interface MeetingAnswer {
  kind: 'meeting';
  mode: 'next' | 'last' | 'agenda' | 'first';
  meeting: MeetingView | null;
  /** "No Group Trust Board meeting is scheduled after 23 November 2026." */
  notes: string[];
  /** "Who presents the first item?", "items 9 and 10": the agenda items asked about (said first). */
  picked?: AgendaPick;
  /** Shown to a board secretary in their own chat, of a meeting still to come: its agenda can be edited. */
  editable?: boolean;
}

/** Agenda items by their place: one item, several by number ("items 9 and 10"), or the last few. */
export const AgendaPickSchema = z.union([
  z.number().int().min(1).max(99),
  z.literal('last'),
  z
    .array(z.union([z.number().int().min(1).max(99), z.literal('last')]))
    .min(2)
    .max(12),
  z.object({ last: z.number().int().min(2).max(12) }),
]);
export type AgendaPick = z.infer<typeof AgendaPickSchema>;

export interface MinuteItemAnswer {
  kind: 'minute-item';
  /** From a private meeting's minutes: never shown where others may see it. */
  private: boolean;
  item: MinuteItemView;
  notes: string[];
}

export interface ResolutionsAnswer {
  kind: 'resolutions';
  meeting: string;
  items: MinuteItemView[];
  source: Citation;
  notes: string[];
}

export interface MattersArisingAnswer {
  kind: 'matters-arising';
  meeting: string;
  sheetNotes: string[];
  actions: ActionView[];
  source: Citation;
  notes: string[];
}

export interface MinutesAnswer {
  kind: 'minutes';
  /** Minutes of a private meeting: never shown where others may see them. */
  private: boolean;
  meeting: string;
  items: MinuteItemView[];
  attendance: { present: number; inAttendance: number; apologies: number };
  notes: string[];
  source: Citation;
}

export interface AttendeeView {
  name: string;
  role: string;
}

/** Which part of a meeting's attendance is asked about. */
export type AttendancePart =
  | 'all'
  | 'present'
  | 'apologies'
  | 'chair'
  | 'minute-taker'
  /** Who sits on the board (its members, present or sending apologies), or only its NEDs or executives. */
  | 'members'
  | 'non-executive'
  | 'executive';

/** A member's role as the minutes print it: "LPT Non-Executive Director", "Group Chair". */
const NON_EXECUTIVE = /\bnon[- ]?executive\b|\bned\b|\bchair\b/i;

export interface AttendanceAnswer {
  kind: 'attendance';
  private: boolean;
  meeting: string;
  /** 'members': `present` holds the board's members (present or not), or the part of them asked for. */
  part: 'all' | 'present' | 'apologies' | 'members' | 'chair' | 'minute-taker';
  present: AttendeeView[];
  inAttendance: AttendeeView[];
  apologies: AttendeeView[];
  notes: string[];
  source: Citation;
}

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

/** The papers Board Clerk holds for a meeting, named in a note under its agenda. */
function withPapers(ctx: AnswerContext, answer: MeetingAnswer): MeetingAnswer {
  const id = answer.meeting?.id;
  const papers = id ? ctx.data.papers.filter((p) => p.meetingId === id) : [];
  // (The pack's performance and committee reports are papers of the meeting too.)
  const reports = id
    ? [
        ...ctx.data.performanceReports.filter((r) => r.meetingId === id).map((r) => r.title),
        ...ctx.data.committeeReports
          .filter((r) => r.meetingId === id)
          .map((r) => `${r.committee}: ${r.title}`),
      ]
    : [];
  if (!papers.length && !reports.length) return answer;
  return {
    ...answer,
    notes: [
      ...answer.notes,
      `Papers for this meeting in Board Clerk: ${[...papers.map((p) => `${p.title}${p.decision ? ` (for ${p.decision.type})` : ''}`), ...reports].join('; ')}.`,
    ],
  };
}

function noMeetings(body: string | null): MeetingAnswer {
  return {
    kind: 'meeting',
    mode: 'next',
    meeting: null,
    notes: [
      `There are no ${body ?? 'board'} meetings in Board Clerk yet. A board secretary can add them.`,
    ],
  };
}

/**
 * The meetings to choose from when one part is asked for ("agenda for the private board on 28
 * January", "the public board"): those of that part, if there are any (if not, the answer says the
 * one found is public).
 */
function ofPartAsked(meetings: Meeting[], privatePart: boolean | undefined): Meeting[] {
  if (privatePart === undefined) return meetings;
  const part = privatePart ? 'private' : 'public';
  const asked = meetings.filter((m) => m.part === part);
  return asked.length ? asked : meetings;
}

export function answerNextMeeting(
  ctx: AnswerContext,
  body: string | null,
  mode: 'next' | 'agenda',
  privatePart?: boolean,
  /** "When is the next paper deadline?": the next meeting that has one still to come, if any does. */
  deadline = false,
): MeetingAnswer {
  const meetings = ofPartAsked(meetingsOf(ctx.data, body), privatePart);
  if (!meetings.length) return noMeetings(body);
  const now = ctx.now.toISOString();
  const first =
    (deadline
      ? meetings.find((m) => m.startsAt > now && !!m.paperDeadline && m.paperDeadline > now)
      : undefined) ?? meetings.find((m) => m.startsAt > now);
  // A private (Part II) meeting before the public one the same day: the public one, which everyone
  // may see, unless the private part was asked for; the private one said beside it.
  const sameDayPublic =
    first?.part === 'private' && privatePart === undefined
      ? meetings.find(
          (m) =>
            m.part === 'public' &&
            m.startsAt > first.startsAt &&
            londonDateOf(m.startsAt) === londonDateOf(first.startsAt),
        )
      : undefined;
  const next = sameDayPublic ?? first;
  if (next)
    return withPapers(ctx, {
      kind: 'meeting',
      mode,
      meeting: meetingView(ctx.data, next),
      notes: sameDayPublic ? [privateMeetingBeside(first!, sameDayPublic)] : [],
    });
  const last = meetings[meetings.length - 1]!;
  return withPapers(ctx, {
    kind: 'meeting',
    mode: mode === 'agenda' ? 'agenda' : 'last',
    meeting: meetingView(ctx.data, last),
    notes: [
      `No ${last.body} meeting is scheduled after ${formatDate(ctx.today)}. The last one was on ${formatDate(londonDateOf(last.startsAt))}; ${
        mode === 'agenda' ? 'this was its agenda' : 'it is shown below'
      }. ${ctx.asker?.isBoardSecretary ? 'You can add the next meeting: say "new meeting".' : 'A board secretary can add the next meeting.'}`,
    ],
  });
}

/** "When was the inaugural board?": the first meeting on record. */
export function answerFirstMeeting(ctx: AnswerContext, body: string | null): MeetingAnswer {
  const first = meetingsOf(ctx.data, body)[0];
  if (!first) return noMeetings(body);
  return withPapers(ctx, {
    kind: 'meeting',
    mode: 'first',
    meeting: meetingView(ctx.data, first),
    notes: [
      `The first ${first.body} meeting on record was on ${formatDate(londonDateOf(first.startsAt))}${first.note ? ` (${first.note.toLowerCase()})` : ''}.`,
    ],
  });
}

/** How many times a body has met: the meetings on record held so far, each by its date. */
export function answerMeetingsHeld(
  ctx: AnswerContext,
  body: string | null,
  /** "How many times had it met before the January one?": those before this day. */
  before: IsoDate | null = null,
): MessageAnswer {
  const now = ctx.now.toISOString();
  const all = meetingsOf(ctx.data, body);
  const held = all.filter(
    (m) => m.startsAt <= now && (!before || londonDateOf(m.startsAt) < before),
  );
  const name = body ?? all[0]?.body ?? 'board';
  const dates = held.map((m) => formatDate(londonDateOf(m.startsAt)));
  const planned = all.filter((m) => m.startsAt > now).length;
  const when = before ? ` before ${formatDate(before)}` : '';
  return {
    kind: 'message',
    title: `${name}: ${held.length} ${held.length === 1 ? 'meeting' : 'meetings'} on record${when || ' so far'}`,
    text: [
      held.length
        ? `The papers record ${held.length} ${name} ${held.length === 1 ? 'meeting' : 'meetings'} held${when}: ${dates.join('; ')}.`
        : `The papers record no ${name} meeting held${when || ' yet'}.`,
      planned ? `${planned} more ${planned === 1 ? 'is' : 'are'} scheduled.` : '',
      'Meetings before the papers began are not on record.',
    ]
      .filter(Boolean)
      .join(' '),
    suggestions: [`When is the next ${name} meeting?`],
  };
}

export function answerLastMeeting(
  ctx: AnswerContext,
  body: string | null,
  mode: 'last' | 'agenda',
): MeetingAnswer {
  const now = ctx.now.toISOString();
  const past = meetingsOf(ctx.data, body).filter((m) => m.startsAt <= now);
  const last = past[past.length - 1];
  if (!last) return noMeetings(body);
  return withPapers(ctx, {
    kind: 'meeting',
    mode,
    meeting: meetingView(ctx.data, last),
    notes: [],
  });
}

export function answerAgendaOn(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate,
  privatePart?: boolean,
): MeetingAnswer {
  const ofTheDay = ofPartAsked(
    meetingsOf(ctx.data, body).filter((m) => londonDateOf(m.startsAt) === date),
    privatePart,
  );
  // A private (Part II) meeting and a public one the same day, neither asked for: the public one,
  // which everyone may see, with the private one said beside it (as for the next meeting).
  const meeting =
    privatePart === undefined
      ? (ofTheDay.find((m) => m.part === 'public') ?? ofTheDay[0])
      : ofTheDay[0];
  const privateBeside =
    privatePart === undefined && meeting?.part === 'public'
      ? ofTheDay.find((m) => m.part === 'private')
      : undefined;
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
  return withPapers(ctx, {
    kind: 'meeting',
    mode: 'agenda',
    meeting: meetingView(ctx.data, meeting),
    notes: privateBeside ? [privateMeetingBeside(privateBeside, meeting)] : [],
  });
}

/** A private meeting held the same day as the public one shown, said without its business. */
function privateMeetingBeside(held: Meeting, shown: Meeting): string {
  return `A private (Part II) ${held.body} meeting is held the same day, at ${formatTime(held.startsAt)}, ${held.startsAt < shown.startsAt ? 'before' : 'after'} this public one. Its agenda is shown to board members in a personal chat ("private board agenda").`;
}

export function minuteItemView(
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

export async function answerMinuteItem(
  ctx: AnswerContext,
  reference: string,
): Promise<MinuteItemAnswer | ActionAnswer | MessageAnswer> {
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

/**
 * Asked for the private part of a meeting ("what did the private board decide"): the papers hold no
 * private minutes for it, said plainly, with the public minutes there are.
 */
function noPrivateMinutes(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): MessageAnswer {
  const which = `${body ?? defaultBody(ctx.data) ?? 'board'}`;
  const wanted = body ?? defaultBody(ctx.data);
  const public_ = ctx.data.minutes
    .filter((m) => (!wanted || m.body === wanted) && !isPrivateMinutes(ctx, m))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  return {
    kind: 'message',
    title: `The papers do not include minutes of a private ${which} meeting${date ? ` in ${formatMonth(date)}` : ''}`,
    text: [
      'Board Clerk holds no private (Part II) minutes for it, so it cannot say what was decided in private.',
      ...(public_.length
        ? [
            `Public minutes on record: ${public_.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}.`,
          ]
        : []),
      // The closest the public papers come: a paper whose next report goes to a private board.
      ...ctx.data.papers
        .filter((p) => /\bprivate\b/i.test(p.cover?.nextReport ?? ''))
        .map(
          (p) =>
            `The ${p.title} paper (${p.date.printed}) says its next report goes to the ${p.cover?.nextReport}.`,
        ),
    ].join(' '),
    suggestions: public_
      .slice(-1)
      .map((m) => `What did the ${m.body} resolve on ${formatDate(m.heldOn)}?`),
  };
}

export function answerResolutions(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  privateOnly = false,
): ResolutionsAnswer | MessageAnswer {
  const wanted = body ?? defaultBody(ctx.data);
  const all = ctx.data.minutes
    .filter((m) => !wanted || m.body === wanted)
    .filter((m) => !privateOnly || isPrivateMinutes(ctx, m))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  if (privateOnly && !all.some((m) => !date || m.heldOn.slice(0, 7) >= date.slice(0, 7)))
    return noPrivateMinutes(ctx, body, date);
  const minutes = date
    ? (all.find((m) => m.heldOn >= date) ?? null)
    : (all[all.length - 1] ?? null);
  if (!minutes)
    return {
      kind: 'message',
      title: date ? `No minutes of ${formatDate(date)} or later are held` : 'No minutes found',
      text: [
        all.length
          ? `Minutes on record: ${all.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}.`
          : 'There are no minutes in Board Clerk yet.',
        lastMeetingWithoutMinutes(ctx, wanted, all),
      ]
        .filter(Boolean)
        .join(' '),
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
): Promise<MattersArisingAnswer | MessageAnswer> {
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
export function minutesAsked(
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
): MessageAnswer {
  const which = `${body ?? defaultBody(ctx.data) ?? 'board'}`;
  // A meeting on record that month whose minutes the papers do not hold: say when it was.
  const held = date
    ? meetingsOf(ctx.data, body).filter(
        (m) => londonDateOf(m.startsAt).slice(0, 7) === date.slice(0, 7),
      )
    : [];
  return {
    kind: 'message',
    title: held.length
      ? `The papers do not include the minutes of the ${which} meeting on ${[...new Set(held.map((m) => formatDate(londonDateOf(m.startsAt))))].join(' and ')}`
      : date
        ? `The papers do not include minutes of a ${which} meeting in ${formatMonth(date)}`
        : `The papers do not include minutes of the ${which}`,
    text: [
      held.length
        ? `The meeting is on record${held.some((m) => londonDateOf(m.startsAt) <= ctx.today) ? '' : ' (it is still to come)'}, but its minutes are not among the papers Board Clerk holds.`
        : '',
      onRecord.length
        ? `Minutes on record: ${onRecord.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}.`
        : 'There are no minutes in Board Clerk yet.',
    ]
      .filter(Boolean)
      .join(' '),
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
  // (A label that says its own preposition, "in the next two weeks", is said as it is.)
  return /^(between|in|on|by|since|after|before|from)\b/.test(period.label)
    ? period.label
    : `in ${period.label}`;
}

const isPrivateMinutes = (ctx: AnswerContext, minutes: Minutes) =>
  ctx.data.meetings.find((m) => m.id === minutes.meetingId)?.part === 'private';

/** "Minutes of the September board": every item and what was resolved. */
export function answerMinutes(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  privateOnly = false,
): MinutesAnswer | MessageAnswer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (privateOnly && !(minutes && isPrivateMinutes(ctx, minutes)))
    return noPrivateMinutes(ctx, body, date);
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
    // As the minutes print it ("Presented for approval to the Group Trust Board on 29 January 2026"):
    // whether they were then approved is for the next minutes to say.
    notes: minutes.approvedAt ? [`The minutes are marked: “${minutes.approvedAt}”.`] : [],
    source: citation(ctx.data, minutes.source),
  };
}

/** Roles a meeting's minutes give for its chair and for who took its minutes. */
const MEETING_ROLES = {
  chair: { role: /\bchair\b/i, not: /\b(deputy|vice)\b/i, says: 'chaired the meeting' },
  'minute-taker': { role: /\bminutes?\b|\bminute taker\b/i, not: null, says: 'took the minutes' },
} as const;

/**
 * Whether someone, named or by their role ("the NHFT chief medical officer"), was at a meeting: present,
 * in attendance or sent apologies, as its minutes list them. `who` may give alternatives, comma-separated.
 */
function whetherThere(minutes: Minutes, who: string): string {
  const asked = who
    .split(',')
    .map((alt) => contentWords(normalise(alt)))
    .filter((w) => w.length);
  const listed = (list: Minutes['present']) =>
    list.filter((a) => {
      const hay = ` ${normalise(`${a.name} ${a.role}`)} `;
      return asked.some((words) => words.every((w) => hay.includes(` ${w} `)));
    });
  const at = `${minutes.body}, ${formatDate(minutes.heldOn)}`;
  const said = [
    ...listed(minutes.present).map((a) => `${a.name} (${a.role}) was present at ${at}.`),
    ...listed(minutes.inAttendance).map((a) => `${a.name} (${a.role}) was in attendance at ${at}.`),
    ...listed(minutes.apologies).map(
      (a) => `${a.name} (${a.role}) was not there: the minutes of ${at} record their apologies.`,
    ),
  ];
  return said.length
    ? said.join(' ')
    : `The minutes of ${at} do not list ${who} as present, in attendance or sending apologies.`;
}

/** Who was there, who was in attendance, who sent apologies; who chaired it and took its minutes. */
export function answerAttendance(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  part: AttendancePart,
  who: string | null = null,
  /** Only the people of these trusts: "which of them are NHFT?". */
  organisationIds: readonly string[] = [],
  /** Only one side of the board: "just the NEDs". */
  side: 'non-executive' | 'executive' | null = null,
): AttendanceAnswer | MessageAnswer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  const trusts = trustsNamed(ctx, organisationIds);
  // (Of a trust and a side, "NHFT non-executive directors": the trust's count says both.)
  const narrowed = (answer: AttendanceAnswer) => {
    const sided = side ? ofSide(side, answer, !trusts) : answer;
    return trusts ? ofTrusts(trusts, sided, side ? SIDE_NAMES[side] : 'people') : sided;
  };
  const notes: string[] = who ? [whetherThere(minutes, who)] : [];
  // "Was it in person or virtual?": where and when it was held, from the meeting's record.
  const held = meetingsOf(ctx.data, minutes.body).find(
    (m) => londonDateOf(m.startsAt) === minutes.heldOn,
  );
  const heldNote = held
    ? [
        `The meeting was held ${/\b(teams|virtual|online|zoom|video)\b/i.test(held.location) ? 'virtually, on' : 'at'} ${held.location}, on ${formatDateTime(held.startsAt)}.`,
      ]
    : [];
  if (part === 'members' || part === 'non-executive' || part === 'executive') {
    const seen = new Set<string>();
    const members = [...minutes.present, ...minutes.apologies]
      .filter((a) => !seen.has(a.name) && seen.add(a.name))
      .filter((a) =>
        part === 'members'
          ? true
          : part === 'non-executive'
            ? NON_EXECUTIVE.test(a.role)
            : !NON_EXECUTIVE.test(a.role),
      );
    const which =
      part === 'members'
        ? 'members'
        : part === 'non-executive'
          ? 'non-executive members'
          : 'executive members';
    notes.push(
      members.length
        ? `${members.length} ${which} of the ${minutes.body}, as the minutes of ${formatDate(minutes.heldOn)} list them (present or sending apologies). Those in attendance are not members.`
        : `The minutes of ${minutes.body}, ${formatDate(minutes.heldOn)} list no ${which}.`,
    );
    return narrowed({
      kind: 'attendance',
      private: isPrivateMinutes(ctx, minutes),
      meeting: `${minutes.body}, ${formatDate(minutes.heldOn)}`,
      part: 'members',
      present: members,
      inAttendance: [],
      apologies: [],
      notes,
      source: citation(ctx.data, minutes.source),
    });
  }
  if (part === 'chair' || part === 'minute-taker') {
    const { role, not, says } = MEETING_ROLES[part];
    const who = [...minutes.present, ...minutes.inAttendance].filter(
      (a) => role.test(a.role) && !(not && not.test(a.role)),
    );
    notes.push(
      who.length
        ? // ("NHFT Trust Board and Committee Secretary (minutes)": the part said, not bracketed twice.)
          `${who.map((a) => `${a.name} (${a.role.replace(/\s*\((minutes|minute taker)\)\s*$/i, '')})`).join(' and ')} ${says}, as the minutes of ${minutes.body}, ${formatDate(minutes.heldOn)} record.`
        : `The minutes of ${minutes.body}, ${formatDate(minutes.heldOn)} do not say who ${says}.`,
    );
  } else if (!trusts && !side)
    // (Of the trusts or the side asked about, `ofTrusts` and `ofSide` count them instead.)
    notes.push(
      part !== 'apologies'
        ? `${minutes.present.length} members present, ${minutes.inAttendance.length} in attendance, ${minutes.apologies.length} apologies.`
        : minutes.apologies.length
          ? `${minutes.apologies.length} apologies were recorded: ${minutes.apologies.map((a) => a.name).join(', ')}.`
          : 'The minutes record no apologies.',
    );
  notes.push(...heldNote);
  return narrowed({
    kind: 'attendance',
    private: isPrivateMinutes(ctx, minutes),
    meeting: `${minutes.body}, ${formatDate(minutes.heldOn)}`,
    part:
      part === 'apologies' || part === 'present' || part === 'chair' || part === 'minute-taker'
        ? part
        : 'all',
    present: minutes.present,
    inAttendance: minutes.inAttendance,
    apologies: minutes.apologies,
    notes,
    source: citation(ctx.data, minutes.source),
  });
}

const SIDE_NAMES = {
  'non-executive': 'non-executive directors',
  executive: 'executives and others',
} as const;

/** Who was present, in attendance and sent apologies, of those whose printed role passes `test`. */
function whoseRoles(
  answer: AttendanceAnswer,
  test: (role: string) => boolean,
): Pick<AttendanceAnswer, 'present' | 'inAttendance' | 'apologies'> {
  const keep = (list: AttendanceAnswer['present']) => list.filter((a) => test(a.role));
  return {
    present: keep(answer.present),
    inAttendance: keep(answer.inAttendance),
    apologies: keep(answer.apologies),
  };
}

/** Those of one side of the board, by the roles the minutes print ("NHFT Non-Executive Director"). */
function ofSide(
  side: 'non-executive' | 'executive',
  answer: AttendanceAnswer,
  counted = true,
): AttendanceAnswer {
  const { present, inAttendance, apologies } = whoseRoles(
    answer,
    (role) => NON_EXECUTIVE.test(role) === (side === 'non-executive'),
  );
  const who = SIDE_NAMES[side].replace(/^\w/, (c) => c.toUpperCase());
  return {
    ...answer,
    present,
    inAttendance,
    apologies,
    notes: [
      ...(counted
        ? [
            `${who}, by the roles the minutes print: ${present.length} present, ${inAttendance.length} in attendance, ${apologies.length} apologies.`,
          ]
        : []),
      ...answer.notes,
    ],
  };
}

/** The short names of the trusts asked about ("NHFT"), as the minutes print them in roles. */
function trustsNamed(ctx: AnswerContext, organisationIds: readonly string[]): string[] | null {
  const names = ctx.data.organisations
    .filter((o) => organisationIds.includes(o.id))
    .map((o) => o.shortName);
  return names.length ? names : null;
}

/**
 * Attendance narrowed to the people of some trusts, by the role the minutes print beside each name
 * ("NHFT Non-Executive Director"), with how many of each list that leaves said first.
 */
function ofTrusts(
  names: readonly string[],
  answer: AttendanceAnswer,
  /** Who they are: "people", "non-executive directors". */
  who = 'people',
): AttendanceAnswer {
  const pattern = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'i');
  const { present, inAttendance, apologies } = whoseRoles(answer, (role) => pattern.test(role));
  const trusts = names.join(' or ');
  const listed = (n: number, of: number, what: string) => `${n} of the ${of} ${what}`;
  const lead =
    answer.part === 'apologies'
      ? `${listed(apologies.length, answer.apologies.length, 'apologies')} ${apologies.length === 1 ? 'was' : 'were'} from ${trusts}${apologies.length ? `: ${apologies.map((a) => `${a.name} (${a.role})`).join(', ')}` : ''}.`
      : `${trusts} ${who}, by the roles the minutes print: ${listed(present.length, answer.present.length, 'present')}, ${listed(inAttendance.length, answer.inAttendance.length, 'in attendance')}, ${listed(apologies.length, answer.apologies.length, 'apologies')}.`;
  // "More apologies from LPT or NHFT?": each trust's count, and which has more.
  const counted = answer.part === 'apologies' ? apologies : present;
  const each = names.map((n) => ({
    n,
    count: counted.filter((a) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(a.role)).length,
  }));
  const most = Math.max(...each.map((e) => e.count));
  const byTrust =
    names.length > 1
      ? `${answer.part === 'apologies' ? 'Apologies' : 'Present'} by trust: ${each.map((e) => `${e.n} ${e.count}`).join(', ')}${each.filter((e) => e.count === most).length === 1 ? `; most from ${each.find((e) => e.count === most)!.n}` : '; level'}.`
      : null;
  return {
    ...answer,
    present,
    inAttendance,
    apologies,
    notes: [...(byTrust ? [byTrust] : []), lead, ...answer.notes],
  };
}

/** The minute item about declarations of interest. */
export function answerDeclarations(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): MinuteItemAnswer | MessageAnswer {
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

/** What the minutes say of whoever brought an item: "Sharon Murphy outlined…", "… joined the meeting". */
const PRESENTING_VERB =
  /\s(?:presented|outlined|introduced|gave|took the board through|provided|led|joined the meeting|updated|reported|highlighted|explained)\b/;
/**
 * Verbs that only ever say who brought the item: where the minute has one, the others ("Kamy Basra
 * highlighted the conferences" after "which David Williams presented") are members speaking to it.
 */
const PRESENTED_VERB = /\s(?:presented|introduced|took the board through|joined the meeting)\b/;
const NAME = /[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,3}/g;

/**
 * The people a minute names bringing its item: in each sentence, the names before the verb, each
 * followed by its role or nothing ("Julie Shepherd, NHFT Improvement Director and Josh Meadows, NHFT
 * Advanced Physiotherapy Practitioner joined the meeting": both people, neither role).
 */
function presentersIn(text: string, strict = false): string[] {
  const names = new Set<string>();
  const sentences = text.split(/(?<=[.;])\s+/);
  const verbs = sentences.some((s) => PRESENTED_VERB.test(s)) ? PRESENTED_VERB : PRESENTING_VERB;
  for (const [at, sentence] of sentences.entries()) {
    // (Strictly, for a list of every item's presenters: "outlined" or "explained" in answer to a
    // question, or late in the minute, is someone replying, not who brought the item.)
    if (
      strict &&
      verbs === PRESENTING_VERB &&
      (at > 1 || /\b(asked|query|question|response|responded|raised)\b/i.test(sentence))
    )
      continue;
    const verb = verbs.exec(sentence);
    if (!verb) continue;
    for (const part of sentence.slice(0, verb.index).split(/,?\s+and\s+|;\s*/)) {
      const name = [...part.matchAll(NAME)].find((m) => {
        const after = part.slice(m.index + m[0].length);
        return after === '' || after.startsWith(',');
      })?.[0];
      if (name && !/^(The|Members|Group|Board|It|In)\b/.test(name)) names.add(name);
    }
  }
  return [...names];
}

/** Words with the short forms items are titled in full spelt out ("baf" is "board assurance framework"). */
function spelledOut(words: string): string {
  return words.replace(/[a-z]+/g, (w) => ITEM_ABBREVIATIONS[w] ?? w);
}

/** The minute item about some words: in the minutes asked about, or (none asked) in any. */
function minuteItemAbout(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  words: string,
  /** The item is named (who presented "the people report"): one word asked must be its title's. */
  named = false,
): { minutes: Minutes; item: MinuteItem; partly?: string[] } | MessageAnswer {
  const oneWordOfTitle = (h: SearchHit) => !named || h.titleMatch || h.wordsAsked > 1;
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  // (Words as a risk is printed, "GROUP BAF 1", are spelt out as typed ones are.)
  const hits = ctx.passages.search(spelledOut(words.toLowerCase()), {
    kinds: ['minute-item'],
    limit: 10,
  });
  // Most of the words asked must match: one shared word ("annual") does not make the item.
  // An item holding every one of three or more words asked comes before one whose title has some of
  // them ("sharing productivity and efficiency plans" is said in the EMA item, not the QSIR one).
  const every = (h: SearchHit) => h.wordsAsked >= 3 && h.wordsMatched === h.wordsAsked;
  // Of those, one saying them together comes first: "the EMA event" is said in the environmental
  // analysis ("an annual East Midlands Alliance (EMA) event"), not in the EMA paper's item, which
  // only has "events" somewhere in it.
  const together = phraseOf(words);
  const said = (h: SearchHit) => !!together && together.test(normalise(h.doc.text));
  const good = hits
    .filter(
      (h) =>
        h.wordsMatched * 3 >= h.wordsAsked * 2 &&
        oneWordOfTitle(h) &&
        (h.titleMatch || h.wordsMatched === h.wordsAsked || said(h)),
    )
    .sort(
      (a, b) =>
        Number(every(b) || said(b)) - Number(every(a) || said(a)) ||
        Number(said(b)) - Number(said(a)),
    );
  const whole =
    good.find((h) => h.doc.id.startsWith(`${minutes.id}#`)) ??
    (date || body ? undefined : good.find((h) => h.titleMatch));
  // "Armed forces veterans at the September board": no item has them all; the one of that meeting
  // that clearly stands out for some of them ("veterans"), said to be only part of what was asked.
  const inThese = hits.filter((h) => h.doc.id.startsWith(`${minutes.id}#`));
  const part =
    !whole &&
    inThese[0] &&
    inThese[0].score >= 2 * (inThese[1]?.score ?? 0) &&
    oneWordOfTitle(inThese[0])
      ? inThese[0]
      : undefined;
  const hit = whole ?? part;
  const where = hit ? onRecord.find((m) => hit.doc.id.startsWith(`${m.id}#`)) : undefined;
  const item = where?.items.find((i) => `${where.id}#${i.reference}` === hit!.doc.id);
  if (!where || !item)
    return {
      kind: 'message',
      title: `I can't find an item about "${words}" in the minutes of ${minutes.body}, ${formatDate(minutes.heldOn)}`,
      text: `Its items: ${minutes.items.map((i) => `${i.reference} ${i.title}`).join('; ')}.`,
      suggestions: [`Minutes of the ${minutes.body} on ${formatDate(minutes.heldOn)}`],
    };
  return { minutes: where, item, ...(part ? { partly: part.matched } : {}) };
}

/**
 * "What did the board agree about corporate benchmarking?": no minute held has it, but a paper
 * reports it ("both Boards agreed in 2024 to pursue a shared service"): the papers' passages, after
 * saying the minutes do not.
 */
async function reportedInThePapers(
  ctx: AnswerContext,
  words: string,
  /** As asked: the words of the decision ("agree") find the sentence that reports it. */
  asked: string,
  notMinuted: MessageAnswer,
): Promise<SearchAnswer | null> {
  if (!ctx.passages.holdsSubject(words, 'paper-section')) return null;
  const found = await answerSearch(ctx, asked || words, 'topic', null, []);
  return found.kind === 'search'
    ? { ...found, notes: [`${notMinuted.title}; the papers report it.`, ...found.notes] }
    : null;
}

/**
 * Words asked said together, as a passage would print them: in order, with at most one word between
 * two of them (an abbreviation in brackets, "alliance (EMA) event"). Null for fewer than three words.
 */
function phraseOf(words: string): RegExp | null {
  // (Without the words that ask of it: "date" of "the date of the EMA event".)
  const asked = normalise(spelledOut(words.toLowerCase()))
    .split(' ')
    .filter((w) => w && !/^(date|dates|time|when|day|details?|outcome|figures?)$/.test(w));
  if (asked.length < 3) return null;
  return new RegExp(`\\b${asked.map(escapeRegExp).join('(?: [a-z0-9]+)? ')}\\b`);
}

/** "How many times has the board met?": the meetings held so far, counted and dated. */
export const meetingsHeld = kind(
  'meetings.held',
  { body: Text.nullable(), before: IsoDateSchema.nullable().optional() },
  (q, ctx) => answerMeetingsHeld(ctx, q.body, q.before ?? null),
);

/** "What came out of the QSIR presentation?": the minute item, with what was resolved. */
export function answerMinuteAbout(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  words: string,
  figures: string | null = null,
): MinuteItemAnswer | MessageAnswer {
  const found = minuteItemAbout(ctx, body, date, words);
  if ('kind' in found) return found;
  const view = minuteItemView(ctx, found.minutes, found.item.reference)!;
  const again = backOnAgenda(ctx, found.minutes, found.item);
  return {
    kind: 'minute-item',
    private: view.private,
    item: view,
    notes: [
      ...(again ? [again] : []),
      ...(found.partly
        ? [
            `${found.item.reference} mentions ${found.partly.join(', ')}, below; no item of these minutes is about all of “${words}”.`,
          ]
        : []),
      ...(figures ? figureSentences(found.item, figures) : wordsQuoted(found.item, words)),
    ],
  };
}

/**
 * "When did the board last look at the BAF?": a minute is where it was last recorded, but the item may
 * have come back to a later meeting whose minutes Board Clerk does not hold yet. The latest public
 * agenda item after it with the minute's title (or one holding it) is said, so the minute is not read
 * as the last time.
 */
function backOnAgenda(ctx: AnswerContext, minutes: Minutes, item: MinuteItem): string | null {
  // The same item under a title a little shorter or longer ("East Midlands Alliance (EMA) Common Board
  // Paper", "East Midlands Alliance Common Board Paper"), three words at least: "Service Presentation"
  // is another presentation.
  const wordsOf = (t: string) =>
    new Set(
      normalise(t)
        .split(' ')
        .filter((w) => w.length > 2 && !/^(the|and|for|with|from)$/.test(w))
        .map(stem),
    );
  const minuted = wordsOf(item.title);
  const sameItem = (title: string) => {
    const agenda = wordsOf(title);
    const [small, big] = agenda.size <= minuted.size ? [agenda, minuted] : [minuted, agenda];
    return small.size >= 3 && [...small].every((w) => big.has(w));
  };
  const later = ctx.data.meetings
    .filter((m) => m.part === 'public' && londonDateOf(m.startsAt) > minutes.heldOn)
    .filter((m) => londonDateOf(m.startsAt) <= ctx.today)
    .flatMap((m) =>
      m.agenda
        .filter((a) => a.part === 'public' && !a.minuteReference && sameItem(a.title))
        .map((a) => ({ m, a })),
    )
    .sort((x, y) => y.m.startsAt.localeCompare(x.m.startsAt));
  const last = later[0];
  if (!last) return null;
  const held = ctx.data.minutes.some((x) => x.meetingId === last.m.id);
  return `It came back to the ${last.m.body} on ${formatDate(londonDateOf(last.m.startsAt))} (“${last.a.title}” on its agenda)${held ? '' : '; Board Clerk holds no minutes of that meeting yet'}.`;
}

/** A minute long enough to be cut short on its card: the sentences of it asked about are quoted. */
const LONG_MINUTE = 500;

/**
 * "What was the pressure ulcer project they presented?": in a long minute, the sentences holding most
 * of the words asked (at least two), quoted first, so the card's shortened text does not hide them.
 */
function wordsQuoted(item: MinuteItem, words: string): string[] {
  const text = (item.printedText ?? [item.summary]).join(' ');
  const asked = [...stemsOf(words)].map(paraphraseOf);
  if (text.length < LONG_MINUTE || asked.length < 2) return [];
  const held = (s: string) => {
    const own = new Set([...stemsOf(s)].map(paraphraseOf));
    return asked.filter((w) => own.has(w)).length;
  };
  // The two holding most of them (two words at least), in the minute's order: the words that find the
  // item ("the NOF") and those of what was said ("work on together") are often in different sentences.
  const sentences = sentencesOf(text);
  const top = new Set(
    [...sentences]
      .filter((s) => held(s) >= 2)
      .sort((a, b) => held(b) - held(a))
      .slice(0, 2),
  );
  // An exchange told over a few sentences ("…whether veterans are a focus… There are issues around
  // funding… a webinar on Veteran Services") holds more of the words than any two apart: quoted whole.
  const exchange = exchangeQuoted(sentences, asked);
  const quoted =
    exchange && exchange.covered > heldOf([...top], asked).size
      ? exchange.sentences
      : sentences.filter((s) => top.has(s));
  return quoted.map((s) => `“${s.trim()}”`);
}

/** The words asked (as stems, paraphrases as one) that some sentences hold between them. */
function heldOf(sentences: readonly string[], asked: readonly string[]): Set<string> {
  const own = new Set(sentences.flatMap((s) => [...stemsOf(s)].map(paraphraseOf)));
  return new Set(asked.filter((w) => own.has(w)));
}

/**
 * Up to three sentences in a row holding the most of the words asked between them (two at least),
 * then the most mentions of them, then the fewest sentences.
 */
function exchangeQuoted(
  sentences: readonly string[],
  asked: readonly string[],
): { sentences: string[]; covered: number } | null {
  const mentions = (s: string) => {
    const own = [...stemsOf(s)].map(paraphraseOf);
    return asked.filter((w) => own.includes(w)).length;
  };
  let best: { sentences: string[]; covered: number; mentions: number } | null = null;
  for (let at = 0; at < sentences.length; at++)
    for (let size = 1; size <= 3 && at + size <= sentences.length; size++) {
      const run = sentences.slice(at, at + size);
      // (A run begins and ends with a sentence holding a word asked: nothing idle at its edges.)
      if (!mentions(run[0]!) || !mentions(run.at(-1)!)) continue;
      const covered = heldOf(run, asked).size;
      const said = run.reduce((n, s) => n + mentions(s), 0);
      if (
        covered >= 2 &&
        (!best ||
          covered > best.covered ||
          (covered === best.covered && said > best.mentions) ||
          (covered === best.covered && said === best.mentions && size < best.sentences.length))
      )
        best = { sentences: run, covered, mentions: said };
    }
  return best && { sentences: best.sentences, covered: best.covered };
}

/**
 * "What were the recruitment numbers in that?": the minute's sentences that print a number and hold a
 * word asked, quoted; or plainly that it prints none.
 */
function figureSentences(item: MinuteItem, words: string): string[] {
  // ("The headline numbers" asks for every figure of it, not figures about headlines.)
  const asked = contentWords(normalise(words))
    .filter((w) => !ANY_FIGURE_WORDS.has(w))
    .map(stem);
  const quoted = sentencesOf((item.printedText ?? [item.summary]).join(' ')).filter((s) => {
    if (!/\d/.test(s)) return false;
    const own = new Set(contentWords(normalise(s)).map(stem));
    return !asked.length || asked.some((w) => own.has(w));
  });
  return quoted.length
    ? quoted.map((s) => `“${s.trim()}”`)
    : [`The minute prints no figures about ${words}.`];
}

/** Words that ask for a minute's figures without saying which. */
const ANY_FIGURE_WORDS = new Set(
  'headline headlines key main big numbers number figures figure stats statistics data'.split(' '),
);

/** The lead the agenda gives an item of a meeting without minutes ("who is presenting the BAF in January"). */
function agendaItemLead(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate,
  words: string,
  /** Only an item whose title holds every word asked. */
  strictly = false,
): MeetingAnswer | null {
  const meeting = meetingsOf(ctx.data, body).find(
    (m) =>
      londonDateOf(m.startsAt) === date.slice(0, 10) ||
      londonDateOf(m.startsAt).slice(0, 7) === date.slice(0, 7),
  );
  if (!meeting) return null;
  const hit = ctx.passages
    .search(spelledOut(words), { kinds: ['agenda-item'], limit: 40 })
    .find((h) => h.doc.id.startsWith(`${meeting.id}#agenda-`) && h.titleMatch);
  const item = meeting.agenda.find((a) => hit?.doc.id === `${meeting.id}#agenda-${a.order}`);
  if (!item || (strictly && !holdsEvery(item.title, contentWords(normalise(words)).map(stem))))
    return null;
  // The paper for the item names who brings it ("Kate Dyer … and Richard Smith …"). The agenda may
  // add to the paper's title ("Chief Executive Report (to include feedback from Group SEB)").
  const paper = ctx.data.papers.find((p) => p.meetingId === meeting.id && isPapersItem(p, item));
  return withPapers(ctx, {
    kind: 'meeting',
    mode: 'agenda',
    meeting: meetingView(ctx.data, meeting),
    notes: [
      item.lead
        ? `The agenda gives the lead for "${item.title}" as ${item.lead}.`
        : `The agenda names no lead for "${item.title}".`,
      ...(paper?.cover.sponsor ? [`Its paper is brought by ${paper.cover.sponsor}.`] : []),
    ],
  });
}

/** The meeting whose agenda a question about who will lead an item means: the next, else the last. */
function agendaMeetingDate(ctx: AnswerContext, body: string | null): IsoDate | null {
  const withAgenda = meetingsOf(ctx.data, body).filter((m) => m.agenda.length);
  const meeting =
    withAgenda.find((m) => londonDateOf(m.startsAt) >= ctx.today) ?? withAgenda.at(-1);
  return meeting ? londonDateOf(meeting.startsAt) : null;
}

/**
 * "Who presented the QSIR item?": the agenda's lead, and the names the minutes give. Asked of a meeting
 * to come ("who is down to lead the BAF item"), the agenda's lead for the item.
 */
export function answerPresenter(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  words: string,
  upcoming = false,
  /** Who the asker thinks presented it ("was it Sharon Murphy who…"): said to be so, or not. */
  claimed: string | null = null,
): MinuteItemAnswer | MeetingAnswer | MessageAnswer {
  if (upcoming) {
    const on = date ?? agendaMeetingDate(ctx, body);
    const lead = on && agendaItemLead(ctx, body, on, words);
    if (lead) return lead;
  } else if (!date) {
    // ("Who leads the staffing investigation item?": an item of a meeting to come, when its title
    // holds every word, before the minutes of those held.)
    const on = agendaMeetingDate(ctx, body);
    const lead = on && on >= ctx.today && agendaItemLead(ctx, body, on, words, true);
    if (lead) return lead;
  }
  const found = minuteItemAbout(ctx, body, date, words, true);
  if ('kind' in found) return (date && agendaItemLead(ctx, body, date, words)) || found;
  const { minutes, item } = found;
  const view = minuteItemView(ctx, minutes, item.reference)!;
  const meeting = ctx.data.meetings.find((m) => m.id === minutes.meetingId);
  const agendaLead = meeting?.agenda.find(
    (a) => a.title.toLowerCase() === item.title.toLowerCase(),
  )?.lead;
  const text = item.summary;
  const names = presentersIn(text);
  const notes: string[] = [];
  const believed = claimed
    ? names.some((n) => normalise(n) === normalise(claimed))
      ? 'Yes. '
      : `Not ${claimed.replace(/\b[a-z]/g, (c) => c.toUpperCase())}. `
    : '';
  if (names.length)
    notes.push(`${believed}The minutes name ${names.join(' and ')} presenting this item.`);
  else
    notes.push(
      `${believed && believed !== 'Yes. ' ? believed : ''}The minutes do not name who presented this item.`,
    );
  if (agendaLead) notes.push(`The agenda gives its lead as ${agendaLead}.`);
  return { kind: 'minute-item', private: view.private, item: view, notes };
}

/**
 * "What did Manjit Darby suggest about BAF 1?": the sentences of the minutes that name the person,
 * those about the words asked first.
 */
export function answerSaid(
  ctx: AnswerContext,
  asked: string,
  words: string,
): SearchAnswer | MessageAnswer {
  // The name as the minutes print it ("Manjit Darby"), for saying back.
  const attendee = ctx.data.minutes
    .flatMap((m) => [...m.present, ...m.inAttendance, ...m.apologies])
    .find((a) => normalise(a.name) === normalise(asked));
  const listed = attendee?.name;
  const name = listed ?? asked;
  const spoken = (m: Minutes) =>
    m.items.some((i) =>
      normalise((i.printedText ?? [i.summary]).join(' ')).includes(normalise(asked)),
    );
  if (!listed && !ctx.data.minutes.some(spoken))
    return {
      kind: 'message',
      title: `The papers don't mention ${name}`,
      text: `No one of that name is present, in attendance or sending apologies in the minutes Board Clerk holds (${ctx.data.minutes.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}), and none records them speaking.`,
      suggestions: ['Who attended the September board?'],
    };
  const surname = name.trim().split(/\s+/).at(-1)!.toLowerCase();
  const wanted = contentWords(normalise(words)).map(stem);
  const found: { hit: SearchHitView; score: number }[] = [];
  for (const minutes of ctx.data.minutes)
    for (const item of minutes.items) {
      const text = (item.printedText ?? [item.summary]).join(' ');
      const all = sentencesOf(text);
      const named = new RegExp(`\\b${surname}\\b`, 'i');
      // What they said, and the reply to it when the next sentence is one ("Kate Dyer agreed…"), or
      // the rest of what they said when it goes on ("This will be accompanied by…").
      const kept = all.map(
        (t, i) =>
          named.test(t) ||
          // What they agreed to, when their sentence points back to it ("Richard Smith agreed this
          // would be taken forward": the suggestion before it).
          (i + 1 < all.length &&
            named.test(all[i + 1]!) &&
            /\b(agreed|accepted|undertook|confirmed|welcomed)\b.*\b(this|that|it|the suggestion)\b/i.test(
              all[i + 1]!,
            )) ||
          (i > 0 &&
            named.test(all[i - 1]!) &&
            (/\b(agreed|confirmed|responded|replied|assured|explained|advised|acknowledged)\b/i.test(
              t,
            ) ||
              /^(This|These|He|She|They)\b/.test(t))),
      );
      // Sentences not next to each other in the minutes are quoted with "…" between them.
      const quoted = all
        .map((t, i) => (kept[i] ? t : kept[i - 1] ? '…' : ''))
        .filter(Boolean)
        .join(' ')
        .replace(/\s*…\s*$/, '');
      if (!kept.some(Boolean)) continue;
      const about = `${item.title} ${quoted}`.toLowerCase();
      const score = wanted.filter((w) => about.includes(w)).length;
      found.push({
        score,
        hit: minuteHit(ctx, minutes, item, quoted, [name]),
      });
    }
  found.sort((a, b) => b.score - a.score);
  if (!found.length)
    return {
      kind: 'message',
      title: `The minutes do not record anything ${name} said`,
      text: `Board Clerk holds the minutes of ${ctx.data.minutes.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}; none names ${name} speaking.`,
      suggestions: ['Who attended the September board?'],
    };
  const onTopic = found.filter((f) => f.score > 0);
  const notes =
    wanted.length && !onTopic.length
      ? [
          `The minutes do not record ${name} saying anything about ${words}; this is what they do record.`,
        ]
      : [];
  return {
    kind: 'search',
    title: `What ${name} said, as the minutes record it`,
    // ("1 minute records…" reads as a length of time: the items of the minutes, and who they are.)
    intro: `${name}${attendee ? ` (${attendee.role})` : ''} speaks in ${found.length} item${found.length === 1 ? '' : 's'} of the minutes${onTopic.length ? `, ${onTopic.length} about ${words}` : ''}.`,
    risks: [],
    hits: (onTopic.length ? onTopic : found).map((f) => f.hit),
    notes,
    suggestions: [],
  };
}

/** What a minute item records someone saying, as a passage of the papers with its source. */
function minuteHit(
  ctx: AnswerContext,
  minutes: Minutes,
  item: MinuteItem,
  excerpt: string,
  matched: string[],
): SearchHitView {
  return {
    record: item.reference,
    where: `the minutes of the ${minutes.body}, ${formatDate(minutes.heldOn)}`,
    title: item.title,
    excerpt,
    matched,
    source: citation(ctx.data, {
      ...minutes.source,
      section: `${minutes.source.section}, ${item.reference}`,
    }),
    ask: `What did the board resolve at ${item.reference}?`,
    ...(isPrivateMinutes(ctx, minutes) ? { private: true as const } : {}),
  };
}

/** Whether a word of a sentence is a word asked ("expanded" and "expanding"; "taken" and "take"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (short.length >= 4 && long.startsWith(short)) || paraphraseOf(a) === paraphraseOf(b);
}

/** Each stemmed word of the lexicon's paraphrases, and the group it means ("expand": "broaden"). */
const PARAPHRASE_GROUP = new Map(
  PARAPHRASES.flatMap((group) => group.map((w) => [stem(w), group[0]!] as const)),
);
function paraphraseOf(stemmed: string): string {
  return PARAPHRASE_GROUP.get(stemmed) ?? `=${stemmed}`;
}

/** A reply to the sentence before it: "Kate Dyer agreed it would be taken forward". */
const REPLY =
  /\b(agreed|confirmed|responded|replied|assured|explained|advised|acknowledged|undertook)\b/i;

/**
 * "Who suggested expanding the BAF 1 descriptor?": the sentence of the minutes that says it, and the
 * people it names (those the minutes list as present, in attendance or sending apologies).
 */
export function answerWhoSaid(
  ctx: AnswerContext,
  words: string,
  context = '',
  claimed?: string,
): SearchAnswer | MessageAnswer {
  const asked = [...new Set(contentWords(normalise(words)).map(stem))];
  // The minute's own words ("baf"), though common elsewhere, tell which of its sentences is meant.
  const around = [
    ...new Set(
      wordsOf(normalise(context))
        .filter((w) => w.length > 1 || /\d/.test(w))
        .map(stem),
    ),
  ].filter((w) => !asked.includes(w));
  const wanted = [...asked, ...around];
  const found: { hit: SearchHitView; score: number; names: string[] }[] = [];
  const wordsIn = (t: string, of = wanted) => {
    const said = wordsOf(normalise(t)).map(stem);
    return of.filter((w) => said.some((s) => sameWord(s, w))).length;
  };
  for (const minutes of ctx.data.minutes) {
    const people = [...minutes.present, ...minutes.inAttendance, ...minutes.apologies].map(
      (a) => a.name,
    );
    const namedIn = (t: string) => people.filter((n) => t.includes(n));
    for (const item of minutes.items) {
      const all = sentencesOf((item.printedText ?? [item.summary]).join(' '));
      for (let i = 0; i < all.length; i++) {
        if (!namedIn(all[i]!).length) continue;
        // What was said and the reply to it, said together ("…could be expanded. Kate Dyer agreed…").
        const unit = [all[i]!];
        if (all[i + 1] && REPLY.test(all[i + 1]!) && namedIn(all[i + 1]!).length)
          unit.push(all[++i]!);
        // What the speaker went on to say, in sentences naming no one ("David Maher outlined… This
        // will be accompanied by…"): theirs too.
        const goesOn: string[] = [];
        for (let j = i + 1; j < all.length && goesOn.length < 2 && !namedIn(all[j]!).length; j++)
          goesOn.push(all[j]!);
        // The words asked in what was said; the minute's own words in it or in the item's title.
        const spoken =
          wordsIn([...unit, ...goesOn].join(' '), asked) > wordsIn(unit.join(' '), asked)
            ? [...unit, ...goesOn]
            : unit;
        const score =
          wordsIn(spoken.join(' '), asked) + wordsIn(`${item.title} ${spoken.join(' ')}`, around);
        if (!score) continue;
        // Who said the words asked: "who agreed to take it forward" is the one who agreed.
        const saying = unit.filter((t) => wordsIn(t, asked) > 0);
        found.push({
          score,
          // None of them in it ("the BAF 1 wording" found by the risk alone): who spoke first.
          // (Nothing asked but the item: everyone recorded speaking at it.)
          names: [
            ...new Set(
              (saying.length ? saying : asked.length ? unit.slice(0, 1) : unit).flatMap(namedIn),
            ),
          ],
          hit: minuteHit(ctx, minutes, item, spoken.join(' '), namedIn(unit.join(' '))),
        });
      }
    }
  }
  const best = Math.max(0, ...found.map((f) => f.score));
  // Most of the words asked, or two of them, in one place: one word in common is not who said it.
  const said = found.filter((f) => f.score === best && (best * 2 >= wanted.length || best >= 2));
  if (!said.length)
    return {
      kind: 'message',
      title: 'The minutes do not record who said that',
      text: `Board Clerk holds the minutes of ${ctx.data.minutes.map((m) => `${m.body}, ${formatDate(m.heldOn)}`).join('; ')}; no one is recorded saying “${words || context}”.`,
      suggestions: ['Who attended the September board?'],
    };
  // Names and references said outside the hits only from public minutes: a private minute's hit is
  // left out where private business is not shown, and nothing else may tell of it.
  const open = said.filter((f) => !f.hit.private);
  const names = [...new Set(open.flatMap((f) => f.names))];
  return {
    kind: 'search',
    title: names.length
      ? `${list(names, 'and')}, as the minutes record it`
      : 'Who said it, as the minutes record it',
    intro: [
      claimed && names.length ? claimedNote(claimed, names) : '',
      open.length
        ? `Recorded at ${[...new Set(open.map((f) => `${f.hit.record} (${f.hit.where.replace(/^the minutes of the /, '')})`))].join(' and ')}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    risks: [],
    hits: said.map((f) => f.hit),
    notes: [],
    suggestions: [],
  };
}

/** "Wasn't it Duncan Orme who…?": yes, or who the minutes record instead. */
function claimedNote(claimed: string, names: readonly string[]): string {
  const surname = normalise(claimed).split(' ').at(-1)!;
  const named = names.find((n) => normalise(n).split(' ').includes(surname));
  return named
    ? `Yes: the minutes record ${named}.`
    : `Not ${claimed.replace(/\b\w/g, (c) => c.toUpperCase())}: the minutes record ${names.join(' and ')}.`;
}

/**
 * The latest meeting held whose minutes Board Clerk does not yet hold ("the last meeting was 29 January
 * 2026; its minutes come to the next one"), or null.
 */
function lastMeetingWithoutMinutes(
  ctx: AnswerContext,
  body: string | null,
  minutes: readonly Minutes[],
): string | null {
  const held = new Set(minutes.map((m) => m.heldOn));
  const last = ctx.data.meetings
    .filter((m) => (!body || m.body === body) && londonDateOf(m.startsAt) <= ctx.today)
    .map((m) => ({ m, day: londonDateOf(m.startsAt) }))
    .filter(({ day }) => !held.has(day))
    .sort((a, b) => b.day.localeCompare(a.day))[0];
  return last
    ? `The latest meeting held was the ${last.m.body} on ${formatDate(last.day)}; its minutes are not held yet (they are usually approved at the next meeting).`
    : null;
}

/**
 * Meetings by their days, in a sentence ("29 May 2025, 25 September 2025"); two on one day told apart
 * by part and time ("28 January 2027 (private, 1.00pm), 28 January 2027 (public, 3.00pm)").
 */
function meetingDaysSaid(meetings: readonly Meeting[]): string {
  const day = (m: Meeting) => londonDateOf(m.startsAt);
  return meetings
    .map((m) => {
      const shared = meetings.filter((o) => day(o) === day(m)).length > 1;
      return `${formatDate(day(m))}${shared ? ` (${m.part}, ${formatTime(m.startsAt)})` : ''}`;
    })
    .join(', ');
}

/** A meeting in a month or on a day: the one on record, or plainly that there is none. */
export function answerMeetingOn(
  ctx: AnswerContext,
  body: string | null,
  period: Period,
  /** "The private board on 11 January": of Part I and Part II that day, the part asked. */
  privatePart?: boolean,
): MeetingAnswer | MessageAnswer {
  const meetings = meetingsOf(ctx.data, body);
  const from = period.from ?? '0000-01-01';
  const to = period.to ?? '9999-12-31';
  const all = meetings.filter((m) => {
    const d = londonDateOf(m.startsAt);
    return d >= from && d <= to;
  });
  const ofPart = ofPartAsked(all, privatePart);
  const inside = ofPart.length ? ofPart : all;
  if (inside[0])
    return withPapers(ctx, {
      kind: 'meeting',
      mode: 'agenda',
      meeting: meetingView(ctx.data, inside[0]),
      notes:
        inside.length > 1
          ? [
              `${inside.length} ${inside[0].body} meetings ${periodWords(period)}: ${meetingDaysSaid(inside)}. The first is shown below.`,
            ]
          : [],
    });
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
      ? `Meetings on record: ${meetingDaysSaid(meetings)}. The last is on ${formatDate(londonDateOf(last.startsAt))}; the workplan plans nothing later.`
      : `There are no ${which} meetings in Board Clerk yet.`,
    suggestions: [`When is the next ${which} meeting?`, `Agenda for the last ${which}`],
  };
}

/** A note saying the one thing asked about a meeting: when it starts, or where. */
export function meetingDetailNote(
  answer: MeetingAnswer,
  detail: MeetingDetailAsked | null | undefined,
  today: IsoDate,
): MeetingAnswer {
  if (!answer.meeting || !detail) return answer;
  const m = answer.meeting;
  // A meeting already held is said in the past ("started", "was at").
  const past = londonDateOf(m.startsAtIso) < today;
  // (Its day of the week kept: "what day is it?" is asked of it too.)
  const starts = `${past ? 'was held' : 'starts'} on ${m.when}`;
  // The meeting by its name: its title's date is said again by when it starts.
  const name = m.title.replace(/,\s*\d{1,2} \w+ \d{4}$/, '');
  const note =
    detail === 'papers'
      ? m.paperDeadline
        ? `Papers for ${name} ${past ? 'were' : 'are'} due by ${m.paperDeadline}; it ${starts}.`
        : `The papers Board Clerk holds set no deadline for papers for ${name}; it ${starts}. A board secretary can set one when adding or editing the meeting.`
      : detail === 'days'
        ? daysAway(name, m, today)
        : detail === 'time'
          ? `${name} ${starts}.`
          : detail === 'length'
            ? `The papers do not say when ${name} ${past ? 'ended or how long it lasted' : 'ends or how long it lasts'}; it ${starts}.`
            : `${m.title} ${past ? 'was' : 'is'} at ${m.location}.`;
  return { ...answer, notes: [note, ...answer.notes] };
}

/** "How many days since the last board?", "how long till the next one?": in days, and weeks. */
function daysAway(name: string, m: MeetingView, today: IsoDate): string {
  const day = londonDateOf(m.startsAtIso);
  const days = Math.abs(daysBetween(today, day));
  const weeks = days >= 14 ? ` (${Math.floor(days / 7)} weeks)` : '';
  if (day === today) return `${name} is today, ${m.when}.`;
  return day < today
    ? `${name} was ${days} day${days === 1 ? '' : 's'} ago${weeks}, on ${m.when}.`
    : `${name} is in ${days} day${days === 1 ? '' : 's'}${weeks}, on ${m.when}.`;
}

export type MeetingDetailAsked = 'time' | 'place' | 'length' | 'papers' | 'days';

/** Which meeting a question asks about: a body (null: the board) and its time or place. */
const MeetingDetail = {
  body: Text.nullable(),
  /**
   * What about it was asked: its time, its place, how long, or when its papers are due (the card
   * shows the first two and a deadline set).
   */
  detail: z.enum(['time', 'place', 'length', 'papers', 'days']).nullable().optional(),
};
/** Which minutes: a body and a date (the meeting's, or the start of the month asked about). */
const WhichMinutes = { body: Text.nullable(), date: IsoDateSchema.nullable() };
/**
 * Asked for the private part and found a public meeting: said so, so it never passes for Part II ("is
 * there a private meeting?", "is there a part 2 session for the January board?").
 */
function withPublicNotPrivate(
  ctx: AnswerContext,
  privatePart: boolean | undefined,
  answer: MeetingAnswer,
): MeetingAnswer {
  if (!privatePart || answer.meeting?.part !== 'public') return answer;
  const meetingId = answer.meeting.id;
  const items = ctx.data.meetings.find((m) => m.id === meetingId)?.agenda ?? [];
  // (Private items marked on a public meeting's agenda are not "no private agenda".)
  const said = items.some((a) => a.part === 'private')
    ? 'This is the public meeting; its private (Part II) items, like a private meeting’s agenda, are shown only to board members, in a personal chat.'
    : 'This is the public meeting: Board Clerk holds no private (Part II) agenda for it. A private meeting’s agenda is shown only to board members, in a personal chat.';
  return { ...answer, notes: [...answer.notes, said] };
}

/** Minutes asked for by the part of the meeting: only its private (Part II) business. */
const PrivatePart = { privatePart: z.boolean().optional() };

/** "When is the next board?", "what time does the board start". */
export const meetingNext = kind('meeting.next', { ...MeetingDetail, ...PrivatePart }, (q, ctx) =>
  withPublicNotPrivate(
    ctx,
    q.privatePart,
    meetingDetailNote(
      answerNextMeeting(ctx, q.body, 'next', q.privatePart, q.detail === 'papers'),
      q.detail,
      ctx.today,
    ),
  ),
);

/** "When was the last board?" */
export const meetingLast = kind('meeting.last', MeetingDetail, (q, ctx) =>
  meetingDetailNote(answerLastMeeting(ctx, q.body, 'last'), q.detail, ctx.today),
);

/** A meeting in a given month or on a day: the one on record, or plainly that there is none. */
export const meetingOn = kind(
  'meeting.on',
  { body: Text.nullable(), period: Period, detail: MeetingDetail.detail, ...PrivatePart },
  (q, ctx) => {
    const answer = answerMeetingOn(ctx, q.body, q.period, q.privatePart);
    if (answer.kind !== 'meeting') return answer;
    return meetingDetailNote(withPublicNotPrivate(ctx, q.privatePart, answer), q.detail, ctx.today);
  },
);

/** "Next board agenda", "agenda for 29 January 2026". */
export const meetingAgenda = kind(
  'meeting.agenda',
  {
    body: Text.nullable(),
    which: z.union([z.enum(['next', 'last']), z.object({ date: IsoDateSchema })]),
    /** "Which items weren't in the workplan?": the agenda set against the body's workplan. */
    againstWorkplan: z.boolean().optional(),
    /** "Which papers need a decision?": the decision each paper asks of the board, as printed. */
    decisions: z.boolean().optional(),
    /** "And who presents the first item?", "the last two": items by their place on the agenda. */
    place: AgendaPickSchema.optional(),
    /** "Is any of it private?" of the agenda shown: how much of it is private business, said first. */
    privacyAsked: z.boolean().optional(),
    /** "Is the green plan on the agenda?": whether a public item names those words, said first. */
    itemAsked: Text.optional(),
    /** Picked from a list of meetings ("the 4th one"): that list, to pick from again ("the 5th one"). */
    listedIn: z.object({ body: Text.nullable(), period: Period }).optional(),
    ...PrivatePart,
  },
  (q, ctx) => {
    const answer =
      q.which === 'next'
        ? answerNextMeeting(ctx, q.body, 'agenda', q.privatePart)
        : q.which === 'last'
          ? answerLastMeeting(ctx, q.body, 'agenda')
          : answerAgendaOn(ctx, q.body, q.which.date, q.privatePart);
    const set = q.againstWorkplan ? againstWorkplan(ctx, answer) : answer;
    const decided = q.decisions ? decisionsAsked(ctx, set) : set;
    const placed = q.place ? { ...decided, picked: q.place } : decided;
    const asked = q.itemAsked ? withItemSaid(ctx, placed, q.itemAsked) : placed;
    const shown = q.privacyAsked ? withPrivacySaid(ctx, asked) : asked;
    return withPublicNotPrivate(ctx, q.privatePart, shown);
  },
);

/**
 * "Is the green plan on the agenda?": the public items whose titles hold the words, said first, or
 * that none does. Private items are never searched: what is said here is said wherever the card goes.
 */
function withItemSaid(ctx: AnswerContext, answer: MeetingAnswer, words: string): MeetingAnswer {
  const meeting = ctx.data.meetings.find((m) => m.id === answer.meeting?.id);
  if (!meeting || meeting.part === 'private') return answer;
  const stems = contentWords(normalise(words)).map(stem);
  const found = meeting.agenda.filter(
    (item) => item.part === 'public' && holdsEvery(item.title, stems),
  );
  const said = found.length
    ? `Yes: ${found.map((item) => `item ${item.order}, “${item.title}”`).join('; ')}.`
    : `No public item on this agenda mentions ${words}.`;
  return { ...answer, notes: [said, ...answer.notes] };
}

/**
 * "Is any of it private?" of an agenda: how many of its items are private (Part II) business, said
 * first. The count only: the items themselves stay where the outbox lets them be seen.
 */
function withPrivacySaid(ctx: AnswerContext, answer: MeetingAnswer): MeetingAnswer {
  const meeting = ctx.data.meetings.find((m) => m.id === answer.meeting?.id);
  if (!meeting) return answer;
  const items = meeting.agenda.length;
  const closed = meeting.agenda.filter((a) => a.part === 'private').length;
  const said =
    meeting.part === 'private'
      ? 'This is a private (Part II) meeting: all of its business is private, shown only to board members and secretaries in a personal chat.'
      : closed
        ? `${closed} of its ${items} agenda items ${closed === 1 ? 'is' : 'are'} private (Part II) business, shown only to board members and secretaries in a personal chat.`
        : `None of its ${items} agenda items is private business: the agenda as printed is all public (Part I).`;
  return { ...answer, notes: [said, ...answer.notes] };
}

/**
 * Papers asking the board to approve something, with the decision as printed; the rest named with what
 * they ask (consideration, noting, briefing).
 */
function decisionsAsked(ctx: AnswerContext, answer: MeetingAnswer): MeetingAnswer {
  const papers = ctx.data.papers.filter((p) => p.meetingId === answer.meeting?.id);
  if (!papers.length) return answer;
  const deciding = papers.filter((p) => p.decision?.type === 'approval');
  const rest = papers.filter((p) => !deciding.includes(p));
  return {
    ...answer,
    notes: [
      deciding.length
        ? `Papers asking the board for a decision: ${deciding.map((p) => `${p.title} (${p.decision!.type}: ${p.decision!.printed.join(' ')})`).join('; ')}.`
        : 'No paper for this meeting asks the board for a decision.',
      ...(rest.length
        ? [
            `The others: ${rest.map((p) => `${p.title} (${p.decision ? p.decision.type : 'no decision printed'})`).join('; ')}.`,
          ]
        : []),
      ...answer.notes,
    ],
  };
}

/** An agenda set against its body's workplan: what it took that was not planned, and the reverse. */
function againstWorkplan(ctx: AnswerContext, answer: MeetingAnswer): MeetingAnswer {
  const meeting = ctx.data.meetings.find((m) => m.id === answer.meeting?.id);
  const plan = ctx.data.workplans.find((w) => w.body === meeting?.body);
  if (!meeting || !plan) return answer;
  const date = londonDateOf(meeting.startsAt);
  const planned = plan.items.filter((i) => i.plannedFor[date] !== undefined);
  const key = (t: string) => normalise(t);
  const inPlan = new Set(plan.items.map((i) => key(i.title)));
  const taken = new Set(meeting.agenda.map((a) => key(a.workplanTitle ?? a.title)));
  const unplanned = meeting.agenda.filter((a) => !inPlan.has(key(a.workplanTitle ?? a.title)));
  const dropped = planned.filter((i) => !taken.has(key(i.title)));
  return {
    ...answer,
    notes: [
      unplanned.length
        ? `On the agenda but not in the ${plan.title}: ${unplanned.map((a) => a.title).join('; ')}.`
        : `Every item on the agenda is in the ${plan.title}.`,
      ...(dropped.length
        ? [
            `In the workplan for ${formatDate(date)} but not on the agenda: ${dropped.map((i) => i.title).join('; ')}.`,
          ]
        : []),
      ...answer.notes,
    ],
  };
}

/** "What did the board resolve at GTB/25/15?" */
export const minutesItem = kind('minutes.item', { reference: Text }, async (q, ctx, text) => {
  const answer = await answerMinuteItem(ctx, q.reference);
  if (answer.kind !== 'minute-item') return answer;
  // ("GTB/25/15", then "did any of the NEDs challenge it?": who the minute names, said first.)
  const spoke = whoSpokeOn(ctx, q.reference, normalise(text));
  return spoke ? { ...answer, notes: [spoke, ...answer.notes] } : answer;
});

/** "What did the board decide in September?" */
export const minutesResolutions = kind(
  'minutes.resolutions',
  { ...WhichMinutes, ...PrivatePart },
  (q, ctx) =>
    q.body && ctx.data.minutes.length && !ctx.data.minutes.some((m) => m.body === q.body)
      ? minutesNotHeld(ctx, q.body)
      : answerResolutions(ctx, q.body, q.date, q.privatePart),
);

/**
 * "What did ARC last conclude?": a body whose minutes Board Clerk does not hold. Said so, with the
 * minutes it does hold, and where the papers mention that body (a register's "discussed at ARC").
 */
async function minutesNotHeld(
  ctx: AnswerContext,
  body: string,
): Promise<(SearchAnswer & ReadAs) | MessageAnswer> {
  const held = [...new Set(ctx.data.minutes.map((m) => `${m.body}, ${formatDate(m.heldOn)}`))];
  const said = `Board Clerk holds no minutes of the ${body}; it holds the minutes of ${held.join('; ')}.`;
  // The papers often write it short ("discussed at ARC March 2024").
  const short = Object.entries(ABBREVIATIONS)
    .filter(([, long]) => long === normalise(body))
    .map(([abbreviation]) => abbreviation);
  const found = await answerSearch(ctx, short[0] ?? body, 'topic', null, []);
  // Only the passages that name it, in full or short ("an audit" or "a committee" is not it).
  const names = new RegExp(
    `\\b(${[body, ...short].map((n) => escapeRegExp(n)).join('|')})\\b`,
    'i',
  );
  const mentions =
    found.kind === 'search'
      ? {
          ...found,
          risks: found.risks.filter((r) => names.test(r.excerpt ?? '')),
          hits: found.hits.filter((h) => names.test(`${h.title} ${h.excerpt}`)),
        }
      : null;
  return mentions && (mentions.risks.length || mentions.hits.length)
    ? {
        ...mentions,
        title: `Where the papers mention the ${body}`,
        intro: `${mentions.risks.length + mentions.hits.length} passage${mentions.risks.length + mentions.hits.length === 1 ? '' : 's'} of the papers name it.`,
        readAs: said,
      }
    : { kind: 'message', title: `No minutes of the ${body}`, text: said, suggestions: [] };
}

/** "Minutes of the September board": every item, with what was resolved. */
export const minutesMeeting = kind(
  'minutes.meeting',
  { ...WhichMinutes, ...PrivatePart },
  (q, ctx) => answerMinutes(ctx, q.body, q.date, q.privatePart),
);

/** "Who attended?", "who sent apologies?" */
export const minutesAttendance = kind(
  'minutes.attendance',
  {
    ...WhichMinutes,
    part: z.enum([
      'all',
      'present',
      'apologies',
      'chair',
      'minute-taker',
      'members',
      'non-executive',
      'executive',
    ]),
    /** Someone asked about, by name or role: "was the NHFT chief medical officer there?" */
    who: Text.nullable().optional(),
    /** Only the people of these trusts, by the role the minutes print: "which of them are NHFT?" */
    organisationIds: z.array(Id).optional(),
    /** Only one side of the board, by the role the minutes print: "just the NEDs". */
    side: z.enum(['non-executive', 'executive']).optional(),
  },
  (q, ctx) =>
    answerAttendance(
      ctx,
      q.body,
      q.date,
      q.part,
      q.who ?? null,
      q.organisationIds ?? [],
      q.side ?? null,
    ),
);

/** "Any declarations of interest?" */
export const minutesDeclarations = kind('minutes.declarations', WhichMinutes, (q, ctx) =>
  answerDeclarations(ctx, q.body, q.date),
);

/** "Who presented the QSIR item?" */
export const minutesPresenter = kind(
  'minutes.presenter',
  {
    ...WhichMinutes,
    item: Text,
    upcoming: z.boolean().optional(),
    /** Who the asker thinks presented it ("was it Sharon Murphy who presented…"). */
    claimed: Text.optional(),
    /** "Who presented each item?": every item of the minutes, with who presented it. */
    each: z.boolean().optional(),
  },
  (q, ctx) =>
    q.each
      ? answerPresenters(ctx, q.body, q.date)
      : answerPresenter(ctx, q.body, q.date, q.item, q.upcoming, q.claimed ?? null),
);

/**
 * "List who presented each item at the 25 Sept meeting": the items whose minutes name who presented
 * them, with those names, and how many name no one. (A private meeting's minutes: not listed here, as
 * a message cannot be kept from a channel; asked of one item, they are.)
 */
function answerPresenters(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
): MinuteItemAnswer | MeetingAnswer | MessageAnswer {
  const { minutes, onRecord } = minutesAsked(ctx, body, date);
  if (!minutes) return noMinutes(ctx, body, date, onRecord);
  if (isPrivateMinutes(ctx, minutes)) return answerPresenter(ctx, body, date, 'presented');
  const named = minutes.items
    .map((item) => ({ item, names: presentersIn(item.summary, true) }))
    .filter((x) => x.names.length);
  const none = minutes.items.length - named.length;
  const meeting = `${minutes.body}, ${formatDate(minutes.heldOn)}`;
  // ("At the last board": a later meeting whose minutes are not held is said, not passed over.)
  const lastHeld = date
    ? null
    : meetingsOf(ctx.data, minutes.body)
        .map((m) => londonDateOf(m.startsAt))
        .filter((d) => d < ctx.today && d > minutes.heldOn)
        .at(-1);
  return {
    kind: 'message',
    title: `Who presented at the ${meeting}`,
    text: [
      lastHeld
        ? `The minutes of the ${formatDate(lastHeld)} meeting are not among the papers; these are the latest on record.`
        : '',
      named.length
        ? named
            .map(({ item, names }) => `${item.reference} ${item.title}: ${names.join(' and ')}.`)
            .join(' ')
        : 'The minutes name no one presenting any item.',
      none && named.length
        ? `The minutes name no presenter for the other ${none} item${none === 1 ? '' : 's'}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    suggestions: [`Minutes of the ${minutes.body} on ${formatDate(minutes.heldOn)}`],
  };
}

/** "When was the inaugural board?" */
export const meetingFirst = kind(
  'meeting.first',
  {
    body: Text.nullable(),
    /** A committee known by its report to the board: "when did the joint people committee first meet". */
    reportId: Id.optional(),
  },
  (q, ctx) =>
    q.reportId ? answerFirstCommitteeMeeting(ctx, q.reportId) : answerFirstMeeting(ctx, q.body),
);

/** A committee's first meeting on record: the earliest of its reports to the board. */
function answerFirstCommitteeMeeting(ctx: AnswerContext, reportId: string): MessageAnswer {
  const named = ctx.data.committeeReports.find((r) => r.id === reportId);
  const reports = ctx.data.committeeReports
    .filter((r) => r.committee === named?.committee)
    .sort((a, b) => (a.heldOn.iso ?? '').localeCompare(b.heldOn.iso ?? ''));
  const first = reports[0];
  if (!named || !first)
    return {
      kind: 'message',
      title: 'No record of that committee meeting',
      text: 'The papers hold no report from that committee.',
      suggestions: [],
    };
  return {
    kind: 'message',
    title: `${first.committee}: first meeting on record ${first.heldOn.iso ? formatDate(first.heldOn.iso) : first.heldOn.printed}`,
    text: `The earliest meeting of the ${first.committee} in the papers is ${first.heldOn.iso ? formatDate(first.heldOn.iso) : first.heldOn.printed}, reported to the board in its ${first.title}${reports.length > 1 ? ` (${reports.length} reports on record)` : ''}. Meetings before the papers began are not on record.`,
    suggestions: [`What did the ${first.committee} report?`],
  };
}

/** "What came out of the QSIR presentation?": a minute item found by what it is about. */
export const minutesAbout = kind(
  'minutes.about',
  { ...WhichMinutes, item: Text, figures: Text.nullable().optional() },
  async (q, ctx, text) => {
    const onDate = answerMinuteAbout(ctx, q.body, q.date, q.item, q.figures ?? null);
    // "Did the board approve the workplan in January?" of a meeting whose minutes are not held: said,
    // with the last minute on record about it (what the board resolved then).
    const earlier =
      onDate.kind === 'message' && q.date
        ? answerMinuteAbout(ctx, q.body, null, q.item, q.figures ?? null)
        : null;
    const answer = onDate.kind === 'message' && earlier?.kind === 'minute-item' ? earlier : onDate;
    if (answer.kind === 'message')
      return (await reportedInThePapers(ctx, q.item, text, answer)) ?? answer;
    if (answer.kind !== 'minute-item') return answer;
    const missing =
      onDate.kind === 'message'
        ? [`${onDate.title}. The last minute on record about it is below.`]
        : [];
    // "Did the board approve or note the workplan?": what it resolved, said first (after any minutes
    // not held).
    const resolution = answer.item.resolution;
    const asked = normalise(text);
    const resolved =
      resolution && (DECISION_CHECKED.test(asked) || DECISION_STATED.test(asked))
        ? [
            `${decisionAgainstBelief(asked, resolution)}Resolved at the ${answer.item.meeting} (${answer.item.reference}): “${resolution}”`,
          ]
        : [];
    const spoke = whoSpokeOn(ctx, answer.item.reference, asked);
    return {
      ...answer,
      notes: [...missing, ...resolved, ...(spoke ? [spoke] : []), ...answer.notes],
    };
  },
);

/** "Did any NEDs challenge it?", "did anyone comment?", "did the execs say anything?": who spoke. */
const DID_ANY_SPEAK =
  /\b(?:did|were there|was there|has|have) (?:an(?:y(?:one|body)?)|someone|somebody|one|none)\b(?: of)?(?: the| our)? ?(non executive directors?|non execs?|neds?|executive directors?|executives?|execs?|directors?|members?|one|body)?\b/;

/** Words for speaking to an item: a challenge, a question, a comment. */
const SPOKE =
  /\b(challeng\w*|question\w*|comment\w*|say|said|speak|spoke|raise\w*|ask\w*|suggest\w*|push(ed)? back|quer\w*|object\w*|disagree\w*|mention\w*|discuss\w*|contribut\w*|scrutinis\w*|prob(e|ed|ing))\b/;

/**
 * "Did any NEDs challenge the BAF in September?": whom the item's minute names speaking on it, of
 * those asked about, said before the minute itself (which says what each said). Null when not asked.
 */
function whoSpokeOn(ctx: AnswerContext, reference: string, asked: string): string | null {
  const m = DID_ANY_SPEAK.exec(asked);
  if (!m || !SPOKE.test(asked)) return null;
  const minutes = ctx.data.minutes.find((x) => x.items.some((i) => i.reference === reference));
  const item = minutes?.items.find((i) => i.reference === reference);
  if (!minutes || !item) return null;
  const printed = (item.printedText ?? [item.summary]).join(' ');
  const named = [...minutes.present, ...minutes.inAttendance].filter((a) =>
    printed.includes(a.name),
  );
  const isNed = (role: string) => /\bnon[- ]executive\b/i.test(role);
  const of = m[1] ?? '';
  const who = /^non|^neds?$/.test(of)
    ? { those: named.filter((a) => isNed(a.role)), kind: 'non-executive director' }
    : /^exec|^directors?$/.test(of)
      ? { those: named.filter((a) => !isNed(a.role)), kind: 'executive' }
      : { those: named, kind: 'member' };
  const names = (people: typeof named) =>
    list(
      people.map((a) => `${a.name} (${a.role})`),
      'and',
    );
  const others = named.filter((a) => !who.those.includes(a));
  if (!who.those.length)
    return `The minutes of ${reference} name no ${who.kind} speaking on it${others.length ? `; they name ${names(others)}` : ''}.`;
  const count = who.those.length === 1 ? `one ${who.kind}` : `${who.those.length} ${who.kind}s`;
  return `Yes: the minutes of ${reference} name ${count} speaking on it: ${names(who.those)}. What ${who.those.length === 1 ? 'they' : 'each'} said is in the minute below.`;
}

/**
 * The decisions a board takes on an item, by the word a question or a resolution uses for each ("signed
 * off" is said of any of them, so it is believed of none).
 */
const DECISIONS: readonly [RegExp, string][] = [
  [/\bapprov/, 'approved'],
  [/\bnot(e|ed|ing)\b/, 'noted'],
  [/\bagree/, 'agreed'],
  [/\bendors/, 'endorsed'],
  [/\bratif/, 'ratified'],
];

/**
 * "Was the workplan approved?" of a minute that resolved to note it: "Noted, not approved. ", said
 * before the resolution; "Yes. " when the resolution uses the word asked; nothing when none is asked.
 */
function decisionAgainstBelief(asked: string, resolution: string): string {
  // ("Did the board approve or note it?": two asked, neither believed.)
  const beliefs = DECISIONS.filter(([word]) => word.test(asked));
  const belief = beliefs.length === 1 ? beliefs[0] : undefined;
  if (!belief) return '';
  if (belief[0].test(normalise(resolution))) return 'Yes. ';
  const taken = DECISIONS.find(([word]) => word.test(normalise(resolution)));
  return taken ? `${taken[1][0]!.toUpperCase()}${taken[1].slice(1)}, not ${belief[1]}. ` : '';
}

/** "What did Manjit Darby suggest about BAF 1?": what the minutes record someone saying. */
export const minutesSaid = kind('minutes.said', { name: Text, words: Text }, (q, ctx) =>
  answerSaid(ctx, q.name, q.words),
);

/** "Who suggested expanding the BAF 1 descriptor?": who the minutes record saying it. */
export const minutesWhoSaid = kind(
  'minutes.who-said',
  {
    words: Text,
    /** What the minute asked about before was about ("the BAF 1 descriptor"), to find it again. */
    context: Text.optional(),
    /** Who the asker thinks said it ("wasn't it Duncan Orme who…"): said to be so, or not. */
    claimed: Text.optional(),
  },
  (q, ctx) => answerWhoSaid(ctx, q.words, q.context, q.claimed),
);

/** A body's workplan: what it plans to take at each meeting, or what it has not planned for any. */
export interface WorkplanAnswer {
  kind: 'workplan';
  title: string;
  /** Which items are shown: "Planned for 29 January 2026", "Not planned for any meeting". */
  description: string;
  items: {
    title: string;
    section: string;
    /** How it comes: "Paper", "Verbal", "Presentation", as the workplan marks it. */
    type: string | null;
    lead: string | null;
    frequency: string | null;
    /** The meetings it is planned for, as dates ("as required" where the plan says so). */
    when: string;
  }[];
  notes: string[];
  source: Citation;
}

/** Whether a workplan item's lead is the one asked for: every word of either in the other. */
function leadIs(lead: string | null, asked: string): boolean {
  if (!lead) return false;
  const printed = contentWords(normalise(lead)).map(stem);
  const words = contentWords(normalise(asked)).map(stem);
  if (!printed.length || !words.length) return false;
  const inAsked = new Set(words);
  const inPrinted = new Set(printed);
  // "CFO" for "Chief Finance Officer", "MDs" for "Managing Directors".
  const initials = contentWords(normalise(lead))
    .map((w) => w[0])
    .join('');
  const short = normalise(asked).replace(/s$/, '');
  return (
    printed.every((w) => inAsked.has(w)) ||
    words.every((w) => inPrinted.has(w)) ||
    (initials.length > 1 && short === initials)
  );
}

/**
 * A planned item a meeting's pack did not carry ("where is the finance update in the pack?"): what the
 * meeting's record says of it, and the papers its lead did bring to that meeting.
 */
function missingFromPacks(
  ctx: AnswerContext,
  item: { title: string; lead: string | null },
): string[] {
  const title = normalise(item.title);
  return ctx.data.meetings.flatMap((m) => {
    const said = m.dataQuality.filter((f) => normalise(f.message).includes(title));
    if (!said.length) return [];
    const day = londonDateOf(m.startsAt);
    const theirs = ctx.data.papers.filter(
      (p) =>
        (p.meetingId === m.id || p.date.iso === day) &&
        !!item.lead &&
        !!p.cover.sponsor &&
        leadIs(item.lead, p.cover.sponsor),
    );
    return [
      ...said.map((f) => f.message),
      ...(theirs.length
        ? [`The ${item.lead} brought to that meeting: ${theirs.map((p) => p.title).join('; ')}.`]
        : []),
    ];
  });
}

/**
 * A workplan item whose paper is in the packs: who brought it, by name ("who's presenting the group
 * BAF paper?" is answered by the plan's lead and by the people its last paper names).
 */
function paperBroughtFor(ctx: AnswerContext, item: { title: string }): string[] {
  const title = normalise(item.title);
  return ctx.data.papers
    .filter((p) => normalise(p.title) === title && !!p.cover.sponsor)
    .map(
      (p) => `Its paper to the board of ${printedDate(p.date)} was brought by ${p.cover.sponsor}.`,
    );
}

/** "What's on the workplan for January?", "which workplan items aren't scheduled for any meeting?" */
export function answerWorkplan(
  ctx: AnswerContext,
  body: string | null,
  date: IsoDate | null,
  unscheduled: boolean,
  titles: readonly string[] = [],
  everyMeeting = false,
  ledBy: string | null = null,
  mine = false,
  notEveryMeeting = false,
  /** "What's on the workplan for the next board?": the first of its meetings from today. */
  next = false,
): WorkplanAnswer | MessageAnswer {
  // "What am I meant to bring?": the items led by a role the asker holds, by its printed title.
  if (mine && !ledBy) {
    const asker = ctx.asker;
    const held = asker ? rolesHeldBy(asker, ctx.data.roles) : [];
    const titles = ctx.data.roles.filter((r) => held.includes(r.id)).map((r) => r.title);
    const plan = ctx.data.workplans.find((w) => w.body === (body ?? defaultBody(ctx.data)));
    const theirs = titles.find((t) => plan?.items.some((i) => leadIs(i.lead, t)));
    if (theirs) ledBy = theirs;
    else if (!asker) return notLinked(ctx);
    else
      return {
        kind: 'message',
        title: 'No workplan item is led by your role',
        text: `The workplan names none of your roles (${titles.join(', ') || asker.jobTitle}) as an item's lead. Its leads: ${[...new Set(plan?.items.flatMap((i) => i.lead ?? []) ?? [])].join('; ')}.`,
        suggestions: ['Show the workplan'],
      };
  }
  const which = body ?? defaultBody(ctx.data);
  const plan =
    ctx.data.workplans.find((w) => w.body === which) ?? (body ? undefined : ctx.data.workplans[0]);
  if (!plan)
    return {
      kind: 'message',
      title: `The papers do not include a workplan for the ${which ?? 'board'}`,
      text: ctx.data.workplans.length
        ? `Workplans on record: ${ctx.data.workplans.map((w) => w.title).join('; ')}.`
        : 'There is no workplan in Board Clerk yet.',
      suggestions: [],
    };
  // The next meeting the plan holds; when none is left, its last, said so (a plan runs out before the
  // next year's is in Board Clerk).
  const notes: string[] = [];
  if (next && !date) {
    const dates = plan.meetingDates.map((m) => m.date).sort();
    date = dates.find((d) => d >= ctx.today) ?? dates[dates.length - 1] ?? null;
    if (date && date < ctx.today)
      notes.push(
        `The workplan plans no meeting after today (${formatDate(ctx.today)}); its last was ${formatDate(date)}. Shown: what it planned for that meeting.`,
      );
  }
  const planned = date ? plan.meetingDates.some((m) => m.date === date) : true;
  const named = plan.items.filter((i) => titles.includes(i.title));
  const led = ledBy ? plan.items.filter((i) => leadIs(i.lead, ledBy)) : [];
  const items = named.length
    ? named
    : ledBy
      ? led
      : plan.items.filter((i) => {
          const dates = Object.keys(i.plannedFor);
          if (unscheduled) return dates.length === 0;
          // At every meeting: planned (not "as required") for each one, as marked.
          const atEach =
            plan.meetingDates.length > 0 &&
            plan.meetingDates.every(
              (m) => i.plannedFor[m.date] !== undefined && i.plannedFor[m.date] !== 'As required',
            );
          if (notEveryMeeting) return !atEach;
          // (Or as its frequency says.)
          if (everyMeeting) return /\bevery meeting\b/i.test(i.frequency ?? '') || atEach;
          return date ? i.plannedFor[date] !== undefined : true;
        });
  notes.push(...named.flatMap((i) => [...missingFromPacks(ctx, i), ...paperBroughtFor(ctx, i)]));
  if (date && !planned)
    notes.push(
      `The workplan plans no meeting on ${formatDate(date)}. Its meetings: ${plan.meetingDates.map((m) => m.printed).join('; ')}.`,
    );
  if (unscheduled && !items.length)
    notes.push('Every item of the workplan is planned for a meeting.');
  // "What is Paul Sheldon down to present?" (his name, with the role the minutes print): the papers
  // he sponsored or wrote are his too.
  const person = ledBy ? /^(.+?) \((.+)\)$/.exec(ledBy) : null;
  if (person) {
    const name = normalise(person[1]!);
    const his = ctx.data.papers.filter((p) =>
      [p.cover.sponsor, p.cover.author].some((s) => !!s && normalise(s).includes(name)),
    );
    if (his.length)
      notes.push(
        `${person[1]} sponsored or wrote: ${his.map((p) => `${p.title} (${printedDate(p.date)})`).join('; ')}.`,
      );
  }
  if (ledBy && !led.length)
    notes.push(
      `No item of the workplan is led by “${ledBy}”. Its leads: ${[...new Set(plan.items.flatMap((i) => i.lead ?? []))].join('; ')}.`,
    );
  return {
    kind: 'workplan',
    title: plan.title,
    description: named.length
      ? `When ${named.length === 1 ? 'it is' : 'they are'} planned to come to the board (${plan.meetingDates.length} meetings in the workplan)`
      : ledBy
        ? `Items led by ${led.length ? `${[...new Set(led.map((i) => i.lead))].join(' or ')}${person ? ` (${person[1]})` : ''}` : ledBy} (${led.length} of ${plan.items.length})`
        : unscheduled
          ? 'Items not planned for any meeting'
          : notEveryMeeting
            ? `Items not planned for every meeting (${items.length} of ${plan.items.length}; ${plan.meetingDates.length} meetings in the workplan)`
            : everyMeeting
              ? `Items taken at every meeting (${plan.meetingDates.length} meetings in the workplan)`
              : date
                ? `Planned for ${formatDate(date)}${next && date < ctx.today ? ', the last meeting in the workplan' : ''}`
                : `Every item, for ${plan.meetingDates.length} meetings`,
    items: items.map((i) => ({
      title: i.title,
      section: i.section,
      type: i.type ?? null,
      lead: i.lead,
      frequency: i.frequency,
      when:
        Object.entries(i.plannedFor)
          .map(([d, mark]) => `${formatDate(d)}${mark === 'As required' ? ' (as required)' : ''}`)
          .join(', ') || 'Not planned for any meeting',
    })),
    notes,
    source: citation(ctx.data, plan.source),
  };
}

/** "What's on the workplan for the January meeting?", "which workplan items aren't scheduled?" */
export const workplan = kind(
  'workplan',
  {
    body: Text.nullable(),
    date: IsoDateSchema.nullable(),
    unscheduled: z.boolean(),
    /** Only these items, by title: "when is the annual effectiveness review coming to the board". */
    items: z.array(Text).max(10).optional(),
    /** Only the items taken at every meeting ("what comes up at every board?"). */
    everyMeeting: z.boolean().optional(),
    /** Only the items missing from some meeting, or only there as required ("not at every board"). */
    notEveryMeeting: z.boolean().optional(),
    /** Only the items this lead brings, in the asker's words ("the Directors of Governance and Risk"). */
    ledBy: Text.optional(),
    /** Only the items the asker brings: "what am I meant to bring to each board?" */
    mine: z.boolean().optional(),
    /** The plan's next meeting from today: "what's on the workplan for the next board?" */
    next: z.boolean().optional(),
    /** Only the items of one section of the plan, where it has one by that name ("Standing Items"). */
    section: Text.optional(),
  },
  (q, ctx) => {
    const answer = answerWorkplan(
      ctx,
      q.body,
      q.date,
      q.unscheduled,
      q.items,
      q.everyMeeting,
      q.ledBy ?? null,
      q.mine ?? false,
      q.notEveryMeeting ?? false,
      q.next ?? false,
    );
    return q.section && answer.kind === 'workplan' ? inSection(answer, q.section) : answer;
  },
);

/** A workplan's items of one section: "Standing Items: 8 items". Unchanged where it has none. */
function inSection(answer: WorkplanAnswer, section: string): WorkplanAnswer {
  // By its name, or by words of it: "the governance bits" are those of "Governance and Assurance".
  const asked = normalise(section);
  const items = answer.items.filter((i) => !!i.section && hasPhrase(normalise(i.section), asked));
  if (!items.length) return answer;
  return {
    ...answer,
    description: `${items[0]!.section}: ${items.length} ${items.length === 1 ? 'item' : 'items'}`,
    items,
  };
}

/** "Matters arising" */
export const mattersArising = kind('matters-arising', { body: Text.nullable() }, (q, ctx) =>
  answerMattersArising(ctx, q.body),
);
