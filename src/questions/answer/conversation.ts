import { z } from 'zod';
import { organisationInSentence } from '../../domain/organisation';
import { formatDate, londonDateOf } from '../../domain/dates';
import { rolesHeldBy } from '../../domain/permissions';
import type { ChoicesAnswer, HelpAnswer, MessageAnswer } from '../answers';
import { EXAMPLE_QUESTIONS } from '../examples';
import { IsoDate } from '../../domain/common';
import { AgendaItemDraft } from '../../domain/meeting';
import { kind } from '../kind';
import { SecretaryCommand, Text } from '../question';

/**
 * The conversation around the papers: help, small talk, a secretary's command, the questions Board
 * Clerk could not answer, and a question that could mean several things.
 */

export interface UnansweredAnswer {
  kind: 'unanswered';
  /** "in the last 7 days". */
  period: string;
  questions: { text: string; times: number; last: string }[];
  notes: string[];
}

/** How far back "unanswered questions" looks. */
const UNANSWERED_DAYS = 7;

const SMALL_TALK = {
  thanks: 'You’re welcome.',
  ok: 'Ok. Ask me anything about the papers when you need to.',
  bye: 'Goodbye. I’m here whenever you need the papers.',
  'how-are-you': 'All well, thank you. What would you like to know?',
  hello: 'Hello.',
} as const;

export const help = kind('help', {}, (_q, ctx): HelpAnswer => ({
  kind: 'help',
  examples: [...EXAMPLE_QUESTIONS],
  notes: [
    'Board Clerk can help with questions about the Board Assurance Framework, action logs, board meetings and minutes, and strategy, answered from the board papers.',
    'To record progress on an action you own, press Update on it, or type "update" and the action, for example "update Well-Led FTSU 5".',
    ...(ctx.asker?.isBoardSecretary
      ? [
          'As a board secretary you can also type: "new meeting", "edit meeting", "send reminder", "broadcasts", "chase overdue actions" and "unanswered questions".',
        ]
      : []),
  ],
}));

/** Small talk: a short reply. */
export const greeting = kind(
  'greeting',
  { kind: z.enum(['thanks', 'hello', 'ok', 'bye', 'how-are-you']).optional() },
  (q, ctx): MessageAnswer => {
    const said = q.kind ?? 'hello';
    const name = ctx.asker ? ctx.asker.name.split(' ')[0] : null;
    return {
      kind: 'message',
      title: said === 'hello' && name ? `Hello ${name}.` : SMALL_TALK[said],
      text:
        said === 'hello'
          ? 'How can I help? Ask me about risks, actions, meetings, minutes or strategy.'
          : '',
      suggestions: said === 'hello' ? [...EXAMPLE_QUESTIONS.slice(0, 3)] : [],
    };
  },
);

/** A board secretary's command: the bot's route hands it to the secretariat desk. */
export const secretary = kind(
  'secretary',
  // ("Move the board to 8 April": the date a meeting is to move to, for the form.)
  {
    command: SecretaryCommand,
    moveTo: IsoDate.optional(),
    /** The meeting the command names ("the private board on 8 April"), chosen first in its card. */
    meeting: z
      .object({
        date: IsoDate.optional(),
        part: z.enum(['public', 'private']).optional(),
        /** "At 10am": the time a new meeting starts, on the UK clock ("10:00"). */
        time: z
          .string()
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
          .optional(),
        /** "Papers due 14 jan": a new meeting's paper deadline. */
        paperDeadline: IsoDate.optional(),
      })
      .optional(),
    /** "Add Estates sale update to the agenda, paper, led by the CFO": the editor's new row, filled. */
    item: AgendaItemDraft.optional(),
  },
  (): MessageAnswer => ({
    // What a client without the desk's route sees.
    kind: 'message',
    title: 'That is a board secretary command',
    text: 'Board secretaries create meetings, send reminders and chase actions from Teams.',
    suggestions: [],
  }),
);

/** A secretary's list of the questions Board Clerk could not answer (text only, never who asked). */
export const unanswered = kind(
  'unanswered',
  {},
  async (_q, ctx): Promise<UnansweredAnswer | MessageAnswer> => {
    if (!ctx.asker?.isBoardSecretary || !ctx.unanswered)
      return {
        kind: 'message',
        title: 'Unanswered questions are for board secretaries',
        text: 'Board secretaries see the questions Board Clerk could not answer, to improve it.',
        suggestions: [],
      };
    const from = new Date(ctx.now.getTime() - UNANSWERED_DAYS * 86_400_000);
    const grouped = new Map<string, { text: string; times: number; last: string }>();
    for (const e of await ctx.unanswered(from)) {
      const key = e.text.trim().toLowerCase();
      const g = grouped.get(key);
      if (g) {
        g.times++;
        g.last = e.at > g.last ? e.at : g.last;
      } else grouped.set(key, { text: e.text.trim(), times: 1, last: e.at });
    }
    const questions = [...grouped.values()]
      .sort((a, b) => b.times - a.times || b.last.localeCompare(a.last))
      .map((q) => ({ ...q, last: formatDate(londonDateOf(q.last)) }));
    return {
      kind: 'unanswered',
      period: `in the last ${UNANSWERED_DAYS} days`,
      questions,
      notes: [
        'Questions are kept without who asked them, for 35 days. Ones that come up often are worth adding to the papers or telling the team that maintains Board Clerk.',
      ],
    };
  },
);

/** The question could mean several things: offer them as buttons rather than guess. */
export const clarify = kind(
  'clarify',
  { title: Text, text: Text, choices: z.array(Text).max(5) },
  (q): ChoicesAnswer => ({ kind: 'choices', title: q.title, text: q.text, choices: q.choices }),
);

/**
 * Questions about the conversation itself: who the asker is to Board Clerk ("who am I"), what Board
 * Clerk is ("what are you called"), and what it covers ("what organisations do you cover").
 */
export const about = kind(
  'about',
  {
    subject: z.enum(['me', 'you', 'coverage', 'privacy', 'beyond']),
    /** What was asked of Board Clerk that it does not do: "book me a train". */
    task: Text.optional(),
  },
  (q, ctx): MessageAnswer => {
    const { data } = ctx;
    if (q.subject === 'beyond')
      return {
        kind: 'message',
        title: 'That is not something I can do',
        text: `I can't ${q.task ?? 'do that'} for you. I answer questions about the board papers (risks, actions, meetings, minutes, papers and strategy), take progress updates on actions, and help board secretaries with meetings and reminders.`,
        suggestions: [...EXAMPLE_QUESTIONS.slice(0, 3)],
      };
    if (q.subject === 'me') {
      const me = ctx.asker;
      if (!me)
        return {
          kind: 'message',
          title: "I don't know who you are in the board's directory yet",
          text: `Your Teams account is not linked to a person in Board Clerk's directory${ctx.askerAadObjectId ? ` (your Teams user id is ${ctx.askerAadObjectId})` : ''}. A board secretary can link it.`,
          suggestions: ['Help'],
        };
      const roles = rolesHeldBy(me, data.roles)
        .map((id) => data.roles.find((r) => r.id === id)?.title)
        .filter((t): t is string => !!t);
      const organisation = data.organisations.find((o) => o.id === me.organisationId);
      return {
        kind: 'message',
        title: `You are ${me.name}, ${me.jobTitle}`,
        text: [
          organisation ? `In ${organisationInSentence(organisation)}.` : '',
          roles.length
            ? `Board Clerk knows you in the roles: ${[...new Set(roles)].join('; ')}.`
            : '',
          me.isBoardSecretary ? 'You are a board secretary.' : '',
          me.isDemo ? 'You are in the bundled demo directory.' : '',
        ]
          .filter(Boolean)
          .join(' '),
        suggestions: ['My actions', 'Brief me'],
      };
    }
    if (q.subject === 'privacy')
      return {
        kind: 'message',
        title: 'Private (Part II) business is shown only in a personal chat',
        text: 'Private-part (Part II) business and progress notes on actions are shown only to people in the board directory (board members, directors holding a role, board secretaries), and only in their personal chat with Board Clerk. In a channel or group chat they are left out, and the answer says so.',
        suggestions: [],
      };
    if (q.subject === 'you')
      return {
        kind: 'message',
        title: 'I am Board Clerk',
        text: 'A Microsoft Teams assistant for board governance: I answer from the board papers (risk registers, action logs, meetings, minutes, papers and strategy reports) and say where each answer comes from.',
        suggestions: [...EXAMPLE_QUESTIONS.slice(0, 3)],
      };
    const held = data.organisations.map((o) => {
      const registers = data.registers.filter((r) => r.organisationId === o.id).map((r) => r.title);
      const logs = data.logs.filter((l) => l.organisationId === o.id).map((l) => l.title);
      const what = [...registers, ...logs];
      return `${o.name}${o.shortName !== o.name ? ` (${o.shortName})` : ''}${what.length ? `: ${what.join('; ')}` : ''}`;
    });
    return {
      kind: 'message',
      title: `Board Clerk covers ${data.organisations.length} organisations`,
      text: `${held.join('. ')}. Also meetings and minutes (${[...new Set(data.meetings.map((m) => m.body))].join(', ')}), ${data.papers.length} board papers and ${data.strategies.length} strategies.`,
      suggestions: [...EXAMPLE_QUESTIONS.slice(0, 3)],
    };
  },
);
