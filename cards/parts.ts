import { truncate } from '../src/shared/clip';
import {
  capitalised,
  citationWords,
  targetToleranceWords,
  toleranceWords,
} from '../src/shared/views';

export { capitalised, targetToleranceWords, toleranceWords, truncate };
import type {
  AppetiteView,
  Citation,
  FlagView,
  RagColour,
  ScoreView,
} from '../src/shared/viewTypes';
import type {
  ActionSubmit,
  AdaptiveCard,
  CardButton,
  CardElement,
  Container,
  ContainerStyle,
  TextBlock,
} from './adaptiveCard';

/** The pieces every card is built from, one place each. */

export const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Teams renders at most five actions at the bottom of a card. */
export const MAX_CARD_ACTIONS = 5;

export function adaptiveCard(
  body: CardElement[],
  summary: string,
  options: { actions?: CardButton[]; fullWidth?: boolean; refresh?: AdaptiveCard['refresh'] } = {},
): AdaptiveCard {
  if ((options.actions?.length ?? 0) > MAX_CARD_ACTIONS)
    throw new RangeError(`Teams shows at most ${MAX_CARD_ACTIONS} card actions`);
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body,
    ...(options.actions?.length ? { actions: options.actions } : {}),
    ...(options.refresh ? { refresh: options.refresh } : {}),
    fallbackText: summary,
    speak: summary,
    ...(options.fullWidth ? { msteams: { width: 'Full' } } : {}),
  };
}

export function heading(text: string, subtitle?: string): CardElement[] {
  const out: CardElement[] = [
    { type: 'TextBlock', text, wrap: true, weight: 'Bolder', size: 'Medium', style: 'heading' },
  ];
  if (subtitle)
    out.push({ type: 'TextBlock', text: subtitle, wrap: true, isSubtle: true, spacing: 'None' });
  return out;
}

export function text(
  value: string,
  options: Partial<Omit<TextBlock, 'type' | 'text'>> = {},
): TextBlock {
  return { type: 'TextBlock', text: notAList(value), wrap: true, ...options };
}

/**
 * Text that starts like a Markdown list item ("1. Digital", the paper's numbered area) is shown as
 * printed, not drawn as a list: the space after the marker becomes a no-break space, which Teams'
 * Markdown does not read as one.
 */
export function notAList(value: string): string {
  return value.replace(/^(\s*(?:\d{1,3}[.)]|[-*+]))[ \t]/, '$1\u00a0');
}

export function subheading(value: string): TextBlock {
  return text(value, { weight: 'Bolder', spacing: 'Medium' });
}

/**
 * A bulleted list of at most `max` items. A longer one says how many more, and which button shows
 * them all (`seeAll`, a button the card carries).
 */
export function bullets(items: readonly string[], max = 12, seeAll?: string): CardElement[] {
  if (items.length === 0) return [text('None recorded.', { isSubtle: true, spacing: 'None' })];
  const shown = items.slice(0, max).map((i) => text(`• ${truncate(i, 400)}`, { spacing: 'None' }));
  if (items.length > max)
    shown.push(
      text(`…and ${items.length - max} more.${seeAll ? ` Press ${seeAll} to see them all.` : ''}`, {
        isSubtle: true,
        spacing: 'None',
      }),
    );
  return shown;
}

export function facts(list: [string, string | null | undefined][]): CardElement {
  return {
    type: 'FactSet',
    facts: list
      .filter((f): f is [string, string] => !!f[1])
      .map(([title, value]) => ({ title, value: notAList(value) })),
  };
}

/** "Source: Group Trust Board public papers, 29 January 2026 — Group BAF, GROUP BAF 1". */
export function citationText(c: Citation): string {
  return `Source: ${citationWords(c)}`;
}

export function citation(c: Citation): TextBlock {
  return text(citationText(c), {
    isSubtle: true,
    size: 'Small',
    spacing: 'Medium',
    separator: true,
  });
}

/** Data-quality flags, prominent: the paper contradicts itself here. */
export function flagsBlock(flags: readonly FlagView[]): CardElement[] {
  if (flags.length === 0) return [];
  const container: Container = {
    type: 'Container',
    style: 'warning',
    spacing: 'Medium',
    items: [
      text('Data quality', { weight: 'Bolder' }),
      ...flags.slice(0, 8).map((f) => text(`⚠ ${f.message}`, { spacing: 'Small' })),
    ],
  };
  return [container];
}

/** Notes under an answer: subtle, unless what they say changes the answer (`subtle: false`). */
export function notesBlock(
  notes: readonly string[],
  { subtle = true }: { subtle?: boolean } = {},
): CardElement[] {
  return notes.map((n) => text(n, { isSubtle: subtle, spacing: 'Small' }));
}

/**
 * The 5 x 5 bands as Teams can show them in every theme. Coloured text fails WCAG AA somewhere (Teams'
 * yellow and green on white, its red on dark grey), so a band is a container style behind default
 * text, with a coloured square and the band's name: Low green, Moderate grey (Teams has no yellow
 * style; plain looked like an empty heat-map cell), High amber, Extreme salmon-red: four looks, told
 * apart without colour too (high contrast shows none).
 */
export const BAND_STYLE: Record<RagColour, ContainerStyle> = {
  green: 'good',
  yellow: 'emphasis',
  amber: 'warning',
  red: 'attention',
};

export const BAND_MARK: Record<RagColour, string> = {
  green: '🟩',
  yellow: '🟨',
  amber: '🟧',
  red: '🟥',
};

/** "🟥 Extreme": a band in words, with its colour where colour shows. */
export function bandWords(s: Pick<ScoreView, 'band' | 'colour'>): string {
  return `${BAND_MARK[s.colour]} ${s.band}`;
}

/** "4 x 4 = 16, High" (made in the shared views, which answers use too). */
export { scoreWords } from '../src/shared/views';

/** Where a score stands against tolerance, as a container style (the words say it too). */
export function toleranceStyle(appetite: AppetiteView): ContainerStyle {
  return appetite.tolerance === 'above'
    ? 'attention'
    : appetite.tolerance === 'at'
      ? 'warning'
      : appetite.tolerance === 'within'
        ? 'good'
        : 'emphasis';
}

/** A problem with a field, next to it: bold default text (Teams' red fails contrast in dark). */
export function fieldError(errors: Partial<Record<string, string>>, field: string): TextBlock[] {
  const message = errors[field];
  return message
    ? [text(`⚠ ${message}`, { weight: 'Bolder', spacing: 'None', size: 'Small' })]
    : [];
}

/** "1 day overdue", "419 days overdue". */
export function overdueWords(days: number): string {
  return `${days} day${days === 1 ? '' : 's'} overdue`;
}

/** A button that sends its question as if the user typed it. */
export function askButton(question: string): ActionSubmit {
  // ("History of LPT BAF 05 action 5" on the button, though the question may be typed in lower case.)
  return labelledAskButton(question, truncate(capitalised(question), 60));
}

/** A button asking a long question under a short label: Teams cuts a button's title at its width. */
export function labelledAskButton(question: string, label: string): ActionSubmit {
  return {
    type: 'Action.Submit',
    title: label,
    data: { msteams: { type: 'imBack', value: question } },
  };
}

/** The longest question a list's buttons carry back to (longer ones get no "Back to the list"). */
export const MAX_BACK_LENGTH = 120;

/**
 * What each button of a list carries for the way back to it: its question, when short enough (every
 * button carries it, and a long one would crowd the card out of Teams' limit).
 */
export function wayBackTo(question: string | undefined): { back?: string } {
  return question && question.length <= MAX_BACK_LENGTH ? { back: question } : {};
}

export function actionSet(
  actions: CardButton[],
  spacing: TextBlock['spacing'] = 'Small',
): CardElement[] {
  return actions.length ? [{ type: 'ActionSet', actions, spacing }] : [];
}

/** What the ⚠ beside a listed record means, said once under the list. */
export function flagLegend(record: 'risk' | 'action'): CardElement {
  return text(
    `⚠ The papers may be wrong or inconsistent here (a date, a score or a lead): open the ${record} to see what and why.`,
    { isSubtle: true, size: 'Small', spacing: 'Small' },
  );
}

export { riskName } from '../src/shared/views';
