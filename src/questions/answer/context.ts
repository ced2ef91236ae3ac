import type { IsoDate, Person } from '../../domain';
import type { ReferenceData } from '../../shared/referenceData';
import type { GovernanceStore } from '../../store/store';
import type { UnansweredQuestion } from '../memory';
import type { PassageIndex } from '../search';
import type { MessageAnswer } from '../answers';

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
  /** The questions Board Clerk could not answer in this tenant since a time (for secretaries). */
  unanswered?(from: Date): Promise<UnansweredQuestion[]>;
}

/** What an unlinked person is told: plainly how to get linked, and nobody else's data. */
export function notLinked(ctx: AnswerContext): MessageAnswer {
  return {
    kind: 'message',
    title: "I don't know who you are in the board's directory yet",
    text:
      'To see your own actions, ask your board secretary to link your Teams account to your entry in Board Clerk' +
      (ctx.askerAadObjectId ? ` (give them your Teams user id: ${ctx.askerAadObjectId}).` : '.') +
      ' Until then you can still ask about risks, meetings, minutes and actions by role, for example "actions for the Director of Corporate Affairs".',
    suggestions: ['Which risks are above appetite?', 'When is the next board meeting?', 'Help'],
  };
}
