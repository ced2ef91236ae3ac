import { z } from 'zod';
import type { Meeting, Person } from '../domain';
import { agendaFromWorkplan } from '../domain/agenda';
import { formatDate, isClockTime, isRealDate, londonDateOf, londonToUtc } from '../domain/dates';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import { ConcurrencyConflictError } from '../store/errors';
import type { GovernanceStore } from '../store/store';

/**
 * Board secretaries create and edit meetings from Teams. The agenda is pre-filled from the workplan for
 * that body and date; times are entered in Europe/London and stored in UTC.
 */

const time = z.string().trim().refine(isClockTime, 'Enter a time such as 15:00.');
const date = z.string().trim().refine(isRealDate, 'Enter a real date.');

/** What the meeting card submits (untrusted: parsed here, field by field). */
export const MeetingInput = z.object({
  meetingId: z.string().trim().max(200).optional(),
  /** The revision the card showed, for edits. */
  revision: z.coerce.number().int().nonnegative().optional(),
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
  { ok: true; meeting: Meeting; created: boolean } | { ok: false; errors: MeetingErrors };

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

export class MeetingService {
  constructor(
    private readonly store: GovernanceStore,
    private readonly referenceData: ReferenceDataCache,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Creates a meeting, or updates one (with the revision the card showed, so edits never cross). */
  async save(input: MeetingInput, secretary: Person | null): Promise<SaveMeetingResult> {
    if (!secretary?.isBoardSecretary)
      return { ok: false, errors: { form: 'Only a board secretary can create or edit meetings.' } };
    const startsAt = londonToUtc(input.date, pad(input.time));
    const paperDeadline = input.paperDeadlineDate
      ? londonToUtc(input.paperDeadlineDate, pad(input.paperDeadlineTime || '12:00'))
      : undefined;
    if (paperDeadline && paperDeadline >= startsAt)
      return {
        ok: false,
        errors: { paperDeadlineDate: 'The paper deadline must be before the meeting.' },
      };
    if (!input.meetingId && startsAt <= this.clock().toISOString())
      return { ok: false, errors: { date: 'A new meeting must be in the future.' } };

    const data = await this.referenceData.get();
    const existing = input.meetingId
      ? data.meetings.find((m) => m.id === input.meetingId)
      : undefined;
    if (input.meetingId && !existing)
      return { ok: false, errors: { form: 'That meeting no longer exists.' } };
    const organisationId =
      existing?.organisationId ??
      data.meetings.find((m) => m.body === input.body)?.organisationId ??
      secretary.organisationId;
    const workplan = data.workplans.find((w) => w.body === input.body) ?? null;
    const sameDay = existing && londonDateOf(existing.startsAt) === input.date;
    const meeting: Meeting = {
      id: existing?.id ?? `mtg-${slug(input.body)}-${input.date}`,
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
      agenda: sameDay && existing ? existing.agenda : agendaFromWorkplan(workplan, input.date),
      minutesId: existing?.minutesId,
      workplanId: workplan?.id,
      source: existing?.source ?? {
        documentId: 'src-board-clerk',
        section: `Created by ${secretary.name}`,
      },
      dataQuality: existing?.dataQuality ?? [],
    };
    try {
      if (existing) {
        const stored = await this.store.get('meeting', existing.organisationId, existing.id);
        if (!stored) return { ok: false, errors: { form: 'That meeting no longer exists.' } };
        const saved = await this.store.replace(meeting, stored.etag);
        this.log.info({ meetingId: meeting.id }, 'meeting updated');
        return { ok: true, meeting: saved.value, created: false };
      }
      const saved = await this.store.create(meeting);
      this.log.info({ meetingId: meeting.id }, 'meeting created');
      return { ok: true, meeting: saved.value, created: true };
    } catch (e) {
      if (e instanceof ConcurrencyConflictError)
        return {
          ok: false,
          errors: { form: 'Someone else changed this meeting; open it again to see the latest.' },
        };
      if ((e as Error).name === 'AlreadyExistsError')
        return {
          ok: false,
          errors: {
            date: `There is already a ${input.body} meeting on ${formatDate(input.date)}.`,
          },
        };
      throw e;
    }
  }
}
