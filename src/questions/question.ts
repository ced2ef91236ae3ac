import type { IsoDate } from '../domain';
import type { RiskFacet } from '../shared/viewTypes';

export type { RiskFacet };

/**
 * What a question asks, once understood: an intent with its entities resolved against the vocabulary
 * (ids of registers, roles, people, logs...). Plain data; produced by `understand`, answered by `answer`.
 */

/** A period in Europe/London calendar dates, inclusive; open-ended where a bound is null. */
export interface Period {
  from: IsoDate | null;
  to: IsoDate | null;
  /** How to say it back: "this month (1 to 30 November 2026)". */
  label: string;
}

/** Which risk: a register (when the question names one) and the risk's number in it. */
export interface RiskReference {
  registerId: string | null;
  /** Null for the draft (unnumbered) risk. */
  number: number | null;
  draft: boolean;
  /** The words that named it, to say back when it cannot be found. */
  text: string;
}

export type RiskListFilter =
  | { kind: 'all' }
  | { kind: 'highest'; limit: number | null }
  | { kind: 'above-appetite' }
  | { kind: 'at-target' }
  | { kind: 'above-target' }
  | { kind: 'committee'; committee: string }
  | { kind: 'strategic-aim'; aim: string }
  | { kind: 'band'; band: string };

export type ActionScope =
  | { kind: 'mine' }
  | { kind: 'role'; roleIds: string[]; text: string }
  | { kind: 'person'; personId: string; text: string }
  | { kind: 'log'; logId: string; sectionId: string | null; text: string }
  | { kind: 'risk'; risk: RiskReference }
  | { kind: 'all' };

export type ActionStatusFilter =
  'open' | 'overdue' | 'due' | 'closed' | 'proposed-for-closure' | 'all';

export interface ActionFilter {
  status: ActionStatusFilter;
  /** Open actions due in this period (status 'due'), or closed in it (status 'closed'). */
  period: Period | null;
}

/** One action, named by its reference, its place in a log section, or its place under a BAF risk. */
export type ActionTarget =
  | { kind: 'id'; actionId: string; organisationId: string }
  | { kind: 'reference'; reference: string }
  | { kind: 'section'; logId: string; sectionId: string; number: number; text: string }
  | { kind: 'risk'; risk: RiskReference; number: number };

export type SecretaryCommand =
  'new-meeting' | 'edit-meeting' | 'send-reminder' | 'broadcasts' | 'chase';

export type Question =
  | { intent: 'risk.detail'; risk: RiskReference; facets: RiskFacet[] }
  | { intent: 'risk.list'; registerId: string | null; filter: RiskListFilter }
  | { intent: 'actions.list'; scope: ActionScope; filter: ActionFilter; page: number }
  | {
      intent: 'action.detail';
      target: ActionTarget;
      history: boolean;
      /** "update Well-Led FTSU 5": open the action's progress card rather than its details. */
      update?: boolean;
    }
  | { intent: 'meeting.next'; body: string | null }
  | { intent: 'meeting.last'; body: string | null }
  | { intent: 'meeting.agenda'; body: string | null; which: 'next' | 'last' | { date: IsoDate } }
  | { intent: 'minutes.item'; reference: string }
  | { intent: 'minutes.resolutions'; body: string | null; date: IsoDate | null }
  | { intent: 'matters-arising'; body: string | null }
  | {
      intent: 'strategy.progress';
      strategyId: string | null;
      objectiveId: string | null;
      ambitionIds: string[];
      themeId: string | null;
      text: string;
    }
  | { intent: 'data-quality'; registerId: string | null }
  | { intent: 'help' }
  | { intent: 'greeting' }
  /** A board secretary's command; the bot hands it to the secretariat desk. */
  | { intent: 'secretary'; command: SecretaryCommand }
  | { intent: 'unknown'; text: string; suggestions: string[] };

export type Intent = Question['intent'];
