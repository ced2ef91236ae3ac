import type { Answer } from '../src/questions/answers';
import type { BuiltCard, CardElement } from './adaptiveCard';
import {
  adaptiveCard,
  citation,
  facts,
  heading,
  notesBlock,
  subheading,
  text,
  truncate,
} from './parts';

/** The papers beyond the registers: a paper's sections and figures, a committee's AAA report, performance. */

const DECISION_WORDS: Record<string, string> = {
  approval: 'For approval',
  noting: 'For noting',
  consideration: 'For consideration',
  briefing: 'Briefing, no decision required',
};

/** Paragraphs of a section shown; a section longer says how many more the paper has. */
const PARAGRAPHS_SHOWN = 10;

export function paperCard(answer: Extract<Answer, { kind: 'paper' }>): BuiltCard {
  const first =
    answer.notes[0] ??
    answer.figures[0]?.quote ??
    answer.sections[0]?.paragraphs[0] ??
    (answer.cover.length
      ? answer.cover.map((c) => `${c.label}: ${c.value.replace(/\.$/, '')}`).join('; ')
      : answer.figures.length
        ? answer.figures.map((f) => `${f.label}: ${f.printed}`).join('; ')
        : [
            answer.decision ? `Decision asked: ${answer.decision.printed.join(' ')}` : '',
            ...answer.recommendations.slice(0, 2),
          ]
            .filter(Boolean)
            .join(' '));
  const summary = truncate(`${answer.title}: ${first}`, 600);
  const body: CardElement[] = [
    ...heading(answer.title, answer.subtitle || undefined),
    ...notesBlock(answer.notes, { subtle: false }),
    ...(answer.cover.length
      ? [facts(answer.cover.map((c): [string, string] => [c.label, truncate(c.value, 300)]))]
      : []),
    ...answer.sections.flatMap((s): CardElement[] => [
      subheading(s.heading),
      ...s.paragraphs
        .slice(0, PARAGRAPHS_SHOWN)
        .map((p) => text(truncate(p, 1200), { spacing: 'Small' })),
      ...(s.paragraphs.length > PARAGRAPHS_SHOWN
        ? [
            text(
              `${s.paragraphs.length - PARAGRAPHS_SHOWN} more paragraph${s.paragraphs.length - PARAGRAPHS_SHOWN === 1 ? '' : 's'} in this section of the paper.`,
              { isSubtle: true, size: 'Small', spacing: 'Small' },
            ),
          ]
        : []),
      ...(s.figures.length
        ? [facts(s.figures.map((f) => [truncate(f.label, 80), f.printed]))]
        : []),
    ]),
    ...(answer.figures.length
      ? [
          subheading('Figures in the paper'),
          ...answer.figures.flatMap((f, i) => [
            text(`${f.printed} · ${f.label} (${f.section})`, {
              spacing: 'Small',
              ...(f.quote ? { weight: 'Bolder' as const } : {}),
            }),
            // The sentence printing it, once for figures printed in the same sentence.
            ...(f.quote && f.quote !== answer.figures[i - 1]?.quote
              ? [text(truncate(f.quote, 600), { spacing: 'None', isSubtle: true })]
              : []),
          ]),
        ]
      : []),
    ...(answer.recommendations.length
      ? [
          subheading('Recommendations'),
          ...answer.recommendations.map((r) => text(`• ${truncate(r, 500)}`, { spacing: 'None' })),
        ]
      : []),
    ...(answer.decision
      ? [
          subheading(
            `Decision asked: ${DECISION_WORDS[answer.decision.type] ?? answer.decision.type}`,
          ),
          ...answer.decision.printed.map((p) => text(truncate(p, 500), { spacing: 'None' })),
        ]
      : []),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

export function committeeReportCard(
  answer: Extract<Answer, { kind: 'committee-report' }>,
): BuiltCard {
  const summary = truncate(
    `${answer.committee} (${answer.heldOn}): ${answer.notes[0] ?? answer.blocks.map((b) => `${b.level} ${b.items.length}`).join(', ')}`,
    600,
  );
  const body: CardElement[] = [
    ...heading(
      answer.title,
      `Committee meeting of ${answer.heldOn}${answer.author ? ` · report by ${answer.author}` : ''}`,
    ),
    ...notesBlock(answer.notes, { subtle: false }),
    ...answer.blocks.flatMap((b): CardElement[] => [
      subheading(`${b.level.toUpperCase()} (${b.items.length})`),
      ...(b.items.length
        ? b.items.map((i) =>
            text(`${i.subject ? `${i.subject}: ` : ''}${truncate(i.text, 500)}`, {
              spacing: 'Small',
              size: 'Small',
            }),
          )
        : [text('None.', { isSubtle: true, spacing: 'None' })]),
    ]),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

export function performanceCard(answer: Extract<Answer, { kind: 'performance' }>): BuiltCard {
  const summary = truncate(
    answer.lead?.length
      ? answer.lead.join(' ')
      : answer.notes[0] && answer.segments.length
        ? answer.notes[0]
        : `${answer.title}: ${answer.rows.map((r) => `${r.label} ${r.values.map((v) => `${v.organisation} ${v.printed}`).join(', ')}`).join('; ')}`,
    600,
  );
  const body: CardElement[] = [
    ...heading(answer.title),
    ...(answer.lead ?? []).map((l) => text(l, { spacing: 'Small' })),
    ...answer.segments.flatMap((s): CardElement[] => [
      text(`${s.organisation}: segment ${s.segment} (${s.printed})`, {
        weight: 'Bolder',
        spacing: 'Small',
      }),
      text(`${s.period}; ${s.detail}`, { spacing: 'None', size: 'Small', isSubtle: true }),
    ]),
    ...answer.rows.flatMap((r): CardElement[] => [
      subheading(r.label),
      text(r.detail, { spacing: 'None', size: 'Small', isSubtle: true }),
      facts(
        r.values.map((v) => [
          v.organisation,
          `${v.printed}${v.target ? ` (target ${v.target}${v.met === true ? ', met' : v.met === false ? ', missed' : ''})` : ''}${v.trend ? `, trend ${v.trend}` : ''}`,
        ]),
      ),
    ]),
    ...notesBlock(answer.notes),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const PAPER_CARDS = {
  paper: paperCard,
  'committee-report': committeeReportCard,
  performance: performanceCard,
};
