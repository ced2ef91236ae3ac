import type { Answer } from '../src/questions/answers';
import type { HeatMapCell, RiskSummaryView } from '../src/shared/viewTypes';
import type {
  BuiltCard,
  CardButton,
  CardElement,
  ColumnSet,
  Table,
  TableCell,
} from './adaptiveCard';
import {
  adaptiveCard,
  BAND_MARK,
  BAND_STYLE,
  citation,
  flagLegend,
  heading,
  notesBlock,
  scoreWords,
  text,
  toleranceWords,
  truncate,
  riskName,
  wayBackTo,
} from './parts';
import { button, VERBS } from './verbs';

/** Lists of risks, with the 5 x 5 heat map of current scores when showing a whole register. */

/** "🟩 Low (1–3) · 🟨 Moderate (4–6) · …": the bands as this register's heat map has them. */
function legend(rows: HeatMapCell[][]): string {
  const bands = new Map<string, HeatMapCell[]>();
  for (const cell of rows.flat().sort((a, b) => a.score - b.score))
    bands.set(cell.band, [...(bands.get(cell.band) ?? []), cell]);
  return [...bands.values()]
    .map((cells) => {
      const first = cells[0]!;
      const last = cells.at(-1)!;
      const range = first.score === last.score ? `${first.score}` : `${first.score}–${last.score}`;
      return `${BAND_MARK[first.colour]} ${first.band} (${range})`;
    })
    .join(' · ');
}

function heatMap(rows: HeatMapCell[][]): CardElement[] {
  const header: TableCell[] = [
    { type: 'TableCell', items: [text('C \\ L', { isSubtle: true, size: 'Small' })] },
    ...[1, 2, 3, 4, 5].map((l): TableCell => ({
      type: 'TableCell',
      items: [text(String(l), { weight: 'Bolder', horizontalAlignment: 'Center' })],
    })),
  ];
  const table: Table = {
    type: 'Table',
    spacing: 'Small',
    firstRowAsHeader: true,
    showGridLines: true,
    columns: [{ width: '48px' }, ...Array.from({ length: 5 }, () => ({ width: 1 }))],
    rows: [
      { type: 'TableRow', cells: header },
      ...rows.map((row) => ({
        type: 'TableRow' as const,
        cells: [
          {
            type: 'TableCell' as const,
            items: [text(String(row[0]!.consequence), { weight: 'Bolder' })],
          },
          ...row.map((cell): TableCell => ({
            type: 'TableCell',
            style: BAND_STYLE[cell.colour],
            items: [
              ...(cell.risks.length
                ? [text(cell.risks.join(', '), { weight: 'Bolder', horizontalAlignment: 'Center' })]
                : []),
              text(`${BAND_MARK[cell.colour]} ${cell.score} · ${cell.band}`, {
                size: 'Small',
                spacing: 'None',
                horizontalAlignment: 'Center',
              }),
            ],
          })),
        ],
      })),
    ],
  };
  return [
    text(
      'Heat map of current scores: consequence (rows, 5 at the top) by likelihood (columns). Each cell shows the risks scored there, its score and its band.',
      { isSubtle: true, size: 'Small', spacing: 'Medium' },
    ),
    text(legend(rows), { size: 'Small', spacing: 'Small' }),
    table,
  ];
}

/** One risk, tappable: it opens that risk's card (every risk is reachable, however many). */
function riskRow(r: RiskSummaryView, back: { back?: string }): ColumnSet {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    separator: true,
    // No inputs: the card's "Open a risk" choice (also named question) must not replace this risk.
    selectAction: button(
      r.reference,
      VERBS.ask,
      { question: r.askAs, ...back },
      { associatedInputs: 'none' },
    ),
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        items: [
          text(`${riskName(r)}${r.hasFlags ? ' ⚠' : ''}`, {
            weight: 'Bolder',
          }),
          text(truncate(r.title, 160), { spacing: 'None', size: 'Small' }),
          text(toleranceWords(r.appetite, r.current.score), {
            spacing: 'None',
            size: 'Small',
            isSubtle: true,
          }),
        ],
      },
      {
        type: 'Column',
        width: 'auto',
        items: [
          {
            // The band's colour behind the score only, not the whole row.
            type: 'Container',
            style: BAND_STYLE[r.current.colour],
            items: [
              text(`${BAND_MARK[r.current.colour]} Current ${scoreWords(r.current)}`, {
                weight: 'Bolder',
                horizontalAlignment: 'Right',
              }),
              text(r.target ? `Target ${scoreWords(r.target)}` : 'No target given', {
                isSubtle: true,
                size: 'Small',
                spacing: 'None',
                horizontalAlignment: 'Right',
              }),
            ],
          },
        ],
      },
    ],
  };
}

/** Open any risk of the list: a choice of all of them (Teams shows five buttons at most). */
function openRisk(
  risks: readonly RiskSummaryView[],
  back: { back?: string },
): { input: CardElement[]; action: CardButton } {
  return {
    input: [
      {
        type: 'Input.ChoiceSet',
        id: 'question',
        label: 'Open a risk (or select its row above)',
        style: 'compact',
        spacing: 'Medium',
        choices: risks.map((r) => ({
          title: `${riskName(r)}: ${truncate(r.title, 80)}`,
          value: r.askAs,
        })),
        value: risks[0]!.askAs,
      },
    ],
    action: button(
      'Open',
      VERBS.ask,
      { question: risks[0]!.askAs, ...back },
      { associatedInputs: 'auto' },
    ),
  };
}

const MAX_ROWS = 15;

export function riskListCard(answer: Extract<Answer, { kind: 'risk-list' }>): BuiltCard {
  const shown = answer.risks.slice(0, MAX_ROWS);
  const listed = answer.risks.length
    ? `${answer.title} (${answer.registerTitle}): ${answer.risks.map((r) => `${r.reference} ${r.current.score} ${r.current.band}`).join('; ')}.`
    : `${answer.title} (${answer.registerTitle}): none.`;
  const summary = answer.lead ? `${answer.lead} ${listed}` : listed;
  // Teams replaces the list's card with the risk opened from it: the risk's card carries the way back.
  const back = wayBackTo(answer.question);
  const open = shown.length > 1 ? openRisk(shown, back) : null;
  const body: CardElement[] = [
    ...heading(answer.title, `${answer.registerTitle} · ${answer.filterLabel}`),
    ...(answer.lead ? [text(answer.lead, { spacing: 'Small' })] : []),
    ...(shown.length
      ? shown.map((r) => riskRow(r, back))
      : [text('No risks match.', { isSubtle: true, spacing: 'Medium' })]),
    ...(answer.risks.length > MAX_ROWS
      ? [text(`Showing ${MAX_ROWS} of ${answer.risks.length}.`, { isSubtle: true })]
      : []),
    // The list is what was asked for; the map summarises it, so it follows.
    ...(answer.showHeatMap ? heatMap(answer.heatMap) : []),
    ...(shown.some((r) => r.hasFlags) ? [flagLegend('risk')] : []),
    // The papers print "Risk Appetite – Open (…)": the label is not said twice.
    text(
      `Risk appetite: ${truncate(answer.appetiteStatement.replace(/^risk appetite\s*[–:-]\s*/i, ''), 300)}`,
      {
        isSubtle: true,
        size: 'Small',
        spacing: 'Medium',
      },
    ),
    ...notesBlock(answer.notes),
    ...(open?.input ?? []),
    citation(answer.source),
  ];
  const actions = open
    ? [open.action]
    : shown.map((r) => button(r.reference, VERBS.ask, { question: r.askAs, ...back }));
  return { card: adaptiveCard(body, summary, { fullWidth: true, actions }), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const RISK_LIST_CARDS = {
  'risk-list': riskListCard,
};
