import type { Answer } from '../src/questions/answers';
import type { HeatMapCell, RiskSummaryView } from '../src/shared/viewTypes';
import type { BuiltCard, CardElement, ColumnSet, Table, TableCell } from './adaptiveCard';
import {
  adaptiveCard,
  citation,
  heading,
  MAX_CARD_ACTIONS,
  notesBlock,
  ragColour,
  scoreWords,
  text,
  toleranceWords,
  truncate,
} from './parts';
import { button, VERBS } from './verbs';

/** Lists of risks, with the 5 x 5 heat map of current scores when showing a whole register. */

const STYLE: Record<HeatMapCell['colour'], TableCell['style']> = {
  green: 'good',
  yellow: 'warning',
  amber: 'warning',
  red: 'attention',
};

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
    spacing: 'Medium',
    firstRowAsHeader: true,
    showGridLines: true,
    columns: Array.from({ length: 6 }, () => ({ width: 1 })),
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
            style: STYLE[cell.colour],
            items: [
              text(cell.risks.length ? cell.risks.join(', ') : String(cell.score), {
                size: 'Small',
                weight: cell.risks.length ? 'Bolder' : 'Lighter',
                isSubtle: cell.risks.length === 0,
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
      'Heat map of current scores: consequence (rows, 5 at the top) by likelihood (columns). Each cell shows the risks scored there, or the score it stands for.',
      {
        isSubtle: true,
        size: 'Small',
        spacing: 'Medium',
      },
    ),
    table,
  ];
}

function riskRow(r: RiskSummaryView): ColumnSet {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    separator: true,
    columns: [
      {
        type: 'Column',
        width: 'stretch',
        items: [
          text(`${r.reference}${r.draft ? ' (draft)' : ''}${r.hasFlags ? ' ⚠' : ''}`, {
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
          text(`Current ${scoreWords(r.current)}`, {
            color: ragColour(r.current.colour),
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
  };
}

const MAX_ROWS = 15;

export function riskListCard(answer: Extract<Answer, { kind: 'risk-list' }>): BuiltCard {
  const shown = answer.risks.slice(0, MAX_ROWS);
  const summary = answer.risks.length
    ? `${answer.title} (${answer.registerTitle}): ${answer.risks.map((r) => `${r.reference} ${r.current.score} ${r.current.band}`).join('; ')}.`
    : `${answer.title} (${answer.registerTitle}): none.`;
  const body: CardElement[] = [
    ...heading(answer.title, `${answer.registerTitle} · ${answer.filterLabel}`),
    ...(answer.showHeatMap ? heatMap(answer.heatMap) : []),
    ...(shown.length
      ? shown.map(riskRow)
      : [text('No risks match.', { isSubtle: true, spacing: 'Medium' })]),
    ...(answer.risks.length > MAX_ROWS
      ? [text(`Showing ${MAX_ROWS} of ${answer.risks.length}.`, { isSubtle: true })]
      : []),
    text(`Risk appetite: ${truncate(answer.appetiteStatement, 300)}`, {
      isSubtle: true,
      size: 'Small',
      spacing: 'Medium',
    }),
    ...notesBlock(answer.notes),
    citation(answer.source),
  ];
  const actions = shown
    .slice(0, MAX_CARD_ACTIONS)
    .map((r) => button(r.reference, VERBS.ask, { question: r.askAs }));
  return { card: adaptiveCard(body, summary, { fullWidth: true, actions }), summary };
}
