import type { DecisionType } from '../src/domain';
import type { BriefDecisionView, BriefRiskView, BriefView } from '../src/shared/briefViews';
import type { Citation } from '../src/shared/viewTypes';
import type { BuiltCard, CardButton, CardElement, Container } from './adaptiveCard';
import { actionListItems } from './actionCards';
import {
  adaptiveCard,
  citationText,
  facts,
  heading,
  notesBlock,
  BAND_STYLE,
  bandWords,
  scoreWords,
  subheading,
  text,
  truncate,
} from './parts';

/**
 * A director's pre-meeting brief: the meeting, their own actions due by it (with Update), the decisions
 * the papers ask of the board, the risks to look at and why, matters arising, and the agenda. Every
 * item says where it comes from. The summary is what the Teams notification shows.
 */

const DECISION_WORDS: Record<DecisionType, string> = {
  approval: 'For approval',
  consideration: 'For consideration',
  noting: 'For noting',
  briefing: 'For briefing (no decision)',
};

/** A source line under one item. */
function source(c: Citation): CardElement {
  return text(citationText(c), { isSubtle: true, size: 'Small', spacing: 'None' });
}

/** Flags, shortened: the full text is one question away ("data quality problems in the BAF"). */
function flagLines(flags: readonly { message: string }[], max = 2): CardElement[] {
  const lines = flags
    .slice(0, max)
    .map((f) =>
      text(`⚠ Data quality: ${truncate(f.message, 200)}`, { size: 'Small', spacing: 'None' }),
    );
  if (flags.length > max)
    lines.push(
      text(`…and ${flags.length - max} more data-quality flags.`, {
        size: 'Small',
        spacing: 'None',
        isSubtle: true,
      }),
    );
  return lines;
}

/**
 * The agenda as short lines, not a table: a brief carries much else, and Teams limits a message's size.
 * Private-part items have already been left out where others can see the card.
 */
function agendaLines(m: BriefView['meeting']): CardElement[] {
  if (m.agenda.length === 0)
    return [
      text(
        m.part === 'private'
          ? 'This is a private meeting: its agenda is shared with members directly.'
          : 'No agenda items yet.',
        { isSubtle: true },
      ),
    ];
  const out: CardElement[] = [];
  let section = '';
  for (const item of m.agenda) {
    if (item.section !== section) {
      section = item.section;
      out.push(text(section, { weight: 'Bolder', size: 'Small', spacing: 'Small' }));
    }
    const detail = [item.type, item.lead].filter(Boolean).join(', ');
    out.push(
      text(
        `${item.order}. ${truncate(item.title, 140)}${item.asRequired ? ' (as required)' : ''}${detail ? ` — ${detail}` : ''}`,
        { size: 'Small', spacing: 'None' },
      ),
    );
  }
  return out;
}

function decisionItem(d: BriefDecisionView): Container {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(d.title, { weight: 'Bolder' }),
      text(d.type ? DECISION_WORDS[d.type] : 'Recommendations', {
        spacing: 'None',
        weight: 'Bolder',
        size: 'Small',
      }),
      ...d.asked.map((line) => text(truncate(line, 300), { spacing: 'None' })),
      ...d.recommendations
        .slice(0, 2)
        .map((r) => text(`• ${truncate(r, 200)}`, { spacing: 'None', size: 'Small' })),
      ...(d.recommendations.length > 2
        ? [
            text(`…and ${d.recommendations.length - 2} more recommendations in the paper.`, {
              spacing: 'None',
              size: 'Small',
              isSubtle: true,
            }),
          ]
        : []),
      ...(d.sponsor ? [text(`Sponsor: ${d.sponsor}`, { spacing: 'None', size: 'Small' })] : []),
      source(d.source),
    ],
  };
}

function riskItem(r: BriefRiskView): Container {
  const s = r.risk;
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(`${s.reference}: ${truncate(s.title, 160)}`, { weight: 'Bolder' }),
      {
        // The band as a background behind plain text, always in words (readable in every theme).
        type: 'Container',
        style: BAND_STYLE[s.current.colour],
        spacing: 'None',
        items: [
          text(`Current ${scoreWords(s.current)} ${bandWords(s.current)}`, {
            size: 'Small',
            weight: 'Bolder',
          }),
        ],
      },
      ...r.reasons.map((reason) => text(`• ${reason}`, { spacing: 'None', size: 'Small' })),
      ...flagLines(r.flags),
      source(r.source),
    ],
  };
}

export function briefCard(view: BriefView): BuiltCard {
  const m = view.meeting;
  const summary = `${view.preview ? `Preview of ${view.personName}'s brief` : 'Your brief'}: ${m.body}, ${m.when}. ${view.actions.length + view.moreActions} of ${view.preview ? 'their' : 'your'} actions due, ${view.decisions.length} paper${view.decisions.length === 1 ? '' : 's'} asking the board, ${view.risks.length} risk${view.risks.length === 1 ? '' : 's'} to look at.`;
  const body: CardElement[] = [
    ...heading(`Brief: ${m.body}`, `For ${view.personName} · ${m.title}`),
  ];
  if (view.preview)
    body.push({
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      items: [
        text(`Preview of what ${view.personName} gets`, { weight: 'Bolder' }),
        text(view.preview.delivery, { spacing: 'None', size: 'Small' }),
      ],
    });
  body.push(
    ...notesBlock(view.notes),
    facts([
      ['When', m.when],
      ['Where', m.location],
      ['Part', m.part === 'public' ? 'Public' : 'Private'],
      [
        'Papers due',
        m.paperDeadline && `${m.paperDeadline}${view.paperDeadlinePassed ? ' (passed)' : ''}`,
      ],
      ['Note', m.note],
    ]),
    ...flagLines(m.flags),
    source(m.source),
  );

  const own = view.actions.length + view.moreActions;
  body.push(
    subheading(`${view.preview ? 'Their' : 'Your'} actions overdue or due by the meeting (${own})`),
  );
  if (own === 0) body.push(text('Nothing overdue or due by the meeting.', { spacing: 'Small' }));
  for (const a of view.actions)
    body.push(...actionListItems([a], { compact: true }), source(a.source));
  if (view.moreActions)
    body.push(
      text(`…and ${view.moreActions} more. Ask me "my overdue actions" to see them all.`, {
        isSubtle: true,
      }),
    );

  body.push(subheading(`What the papers ask of the board (${view.decisions.length})`));
  if (view.decisions.length === 0)
    body.push(text('No paper for this meeting records a decision asked.', { isSubtle: true }));
  body.push(...view.decisions.map(decisionItem));

  body.push(subheading(`Risks to look at (${view.risks.length})`));
  body.push(
    ...view.riskNotes.map((n) => text(n, { isSubtle: true, size: 'Small', spacing: 'None' })),
  );
  body.push(...view.risks.map(riskItem));

  const arising = view.mattersArising;
  body.push(subheading('Matters arising'));
  body.push(
    ...arising.notes.map((n) => text(n, { spacing: 'Small' })),
    ...flagLines(arising.flags),
  );
  if (arising.actions.length)
    body.push(...actionListItems(arising.actions.slice(0, 10), { compact: true }));
  else if (!arising.notes.length)
    body.push(text('No open actions on the action log.', { isSubtle: true }));
  if (arising.source) body.push(source(arising.source));

  body.push(subheading(`Agenda (${m.agenda.length} items)`), ...agendaLines(m), source(m.source));

  const actions: CardButton[] = m.join
    ? [{ type: 'Action.OpenUrl', title: 'Join the meeting', url: m.join.url }]
    : [];
  return { card: adaptiveCard(body, summary, { actions, fullWidth: true }), summary };
}
