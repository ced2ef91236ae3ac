import type { DecisionType } from '../domain';
import type { ActionView, Citation, FlagView, MeetingView, RiskSummaryView } from './viewTypes';

/**
 * A director's pre-meeting brief as plain data: built by the briefs feature, sent before each meeting
 * by the reminders feature (which may not import briefs, so the view lives here), drawn by
 * cards/briefCard.ts. Every line carries its source. Private business is marked `private` and left out
 * by the outbox where others can see it: the meeting view marks a private meeting's agenda and join
 * link, actions mark their progress notes, and the papers of a private meeting are marked here.
 */

/** A risk worth reading before the meeting, and why. */
export interface BriefRiskView {
  risk: RiskSummaryView;
  registerTitle: string;
  /** "Above tolerance: 20 against an upper limit of 16", "Current score up from 12 to 16 since …". */
  reasons: string[];
  flags: FlagView[];
  source: Citation;
}

/** What a paper for the meeting asks the board to do. */
export interface BriefDecisionView {
  /** Papers of a private meeting are private business. */
  private: boolean;
  title: string;
  type: DecisionType | null;
  /** The "Decision Required" text as printed. */
  asked: string[];
  recommendations: string[];
  /** Who brings it, as the cover sheet prints it. */
  sponsor: string | null;
  source: Citation;
}

export interface BriefMattersArisingView {
  /** What the sheet itself says ("No actions identified"). */
  notes: string[];
  flags: FlagView[];
  /** Open actions on the body's action sheets. */
  actions: ActionView[];
  source: Citation | null;
}

export interface BriefView {
  kind: 'brief';
  /** Whose brief it is. */
  personName: string;
  /** For a secretary's preview: whose brief, and whether and when Board Clerk sends it. */
  preview: { delivery: string } | null;
  meeting: MeetingView;
  /** Sentences above everything else (why this meeting, a deadline passed). */
  notes: string[];
  /** The paper deadline has passed. */
  paperDeadlinePassed: boolean;
  risks: BriefRiskView[];
  /** Which registers were read, and what movement could be compared. */
  riskNotes: string[];
  /** The person's own actions (they lead or task-lead) that are overdue or due by the meeting. */
  actions: ActionView[];
  /** More such actions than the brief lists. */
  moreActions: number;
  mattersArising: BriefMattersArisingView;
  decisions: BriefDecisionView[];
}
