import type { Answer } from '../answers';
import type { Question } from '../question';
import { EXAMPLE_QUESTIONS } from '../understand';
import { answerActionDetail, answerActionList } from './actions';
import type { AnswerContext } from './context';
import {
  answerAgendaOn,
  answerLastMeeting,
  answerMattersArising,
  answerMinuteItem,
  answerNextMeeting,
  answerResolutions,
} from './meetings';
import { answerDataQuality, answerRiskDetail, answerRiskList } from './risks';
import { answerStrategy } from './strategy';

export type { AnswerContext } from './context';

/** Answers an understood question from the store: question in, answer model out. */
export async function answer(
  question: Question,
  ctx: AnswerContext,
  questionText: string,
): Promise<Answer> {
  switch (question.intent) {
    case 'risk.detail':
      return answerRiskDetail(ctx, question.risk, question.facets);
    case 'risk.list':
      return answerRiskList(ctx, question.registerId, question.filter);
    case 'actions.list':
      return answerActionList(ctx, question.scope, question.filter, question.page, questionText);
    case 'action.detail':
      return answerActionDetail(ctx, question.target, question.history);
    case 'meeting.next':
      return answerNextMeeting(ctx, question.body, 'next');
    case 'meeting.last':
      return answerLastMeeting(ctx, question.body, 'last');
    case 'meeting.agenda':
      if (question.which === 'next') return answerNextMeeting(ctx, question.body, 'agenda');
      if (question.which === 'last') return answerLastMeeting(ctx, question.body, 'agenda');
      return answerAgendaOn(ctx, question.body, question.which.date);
    case 'minutes.item':
      return answerMinuteItem(ctx, question.reference);
    case 'minutes.resolutions':
      return answerResolutions(ctx, question.body, question.date);
    case 'matters-arising':
      return answerMattersArising(ctx, question.body);
    case 'strategy.progress':
      return answerStrategy(ctx, question);
    case 'data-quality':
      return answerDataQuality(ctx, question.registerId);
    case 'help':
      return {
        kind: 'help',
        examples: [...EXAMPLE_QUESTIONS],
        notes: [
          'Board Clerk answers questions about the Board Assurance Framework, action logs, board meetings and minutes, and strategy, from the board papers.',
          'To record progress on an action you own, press Update on it, or type "update" and the action, for example "update Well-Led FTSU 5".',
          ...(ctx.asker?.isBoardSecretary
            ? [
                'As a board secretary you can also type: "new meeting", "edit meeting", "send reminder", "broadcasts" and "chase overdue actions".',
              ]
            : []),
        ],
      };
    case 'secretary':
      // The bot edge routes these to the secretariat desk; this is what a client without it sees.
      return {
        kind: 'message',
        title: 'That is a board secretary command',
        text: 'Board secretaries create meetings, send reminders and chase actions from Teams.',
        suggestions: [],
      };
    case 'greeting':
      return {
        kind: 'help',
        examples: [...EXAMPLE_QUESTIONS].slice(0, 6),
        notes: [ctx.asker ? `Hello ${ctx.asker.name.split(' ')[0]}.` : 'Hello.'],
      };
    case 'unknown':
      return {
        kind: 'message',
        title: "Sorry, I didn't understand that",
        text: question.text
          ? 'I answer questions about the Board Assurance Framework, action logs, board meetings and minutes, and strategy. These are close to what you asked:'
          : 'Ask me about risks, actions, meetings, minutes or strategy. For example:',
        suggestions: question.suggestions,
      };
  }
}
