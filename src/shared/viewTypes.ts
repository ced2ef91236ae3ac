import type {
  ActionStatus,
  AppetiteLevel,
  DataQualityKind,
  DeliveryKey,
  IsoDate,
  RiskFactor,
} from '../domain';
import type { FieldErrors, ProgressForm } from '../domain/progressUpdate';
import type { ToleranceStatus } from '../domain/scoring';

/**
 * The views every feature shares: risks, actions, meetings, minutes and their sources as plain data with
 * every date already formatted for the UK. Features put them in their view models; card builders
 * (`cards/`) draw them; nothing here knows about Teams.
 */

/** Which parts of a risk were asked for; the risk card shows these sections. */
export type RiskFacet =
  | 'scores'
  | 'appetite'
  | 'controls'
  | 'gaps'
  | 'assurances'
  | 'actions'
  | 'progress'
  | 'context'
  /** The system (ICB) and corporate risks it links to. */
  | 'links'
  | 'everything';

/** Where an answer comes from: "Group Trust Board public papers, 29 January 2026 — Group BAF, GROUP BAF 1". */
export interface Citation {
  document: string;
  section: string;
  /** Formatted date of the paper, e.g. "29 January 2026"; null when the paper is undated. */
  date: string | null;
}

export interface FlagView {
  kind: DataQualityKind;
  message: string;
  /** The field it is about and what the paper prints there ("scores.initial", "25"). */
  field?: string;
  printed?: string;
}

export type RagColour = 'green' | 'yellow' | 'amber' | 'red';

export interface ScoreView {
  stage: 'Initial' | 'Current' | 'Target';
  consequence: number;
  likelihood: number;
  score: number;
  band: string;
  colour: RagColour;
  /** The score as the paper prints it, where that is not consequence x likelihood ("25" for 5 x 4). */
  printed?: string;
}

export interface AppetiteView {
  level: AppetiteLevel;
  upperLimit: number | null;
  /** The scores the appetite level covers, as a board paper prints them ("13-16"). */
  range: string | null;
  /** Where the current score stands against the upper limit. */
  tolerance: ToleranceStatus | null;
  /** Where the target score would stand; null when no target is given. */
  targetTolerance: ToleranceStatus | null;
}

/** A risk as a list shows it. */
export interface RiskSummaryView {
  id: string;
  reference: string;
  number: number | null;
  draft: boolean;
  title: string;
  current: ScoreView;
  target: ScoreView | null;
  appetite: AppetiteView;
  atTarget: boolean;
  oversight: string[];
  strategicAim: string;
  hasFlags: boolean;
  /** Words that name this risk unambiguously in a question ("LPT BAF 3", "Group BAF draft workforce risk"). */
  askAs: string;
}

export interface RiskView extends RiskSummaryView {
  registerTitle: string;
  strategicLink: string;
  governance: string;
  context: string;
  initial: ScoreView;
  trend: string | null;
  included: string | null;
  lastUpdated: string | null;
  systemRisk: string | null;
  corporateRisk: string | null;
  flags: FlagView[];
  /** Which parts were asked for; the card shows these sections. */
  facets: RiskFacet[];
  causes: RiskFactor[];
  effects: RiskFactor[];
  /** The risk's actions from the BAF action log (when actions were asked for). */
  actions: ActionView[];
  source: Citation;
}

export interface HistoryView {
  at: string;
  by: string;
  event: string;
  changes: { field: string; from: string | null; to: string | null }[];
  /** The progress note written with the change: private, as every progress note is. */
  note: { text: string; private: true } | null;
  /** Why the due date moved, when this change moved it (the latest revision's reason): private too. */
  reason: { text: string; private: true } | null;
}

export interface ActionView {
  id: string;
  organisationId: string;
  reference: string;
  logTitle: string;
  section: string | null;
  area: string | null;
  text: string;
  /** Who leads it, in words: "Director of Corporate Affairs (DoCA)". */
  leads: string;
  taskLeads: string | null;
  /** "due 30 September 2025, revised to 31 March 2026". */
  due: string;
  dueIso: IsoDate | null;
  daysOverdue: number | null;
  status: ActionStatus;
  deliveryStatus: DeliveryKey | null;
  /** Progress notes are the board's working notes: `private`, never shown in shared conversations. */
  /** Private unless transcribed from a public paper (`ProgressNote.published`). */
  latestProgress: { note: string; by: string; when: string | null; private: boolean } | null;
  /**
   * What the risk register prints as progress on the cause or effect the action is under ("First
   * social value round table discussion held 12/04/24"): the paper's own words, not a private note.
   */
  registerProgress: string[];
  committeeSignOff: string | null;
  closure: string | null;
  /** Who supported its closure, when, and who is to approve it; only while it awaits approval. */
  closureProposal: string | null;
  revision: number;
  flags: FlagView[];
  source: Citation;
  /** Whether the person asking may update it (filled in by the progress feature). */
  canUpdate: boolean;
  /** A board secretary looking at an action proposed for closure: Approve / Return on it. */
  canDecideClosure: boolean;
}

export interface HeatMapCell {
  consequence: number;
  likelihood: number;
  score: number;
  /** The band in words ("Moderate"): colour never says it alone. */
  band: string;
  colour: RagColour;
  /** References of the risks whose current score sits here (a draft's marked "(draft)"). */
  risks: string[];
}

export interface AgendaItemView {
  order: number;
  title: string;
  type: string | null;
  lead: string | null;
  section: string;
  asRequired: boolean;
  /** Private-part business: left out of shared conversations by the outbox. */
  private: boolean;
}

export interface MeetingView {
  id: string;
  body: string;
  title: string;
  /** "Thursday 29 January 2026 at 3.00pm". */
  when: string;
  startsAtIso: string;
  part: 'public' | 'private';
  location: string;
  /** The join link; private for a private meeting. */
  join: { url: string; private: boolean } | null;
  paperDeadline: string | null;
  note: string | null;
  agenda: AgendaItemView[];
  flags: FlagView[];
  source: Citation;
}

export interface MinuteItemView {
  /** An item of a private meeting's minutes. */
  private: boolean;
  reference: string;
  title: string;
  summary: string;
  resolution: string | null;
  meeting: string;
  source: Citation;
}

export interface AmbitionView {
  number: number;
  objective: string;
  text: string;
  progressPct: number;
  progressAsAt: string;
  confidencePct: number;
  confidenceBy: string;
  supportingStrategies: string[];
  successes: string[];
  challenges: string[];
  focus: string[];
  escalations: string[];
}

export interface ThemeView {
  letter: string;
  name: string;
  objectives: string[];
  progress: string[];
  expectedNext: string[];
  mitigations: string[];
}

/** A short message in place of an answer: something could not be found, or is not allowed. */
export interface MessageView {
  kind: 'message';
  title: string;
  text: string;
  /** Questions to offer as buttons. */
  suggestions: string[];
}

export type Banner =
  | { kind: 'saved'; text: string }
  | { kind: 'conflict'; text: string }
  | { kind: 'duplicate'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'info'; text: string };

/** An action's progress card: built by the progress feature, sent by reminders as closure notices. */
export interface ProgressView {
  kind: 'progress';
  action: ActionView;
  /** The last few progress notes, newest first (the board's working notes: private, unless printed in a public paper). */
  recentNotes: {
    note: string;
    by: string;
    when: string | null;
    status: DeliveryKey | null;
    private: boolean;
  }[];
  /** How many private progress notes the action has (a count, not private: a shared card says they exist). */
  notesKept: number;
  /** How many of those are newer than its latest public note: a shared card's "latest" is not the latest. */
  newerNotesKept: number;
  history: HistoryView[] | null;
  editable: boolean;
  /** Why the card is read-only, in words. */
  readOnlyReason: string | null;
  /** What the person typed, kept after an error or a conflict. */
  typed: ProgressForm | null;
  errors: FieldErrors;
  banner: Banner | null;
  /** Teams ids of the owners (and secretaries) whose copies of the card refresh to the latest state. */
  refreshUserIds: string[];
  /** The idempotency key for the next save from this card. */
  submissionId: string;
  /** For a secretary looking at an action proposed for closure: approve / return buttons. */
  canDecideClosure: boolean;
  /** The list the card was opened from, for "Back to the list". */
  back: string | null;
}
