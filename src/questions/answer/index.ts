import type { Answer } from '../answers';
import type { Question } from '../question';
import { EXAMPLE_QUESTIONS } from '../understand';
import { answerActionDelay, answerActionDetail, answerActionList } from './actions';
import type { AnswerContext } from './context';
import {
  answerAgendaOn,
  answerAttendance,
  answerDeclarations,
  answerLastMeeting,
  answerMattersArising,
  answerMeetingOn,
  answerMinuteItem,
  answerMinutes,
  answerNextMeeting,
  answerPresenter,
  answerResolutions,
  meetingDetailNote,
} from './meetings';
import { answerWho } from './people';
import {
  answerCommitteeReport,
  answerPaper,
  answerPerformance,
  answerTermsOfReference,
} from './papers';
import {
  answerDataQuality,
  answerRiskCompare,
  answerRiskDetail,
  answerRiskList,
  answerRiskOwner,
} from './risks';
import { answerSearch } from './search';
import { answerStrategy } from './strategy';

export type { AnswerContext } from './context';

const SMALL_TALK: Record<NonNullable<Extract<Question, { intent: 'greeting' }>['kind']>, string> = {
  thanks: 'You’re welcome.',
  ok: 'Ok. Ask me anything about the papers when you need to.',
  bye: 'Goodbye. I’m here whenever you need the papers.',
  'how-are-you': 'All well, thank you. What would you like to know?',
  hello: 'Hello.',
};

/** Answers a question already read: question in, answer model out. */
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
    case 'risk.compare':
      return answerRiskCompare(ctx, question.risks);
    case 'risk.owner':
      return answerRiskOwner(ctx, question.risk);
    case 'topic':
      return answerSearch(ctx, question.text, 'topic', question.registerId, [
        ...EXAMPLE_QUESTIONS.slice(13, 16),
      ]);
    case 'actions.list':
      return answerActionList(ctx, question.scope, question.filter, question.page, questionText);
    case 'action.detail':
      return question.why
        ? answerActionDelay(ctx, question.target)
        : answerActionDetail(ctx, question.target, question.history);
    case 'meeting.next':
      return meetingDetailNote(answerNextMeeting(ctx, question.body, 'next'), question.detail);
    case 'meeting.last':
      return meetingDetailNote(answerLastMeeting(ctx, question.body, 'last'), question.detail);
    case 'meeting.on':
      return answerMeetingOn(ctx, question.body, question.period);
    case 'meeting.agenda':
      if (question.which === 'next') return answerNextMeeting(ctx, question.body, 'agenda');
      if (question.which === 'last') return answerLastMeeting(ctx, question.body, 'agenda');
      return answerAgendaOn(ctx, question.body, question.which.date);
    case 'minutes.item':
      return answerMinuteItem(ctx, question.reference);
    case 'minutes.resolutions':
      return answerResolutions(ctx, question.body, question.date);
    case 'minutes.meeting':
      return answerMinutes(ctx, question.body, question.date);
    case 'minutes.attendance':
      return answerAttendance(ctx, question.body, question.date, question.part);
    case 'minutes.declarations':
      return answerDeclarations(ctx, question.body, question.date);
    case 'minutes.presenter':
      return answerPresenter(ctx, question.body, question.date, question.item);
    case 'matters-arising':
      return answerMattersArising(ctx, question.body);
    case 'strategy.progress':
      return answerStrategy(ctx, question);
    case 'paper':
      return answerPaper(ctx, question.paperId, question.words, question.want);
    case 'committee.report':
      return answerCommitteeReport(ctx, question.reportId, question.level);
    case 'performance':
      return answerPerformance(ctx, question.want, question.organisationIds, question.indicatorIds);
    case 'terms-of-reference':
      return answerTermsOfReference(ctx, question.termsId, question.part);
    case 'people.who':
      return answerWho(ctx, question.roleIds, question.personIds, question.name, question.text);
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
                'As a board secretary you can also type: "new meeting", "edit meeting", "send reminder", "broadcasts", "chase overdue actions" and "unanswered questions".',
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
    case 'unanswered':
      // The Questions feature answers this itself (it holds the log); a bare answer says where to ask.
      return {
        kind: 'message',
        title: 'Unanswered questions are for board secretaries',
        text: 'A board secretary can ask "unanswered questions" in a personal chat with Board Clerk.',
        suggestions: [],
      };
    case 'greeting': {
      const kind = question.kind ?? 'hello';
      const name = ctx.asker ? ctx.asker.name.split(' ')[0] : null;
      return {
        kind: 'message',
        title: kind === 'hello' && name ? `Hello ${name}.` : SMALL_TALK[kind],
        text: kind === 'hello' ? 'Ask me about risks, actions, meetings, minutes or strategy.' : '',
        suggestions: kind === 'hello' ? [...EXAMPLE_QUESTIONS.slice(0, 3)] : [],
      };
    }
    case 'clarify':
      return {
        kind: 'choices',
        title: question.title,
        text: question.text,
        choices: question.choices,
      };
    case 'unknown':
      return answerSearch(ctx, question.text, 'unknown', null, question.suggestions);
  }
}
