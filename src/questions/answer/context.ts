import type { IsoDate, Person } from '../../domain';
import type { ReferenceData } from '../../shared/referenceData';
import type { GovernanceStore } from '../../store/store';
import type { PassageIndex } from '../search';

/** Everything an answer may depend on, passed in: the store, who asks, and the clock. */
export interface AnswerContext {
  store: GovernanceStore;
  data: ReferenceData;
  /** The person asking, when their Teams identity is linked to the directory. */
  asker: Person | null;
  /** The asker's Teams object id, so an unlinked user can be told what to give the secretary. */
  askerAadObjectId: string | null;
  /** The organisation this conversation is bound to, if any. */
  organisationId: string | null;
  now: Date;
  today: IsoDate;
  /** The papers' passages (built once per reference-data snapshot). */
  passages: PassageIndex;
  /** The actions' passages (rebuilt when an action changes). */
  actionPassages(): Promise<PassageIndex>;
}
