import { randomUUID } from 'node:crypto';
import type { Action, Actor, Person } from '../domain';
import { formatDateTime, londonToday } from '../domain/dates';
import { canUpdateAction } from '../domain/permissions';
import {
  alreadyApplied,
  applyClosureDecision,
  applyProgressUpdate,
  type ClosureDecision,
  hasErrors,
  type ProgressForm,
  readProgressForm,
  setbackOf,
  validateClosureDecision,
  validateProgressUpdate,
} from '../domain/progressUpdate';
import type { Logger } from '../log';
import type { EventBus } from '../shared/events';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import type { Request } from '../shared/request';
import type { Banner, MessageView, ProgressView } from '../shared/viewTypes';
import { actionView, historyViews } from '../shared/views';
import { ConcurrencyConflictError } from '../store/errors';
import type { GovernanceStore, Stored } from '../store/store';

/**
 * Action owners update progress from a card; board secretaries approve or return closures. Plain inputs
 * (who, what they typed, the clock) in, a card model out. Every save is an etag-conditional write; a
 * submission already saved is never applied twice; a lost race shows the newer state and keeps what the
 * person typed.
 */

/** An action as a card button names it. */
export interface ActionRef {
  actionId: string;
  organisationId: string;
  /** The list the card was opened from, for "Back to the list". */
  back?: string;
}

/** A save from a card: the action, the revision the card showed, and the save's idempotency key. */
export interface SavingRef extends ActionRef {
  revision: number;
  submissionId: string;
}

export type ProgressReply = ProgressView | MessageView;

const RECENT_NOTES = 3;

const NOT_FOUND: MessageView = {
  kind: 'message',
  title: "I can't find the action",
  text: 'It may have been removed, or this card is out of date. Ask "my actions" for a fresh list.',
  suggestions: ['my actions'],
};

export interface ProgressOptions {
  store: GovernanceStore;
  referenceData: ReferenceDataCache;
  /** Closure proposals and decisions are announced here. */
  events: EventBus;
  log: Logger;
}

/**
 * Action owners update progress from a card; board secretaries approve or return closures. A request
 * (who, where, when) and what they typed in; a progress view out.
 */
export class Progress {
  constructor(private readonly o: ProgressOptions) {}

  private actorFor(request: Request): Actor {
    const { person, displayName } = request.who;
    return person
      ? { personId: person.id, name: person.name }
      : { name: displayName ?? 'Unknown user' };
  }

  /** Teams ids of everyone who may update the action: its owners and the board secretaries. */
  private refreshUserIds(data: ReferenceData, action: Action): string[] {
    return data.people
      .filter((p) => p.aadObjectId && canUpdateAction(p, action, data.roles))
      .map((p) => p.aadObjectId!)
      .slice(0, 60);
  }

  private view(
    data: ReferenceData,
    action: Action,
    person: Person | null,
    now: Date,
    extra: Partial<Pick<ProgressView, 'typed' | 'errors' | 'banner' | 'history' | 'back'>> = {},
  ): ProgressView {
    const editable = canUpdateAction(person, action, data.roles) && action.status !== 'closed';
    const view = actionView(data, action, londonToday(now), editable);
    return {
      kind: 'progress',
      action: view,
      recentNotes: [...action.progress]
        .reverse()
        .slice(0, RECENT_NOTES)
        .map((p) => ({
          note: p.note,
          by: p.by.name,
          when: p.at ? formatDateTime(p.at) : (p.printedDate ?? null),
          status: p.deliveryStatus,
          private: !p.published,
        })),
      // (Notes the paper prints are public: only the board's own are kept back.)
      notesKept: action.progress.filter((p) => !p.published).length,
      newerNotesKept: action.progress
        .slice(action.progress.findLastIndex((p) => p.published) + 1)
        .filter((p) => !p.published).length,
      history: extra.history ?? null,
      editable,
      readOnlyReason: editable
        ? null
        : !person
          ? "You can't update this action: your Teams account is not linked to the board's directory. Ask the board secretary to link it."
          : action.status === 'closed'
            ? 'This action is closed.'
            : `Only the action's leads (${view.leads}) or a board secretary can update it.`,
      typed: extra.typed ?? null,
      errors: extra.errors ?? {},
      banner: extra.banner ?? null,
      refreshUserIds: this.refreshUserIds(data, action),
      submissionId: randomUUID(),
      canDecideClosure: !!person?.isBoardSecretary && action.status === 'proposed-for-closure',
      back: extra.back ?? null,
    };
  }

  private load(ref: ActionRef): Promise<Stored<Action> | null> {
    return this.o.store.get('action', ref.organisationId, ref.actionId);
  }

  /**
   * The card a closure notice carries: for the secretaries, the approve / return decision; for the
   * owners, the outcome. Each reader's copy refreshes to their own view when they open it.
   */
  async closureNotice(
    ref: ActionRef,
    audience: 'secretaries' | 'owners',
    now: Date,
  ): Promise<ProgressView | null> {
    const [stored, data] = await Promise.all([this.load(ref), this.o.referenceData.get()]);
    if (!stored) return null;
    const action = stored.value;
    const last = action.history.at(-1);
    const view = this.view(data, action, null, now);
    const banner: Banner =
      audience === 'secretaries'
        ? {
            kind: 'info',
            text:
              action.status === 'proposed-for-closure'
                ? `${last?.by.name ?? 'The owner'} proposes this action for closure.`
                : last?.event === 'closure-withdrawn'
                  ? `Nothing to decide: ${last.by.name} withdrew the proposal for closure; the action is open again.`
                  : `Already decided: the action is ${action.status === 'closed' ? 'closed' : 'open again'}.`,
          }
        : last?.event === 'closure-approved'
          ? { kind: 'saved', text: `Closed: ${last.by.name} approved the closure.` }
          : {
              kind: 'conflict',
              text: `Returned by ${last?.by.name ?? 'the board secretary'}: ${last?.note ?? 'no reason given'}`,
            };
    return {
      ...view,
      banner,
      readOnlyReason: null,
      canDecideClosure: audience === 'secretaries' && action.status === 'proposed-for-closure',
    };
  }

  /** The action's card, editable for its owners and secretaries, read-only with a reason for others. */
  async open(request: Request, ref: ActionRef, withHistory = false): Promise<ProgressReply> {
    const [stored, data] = await Promise.all([this.load(ref), this.o.referenceData.get()]);
    if (!stored) return NOT_FOUND;
    return this.view(data, stored.value, request.who.person, request.now, {
      history: withHistory ? historyViews(stored.value) : null,
      back: ref.back ?? null,
    });
  }

  /**
   * Saves a progress update. The card's `revision` says which state the person saw: if the action has
   * moved on since, or another save wins the race, nothing is overwritten — the card shows the newer
   * state and keeps the typed note so it can be re-applied with one click.
   */
  async save(request: Request, ref: SavingRef, typed: ProgressForm): Promise<ProgressReply> {
    const { store, log } = this.o;
    const data = await this.o.referenceData.get();
    const person = request.who.person;
    const back = ref.back ?? null;
    const read = readProgressForm(typed, ref.submissionId);
    for (let attempt = 0; attempt < 2; attempt++) {
      const stored = await this.load(ref);
      if (!stored) return NOT_FOUND;
      const action = stored.value;
      if (alreadyApplied(action, ref.submissionId))
        return this.view(data, action, person, request.now, {
          back,
          banner: { kind: 'duplicate', text: 'This update was already saved.' },
        });
      if (!canUpdateAction(person, action, data.roles)) {
        log.warn(
          { actionId: action.id, aadObjectId: request.who.aadObjectId },
          'progress update refused: not an owner or secretary',
        );
        return this.view(data, action, person, request.now, {
          back,
          banner: { kind: 'error', text: 'Your update was not saved.' },
        });
      }
      if (action.revision !== ref.revision)
        return this.conflict(data, action, person, request.now, typed, back);
      const update = read.update;
      const errors = update
        ? validateProgressUpdate(action, update, londonToday(request.now))
        : read.errors;
      if (!update || hasErrors(errors))
        return this.view(data, action, person, request.now, {
          back,
          typed,
          errors,
          banner: { kind: 'error', text: 'Please correct the highlighted fields.' },
        });
      const by = this.actorFor(request);
      const next = applyProgressUpdate(action, update, by, request.now);
      try {
        const saved = await store.replace(next, stored.etag);
        log.info(
          { actionId: action.id, revision: next.revision, event: next.history.at(-1)?.event },
          'progress saved',
        );
        if (next.status === 'proposed-for-closure' && action.status !== 'proposed-for-closure')
          await this.o.events.emit('closure-proposed', { action: saved.value, by });
        const setback = setbackOf(action, update);
        return this.view(data, saved.value, person, request.now, {
          back,
          banner: {
            kind: 'saved',
            text: `Saved by ${by.name} on ${formatDateTime(request.now.toISOString())}.${
              saved.value.status === 'proposed-for-closure' && action.status === 'open'
                ? ' Proposed for closure: the board secretary will approve it or return it.'
                : setback
                  ? ` Proposal for closure withdrawn (${setback}): the action is open again.`
                  : ''
            }`,
          },
        });
      } catch (e) {
        if (!(e instanceof ConcurrencyConflictError)) throw e;
        // Someone saved between our read and write: read again; a retried duplicate is then recognised.
        log.info({ actionId: action.id }, 'progress save lost a race; re-reading');
      }
    }
    const latest = await this.load(ref);
    if (!latest) return NOT_FOUND;
    return this.conflict(data, latest.value, person, request.now, typed, back);
  }

  private conflict(
    data: ReferenceData,
    action: Action,
    person: Person | null,
    now: Date,
    typed: ProgressForm,
    back: string | null,
  ): ProgressView {
    const last = action.history.at(-1);
    return this.view(data, action, person, now, {
      back,
      typed,
      banner: {
        kind: 'conflict',
        text: `Not saved: ${last ? `${last.by.name} updated this action` : 'this action changed'} after you opened it. The card now shows the latest; your note is kept below — check it and save again.`,
      },
    });
  }

  /** A board secretary approves (closes) or returns (reopens) an action proposed for closure. */
  async decideClosure(
    request: Request,
    ref: SavingRef,
    decision: ClosureDecision,
  ): Promise<ProgressReply> {
    const data = await this.o.referenceData.get();
    const person = request.who.person;
    const back = ref.back ?? null;
    const stored = await this.load(ref);
    if (!stored) return NOT_FOUND;
    const action = stored.value;
    if (alreadyApplied(action, ref.submissionId))
      return this.view(data, action, person, request.now, {
        back,
        banner: { kind: 'duplicate', text: 'This decision was already recorded.' },
      });
    if (!request.who.isSecretary)
      return this.view(data, action, person, request.now, {
        back,
        banner: { kind: 'error', text: 'Only a board secretary can approve or return a closure.' },
      });
    const errors = validateClosureDecision(action, decision);
    if (hasErrors(errors))
      return this.view(data, action, person, request.now, {
        back,
        errors,
        banner: { kind: 'error', text: errors.form ?? 'Not saved.' },
      });
    if (action.revision !== ref.revision)
      return this.conflict(
        data,
        action,
        person,
        request.now,
        {
          note: '',
          deliveryStatus: null,
          revisedDue: null,
          revisedDueReason: null,
          proposeClosure: false,
        },
        back,
      );
    const by = this.actorFor(request);
    const next = applyClosureDecision(
      action,
      decision,
      by,
      request.now,
      londonToday(request.now),
      ref.submissionId,
    );
    try {
      const saved = await this.o.store.replace(next, stored.etag);
      await this.o.events.emit('closure-decided', { action: saved.value, decision, by });
      return this.view(data, saved.value, person, request.now, {
        back,
        banner: {
          kind: 'saved',
          text: decision.approve
            ? `Closed by ${by.name}.`
            : `Returned to the owners by ${by.name}.`,
        },
      });
    } catch (e) {
      if (!(e instanceof ConcurrencyConflictError)) throw e;
      const latest = await this.load(ref);
      if (!latest) return NOT_FOUND;
      return this.view(data, latest.value, person, request.now, {
        back,
        banner: {
          kind: 'conflict',
          text: 'Not saved: the action changed while you were deciding. Check the latest state below.',
        },
      });
    }
  }
}
