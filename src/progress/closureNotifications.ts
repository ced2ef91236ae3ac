import type { Action, Actor } from '../domain';
import type { BroadcastJob, BroadcastTarget } from '../domain/delivery';
import { ownersOf } from '../domain/permissions';
import type { ClosureDecision } from '../domain/progressUpdate';
import type { Logger } from '../log';
import type { ReferenceDataCache } from '../shared/referenceData';
import { AlreadyExistsError } from '../store/errors';
import type { InstallationService } from '../reminders/installations';
import type { BroadcastStore } from '../store/store';
import type { ClosureNotifier } from './progressService';

/**
 * Tells board secretaries about closure proposals and owners about the decision, by queueing a
 * broadcast for the delivery engine (so notifications get its retries, rate limits and restarts). The
 * job id is derived from the action's revision, so a retried save never queues a second one.
 */
export class BroadcastClosureNotifier implements ClosureNotifier {
  constructor(
    private readonly store: BroadcastStore,
    private readonly installations: InstallationService,
    private readonly referenceData: ReferenceDataCache,
    /** The secretariat channel, when one is configured and installed. */
    private readonly secretariat: () => Promise<BroadcastTarget | null>,
    private readonly log: Logger,
    /** Tells the scheduler new work is queued. */
    private readonly queued: () => void,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async queue(
    type: 'closure-approval' | 'closure-decision',
    action: Action,
    by: Actor,
    targets: BroadcastTarget[],
  ): Promise<void> {
    if (targets.length === 0) {
      this.log.warn(
        { actionId: action.id, type },
        type === 'closure-approval'
          ? 'no board secretary can be reached in Teams: the proposal waits in "actions proposed for closure"'
          : 'no owner of the action can be reached in Teams',
      );
      return;
    }
    const id = `${type}-${action.id}-r${action.revision}`;
    const now = this.clock().toISOString();
    const job: BroadcastJob = {
      id,
      jobId: id,
      kind: 'broadcast',
      type,
      title: `${type === 'closure-approval' ? 'Proposed for closure' : 'Closure decision'}: ${action.reference}`,
      organisationId: action.organisationId,
      action: { actionId: action.id, organisationId: action.organisationId },
      createdBy: by,
      createdAt: now,
      dueAt: now,
      schedule: 'now',
      targets,
      status: 'scheduled',
      lease: null,
      report: null,
    };
    try {
      await this.store.createBroadcast(job);
      this.queued();
      this.log.info(
        { actionId: action.id, jobId: id, targets: targets.length },
        'closure notification queued',
      );
    } catch (e) {
      if (!(e instanceof AlreadyExistsError)) throw e;
    }
  }

  async proposedForClosure(action: Action, proposedBy: Actor): Promise<void> {
    const channel = await this.secretariat();
    const data = await this.referenceData.get();
    const targets = channel
      ? [channel]
      : await this.installations.personalTargets(data.people.filter((p) => p.isBoardSecretary));
    await this.queue('closure-approval', action, proposedBy, targets);
  }

  async closureDecided(
    action: Action,
    _decision: ClosureDecision,
    decidedBy: Actor,
  ): Promise<void> {
    const data = await this.referenceData.get();
    await this.queue(
      'closure-decision',
      action,
      decidedBy,
      await this.installations.personalTargets(ownersOf(action, data.people, data.roles)),
    );
  }
}
