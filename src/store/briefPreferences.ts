import { z } from 'zod';
import { Id, UtcTimestamp } from '../domain/common';
import type { Logger } from '../log';
import type { SystemValues } from './store';

/**
 * Whether a person gets the pre-meeting brief Board Clerk sends on its own ("stop briefs", "start
 * briefs"). One small record per person that said either, kept with the store's own values (the
 * governance container's system partition: written with etags, left out of the change feed), so every
 * instance reads the same answer and it survives restarts without a new container or schema. A person
 * with no record gets briefs.
 */
export const BriefPreference = z.object({
  personId: Id,
  briefs: z.enum(['on', 'off']),
  changedAt: UtcTimestamp,
});
export type BriefPreference = z.infer<typeof BriefPreference>;

export class BriefPreferences {
  constructor(
    private readonly store: SystemValues,
    private readonly log?: Logger,
  ) {}

  private id(personId: string): string {
    return `brief-preference-${personId}`;
  }

  /** The person's choice, or null when they never made one (or it cannot be read: briefs stay on). */
  async get(personId: string): Promise<BriefPreference | null> {
    const stored = await this.store.readSystemValue(this.id(personId));
    if (stored === null) return null;
    const parsed = BriefPreference.safeParse(stored);
    if (parsed.success && parsed.data.personId === personId) return parsed.data;
    this.log?.warn({ personId }, 'ignoring an unreadable brief preference');
    return null;
  }

  async set(personId: string, briefs: 'on' | 'off', now: Date): Promise<BriefPreference> {
    const value: BriefPreference = { personId, briefs, changedAt: now.toISOString() };
    await this.store.writeSystemValue(this.id(personId), value);
    return value;
  }

  async wantsBriefs(personId: string): Promise<boolean> {
    return (await this.get(personId))?.briefs !== 'off';
  }
}
