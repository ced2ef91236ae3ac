import type { ImportView } from '../src/imports/views';
import type { Answer, SearchResultView, TwoAnswers } from '../src/questions/answers';
import type { DeskView, OutgoingView } from '../src/reminders/views';
import type { ProgressView } from '../src/shared/viewTypes';
import type { BuiltCard, CardElement } from './adaptiveCard';
import { ACTION_CARDS } from './actionCards';
import { BRIEF_CARDS } from './briefCard';
import { IMPORT_CARDS } from './importCards';
import { INFO_CARDS } from './infoCards';
import { MEETING_CARDS } from './meetingCards';
import { actionSet, adaptiveCard, MAX_CARD_ACTIONS, text } from './parts';
import { button, VERBS } from './verbs';
import { PAPER_CARDS } from './paperCards';
import { PROGRESS_CARDS } from './progressCard';
import { QUESTION_CARDS } from './questionCards';
import { REMINDER_CARDS } from './reminderCards';
import { RISK_CARDS } from './riskCard';
import { RISK_LIST_CARDS } from './riskListCard';
import { SEARCH_RESULT_CARDS } from './searchResultCard';
import { SECRETARY_CARDS } from './secretaryCards';
import { STRATEGY_CARDS } from './strategyCard';

export type { AdaptiveCard, BuiltCard } from './adaptiveCard';
export { button, VERBS, type AnyVerb, type Pressed } from './verbs';
export { searchResultPreview, type ResultPreview } from './searchResultCard';

/** Every view a feature can return: the one thing the edge draws. */
export type View = Answer | ProgressView | DeskView | OutgoingView | ImportView | SearchResultView;

type Builders = { [K in View['kind']]: (view: Extract<View, { kind: K }>) => BuiltCard };

/**
 * One card builder per view. Each card module exports its builders by view kind, and they are spread
 * here: a new builder in a card module needs no edit here, and a view kind without a builder does not
 * compile.
 */
const BUILDERS: Builders = {
  ...ACTION_CARDS,
  ...BRIEF_CARDS,
  ...IMPORT_CARDS,
  ...INFO_CARDS,
  ...MEETING_CARDS,
  ...PAPER_CARDS,
  ...PROGRESS_CARDS,
  ...QUESTION_CARDS,
  ...REMINDER_CARDS,
  ...RISK_CARDS,
  ...RISK_LIST_CARDS,
  ...SEARCH_RESULT_CARDS,
  ...SECRETARY_CARDS,
  ...STRATEGY_CARDS,
  'two-answers': twoAnswersCard,
};

/** Every kind of view there is a card for. */
export const VIEW_KINDS = Object.keys(BUILDERS) as View['kind'][];

/** The card for a view, with how its question was read first when that differs from what was said. */
export function renderView(view: View): BuiltCard {
  const built = (BUILDERS[view.kind] as (v: View) => BuiltCard)(view);
  const readAs = 'readAs' in view ? view.readAs : undefined;
  const backTo = 'backTo' in view ? view.backTo : undefined;
  const read = readAs ? withReadAs(built, readAs) : built;
  return backTo ? withWayBack(read, backTo) : read;
}

/**
 * A card opened from a list, which it replaced: a button back to that list, last among its actions,
 * or under its body where they are already as many as Teams shows.
 */
function withWayBack(built: BuiltCard, question: string): BuiltCard {
  const back = button('Back to the list', VERBS.ask, { question });
  const actions = built.card.actions ?? [];
  return {
    ...built,
    card:
      actions.length < MAX_CARD_ACTIONS
        ? { ...built.card, actions: [...actions, back] }
        : { ...built.card, body: [...built.card.body, ...actionSet([back], 'Medium')] },
  };
}

/** The reading said under the card's heading and its subtitle (or first, when it has none). */
function withReadAs(built: BuiltCard, readAs: string): BuiltCard {
  const body = built.card.body;
  const [first, second] = body;
  const headed = first?.type === 'TextBlock' && first.style === 'heading';
  const subtitled = headed && second?.type === 'TextBlock' && second.spacing === 'None';
  const at = subtitled ? 2 : headed ? 1 : 0;
  const note = text(readAs, { weight: 'Bolder', spacing: 'Small' });
  return {
    summary: `${readAs} ${built.summary}`,
    card: { ...built.card, body: [...body.slice(0, at), note, ...body.slice(at)] },
  };
}

/**
 * Two questions asked in one message: both answers in one card, the second below a rule, their
 * summaries one after the other.
 */
function twoAnswersCard(view: TwoAnswers): BuiltCard {
  const built = view.answers.map((a) => renderView(a));
  const [first, ...rest] = built;
  if (!first)
    return {
      summary: 'Nothing to show here.',
      card: adaptiveCard([text('Nothing to show here.')], 'Nothing to show here.'),
    };
  const summary = built.map((b) => b.summary).join(' ');
  const body = [
    ...first.card.body,
    ...rest.map((b): CardElement => ({
      type: 'Container',
      separator: true,
      spacing: 'ExtraLarge',
      items: b.card.body,
    })),
  ];
  return {
    summary,
    // No buttons: each answer's would name no subject under the other's, and pressing one would
    // replace both answers with one.
    card: adaptiveCard(body, summary, {
      fullWidth: built.some((b) => b.card.msteams?.width === 'Full'),
    }),
  };
}
