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
  validateClosureDecision,
  validateProgressUpdate,
} from '../domain/progressUpdate';
import type { Logger } from '../log';
import { actionView, historyViews } from '../shared/views';
import type { Banner, ProgressCardModel } from './model';
import type { ReferenceData, ReferenceDataCache } from '../shared/referenceData';
import { ConcurrencyConflictError } from '../store/errors';
import type { GovernanceStore, Stored } from '../store/store';

/**
 * Action owners update progress from a card; board secretaries approve or return closures. Plain inputs
 * (who, what they typed, the clock) in, a card model out. Every save is an etag-conditional write; a
 * submission already saved is never applied twice; a lost race shows the newer state and keeps what the
 * person typed.
 */

export interface Submitter {
  aadObjectId: string | null;
  name: string | null;
}

export interface ClosureNotifier {
  /** Tells the board secretaries an action was proposed for closure (best effort; failures are logged). */
  proposedForClosure(action: Action, proposedBy: Actor): Promise<void>;
  /** Tells the owners what the secretary decided. */
  closureDecided(action: Action, decision: ClosureDecision, decidedBy: Actor): Promise<void>;
}

export type ProgressResult =
  { kind: 'card'; model: ProgressCardModel } | { kind: 'not-found'; message: string };

const RECENT_NOTES = 3;

const NOT_FOUND: ProgressResult = {
  kind: 'not-found',
  message:
    'It may have been removed, or this card is out of date. Ask "my actions" for a fresh list.',
};

export class ProgressService {
  constructor(
    private readonly store: GovernanceStore,
    private readonly referenceData: ReferenceDataCache,
    private readonly notifier: ClosureNotifier,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async person(submitter: Submitter): Promise<Person | null> {
    return submitter.aadObjectId
      ? ((await this.store.findPersonByAadObjectId(submitter.aadObjectId))?.value ?? null)
      : null;
  }

  private actorFor(person: Person | null, submitter: Submitter): Actor {
    return person
      ? { personId: person.id, name: person.name }
      : { name: submitter.name ?? 'Unknown user' };
  }

  /** Teams ids of everyone who may update the action: its owners and the board secretaries. */
  private refreshUserIds(data: ReferenceData, action: Action): string[] {
    return data.people
      .filter((p) => p.aadObjectId && canUpdateAction(p, action, data.roles))
      .map((p) => p.aadObjectId!)
      .slice(0, 60);
  }

  private model(
    data: ReferenceData,
    action: Action,
    person: Person | null,
    extra: Partial<Pick<ProgressCardModel, 'typed' | 'errors' | 'banner' | 'history'>> = {},
  ): ProgressCardModel {
    const today = londonToday(this.clock());
    const editable = canUpdateAction(person, action, data.roles) && action.status !== 'closed';
    const view = actionView(data, action, today, editable);
    return {
      action: view,
      recentNotes: [...action.progress]
        .reverse()
        .slice(0, RECENT_NOTES)
        .map((p) => ({
          note: p.note,
          by: p.by.name,
          when: p.at ? formatDateTime(p.at) : (p.printedDate ?? null),
          status: p.deliveryStatus,
        })),
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
    };
  }

  private async load(actionId: string, organisationId: string): Promise<Stored<Action> | null> {
    return this.store.get('action', organisationId, actionId);
  }

  /**
   * The card a closure notification carries: for the secretaries, the approve / return decision; for
   * the owners, the outcome. Each reader's copy refreshes to their own view when they open it.
   */
  async notificationModel(
    actionId: string,
    organisationId: string,
    audience: 'secretaries' | 'owners',
  ): Promise<ProgressCardModel | null> {
    const [stored, data] = await Promise.all([
      this.load(actionId, organisationId),
      this.referenceData.get(),
    ]);
    if (!stored) return null;
    const action = stored.value;
    const last = action.history.at(-1);
    const model = this.model(data, action, null);
    const banner: Banner =
      audience === 'secretaries'
        ? {
            kind: 'info',
            text:
              action.status === 'proposed-for-closure'
                ? `${last?.by.name ?? 'The owner'} proposes this action for closure.`
                : `Already decided: the action is ${action.status === 'closed' ? 'closed' : 'open again'}.`,
          }
        : last?.event === 'closure-approved'
          ? { kind: 'saved', text: `Closed: ${last.by.name} approved the closure.` }
          : {
              kind: 'conflict',
              text: `Returned by ${last?.by.name ?? 'the board secretary'}: ${last?.note ?? 'no reason given'}`,
            };
    return {
      ...model,
      banner,
      readOnlyReason: null,
      canDecideClosure: audience === 'secretaries' && action.status === 'proposed-for-closure',
    };
  }

  /** The action's card, editable for its owners and secretaries, read-only with a reason for others. */
  async open(
    actionId: string,
    organisationId: string,
    submitter: Submitter,
    withHistory = false,
  ): Promise<ProgressResult> {
    const [stored, data, person] = await Promise.all([
      this.load(actionId, organisationId),
      this.referenceData.get(),
      this.person(submitter),
    ]);
    if (!stored) return NOT_FOUND;
    return {
      kind: 'card',
      model: this.model(data, stored.value, person, {
        history: withHistory ? historyViews(stored.value) : null,
      }),
    };
  }

  /**
   * Saves a progress update. The card's `revision` says which state the person saw: if the action has
   * moved on since, or another save wins the race, nothing is overwritten — the card shows the newer
   * state and keeps the typed note so it can be re-applied with one click.
   */
  async submit(
    ref: { actionId: string; organisationId: string; revision: number },
    typed: ProgressForm,
    submissionId: string,
    submitter: Submitter,
  ): Promise<ProgressResult> {
    const [data, person] = await Promise.all([this.referenceData.get(), this.person(submitter)]);
    const read = readProgressForm(typed, submissionId);
    for (let attempt = 0; attempt < 2; attempt++) {
      const stored = await this.load(ref.actionId, ref.organisationId);
      if (!stored) return NOT_FOUND;
      const action = stored.value;
      if (alreadyApplied(action, submissionId))
        return {
          kind: 'card',
          model: this.model(data, action, person, {
            banner: { kind: 'duplicate', text: 'This update was already saved.' },
          }),
        };
      if (!canUpdateAction(person, action, data.roles)) {
        this.log.warn(
          { actionId: action.id, aadObjectId: submitter.aadObjectId },
          'progress update refused: not an owner or secretary',
        );
        return {
          kind: 'card',
          model: this.model(data, action, person, {
            banner: { kind: 'error', text: 'Your update was not saved.' },
          }),
        };
      }
      if (action.revision !== ref.revision)
        return { kind: 'card', model: this.conflict(data, action, person, typed) };
      const update = read.update;
      const errors = update
        ? validateProgressUpdate(action, update, londonToday(this.clock()))
        : read.errors;
      if (!update || hasErrors(errors))
        return {
          kind: 'card',
          model: this.model(data, action, person, {
            typed,
            errors,
            banner: { kind: 'error', text: 'Please correct the highlighted fields.' },
          }),
        };
      const by = this.actorFor(person, submitter);
      const next = applyProgressUpdate(action, update, by, this.clock());
      try {
        const saved = await this.store.replace(next, stored.etag);
        this.log.info(
          { actionId: action.id, revision: next.revision, event: next.history.at(-1)?.event },
          'progress saved',
        );
        if (next.status === 'proposed-for-closure' && action.status !== 'proposed-for-closure')
          await this.notifySafely(() => this.notifier.proposedForClosure(saved.value, by));
        return {
          kind: 'card',
          model: this.model(data, saved.value, person, {
            banner: {
              kind: 'saved',
              text: `Saved by ${by.name} on ${formatDateTime(this.clock().toISOString())}.${
                saved.value.status === 'proposed-for-closure' && action.status === 'open'
                  ? ' Proposed for closure: the board secretary will approve it or return it.'
                  : ''
              }`,
            },
          }),
        };
      } catch (e) {
        if (!(e instanceof ConcurrencyConflictError)) throw e;
        // Someone saved between our read and write: read again; a retried duplicate is then recognised.
        this.log.info({ actionId: action.id }, 'progress save lost a race; re-reading');
      }
    }
    const latest = await this.load(ref.actionId, ref.organisationId);
    if (!latest) return NOT_FOUND;
    return { kind: 'card', model: this.conflict(data, latest.value, person, typed) };
  }

  private conflict(
    data: ReferenceData,
    action: Action,
    person: Person | null,
    typed: ProgressForm,
  ): ProgressCardModel {
    const last = action.history.at(-1);
    return this.model(data, action, person, {
      typed,
      banner: {
        kind: 'conflict',
        text: `Not saved: ${last ? `${last.by.name} updated this action` : 'this action changed'} after you opened it. The card now shows the latest; your note is kept below — check it and save again.`,
      },
    });
  }

  /** A board secretary approves (closes) or returns (reopens) an action proposed for closure. */
  async decideClosure(
    ref: { actionId: string; organisationId: string; revision: number },
    decision: ClosureDecision,
    submissionId: string,
    submitter: Submitter,
  ): Promise<ProgressResult> {
    const [data, person] = await Promise.all([this.referenceData.get(), this.person(submitter)]);
    const stored = await this.load(ref.actionId, ref.organisationId);
    if (!stored) return NOT_FOUND;
    const action = stored.value;
    if (alreadyApplied(action, submissionId))
      return {
        kind: 'card',
        model: this.model(data, action, person, {
          banner: { kind: 'duplicate', text: 'This decision was already recorded.' },
        }),
      };
    if (!person?.isBoardSecretary)
      return {
        kind: 'card',
        model: this.model(data, action, person, {
          banner: {
            kind: 'error',
            text: 'Only a board secretary can approve or return a closure.',
          },
        }),
      };
    const errors = validateClosureDecision(action, decision);
    if (hasErrors(errors))
      return {
        kind: 'card',
        model: this.model(data, action, person, {
          errors,
          banner: { kind: 'error', text: errors.form ?? 'Not saved.' },
        }),
      };
    if (action.revision !== ref.revision)
      return {
        kind: 'card',
        model: this.conflict(data, action, person, {
          note: '',
          deliveryStatus: null,
          revisedDue: null,
          revisedDueReason: null,
          proposeClosure: false,
        }),
      };
    const by = this.actorFor(person, submitter);
    const next = applyClosureDecision(
      action,
      decision,
      by,
      this.clock(),
      londonToday(this.clock()),
      submissionId,
    );
    try {
      const saved = await this.store.replace(next, stored.etag);
      await this.notifySafely(() => this.notifier.closureDecided(saved.value, decision, by));
      return {
        kind: 'card',
        model: this.model(data, saved.value, person, {
          banner: {
            kind: 'saved',
            text: decision.approve
              ? `Closed by ${by.name}.`
              : `Returned to the owners by ${by.name}.`,
          },
        }),
      };
    } catch (e) {
      if (!(e instanceof ConcurrencyConflictError)) throw e;
      const latest = await this.load(ref.actionId, ref.organisationId);
      return {
        kind: 'card',
        model: this.model(data, latest!.value, person, {
          banner: {
            kind: 'conflict',
            text: 'Not saved: the action changed while you were deciding. Check the latest state below.',
          },
        }),
      };
    }
  }

  private async notifySafely(send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (e) {
      this.log.error({ err: (e as Error).message }, 'could not send a closure notification');
    }
  }
}
