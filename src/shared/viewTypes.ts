import type {
  ActionStatus,
  AppetiteLevel,
  DataQualityKind,
  DeliveryStatus,
  IsoDate,
  RiskFactor,
} from '../domain';
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
}

export type RagColour = 'green' | 'yellow' | 'amber' | 'red';

export interface ScoreView {
  stage: 'Initial' | 'Current' | 'Target';
  consequence: number;
  likelihood: number;
  score: number;
  band: string;
  colour: RagColour;
}

export interface AppetiteView {
  level: AppetiteLevel;
  upperLimit: number | null;
  /** Where the current score stands against the upper limit. */
  tolerance: ToleranceStatus | null;
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
  note: string | null;
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
  deliveryStatus: DeliveryStatus | null;
  latestProgress: { note: string; by: string; when: string | null } | null;
  committeeSignOff: string | null;
  closure: string | null;
  revision: number;
  flags: FlagView[];
  source: Citation;
  /** Whether the person asking may update it (filled in by the progress feature). */
  canUpdate: boolean;
}

export interface HeatMapCell {
  consequence: number;
  likelihood: number;
  score: number;
  colour: RagColour;
  /** References of the risks whose current score sits here. */
  risks: string[];
}

export interface AgendaItemView {
  order: number;
  title: string;
  type: string | null;
  lead: string | null;
  section: string;
  asRequired: boolean;
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
  joinUrl: string | null;
  paperDeadline: string | null;
  note: string | null;
  agenda: AgendaItemView[];
  flags: FlagView[];
  source: Citation;
}

export interface MinuteItemView {
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
