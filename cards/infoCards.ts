import type { Answer } from '../src/questions/answers';
import type { BuiltCard, CardElement } from './adaptiveCard';
import {
  adaptiveCard,
  askButton,
  citationText,
  heading,
  notesBlock,
  text,
  truncate,
} from './parts';

/** Help and welcome, plain messages (not understood, not linked, not found), and data-quality flags. */

export function helpCard(answer: Extract<Answer, { kind: 'help' }>): BuiltCard {
  const summary = `${answer.notes[0] ?? 'Board Clerk answers questions about the board.'} Try: ${answer.examples.slice(0, 3).join('; ')}.`;
  const body: CardElement[] = [
    ...heading(
      'Board Clerk',
      'Board Assurance Framework, action logs, meetings and minutes, strategy',
    ),
    ...notesBlock(answer.notes, { subtle: false }),
    text('Things you can ask (or tap one):', { spacing: 'Medium' }),
    ...answer.examples.map((q) => text(`• ${q}`, { spacing: 'None', size: 'Small' })),
  ];
  return {
    card: adaptiveCard(body, summary, { actions: answer.examples.slice(0, 5).map(askButton) }),
    summary,
  };
}

export function messageCard(answer: Extract<Answer, { kind: 'message' }>): BuiltCard {
  const summary = answer.text ? `${answer.title}. ${answer.text}` : answer.title;
  const body: CardElement[] = [
    ...heading(answer.title),
    ...(answer.text ? [text(answer.text, { spacing: 'Small' })] : []),
  ];
  return {
    card: adaptiveCard(body, summary, { actions: answer.suggestions.slice(0, 5).map(askButton) }),
    summary,
  };
}

export function dataQualityCard(answer: Extract<Answer, { kind: 'data-quality' }>): BuiltCard {
  const summary = `${answer.items.length} data-quality flag${answer.items.length === 1 ? '' : 's'} in the board papers.`;
  const body: CardElement[] = [
    ...heading(answer.title, `${answer.items.length} flagged`),
    ...answer.items
      .slice(0, 25)
      .flatMap((i): CardElement[] => [
        text(`⚠ ${i.record}`, { weight: 'Bolder', spacing: 'Medium' }),
        text(truncate(i.message, 400), { spacing: 'None' }),
        text(citationText(i.source), { spacing: 'None', size: 'Small', isSubtle: true }),
      ]),
    ...(answer.items.length > 25
      ? [text(`…and ${answer.items.length - 25} more.`, { isSubtle: true })]
      : []),
    ...notesBlock(answer.notes),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const INFO_CARDS = {
  'data-quality': dataQualityCard,
  help: helpCard,
  message: messageCard,
};
