import { z } from 'zod';
import { formatDate, londonToday } from '../domain/dates';
import type { ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { MessageView } from '../shared/viewTypes';
import type { GovernanceStore } from '../store/store';
import { exportActionLogs } from './exportActions';
import type { FileOfferView } from './views';

const OFFER_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * When an accepted file offer was made (its context comes back from the client): the offer's own time
 * when it is a time from the last day, so the file sent is the one whose size Teams was told; otherwise now.
 */
export function offeredAt(madeAt: unknown, now: Date): Date {
  const parsed = z.iso.datetime().safeParse(madeAt);
  if (!parsed.success) return now;
  const at = new Date(parsed.data);
  const age = now.getTime() - at.getTime();
  return age >= 0 && age <= OFFER_LIFETIME_MS ? at : now;
}

/**
 * "Export the action log": every action log of the organisation as one .xlsx for the board pack, in the
 * layout the import reads. In Teams it is offered with a file consent card and made again when the
 * secretary accepts (nothing is kept between the two).
 */
export class Exports {
  constructor(
    private readonly store: GovernanceStore,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  async file(
    organisationId: string,
    now: Date,
  ): Promise<{ fileName: string; bytes: Buffer } | null> {
    const data = await this.referenceData.get();
    const logs = data.logs.filter((l) => l.organisationId === organisationId);
    if (!logs.length) return null;
    const actions = await this.store.findActions({ organisationId });
    const bytes = await exportActionLogs(
      logs.map((log) => ({
        log,
        actions: actions.map((a) => a.value).filter((a) => a.logId === log.id),
      })),
      {
        roleName: (id) => data.roles.find((r) => r.id === id)?.code ?? null,
        riskReference: (id) => data.risks.find((r) => r.id === id)?.reference ?? null,
        generatedAt: now,
      },
    );
    const org = data.organisations.find((o) => o.id === organisationId);
    const day = formatDate(londonToday(now));
    return { fileName: `${org?.shortName ?? organisationId} action logs ${day}.xlsx`, bytes };
  }

  async offer(request: Request): Promise<FileOfferView | MessageView> {
    const organisationId = request.where.organisationId ?? request.who.person?.organisationId;
    if (!request.who.isSecretary || !organisationId)
      return {
        kind: 'message',
        title: 'Only board secretaries can export the action logs',
        text: 'Ask your board secretary for the board pack copy.',
        suggestions: ['my actions'],
      };
    const made = await this.file(organisationId, request.now);
    if (!made)
      return {
        kind: 'message',
        title: 'There is no action log to export',
        text: 'This organisation has no action logs in Board Clerk yet. Send me the spreadsheet to import one.',
        suggestions: [],
      };
    return {
      kind: 'file-offer',
      fileName: made.fileName,
      description:
        'The action logs for the board pack: one sheet per log, in the layout Board Clerk imports.',
      sizeInBytes: made.bytes.length,
      context: { organisationId, madeAt: request.now.toISOString() },
    };
  }
}
