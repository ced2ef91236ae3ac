import type { Action, Meeting, Person } from '../domain';
import {
  formatDate,
  formatDateWithWeekday,
  formatMonth,
  formatTime,
  londonDateOf,
} from '../domain/dates';
import { rolesHeldBy } from '../domain/permissions';
import { briefTimingFor, type ReminderSchedule } from '../domain/reminderSchedule';
import { sendTimeForBrief } from '../domain/workingDays';
import type { Logger } from '../log';
import type { BriefView } from '../shared/briefViews';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { MessageView } from '../shared/viewTypes';
import { BriefPreferences } from '../store/briefPreferences';
import type { ConversationStore, GovernanceStore, SystemValues } from '../store/store';
import { attendanceRuleWords, attendeesOf, attends } from './attendance';
import { actionSheetsFor, buildBrief } from './build';
import { monthStart, type BriefAsk, type MeetingWanted } from './read';

export { readBriefAsk, type BriefAsk } from './read';
export type { BriefView } from '../shared/briefViews';

/**
 * "Brief me": one card for the person asking about the next meeting they attend (or the one named),
 * with what they need for it; "stop briefs" / "start briefs"; and a secretary's preview of a member's
 * brief ("brief for Jane Doe"). The reminders feature sends the same brief before each meeting through
 * the delivery engine, asking this feature who gets it and what each person's says (wired in app.ts).
 */

export type BriefsView = BriefView | MessageView;

export interface Briefs {
  answer(request: Request, ask: BriefAsk): Promise<BriefsView>;
  /** Who gets a meeting's brief by message: the people who attend it and have not stopped briefs. */
  recipients(meeting: Meeting): Promise<Person[]>;
  /** The brief one person gets before a meeting. Throws when the meeting or person is gone. */
  forPerson(
    meeting: { meetingId: string; organisationId: string },
    personId: string,
    now: Date,
  ): Promise<BriefView>;
}

export interface BriefsOptions {
  store: GovernanceStore & ConversationStore & SystemValues;
  referenceData: ReferenceDataCache;
  /** When briefs are sent, per meeting body (REMINDER_SCHEDULE), for the preview and "start briefs". */
  schedule: ReminderSchedule;
  log: Logger;
}

const OPEN: Action['status'][] = ['open', 'proposed-for-closure'];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * Whether the words name this meeting: "people and culture committee" the Joint People and Culture
 * Committee, "gtb" the Group Trust Board, "private board" the private part of a board.
 */
function meetingMatches(meeting: Pick<Meeting, 'body' | 'part'>, wanted: string | null): boolean {
  if (!wanted) return true;
  const own = words(meeting.body);
  const acronym = own
    .filter((w) => w !== 'and' && w !== 'of')
    .map((w) => w[0])
    .join('');
  return words(wanted)
    .filter((w) => !['and', 'of', 's', 'part'].includes(w))
    .every(
      (w) =>
        own.includes(w) || own.includes(w.replace(/s$/, '')) || w === acronym || w === meeting.part,
    );
}

function message(title: string, text: string, suggestions: string[] = []): MessageView {
  return { kind: 'message', title, text, suggestions };
}

function meetingDay(m: Meeting): string {
  return formatDate(londonDateOf(m.startsAt));
}

/** The meeting a person's brief is about, or why there is none. */
export function chooseMeeting(
  data: ReferenceData,
  person: Person,
  wanted: MeetingWanted,
  now: Date,
  asker: 'self' | 'secretary' = 'self',
): { meeting: Meeting } | { none: MessageView } {
  const who = asker === 'self' ? 'you attend' : `${person.name} attends`;
  const askFor = (m: Meeting) =>
    `${asker === 'self' ? 'Brief me' : `Brief for ${person.name}`} for the ${meetingDay(m)} meeting`;
  const nowIso = now.toISOString();
  const byTime = [...data.meetings]
    .filter((m) => meetingMatches(m, wanted.body))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const mine = byTime.filter((m) => attends(person, m, data));
  // Named by day or month: the person's own meeting then, else any meeting then.
  const pick = (inRange: (m: Meeting) => boolean) =>
    mine.find(inRange) ?? byTime.find(inRange) ?? null;
  const upcoming = mine.filter((m) => m.startsAt > nowIso);
  const listUpcoming = upcoming.length
    ? ` Upcoming meetings ${who}: ${upcoming
        .slice(0, 3)
        .map((m) => `${m.body}, ${meetingDay(m)}`)
        .join('; ')}.`
    : '';
  const suggestions = upcoming.slice(0, 2).map(askFor);
  switch (wanted.kind) {
    case 'on': {
      const found = pick((m) => londonDateOf(m.startsAt) === wanted.date);
      return found
        ? { meeting: found }
        : {
            none: message(
              `No meeting on ${formatDate(wanted.date)}`,
              `Board Clerk has no${wanted.body ? ` ${wanted.body}` : ''} meeting on ${formatDate(wanted.date)}.${listUpcoming}`,
              suggestions,
            ),
          };
    }
    case 'month': {
      const from = monthStart(wanted, now);
      const found = pick((m) => londonDateOf(m.startsAt).slice(0, 7) === from.slice(0, 7));
      const month = formatMonth(from);
      return found
        ? { meeting: found }
        : {
            none: message(
              `No meeting in ${month}`,
              `Board Clerk has no${wanted.body ? ` ${wanted.body}` : ''} meeting in ${month}.${listUpcoming}`,
              suggestions,
            ),
          };
    }
    case 'next': {
      // A committee named: its next meeting (nobody attends one by rule); otherwise the person's next.
      const next = wanted.body
        ? (byTime.find((m) => m.startsAt > nowIso) ?? null)
        : (upcoming[0] ?? null);
      if (next) return { meeting: next };
      const last = (wanted.body ? byTime : mine).filter((m) => m.startsAt <= nowIso).at(-1);
      return {
        none: message(
          'No upcoming meeting',
          `Board Clerk has no upcoming ${wanted.body ?? 'meeting'} that ${who} after ${formatDate(londonDateOf(now))}.${
            last
              ? ` The last was the ${last.body} on ${meetingDay(last)}: say "${askFor(last)}" for it.`
              : ''
          } A board secretary adds meetings with "new meeting".`,
          last ? [askFor(last)] : [],
        ),
      };
    }
  }
}

/** The directory person a secretary names: the full name, else the only person whose name has every word. */
function personNamed(people: readonly Person[], name: string): Person | null {
  const wanted = words(name).join(' ');
  const exact = people.find((p) => words(p.name).join(' ') === wanted);
  if (exact) return exact;
  const partial = people.filter((p) => words(name).every((w) => words(p.name).includes(w)));
  return partial.length === 1 ? partial[0]! : null;
}

function sendWords(sendAt: Date): string {
  const iso = sendAt.toISOString();
  return `${formatDateWithWeekday(londonDateOf(iso))} at ${formatTime(iso)}`;
}

export function createBriefs(o: BriefsOptions): Briefs {
  const preferences = new BriefPreferences(o.store, o.log);

  async function ownActions(person: Person, data: ReferenceData): Promise<Action[]> {
    const roleIds = rolesHeldBy(person, data.roles);
    if (!roleIds.length) return [];
    return (await o.store.findActions({ roleIds, statuses: OPEN })).map((a) => a.value);
  }

  async function brief(data: ReferenceData, person: Person, meeting: Meeting, now: Date) {
    const sheets = actionSheetsFor(data, meeting);
    const sheetActions: Action[] = [];
    for (const sheet of sheets)
      for (const a of await o.store.findActions({ logId: sheet.id, statuses: OPEN }))
        sheetActions.push(a.value);
    return buildBrief({
      data,
      person,
      meeting,
      ownActions: await ownActions(person, data),
      sheetActions,
      papers: await o.store.list('paper', { organisationId: meeting.organisationId }),
      now,
    });
  }

  /** Whether and when Board Clerk sends this person this meeting's brief, in a sentence. */
  async function delivery(
    data: ReferenceData,
    person: Person,
    meeting: Meeting,
    now: Date,
  ): Promise<string> {
    const timing = briefTimingFor(meeting.body, o.schedule);
    if (!timing)
      return `Board Clerk does not send briefs before ${meeting.body} meetings (REMINDER_SCHEDULE); ${person.name} can ask "brief me".`;
    if (!attends(person, meeting, data))
      return `Board Clerk does not send it: by the directory, ${attendanceRuleWords(meeting, data)}.`;
    const preference = await preferences.get(person.id);
    if (preference?.briefs === 'off')
      return `Board Clerk does not send it: ${person.name} said "stop briefs" on ${formatDate(londonDateOf(preference.changedAt))}.`;
    if (!person.aadObjectId)
      return `Board Clerk cannot send it: ${person.name} is not linked to a Teams account in the directory.`;
    const chat = await o.store.findPersonalConversation(person.aadObjectId);
    if (chat?.value.status !== 'installed')
      return `Board Clerk cannot send it: ${person.name} has not added Board Clerk in a personal chat.`;
    const sendAt = sendTimeForBrief(meeting.startsAt, timing);
    const days = `${timing.workingDaysBefore} working day${timing.workingDaysBefore === 1 ? '' : 's'} before the meeting`;
    return sendAt.getTime() > now.getTime()
      ? `Board Clerk sends this to ${person.name}'s personal chat on ${sendWords(sendAt)} (${days}), with the records as they are then.`
      : `This was due to go to ${person.name}'s personal chat on ${sendWords(sendAt)} (${days}).`;
  }

  async function setPreference(request: Request, on: boolean): Promise<MessageView> {
    const person = request.who.person;
    if (!person)
      return message(
        'Briefs are for people in the board’s directory',
        'Board Clerk sends briefs to the board members and directors in its directory, and you are not in it. Ask your board secretary to add you.',
      );
    await preferences.set(person.id, on ? 'on' : 'off', request.now);
    o.log.info({ personId: person.id, briefs: on ? 'on' : 'off' }, 'brief preference changed');
    if (!on)
      return message(
        'Briefs stopped',
        'Board Clerk will no longer send you a brief before each meeting. You can still say "brief me" at any time, and "start briefs" to have them sent again.',
        ['Brief me', 'Start briefs'],
      );
    const data = await o.referenceData.get();
    const next = chooseMeeting(data, person, { kind: 'next', body: null }, request.now);
    const timing = 'meeting' in next ? briefTimingFor(next.meeting.body, o.schedule) : null;
    const sendAt =
      'meeting' in next && timing ? sendTimeForBrief(next.meeting.startsAt, timing) : null;
    const when =
      'meeting' in next && sendAt
        ? sendAt > request.now
          ? ` The next is for the ${next.meeting.body} on ${meetingDay(next.meeting)}, on ${sendWords(sendAt)}.`
          : ` The one for the ${next.meeting.body} on ${meetingDay(next.meeting)} was due on ${sendWords(sendAt)}: say "brief me" for it now.`
        : '';
    return message(
      'Briefs on',
      `Board Clerk will send you a brief in your personal chat before each meeting you attend.${when}`,
      ['Brief me'],
    );
  }

  async function preview(
    request: Request,
    name: string,
    wanted: MeetingWanted,
  ): Promise<BriefsView> {
    if (!request.who.isSecretary)
      return message(
        'Only a board secretary can preview another member’s brief',
        'Say "brief me" for your own.',
        ['Brief me'],
      );
    const data = await o.referenceData.get();
    const person = personNamed(data.people, name);
    if (!person)
      return message(
        `I can't find ${name.replace(/\b[a-z]/g, (c) => c.toUpperCase())} in the directory`,
        'Give the name as the directory has it, for example "brief for Priya Desai".',
      );
    const chosen = chooseMeeting(data, person, wanted, request.now, 'secretary');
    if ('none' in chosen) return chosen.none;
    const view = await brief(data, person, chosen.meeting, request.now);
    return {
      ...view,
      preview: { delivery: await delivery(data, person, chosen.meeting, request.now) },
    };
  }

  return {
    async answer(request, ask) {
      switch (ask.kind) {
        case 'stop':
          return setPreference(request, false);
        case 'start':
          return setPreference(request, true);
        case 'preview':
          return preview(request, ask.name, ask.meeting);
        case 'brief': {
          const person = request.who.person;
          if (!person)
            return message(
              'Briefs are for people in the board’s directory',
              'Board Clerk briefs the board members and directors in its directory, so it cannot tell which meetings you attend. You can still ask about the next meeting and its agenda.',
              ['Next board agenda', 'Which risks are above appetite?'],
            );
          const data = await o.referenceData.get();
          const chosen = chooseMeeting(data, person, ask.meeting, request.now);
          if ('none' in chosen) return chosen.none;
          return brief(data, person, chosen.meeting, request.now);
        }
      }
    },

    async recipients(meeting) {
      const data = await o.referenceData.get();
      const out: Person[] = [];
      for (const person of attendeesOf(meeting, data.people, data))
        if (await preferences.wantsBriefs(person.id)) out.push(person);
      return out;
    },

    async forPerson(ref, personId, now) {
      const data = await o.referenceData.get();
      const meeting =
        (await o.store.get('meeting', ref.organisationId, ref.meetingId))?.value ??
        data.meetings.find((m) => m.id === ref.meetingId);
      if (!meeting) throw new Error(`meeting ${ref.meetingId} no longer exists`);
      const person = data.people.find((p) => p.id === personId);
      if (!person) throw new Error('that person is no longer in the directory');
      return brief(data, person, meeting, now);
    },
  };
}
