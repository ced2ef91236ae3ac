import { z } from 'zod';
import type { AgendaItem, Meeting, Person } from '../domain';
import { agendaForMeeting } from '../domain/agenda';
import {
  formatDate,
  formatTime,
  isClockTime,
  isRealDate,
  londonClockTime,
  londonDateOf,
  londonToUtc,
  movedAsFar,
} from '../domain/dates';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import { AlreadyExistsError, ConcurrencyConflictError } from '../store/errors';
import type { GovernanceStore, Stored } from '../store/store';
import { type AgendaErrors, type AgendaRow, applyAgendaRows } from './agendaEditor';

/**
 * Board secretaries create and edit meetings from Teams. The agenda is pre-filled from the workplan for
 * that body and date; times are entered in Europe/London and stored in UTC.
 */

const time = z.string().trim().refine(isClockTime, 'Enter a time such as 15:00.');
const date = z.string().trim().refine(isRealDate, 'Enter a real date.');

/** What the meeting card submits (untrusted: parsed here, field by field). */
export const MeetingInput = z.object({
  meetingId: z.string().trim().max(200).optional(),
  /** The etag of the meeting the card showed, for edits: a stale form never overwrites a newer edit. */
  etag: z.string().trim().min(1).max(200).optional(),
  body: z.string().trim().min(1, 'Choose the meeting body.').max(120),
  date,
  time,
  part: z.enum(['public', 'private'], { message: 'Choose public or private.' }),
  location: z.string().trim().max(200).optional(),
  joinUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .refine(
      (v) => !v || /^https:\/\/[^\s]+$/.test(v),
      'The join link must be an https:// address.',
    ),
  paperDeadlineDate: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isRealDate(v), 'Enter a real date.'),
  paperDeadlineTime: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || isClockTime(v), 'Enter a time such as 12:00.'),
});
export type MeetingInput = z.infer<typeof MeetingInput>;

export type MeetingErrors = Partial<Record<keyof MeetingInput | 'form', string>>;

export type SaveMeetingResult =
  /** `before`: the meeting as it was, when this saved a change to it. */
  | {
      ok: true;
      meeting: Stored<Meeting>;
      created: boolean;
      before?: Meeting;
      /** The paper deadline, left as it was in the form, was moved as far as the meeting. */
      deadlineMoved?: boolean;
    }
  /** `latest`: the meeting changed after the form was drawn; this is how it stands now. */
  | { ok: false; errors: MeetingErrors; latest?: Stored<Meeting> };

export type SaveAgendaResult =
  | { ok: true; meeting: Stored<Meeting> }
  | { ok: false; errors: AgendaErrors; latest?: Stored<Meeting> };

/**
 * A moved meeting's paper deadline: left as it was in the form, it moves by as many days as the
 * meeting did (papers are due the same time before it); typed anew, it is as typed.
 */
function deadlineMovedWith(
  existing: Meeting,
  newDate: string,
  typed: string | undefined,
): string | undefined {
  const oldDate = londonDateOf(existing.startsAt);
  if (!existing.paperDeadline || typed !== existing.paperDeadline || oldDate === newDate)
    return typed;
  const day = movedAsFar(londonDateOf(existing.paperDeadline), oldDate, newDate);
  return londonToUtc(day, londonClockTime(existing.paperDeadline));
}

/** What a secretary reads when the form they saved from is out of date. */
export const STALE_FORM =
  'Not saved: this meeting was changed after you opened it. It now reads as below; what you typed is kept in the form. Check it and save again.';

function pad(t: string): string {
  const [h, m] = t.split(':');
  return `${h!.padStart(2, '0')}:${m}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

export function parseMeetingInput(
  raw: unknown,
): { ok: true; input: MeetingInput } | { ok: false; errors: MeetingErrors } {
  const parsed = MeetingInput.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: MeetingErrors = {};
  for (const issue of parsed.error.issues) {
    const field = (issue.path[0] as keyof MeetingInput | undefined) ?? 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Two agendas the same item for item (a secretary's edit changes one). */
function sameAgenda(a: readonly AgendaItem[], b: readonly AgendaItem[]): boolean {
  const said = (i: AgendaItem) =>
    JSON.stringify([i.order, i.section, i.title, i.type, i.lead, i.part, i.asRequired]);
  return a.length === b.length && a.every((item, i) => said(item) === said(b[i]!));
}

export class MeetingService {
  constructor(
    private readonly store: GovernanceStore,
    private readonly referenceData: ReferenceDataCache,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A meeting as stored now, with its etag (the cache only names its organisation, which never changes). */
  async load(meetingId: string): Promise<Stored<Meeting> | null> {
    const known = (await this.referenceData.get()).meetings.find((m) => m.id === meetingId);
    return known ? this.store.get('meeting', known.organisationId, meetingId) : null;
  }

  /** Replaces a meeting if it is unchanged since the form was drawn (`etag`); else how it stands now. */
  private async replace(
    meeting: Meeting,
    etag: string,
  ): Promise<
    { ok: true; meeting: Stored<Meeting> } | { ok: false; latest: Stored<Meeting> | null }
  > {
    try {
      const saved = await this.store.replace(meeting, etag);
      return { ok: true, meeting: saved };
    } catch (e) {
      if (!(e instanceof ConcurrencyConflictError)) throw e;
      return { ok: false, latest: await this.load(meeting.id) };
    }
  }

  /**
   * Creates a meeting, or updates one. An update applies only to the meeting as the form showed it (its
   * etag): a stale form never overwrites a newer edit, it gets the latest back instead.
   */
  async save(input: MeetingInput, secretary: Person | null): Promise<SaveMeetingResult> {
    if (!secretary?.isBoardSecretary)
      return { ok: false, errors: { form: 'Only a board secretary can create or edit meetings.' } };
    const startsAt = londonToUtc(input.date, pad(input.time));
    if (!input.meetingId && startsAt <= this.clock().toISOString())
      return { ok: false, errors: { date: 'A new meeting must be in the future.' } };

    const data = await this.referenceData.get();
    const stored = input.meetingId ? await this.load(input.meetingId) : null;
    if (input.meetingId && !stored)
      return { ok: false, errors: { form: 'That meeting no longer exists.' } };
    if (stored && stored.etag !== input.etag)
      return { ok: false, errors: { form: STALE_FORM }, latest: stored };
    const existing = stored?.value;
    const typedDeadline = input.paperDeadlineDate
      ? londonToUtc(input.paperDeadlineDate, pad(input.paperDeadlineTime || '12:00'))
      : undefined;
    const paperDeadline = existing
      ? deadlineMovedWith(existing, input.date, typedDeadline)
      : typedDeadline;
    if (paperDeadline && paperDeadline >= startsAt)
      return {
        ok: false,
        errors: { paperDeadlineDate: 'The paper deadline must be before the meeting.' },
      };
    // Part I and Part II of a board meet one after the other: two of a body's meetings starting at
    // the same moment is a slip of the form, not a plan.
    const clash = data.meetings.find(
      (m) => m.body === input.body && m.startsAt === startsAt && m.id !== existing?.id,
    );
    if (clash)
      return {
        ok: false,
        errors: {
          time: `The ${clash.part} ${clash.body} meeting on ${formatDate(input.date)} starts at ${formatTime(startsAt)} too: give this one another time.`,
        },
      };
    const organisationId =
      existing?.organisationId ??
      data.meetings.find((m) => m.body === input.body)?.organisationId ??
      secretary.organisationId;
    const workplan = data.workplans.find((w) => w.body === input.body) ?? null;
    // A meeting moved keeps the agenda the secretary made for it; only one still as the workplan
    // filled it for its old date is filled again for the new one.
    const oldDate = existing && londonDateOf(existing.startsAt);
    const agenda =
      existing &&
      (oldDate === input.date ||
        !sameAgenda(existing.agenda, agendaForMeeting(workplan, oldDate!, existing.part)))
        ? existing.agenda
        : agendaForMeeting(workplan, input.date, input.part);
    const meeting: Meeting = {
      // Part I and Part II meet on the same day: a private meeting's id says so (public ids as ever).
      id:
        existing?.id ??
        `mtg-${slug(input.body)}-${input.date}${input.part === 'private' ? '-private' : ''}`,
      organisationId,
      kind: 'meeting',
      body: input.body,
      title: `${input.body} (${input.part}), ${formatDate(input.date)}`,
      startsAt,
      printedDate: `${formatDate(input.date)} at ${input.time}`,
      part: input.part,
      location: input.location || existing?.location || 'Microsoft Teams',
      joinUrl: input.joinUrl || undefined,
      paperDeadline,
      note: existing?.note,
      agenda,
      minutesId: existing?.minutesId,
      workplanId: workplan?.id,
      source: existing?.source ?? {
        documentId: 'src-board-clerk',
        section: `Created by ${secretary.name}`,
      },
      dataQuality: existing?.dataQuality ?? [],
    };
    if (stored) {
      const replaced = await this.replace(meeting, stored.etag);
      if (!replaced.ok)
        return replaced.latest
          ? { ok: false, errors: { form: STALE_FORM }, latest: replaced.latest }
          : { ok: false, errors: { form: 'That meeting no longer exists.' } };
      this.log.info({ meetingId: meeting.id }, 'meeting updated');
      return {
        ok: true,
        meeting: replaced.meeting,
        created: false,
        before: stored.value,
        deadlineMoved: paperDeadline !== typedDeadline,
      };
    }
    try {
      const saved = await this.store.create(meeting);
      this.log.info({ meetingId: meeting.id }, 'meeting created');
      return { ok: true, meeting: saved, created: true };
    } catch (e) {
      if (!(e instanceof AlreadyExistsError)) throw e;
      return {
        ok: false,
        errors: {
          date: `There is already a ${input.part} ${input.body} meeting on ${formatDate(input.date)}.`,
        },
      };
    }
  }

  /** Saves an edited agenda, if the meeting is unchanged since the editor was drawn (`etag`). */
  async saveAgenda(
    meetingId: string,
    etag: string,
    rows: readonly AgendaRow[],
    secretary: Person | null,
  ): Promise<SaveAgendaResult> {
    if (!secretary?.isBoardSecretary)
      return { ok: false, errors: { form: 'Only a board secretary can create or edit meetings.' } };
    const stored = await this.load(meetingId);
    if (!stored) return { ok: false, errors: { form: 'That meeting no longer exists.' } };
    if (stored.etag !== etag) return { ok: false, errors: { form: STALE_FORM }, latest: stored };
    const edited = applyAgendaRows(stored.value.agenda, rows);
    if (!edited.ok) return { ok: false, errors: edited.errors };
    const replaced = await this.replace({ ...stored.value, agenda: edited.agenda }, etag);
    if (!replaced.ok)
      return replaced.latest
        ? { ok: false, errors: { form: STALE_FORM }, latest: replaced.latest }
        : { ok: false, errors: { form: 'That meeting no longer exists.' } };
    this.log.info(
      { meetingId, items: edited.agenda.length, by: secretary.id },
      'meeting agenda updated',
    );
    return { ok: true, meeting: replaced.meeting };
  }
}
