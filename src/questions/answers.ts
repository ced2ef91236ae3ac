import type { AnswerOf } from './kind';
import type { RuledKind } from './rules';
import type {
  ActionView,
  Citation,
  MeetingView,
  MinuteItemView,
  RiskSummaryView,
} from '../shared/viewTypes';

/**
 * Answer models: what Board Clerk says back to a question, as plain data. Card builders (`cards/`) turn
 * them into Adaptive Cards; nothing here knows about Teams. Each answer is declared beside the function
 * that gives it (`answer/*.ts`); the union of them all is derived from the kinds the rules answer with.
 */

/** Two counts set side by side: which has more, which fewer, or both said alike ("compare on"). */
export type CountsSide = 'more' | 'fewer' | 'both';

/** A short reply: a gap in the papers, a record that cannot be found, small talk. */
export interface MessageAnswer {
  kind: 'message';
  title: string;
  text: string;
  suggestions: string[];
}

/** A question that could mean several things: each meaning a button that asks it. */
export interface ChoicesAnswer {
  kind: 'choices';
  title: string;
  text: string;
  choices: string[];
}

export interface HelpAnswer {
  kind: 'help';
  examples: string[];
  notes: string[];
}

/**
 * What every answer may also carry: how the question was read, when that is not what was said ("You
 * said BAF 4; the risk you described, research, is BAF 3"). Shown first, so a corrected reading is
 * never silent.
 */
export interface ReadAs {
  readAs?: string;
  /**
   * The question of the list it was opened from ("Open" on a list of risks): the card offers the way
   * back to it, as Teams replaces the list's card with this one.
   */
  backTo?: string;
}

/** The answer one kind of question gives. */
export type OneAnswer = AnswerOf<RuledKind> & ReadAs;

/**
 * Two or three questions asked in one message ("who owns it, and which committee looks at it?"): every
 * answer, in the order asked.
 */
export interface TwoAnswers {
  kind: 'two-answers';
  answers: OneAnswer[];
}

/** Every answer a message can get. */
export type Answer = OneAnswer | TwoAnswers;

export type { ActionAnswer, ActionDelayAnswer, ActionListAnswer } from './answer/actions';
export type {
  AttendanceAnswer,
  AttendeeView,
  MattersArisingAnswer,
  MeetingAnswer,
  MinuteItemAnswer,
  MinutesAnswer,
  ResolutionsAnswer,
} from './answer/meetings';
export type {
  CommitteeReportAnswer,
  PaperAnswer,
  PaperSectionView,
  PerformanceAnswer,
} from './answer/papers';
export type { PeopleAnswer, PersonView } from './answer/people';
export type {
  ComparedRiskView,
  DataQualityAnswer,
  RiskAnswer,
  RiskCompareAnswer,
  RiskListAnswer,
  RiskOwnerAnswer,
} from './answer/risks';
export type { SearchAnswer, SearchHitView, TopicRiskView } from './answer/search';
export type { StrategyAnswer } from './answer/strategy';
export type { UnansweredAnswer } from './answer/conversation';

/**
 * One result of a search from the compose box (Board Clerk's message extension): a risk, an action, a
 * meeting or a minuted item, as the card a director shares into a conversation shows it. Private parts
 * are marked as everywhere (a private meeting's agenda and join link, progress notes); an item of a
 * private meeting's minutes is private as a whole.
 */
export type SearchResultView = {
  kind: 'search-result';
  /** The question that shows the whole record in Board Clerk ("Group BAF 4", "GTB/25/15"). */
  ask: string;
  /** A link that opens Board Clerk's chat with that question; the Teams edge fills it in. */
  openUrl: string | null;
  private?: true;
} & (
  | { type: 'risk'; risk: RiskSummaryView; registerTitle: string; source: Citation }
  | { type: 'action'; action: ActionView }
  | { type: 'meeting'; meeting: MeetingView }
  | { type: 'minute'; item: MinuteItemView }
);
