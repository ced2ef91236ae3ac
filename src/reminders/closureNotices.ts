import type { Action, Actor } from '../domain';
import type { BroadcastJob, BroadcastTarget } from '../domain/delivery';
import { ownersOf } from '../domain/permissions';
import type { Logger } from '../log';
import type { BoardEvents } from '../shared/events';
import type { ReferenceDataCache } from '../shared/referenceData';
import { AlreadyExistsError } from '../store/errors';
import type { BroadcastStore } from '../store/store';
import type { InstallationService } from './installations';

/**
 * Tells board secretaries about closure proposals and owners about the decision, by queueing a
 * broadcast for the delivery engine (so notices get its retries, rate limits and restarts). The job id
 * is derived from the action's revision, so a retried save never queues a second one.
 */
export class ClosureNotices {
  constructor(
    private readonly o: {
      store: BroadcastStore;
      installations: InstallationService;
      referenceData: ReferenceDataCache;
      /** The secretariat channel, when one is configured and installed. */
      secretariat: () => Promise<BroadcastTarget | null>;
      log: Logger;
      /** Tells the scheduler new work is queued. */
      queued: () => void;
      clock: () => Date;
    },
  ) {}

  private async queue(
    type: 'closure-approval' | 'closure-decision',
    action: Action,
    by: Actor,
    targets: BroadcastTarget[],
  ): Promise<void> {
    const { log } = this.o;
    if (targets.length === 0) {
      log.warn(
        { actionId: action.id, type },
        type === 'closure-approval'
          ? 'no board secretary can be reached in Teams: the proposal waits in "actions proposed for closure"'
          : 'no owner of the action can be reached in Teams',
      );
      return;
    }
    const id = `${type}-${action.id}-r${action.revision}`;
    const now = this.o.clock().toISOString();
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
      await this.o.store.createBroadcast(job);
      this.o.queued();
      log.info(
        { actionId: action.id, jobId: id, targets: targets.length },
        'closure notification queued',
      );
    } catch (e) {
      if (!(e instanceof AlreadyExistsError)) throw e;
    }
  }

  async proposed({ action, by }: BoardEvents['closure-proposed']): Promise<void> {
    const channel = await this.o.secretariat();
    const data = await this.o.referenceData.get();
    const targets = channel
      ? [channel]
      : await this.o.installations.personalTargets(data.people.filter((p) => p.isBoardSecretary));
    await this.queue('closure-approval', action, by, targets);
  }

  async decided({ action, by }: BoardEvents['closure-decided']): Promise<void> {
    const data = await this.o.referenceData.get();
    await this.queue(
      'closure-decision',
      action,
      by,
      await this.o.installations.personalTargets(ownersOf(action, data.people, data.roles)),
    );
  }
}
