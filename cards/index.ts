import type { Answer } from '../src/questions/answers';
import type { BuiltCard } from './adaptiveCard';
import { actionCard, actionListCard } from './actionCards';
import { dataQualityCard, helpCard, messageCard } from './infoCards';
import { mattersArisingCard, meetingCard, minuteItemCard, resolutionsCard } from './meetingCards';
import { riskCard } from './riskCard';
import { riskListCard } from './riskListCard';
import { strategyCard } from './strategyCard';

export type { AdaptiveCard, BuiltCard } from './adaptiveCard';
export { VERBS } from './verbs';

/** The card for an answer: one builder per view. */
export function buildAnswerCard(answer: Answer): BuiltCard {
  switch (answer.kind) {
    case 'risk':
      return riskCard(answer);
    case 'risk-list':
      return riskListCard(answer);
    case 'action-list':
      return actionListCard(answer);
    case 'action':
      return actionCard(answer);
    case 'meeting':
      return meetingCard(answer);
    case 'minute-item':
      return minuteItemCard(answer);
    case 'resolutions':
      return resolutionsCard(answer);
    case 'matters-arising':
      return mattersArisingCard(answer);
    case 'strategy':
      return strategyCard(answer);
    case 'data-quality':
      return dataQualityCard(answer);
    case 'help':
      return helpCard(answer);
    case 'message':
      return messageCard(answer);
  }
}
