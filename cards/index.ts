import type { ImportView } from '../src/imports/views';
import type { Answer } from '../src/questions/answers';
import type { DeskView, OutgoingView } from '../src/reminders/views';
import type { ProgressView } from '../src/shared/viewTypes';
import type { BuiltCard } from './adaptiveCard';
import { actionCard, actionListCard } from './actionCards';
import { briefCard } from './briefCard';
import {
  fileOfferCard,
  importMappingCard,
  importOutcomeCard,
  importPreviewCard,
  rolesCard,
  rosterCard,
  scoreHistoryCard,
  whatChangedCard,
} from './importCards';
import { dataQualityCard, helpCard, messageCard } from './infoCards';
import { mattersArisingCard, meetingCard, minuteItemCard, resolutionsCard } from './meetingCards';
import { committeeReportCard, paperCard, performanceCard } from './paperCards';
import { progressCard } from './progressCard';
import {
  actionDelayCard,
  attendanceCard,
  choicesCard,
  minutesCard,
  peopleCard,
  riskCompareCard,
  riskOwnerCard,
  searchCard,
  unansweredCard,
} from './questionCards';
import {
  actionDigestCard,
  deliveryReportCard,
  meetingReminderCard,
  overdueSummaryCard,
} from './reminderCards';
import { riskCard } from './riskCard';
import { riskListCard } from './riskListCard';
import {
  agendaFormCard,
  broadcastListCard,
  composeCard,
  meetingChoiceCard,
  meetingFormCard,
  personalOnlyCard,
  previewCard,
  refusalCard,
  savedMeetingCard,
} from './secretaryCards';
import { strategyCard } from './strategyCard';

export type { AdaptiveCard, BuiltCard } from './adaptiveCard';
export { button, VERBS, type AnyVerb, type Pressed } from './verbs';

/** Every view a feature can return: the one thing the edge draws. */
export type View = Answer | ProgressView | DeskView | OutgoingView | ImportView;

type Builders = { [K in View['kind']]: (view: Extract<View, { kind: K }>) => BuiltCard };

/** One card builder per view. */
const BUILDERS: Builders = {
  risk: riskCard,
  'risk-list': riskListCard,
  'action-list': actionListCard,
  action: actionCard,
  meeting: meetingCard,
  'minute-item': minuteItemCard,
  resolutions: resolutionsCard,
  'matters-arising': mattersArisingCard,
  strategy: strategyCard,
  'data-quality': dataQualityCard,
  'risk-compare': riskCompareCard,
  'risk-owner': riskOwnerCard,
  search: searchCard,
  minutes: minutesCard,
  attendance: attendanceCard,
  people: peopleCard,
  'action-delay': actionDelayCard,
  unanswered: unansweredCard,
  choices: choicesCard,
  paper: paperCard,
  'committee-report': committeeReportCard,
  performance: performanceCard,
  help: helpCard,
  message: messageCard,
  progress: progressCard,
  refusal: refusalCard,
  'personal-only': personalOnlyCard,
  'meeting-choice': meetingChoiceCard,
  'meeting-form': meetingFormCard,
  'agenda-form': agendaFormCard,
  'meeting-saved': savedMeetingCard,
  compose: composeCard,
  preview: previewCard,
  'broadcast-list': broadcastListCard,
  'meeting-reminder': meetingReminderCard,
  'action-digest': actionDigestCard,
  'overdue-summary': overdueSummaryCard,
  'delivery-report': deliveryReportCard,
  'import-mapping': importMappingCard,
  'import-preview': importPreviewCard,
  'import-outcome': importOutcomeCard,
  'what-changed': whatChangedCard,
  'score-history': scoreHistoryCard,
  roles: rolesCard,
  roster: rosterCard,
  'file-offer': fileOfferCard,
  brief: briefCard,
};

/** Every kind of view there is a card for. */
export const VIEW_KINDS = Object.keys(BUILDERS) as View['kind'][];

/** The card for a view. */
export function renderView(view: View): BuiltCard {
  return (BUILDERS[view.kind] as (v: View) => BuiltCard)(view);
}
