import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AgendaItemDraft, Meeting, Person } from '../domain';
import {
  formatDateTime,
  formatDateWithWeekday,
  formatTime,
  isClockTime,
  isRealDate,
  londonClockTime,
  londonDateOf,
  londonToday,
  londonToUtc,
  movedAsFar,
} from '../domain/dates';
import type { BroadcastJob, BroadcastTarget, ConversationRecord } from '../domain/delivery';
import {
  DEFAULT_SCHEDULE,
  plannedReminders,
  type ReminderKind,
  type ReminderSchedule,
} from '../domain/reminderSchedule';
import { notWorkingBecause } from '../domain/workingDays';
import type { Logger } from '../log';
import { withoutPrivate } from '../shared/privacy';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import { listInWords, meetingView } from '../shared/views';
import type { BroadcastStore, ConversationStore, GovernanceStore, Stored } from '../store/store';
import type { BroadcastService, TargetOption, When } from './broadcastService';
import type { BroadcastContent } from './content';
import { conversationRecordId, personalTarget } from './installations';
import { type MeetingService, parseMeetingInput } from './meetingService';
import type {
  AgendaFormView,
  BroadcastListView,
  ComposeView,
  DeskView,
  MeetingChoiceView,
  MeetingFormView,
  RefusalView,
} from './views';
import {
  type AgendaRow,
  blankRow,
  filledRow,
  MAX_AGENDA_ROWS,
  readAgendaRows,
  rowsOf,
} from './agendaEditor';

/**
 * The board secretary's desk in Teams: create and edit meetings, compose a reminder (meeting, where,
 * when), preview it, send or schedule it, list and cancel broadcasts, chase overdue actions. Only board
 * secretaries may use it; everyone else gets a clear refusal. Card values are untrusted and parsed here.
 */

/** A secretary's command typed in chat. */
export type SecretaryCommand =
  'new-meeting' | 'edit-meeting' | 'send-reminder' | 'broadcasts' | 'chase';

export interface DeskOptions {
  store: GovernanceStore & ConversationStore & BroadcastStore;
  referenceData: ReferenceDataCache;
  meetings: MeetingService;
  broadcasts: BroadcastService;
  content: BroadcastContent;
  schedule: ReminderSchedule;
  /** The secretariat channel, for the overdue summary; secretaries' personal chats when null. */
  secretariat: () => Promise<BroadcastTarget | null>;
  log: Logger;
  /** Tells the scheduler new work is queued. */
  queued: () => void;
}

/** What the agenda editor's buttons carry besides the rows' inputs. */
const AgendaSent = z.object({
  meetingId: z.string().trim().min(1).max(200),
  etag: z.string().trim().min(1).max(200),
  rows: z.coerce.number().int().min(0).max(MAX_AGENDA_ROWS),
});

/** Where a broadcast goes, in words: every place up to three, else the first two and how many more. */
function placesInWords(labels: readonly string[]): string {
  return labels.length <= 3
    ? labels.join('; ')
    : `${labels.slice(0, 2).join('; ')} and ${labels.length - 2} more`;
}

/** What became of a moved meeting's reminders, said after "Saved by …". */
function remindersFollowed(
  { moved, cancelled, kept }: { moved: number; cancelled: number; kept: readonly string[] },
  startsAt: string,
): string {
  const after = kept.filter((at) => at >= startsAt).length;
  const said = [
    moved ? `${moved} scheduled reminder${moved === 1 ? '' : 's'} moved with the meeting` : '',
    cancelled
      ? `${cancelled} cancelled, as ${cancelled === 1 ? 'its' : 'their'} new time has passed`
      : '',
    kept.length
      ? `${kept.length === 1 ? 'the reminder' : `${kept.length} reminders`} you set for a time of your own ${kept.length === 1 ? 'stays' : 'stay'} at ${listInWords(kept.map(formatDateTime))}${after ? ` (${after === kept.length ? (kept.length === 1 ? 'now after the meeting' : 'all now after the meeting') : `${after} now after the meeting`})` : ''}: open Broadcasts to move or cancel ${kept.length === 1 ? 'it' : 'them'}`
      : '',
  ].filter(Boolean);
  const sentence = said.join('; ');
  return sentence
    ? ` ${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`
    : ' Reminders are not sent until you send or schedule them.';
}

/** "Saturday 13 March 2027 is not a working day: …", or null on a working day. */
function notAWorkingDay(date: string): string | null {
  const why = notWorkingBecause(date);
  return why
    ? `${formatDateWithWeekday(date)} is ${why}, not a working day: the reminder still goes then unless you change it.`
    : null;
}

/** What each default reminder is for, in the preview's words. */
const SENT_FOR: Record<ReminderKind, string> = {
  'paper-deadline': 'before the paper deadline',
  'week-before': 'the week before',
  'day-before': 'the day before',
};

/** The meeting a typed command names: its day, its part, or both. */
export interface MeetingNamed {
  date?: string;
  part?: 'public' | 'private';
  /** A new meeting's start on the UK clock ("10:00"). */
  time?: string;
  /** A new meeting's paper deadline ("papers due 14 jan"). */
  paperDeadline?: string;
}

/** What a typed command says beside itself: the day a meeting moves to, the meeting it names. */
export interface CommandDetail {
  moveTo?: string | null;
  meeting?: MeetingNamed | null;
  /** "Add Estates sale update to the agenda, paper, led by the CFO": the editor's new row. */
  item?: AgendaItemDraft | null;
}

/** Whether a meeting is the one named (a day and part not said match any). */
function matching(named: MeetingNamed) {
  return (m: Meeting) =>
    (!named.date || londonDateOf(m.startsAt) === named.date) &&
    (!named.part || m.part === named.part);
}

function refusal(what: string): RefusalView {
  return { kind: 'refusal', what };
}

const Compose = z.object({
  /** The compose card's idempotency key: a retried or double-pressed Send schedules once. */
  submissionId: z.string().trim().min(8).max(100).optional(),
  meetingId: z.string().trim().max(200).optional(),
  targets: z.string().max(20_000).optional(),
  when: z.enum(['now', 'default', 'at']).optional(),
  atDate: z.string().trim().max(20).optional(),
  atTime: z.string().trim().max(10).optional(),
});
type Compose = z.infer<typeof Compose>;

type Prepared =
  | { ok: false; errors: Record<string, string> }
  | {
      ok: true;
      meeting: Meeting;
      targets: TargetOption[];
      when: When;
      whenWords: string;
      /** Said when a chosen time is not on a working day: the secretary may not have meant it. */
      whenNote: string | null;
      submissionId: string | null;
    };

export class SecretaryDesk {
  private readonly store: DeskOptions['store'];
  private readonly referenceData: ReferenceDataCache;
  private readonly meetings: MeetingService;
  private readonly broadcasts: BroadcastService;
  private readonly content: BroadcastContent;
  private readonly log: Logger;

  constructor(private readonly o: DeskOptions) {
    this.store = o.store;
    this.referenceData = o.referenceData;
    this.meetings = o.meetings;
    this.broadcasts = o.broadcasts;
    this.content = o.content;
    this.log = o.log;
  }

  private secretary(user: Request): Person | null {
    return user.who.isSecretary ? user.who.person : null;
  }

  /** A text command ("new meeting", "send reminder", "broadcasts", "chase overdue actions"). */
  async command(
    user: Request,
    command: SecretaryCommand,
    { moveTo = null, meeting = null, item = null }: CommandDetail = {},
  ): Promise<DeskView> {
    switch (command) {
      case 'new-meeting':
        return this.meetingForm(user, null, null, meeting);
      case 'edit-meeting': {
        // (An item to add to the one meeting named: straight to its agenda, the item filled in.)
        const named = item && meeting ? (await this.upcoming(user)).filter(matching(meeting)) : [];
        return named.length === 1
          ? this.agendaForm(user, named[0]!.id, item)
          : this.chooseMeeting(user, moveTo, meeting, item);
      }
      case 'send-reminder': {
        // ("Send a reminder for the private board on 8 April": that meeting chosen.)
        const named = meeting ? (await this.upcoming(user)).find(matching(meeting)) : undefined;
        return this.compose(user, named ? { meetingId: named.id } : {});
      }
      case 'broadcasts':
        return this.list(user);
      case 'chase':
        return this.chasePreview(user);
    }
  }

  private async bodies(): Promise<string[]> {
    const data = await this.referenceData.get();
    return [
      ...new Set([...data.workplans.map((w) => w.body), ...data.meetings.map((m) => m.body)]),
    ].sort();
  }

  /**
   * A meeting's form: empty for a new one, or the meeting as stored now (with its etag) to edit; with
   * `moveTo`, at that date (its paper deadline moved as far), saved only when the secretary saves.
   */
  async meetingForm(
    user: Request,
    meetingId: string | null,
    moveTo: string | null = null,
    /** What a typed "new meeting on 28 jan at 10am, private" said: filled in, nothing saved. */
    said: MeetingNamed | null = null,
  ): Promise<DeskView> {
    if (!this.secretary(user)) return refusal('create or edit meetings');
    const bodies = await this.bodies();
    if (!meetingId) {
      // (At the time that body's last public meeting started: the board's are at 3.00pm, not 10am,
      // nor the 1.00pm of a private meeting before it.)
      const ofBody = (await this.referenceData.get()).meetings
        .filter((m) => m.body === bodies[0])
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
      const last = ofBody.find((m) => m.part === 'public') ?? ofBody[0];
      return this.meetingFormView({
        meetingId: null,
        etag: null,
        bodies,
        values: {
          body: bodies[0],
          ...(last ? { time: londonClockTime(last.startsAt) } : {}),
          ...(said?.date ? { date: said.date } : {}),
          ...(said?.time ? { time: said.time } : {}),
          ...(said?.part ? { part: said.part } : {}),
          ...(said?.paperDeadline ? { paperDeadlineDate: said.paperDeadline } : {}),
        },
        ...(said && (said.date || said.time || said.part || said.paperDeadline)
          ? {
              note: 'Filled in from your message: check it, then Save. Nothing is saved until then.',
            }
          : {}),
      });
    }
    const stored = await this.meetings.load(meetingId);
    if (!stored) return this.gone(user);
    const values = this.formValues(stored.value);
    const moving = moveTo && moveTo !== values.date ? moveTo : null;
    if (!moving) return this.meetingFormView({ meetingId, etag: stored.etag, bodies, values });
    const deadline =
      values.paperDeadlineDate && movedAsFar(values.paperDeadlineDate, values.date, moving);
    return this.meetingFormView({
      meetingId,
      etag: stored.etag,
      bodies,
      values: { ...values, date: moving, ...(deadline ? { paperDeadlineDate: deadline } : {}) },
      note: `Moved to ${formatDateWithWeekday(moving)} in this form${deadline ? `, with the paper deadline on ${formatDateWithWeekday(deadline)}` : ''}: nothing changes until you press Save.`,
    });
  }

  private meetingFormView(
    view: Omit<MeetingFormView, 'kind' | 'latest' | 'errors' | 'note'> &
      Partial<Pick<MeetingFormView, 'latest' | 'errors' | 'note'>>,
  ): MeetingFormView {
    return { kind: 'meeting-form', latest: null, errors: {}, note: null, ...view };
  }

  /** The meeting asked for is gone: choose again. */
  private async gone(user: Request): Promise<DeskView> {
    const choice = await this.chooseMeeting(user);
    return choice.kind === 'meeting-choice'
      ? { ...choice, note: 'That meeting no longer exists; choose another.' }
      : choice;
  }

  private formValues(m: Meeting) {
    return {
      body: m.body,
      date: londonDateOf(m.startsAt),
      time: londonClockTime(m.startsAt),
      part: m.part,
      location: m.location,
      joinUrl: m.joinUrl,
      paperDeadlineDate: m.paperDeadline ? londonDateOf(m.paperDeadline) : undefined,
      paperDeadlineTime: m.paperDeadline ? londonClockTime(m.paperDeadline) : undefined,
    };
  }

  private async upcoming(user: Request): Promise<Meeting[]> {
    const now = user.now.toISOString();
    return (await this.referenceData.get()).meetings
      .filter((m) => m.startsAt > now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.part.localeCompare(b.part));
  }

  /** "Group Trust Board (private), 28 January 2027 at 1.00pm": which meeting, unmistakably. */
  private meetingChoice(m: Meeting) {
    return { title: `${m.body} (${m.part}), ${formatDateTime(m.startsAt)}`, value: m.id };
  }

  /**
   * "edit meeting": the upcoming meetings, the next first (the one most likely being prepared); "move
   * the board to 8 April": the same choice, its form opening at that day.
   */
  async chooseMeeting(
    user: Request,
    moveTo: string | null = null,
    named: MeetingNamed | null = null,
    item: AgendaItemDraft | null = null,
  ): Promise<MeetingChoiceView | RefusalView> {
    if (!this.secretary(user)) return refusal('create or edit meetings');
    const past = moveTo && moveTo < londonToday(user.now);
    const upcoming = await this.upcoming(user);
    // The meeting the command named first, so the card has it chosen; the rest in their order.
    const first = named ? upcoming.filter(matching(named)) : [];
    return {
      kind: 'meeting-choice',
      meetings: [...first, ...upcoming.filter((m) => !first.includes(m))].map((m) =>
        this.meetingChoice(m),
      ),
      note: past
        ? `${formatDateWithWeekday(moveTo)} has passed: choose a meeting and its new date.`
        : item && upcoming.length
          ? `Choose the meeting, then Edit agenda: “${item.title}” is filled in as a new item, saved only when you save.`
          : null,
      moveTo: moveTo && !past ? { date: moveTo, words: formatDateWithWeekday(moveTo) } : null,
      ...(item && !moveTo ? { item } : {}),
    };
  }

  async saveMeeting(user: Request, raw: Record<string, unknown>): Promise<DeskView> {
    const secretary = this.secretary(user);
    if (!secretary) return refusal('create or edit meetings');
    const parsed = parseMeetingInput(raw);
    const values = Object.fromEntries(
      Object.entries(raw).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    const meetingId = typeof raw.meetingId === 'string' ? raw.meetingId : null;
    const etag = typeof raw.etag === 'string' ? raw.etag : null;
    const bodies = await this.bodies();
    if (!parsed.ok)
      return this.meetingFormView({ meetingId, etag, bodies, values, errors: parsed.errors });
    const saved = await this.meetings.save(parsed.input, secretary);
    const data = await this.referenceData.get();
    if (!saved.ok)
      return this.meetingFormView({
        meetingId,
        // After a stale save the form carries the latest etag: "save again" applies what was typed.
        etag: saved.latest?.etag ?? etag,
        bodies,
        values,
        errors: saved.errors,
        latest: saved.latest ? meetingView(data, saved.latest.value) : null,
      });
    const meeting = saved.meeting.value;
    const before = saved.before;
    const moved =
      before &&
      (before.startsAt !== meeting.startsAt || before.paperDeadline !== meeting.paperDeadline);
    const followed = moved ? await this.broadcasts.followMovedMeeting(meeting) : null;
    // (The form still showed the old deadline: the service moved it with the meeting.)
    const deadlineFollowed =
      saved.deadlineMoved && meeting.paperDeadline
        ? ` The paper deadline moved with it, to ${formatDateTime(meeting.paperDeadline)}.`
        : '';
    return {
      kind: 'meeting-saved',
      meeting: meetingView(data, meeting),
      note: `${saved.created ? 'Created' : 'Saved'} by ${secretary.name}.${saved.created ? (meeting.part === 'private' ? ' The public workplan lists no private business, so the agenda has only the opening items: Edit agenda to add it.' : ' The agenda is filled from the workplan: Edit agenda to change it.') : ''}${deadlineFollowed}${followed ? remindersFollowed(followed, meeting.startsAt) : ' Reminders are not sent until you send or schedule them.'}`,
    };
  }

  /** A meeting's agenda editor, with one blank row to add an item. */
  async agendaForm(
    user: Request,
    meetingId: string | null,
    /** An item the secretary typed ("add Estates sale update…"): the new row, filled in. */
    item: AgendaItemDraft | null = null,
  ): Promise<DeskView> {
    if (!this.secretary(user)) return refusal('create or edit meetings');
    if (!meetingId) return this.chooseMeeting(user, null, null, item);
    const stored = await this.meetings.load(meetingId);
    if (!stored) return this.gone(user);
    const rows = rowsOf(stored.value.agenda);
    const blank = blankRow(rows.length + 1, stored.value.part === 'private');
    const view = await this.agendaView(
      stored,
      [...rows, item ? filledRow(blank, item) : blank],
      {},
      false,
    );
    return item
      ? {
          ...view,
          note: `Filled in from your message: “${item.title}” is item ${blank.position}. Check it, then Save agenda; nothing is saved until then.`,
        }
      : view;
  }

  private async agendaView(
    stored: Stored<Meeting>,
    rows: AgendaRow[],
    errors: Record<string, string>,
    stale: boolean,
  ): Promise<AgendaFormView> {
    return {
      kind: 'agenda-form',
      meeting: meetingView(await this.referenceData.get(), stored.value),
      etag: stored.etag,
      rows,
      errors,
      stale,
    };
  }

  /** What the agenda editor sent: its meeting, the etag it was drawn at, and its rows as typed. */
  private agendaSent(raw: Record<string, unknown>) {
    const parsed = AgendaSent.safeParse(raw);
    if (!parsed.success) return null;
    return { ...parsed.data, rows: readAgendaRows(raw, parsed.data.rows) };
  }

  /** "Add an item": the editor again with what was typed and one more blank row (nothing saved). */
  async addAgendaItem(user: Request, raw: Record<string, unknown>): Promise<DeskView> {
    if (!this.secretary(user)) return refusal('create or edit meetings');
    const sent = this.agendaSent(raw);
    if (!sent) return this.chooseMeeting(user);
    const stored = await this.meetings.load(sent.meetingId);
    if (!stored) return this.gone(user);
    const blank = blankRow(sent.rows.length + 1, stored.value.part === 'private');
    const rows = [...sent.rows, blank].slice(0, MAX_AGENDA_ROWS);
    // Drawn at the etag the editor was opened at: adding a row never makes a stale form current.
    return { ...(await this.agendaView(stored, rows, {}, false)), etag: sent.etag };
  }

  async saveAgenda(user: Request, raw: Record<string, unknown>): Promise<DeskView> {
    const secretary = this.secretary(user);
    if (!secretary) return refusal('create or edit meetings');
    const sent = this.agendaSent(raw);
    if (!sent) return this.chooseMeeting(user);
    const saved = await this.meetings.saveAgenda(sent.meetingId, sent.etag, sent.rows, secretary);
    if (!saved.ok) {
      const stored = saved.latest ?? (await this.meetings.load(sent.meetingId));
      if (!stored) return this.gone(user);
      const view = await this.agendaView(stored, sent.rows, saved.errors, !!saved.latest);
      // Field errors leave the form at the etag it was drawn at; a stale save moves it to the latest.
      return saved.latest ? view : { ...view, etag: sent.etag };
    }
    return {
      kind: 'meeting-saved',
      meeting: meetingView(await this.referenceData.get(), saved.meeting.value),
      note: `Agenda saved by ${secretary.name}.`,
    };
  }

  /** "2 days before the paper deadline, 7 days and 1 day before the meeting, at 09:00 UK time". */
  private scheduleWords(): string {
    const rules = { ...DEFAULT_SCHEDULE, ...(this.o.schedule['*'] ?? {}) };
    const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
    const parts: string[] = [];
    if (rules.paperDeadline)
      parts.push(
        `${days(rules.paperDeadline.daysBefore)} before the paper deadline at ${rules.paperDeadline.at}`,
      );
    const before = [rules.weekBefore, rules.dayBefore].filter((r) => r !== null);
    if (before.length)
      parts.push(
        `${before.map((r) => `${days(r.daysBefore)}`).join(' and ')} before the meeting at ${[...new Set(before.map((r) => r.at))].join(' and ')}`,
      );
    return parts.length ? `${parts.join('; ')}, UK time` : 'no default reminders are configured';
  }

  /**
   * The default schedule as the days it sends on for this meeting ("Friday 19 March 2027 at 9.00am,
   * before the paper deadline; …"), each moved off weekends and bank holidays as it will be.
   */
  private defaultTimes(meeting: Meeting, now: Date): string {
    const planned = plannedReminders(meeting, this.o.schedule, now);
    if (!planned.length) return 'on the default schedule: none left, every default time has passed';
    return `on the default schedule: ${planned
      .map(
        (p) =>
          `${formatDateWithWeekday(londonDateOf(p.dueAt))} at ${formatTime(p.dueAt)} (${SENT_FOR[p.kind]})`,
      )
      .join('; ')}`;
  }

  /** Where a broadcast can go: only conversations of the secretary's own tenant. */
  private async targetChoices(user: Request): Promise<TargetOption[]> {
    return this.broadcasts.targetOptions(user.where.tenantId ?? undefined);
  }

  async compose(
    user: Request,
    raw: Record<string, unknown>,
    errors: Record<string, string> = {},
  ): Promise<DeskView> {
    if (!this.secretary(user)) return refusal('schedule or send broadcasts');
    const values = Compose.safeParse(raw);
    const meetings = await this.upcoming(user);
    const targets = await this.targetChoices(user);
    const view: ComposeView = {
      kind: 'compose',
      // Kept while the secretary corrects or changes the card: nothing has been sent from it yet.
      submissionId: (values.success && values.data.submissionId) || randomUUID(),
      // (A public and a private meeting the same afternoon are told apart, as in "edit meeting".)
      meetings: meetings.map((m) => this.meetingChoice(m)),
      targets: targets.map((t) => ({ title: t.target.label, value: t.target.key })),
      values: values.success ? values.data : {},
      errors,
      scheduleDescription: this.scheduleWords(),
    };
    return view;
  }

  private async prepare(user: Request, raw: Record<string, unknown>): Promise<Prepared> {
    const parsed = Compose.safeParse(raw);
    if (!parsed.success)
      return {
        ok: false,
        errors: { form: 'Some of the choices could not be read; choose again.' },
      };
    const c: Compose = parsed.data;
    const errors: Record<string, string> = {};
    const meeting = (await this.upcoming(user)).find((m) => m.id === c.meetingId);
    if (!meeting) errors.meetingId = 'Choose an upcoming meeting.';
    const keys = (c.targets ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const options = await this.targetChoices(user);
    const targets = options.filter((o) => keys.includes(o.target.key));
    if (keys.length === 0) errors.targets = 'Choose at least one chat or channel.';
    else if (targets.length !== keys.length)
      errors.targets = 'One of those chats or channels is no longer available; choose again.';
    let when: When = { kind: 'default' };
    let whenWords = meeting
      ? this.defaultTimes(meeting, user.now)
      : `on the default schedule (${this.scheduleWords()})`;
    let whenNote: string | null = null;
    if (c.when === 'now') {
      when = { kind: 'now' };
      whenWords = 'now';
    } else if (c.when === 'at') {
      if (!c.atDate || !isRealDate(c.atDate) || !isClockTime(c.atTime ?? ''))
        errors.when = 'Enter the date and time to send it.';
      else {
        const at = londonToUtc(c.atDate, c.atTime!.padStart(5, '0'));
        if (at <= user.now.toISOString()) errors.when = 'That time has passed; choose a later one.';
        else if (meeting && at >= meeting.startsAt)
          errors.when = 'Send it before the meeting starts.';
        when = { kind: 'at', at };
        whenWords = formatDateTime(at);
        whenNote = notAWorkingDay(c.atDate);
      }
    }
    if (Object.keys(errors).length || !meeting) return { ok: false, errors };
    return {
      ok: true,
      meeting,
      targets,
      when,
      whenWords,
      whenNote,
      submissionId: c.submissionId ?? null,
    };
  }

  async preview(user: Request, raw: Record<string, unknown>): Promise<DeskView> {
    if (!this.secretary(user)) return refusal('schedule or send broadcasts');
    const prepared = await this.prepare(user, raw);
    if (!prepared.ok) return this.compose(user, raw, prepared.errors);
    // Channels and group chats get the same shared version (the outbox's rule): preview that one.
    const shared = prepared.targets.some((t) => t.target.kind !== 'personal');
    const job = this.draftJob(
      user,
      prepared.meeting,
      prepared.targets.map((t) => t.target),
    );
    const reminder = await this.content.meetingReminder(job, user.now);
    // The preview shows exactly what a channel will see: the same rule the outbox applies.
    const shown = shared ? withoutPrivate(reminder) : { view: reminder, leftOut: 0 };
    const values = Object.fromEntries(
      Object.entries(Compose.parse(raw)).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    return {
      kind: 'preview',
      reminder: shown.view ?? reminder,
      privateLeftOut: shown.leftOut,
      targets: prepared.targets.map((t) => t.target.label),
      when: prepared.whenWords,
      whenNote: prepared.whenNote,
      sharedVersion: shared,
      values,
    };
  }

  private draftJob(user: Request, meeting: Meeting, targets: BroadcastTarget[]): BroadcastJob {
    const now = user.now.toISOString();
    return {
      id: 'preview',
      jobId: 'preview',
      kind: 'broadcast',
      type: 'meeting-reminder',
      title: meeting.title,
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      createdBy: { name: 'preview' },
      createdAt: now,
      dueAt: now,
      schedule: 'now',
      targets,
      status: 'scheduled',
      lease: null,
      report: null,
    };
  }

  /** Where the delivery report goes: the secretary's personal chat, else the conversation they used. */
  private async reportTo(user: Request): Promise<ConversationRecord | null> {
    const personal = user.who.aadObjectId
      ? await this.store.findPersonalConversation(user.who.aadObjectId)
      : null;
    if (personal) return personal.value;
    const here = user.where.conversation;
    if (!here) return null;
    return (
      (await this.store.getConversation(here.tenantId, conversationRecordId(here)))?.value ?? null
    );
  }

  async send(user: Request, raw: Record<string, unknown>): Promise<DeskView> {
    const secretary = this.secretary(user);
    if (!secretary) return refusal('schedule or send broadcasts');
    const prepared = await this.prepare(user, raw);
    if (!prepared.ok) return this.compose(user, raw, prepared.errors);
    try {
      const { jobs, alreadyScheduled } = await this.broadcasts.scheduleMeeting(
        prepared.meeting,
        prepared.targets.map((t) => t.target),
        prepared.when,
        secretary,
        await this.reportTo(user),
        // A card from before submission ids were drawn sends none: such a press is not deduplicated.
        prepared.submissionId ?? randomUUID(),
      );
      if (prepared.when.kind === 'now') this.o.queued();
      const times = jobs.map((j) => formatDateTime(j.dueAt)).join('; ');
      const note = alreadyScheduled
        ? prepared.when.kind === 'now'
          ? 'Already sent: this reminder was sent from this card, and is not sent twice.'
          : `Already scheduled from this card, not twice: ${times}.`
        : prepared.when.kind === 'now'
          ? `Sending now to ${prepared.targets.map((t) => t.target.label).join('; ')}. A delivery report follows in your chat.`
          : `Scheduled ${jobs.length} reminder${jobs.length === 1 ? '' : 's'}: ${times}.${prepared.whenNote ? ` ${prepared.whenNote}` : ''}`;
      return this.list(user, note);
    } catch (e) {
      if (e instanceof RangeError) return this.compose(user, raw, { when: e.message });
      throw e;
    }
  }

  async list(user: Request, note: string | null = null): Promise<BroadcastListView | RefusalView> {
    if (!this.secretary(user)) return refusal('see or change broadcasts');
    const jobs = (await this.broadcasts.list()).filter((j) => !j.type.startsWith('closure-'));
    const deliveries = new Map<string, { delivered: number; failed: number }>();
    for (const j of jobs.filter((j) => j.status !== 'scheduled').slice(0, 20)) {
      const ds = (await this.store.listDeliveries(j.jobId)).map((d) => d.value);
      deliveries.set(j.jobId, {
        delivered: ds.filter((d) => d.status === 'delivered').length,
        failed: ds.filter((d) => d.status === 'failed').length,
      });
    }
    const now = user.now.toISOString();
    const order = (j: BroadcastJob) => (j.status === 'scheduled' || j.status === 'running' ? 0 : 1);
    const sorted = [...jobs].sort((a, b) =>
      order(a) !== order(b)
        ? order(a) - order(b)
        : order(a) === 0
          ? a.dueAt.localeCompare(b.dueAt)
          : b.dueAt.localeCompare(a.dueAt),
    );
    return {
      kind: 'broadcast-list',
      items: sorted.map((j) => ({
        jobId: j.jobId,
        title: j.title,
        when: formatDateTime(j.dueAt),
        // Due but not yet claimed by the scheduler: it is going now, too late to cancel.
        status: j.status === 'scheduled' && j.dueAt <= now ? 'running' : j.status,
        targets: j.targets.length,
        to: placesInWords(j.targets.map((t) => t.label)),
        delivered: deliveries.get(j.jobId)?.delivered ?? null,
        failed: deliveries.get(j.jobId)?.failed ?? null,
      })),
      note,
    };
  }

  async cancel(user: Request, jobId: string): Promise<DeskView> {
    const secretary = this.secretary(user);
    if (!secretary) return refusal('schedule or send broadcasts');
    try {
      const job = await this.broadcasts.cancel(jobId, secretary);
      this.log.info({ jobId, by: secretary.id }, 'broadcast cancelled');
      return this.list(user, `Cancelled: ${job.title}.`);
    } catch (e) {
      if (e instanceof RangeError) return this.list(user, e.message);
      throw e;
    }
  }

  /**
   * Who "chase overdue actions" would message, and a button to send: chasing messages other people,
   * so it is never done by typing alone.
   */
  async chasePreview(user: Request): Promise<DeskView> {
    const secretary = this.secretary(user);
    if (!secretary) return refusal('chase actions');
    const summaryTarget = await this.summaryTarget(await this.reportTo(user), secretary);
    const owners = await this.broadcasts.digestTargets();
    return {
      kind: 'chase-confirm',
      owners: owners.map((t) => t.label),
      summaryTo: summaryTarget?.label ?? null,
      submissionId: randomUUID(),
    };
  }

  /** Queues the action chasers now: a digest to each reachable owner and the overdue summary. */
  async chase(user: Request, submissionId?: string): Promise<DeskView> {
    const secretary = this.secretary(user);
    if (!secretary) return refusal('chase actions');
    const reportTo = await this.reportTo(user);
    const summaryTarget = await this.summaryTarget(reportTo, secretary);
    const jobs = await this.broadcasts.chaseNow(
      secretary,
      summaryTarget ? [summaryTarget] : [],
      reportTo,
      submissionId,
    );
    if (!jobs.length && submissionId)
      return this.list(user, 'Already chasing: that button was pressed before.');
    this.o.queued();
    const digest = jobs.find((j) => j.type === 'action-digest');
    return this.list(
      user,
      `Chasing now: ${digest ? `a digest to ${digest.targets.length} action owner${digest.targets.length === 1 ? '' : 's'}` : 'no owner can be reached in Teams'}, and the overdue summary${summaryTarget ? ` to ${summaryTarget.label}` : ''} (it lists owners who could not be reached).`,
    );
  }

  /** Where the overdue summary goes: the secretariat channel, else the secretary's personal chat. */
  private async summaryTarget(reportTo: ConversationRecord | null, secretary: Person) {
    return (await this.o.secretariat()) ?? (reportTo ? personalTarget(reportTo, secretary) : null);
  }
}
