import type { Answer, AttendeeView, SearchHitView, TopicRiskView } from '../src/questions/answers';
import type { BuiltCard, CardElement } from './adaptiveCard';
import { actionListItems } from './actionCards';
import { button, VERBS } from './verbs';
import {
  adaptiveCard,
  askButton,
  labelledAskButton,
  citation,
  capitalised,
  citationText,
  facts,
  heading,
  MAX_CARD_ACTIONS,
  notesBlock,
  bandWords,
  scoreWords,
  subheading,
  text,
  toleranceWords,
  truncate,
  riskName,
} from './parts';

/**
 * The cards of the answers directors' new kinds of question get: two risks compared, who owns a risk,
 * where the papers cover a topic (and the closest passages when nothing else fits), the minutes of a
 * meeting and who attended, who someone is, why an action is late, and the secretaries' list of
 * questions Board Clerk could not answer.
 */

const uniqueAsks = (asks: (string | null)[]) =>
  [...new Set(asks.filter((a): a is string => !!a))].slice(0, MAX_CARD_ACTIONS).map(askButton);

export function riskCompareCard(answer: Extract<Answer, { kind: 'risk-compare' }>): BuiltCard {
  const summary = answer.verdict;
  const body: CardElement[] = [
    ...heading(answer.title),
    text(answer.verdict, { weight: 'Bolder', spacing: 'Small' }),
    ...answer.risks.flatMap((r): CardElement[] => [
      subheading(`${riskName(r)}: ${truncate(r.title, 160)}`),
      facts([
        ['Register', r.registerTitle],
        ['Initial', scoreWords(r.initial)],
        ['Current', scoreWords(r.current)],
        ['Target', r.target ? scoreWords(r.target) : 'Not printed'],
        ['Target reached', r.target ? (r.atTarget ? 'Yes' : 'Not yet') : null],
        ['Appetite', toleranceWords(r.appetite, r.current.score)],
        // Who oversees each, as the register prints it: the committee and the groups reporting to it.
        ['Governance', r.governance],
      ]),
      text(citationText(r.source), { isSubtle: true, size: 'Small', spacing: 'None' }),
    ]),
    ...notesBlock(answer.notes),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: uniqueAsks(answer.risks.map((r) => `${r.askAs} in full`)),
    }),
    summary,
  };
}

export function riskOwnerCard(answer: Extract<Answer, { kind: 'risk-owner' }>): BuiltCard {
  const r = answer.risk;
  const leads = answer.actionLeads.map((l) => ({
    line: `${l.role}${l.people.length ? `: ${l.people.join(', ')}` : ' (no one in the directory holds it)'} · ${l.actions} action${l.actions === 1 ? '' : 's'}`,
    // Which actions, by their words, a few at most.
    titles: `${l.titles
      .slice(0, 4)
      .map((t) => truncate(t, 90))
      .join('; ')}${l.titles.length > 4 ? `; and ${l.titles.length - 4} more` : ''}`,
  }));
  const summary = `${answer.statement}${leads.length ? ` Action leads: ${answer.actionLeads.map((l) => l.role).join(', ')}.` : ''}`;
  const body: CardElement[] = [
    ...heading(`Who owns ${r.reference}`, answer.registerTitle),
    text(truncate(r.title, 300), { spacing: 'Small', size: 'Small' }),
    text(answer.statement, { weight: 'Bolder', spacing: 'Medium' }),
    facts([['Governance', answer.governance]]),
    ...(leads.length
      ? [
          subheading('Who leads its actions'),
          ...leads.flatMap((l) => [
            text(`• ${l.line}`, { spacing: 'Small' }),
            ...(l.titles
              ? [text(l.titles, { spacing: 'None', size: 'Small', isSubtle: true })]
              : []),
          ]),
        ]
      : []),
    ...notesBlock(answer.notes),
    citation(answer.source),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: uniqueAsks([`${r.askAs} actions`, `${r.askAs} in full`]),
    }),
    summary,
  };
}

function topicRiskElements(r: TopicRiskView): CardElement[] {
  return [
    {
      type: 'RichTextBlock',
      spacing: 'Small',
      inlines: [
        // A topic lists risks from several registers: "(draft)" is said on each draft, even "GROUP BAF DRAFT".
        { type: 'TextRun', text: `${r.reference}${r.draft ? ' (draft)' : ''}`, weight: 'Bolder' },
        { type: 'TextRun', text: ` · ${r.current.score} ${bandWords(r.current)}` },
        { type: 'TextRun', text: ` · ${r.registerTitle}`, isSubtle: true },
      ],
    },
    text(truncate(r.title, 200), { spacing: 'None', size: 'Small' }),
    text(`In ${r.where.join(', ')}`, { spacing: 'None', size: 'Small', isSubtle: true }),
    ...(r.excerpt
      ? [text(`“${truncate(r.excerpt, 240)}”`, { spacing: 'None', size: 'Small' })]
      : []),
  ];
}

function hitElements(h: SearchHitView): CardElement[] {
  return [
    text(`${h.record} · ${h.where}`, { weight: 'Bolder', spacing: 'Small' }),
    // The record's heading, unless it only says the record's name, or where in it, again.
    ...(h.title && h.title !== h.excerpt && h.title !== h.record && h.where !== `“${h.title}”`
      ? [text(truncate(h.title, 160), { spacing: 'None', size: 'Small' })]
      : []),
    text(`“${h.excerpt}”`, { spacing: 'None', size: 'Small' }),
    text(
      `${h.matched.length ? `Matched: ${h.matched.join(', ')} · ` : ''}${citationText(h.source).replace(/^Source: /, '')}`,
      {
        spacing: 'None',
        size: 'Small',
        isSubtle: true,
      },
    ),
  ];
}

export function searchCard(answer: Extract<Answer, { kind: 'search' }>): BuiltCard {
  const summary =
    `${answer.title}. ${answer.intro} ${answer.risks.map((r) => r.reference).join(', ')}`.trim();
  const body: CardElement[] = [
    ...heading(answer.title),
    ...(answer.intro ? [text(answer.intro, { spacing: 'Small' })] : []),
    // The section holding the passage that matches best comes first.
    ...(answer.papersFirst
      ? [
          subheading('In the papers'),
          ...answer.hits.flatMap(hitElements),
          ...(answer.risks.length ? [subheading('Risks that also mention it')] : []),
          ...answer.risks.flatMap(topicRiskElements),
        ]
      : [
          ...(answer.risks.length ? [subheading('Risks')] : []),
          ...answer.risks.flatMap(topicRiskElements),
          ...(answer.hits.length
            ? [subheading(answer.risks.length ? 'Also in the papers' : 'In the papers')]
            : []),
          ...answer.hits.flatMap(hitElements),
        ]),
    ...notesBlock(answer.notes),
  ];
  return {
    card: adaptiveCard(body, truncate(summary, 600), {
      actions: uniqueAsks([...answer.suggestions, ...answer.hits.map((h) => h.ask)]),
    }),
    summary: truncate(summary, 600),
  };
}

export function minutesCard(answer: Extract<Answer, { kind: 'minutes' }>): BuiltCard {
  const a = answer.attendance;
  const summary = `Minutes of the ${answer.meeting}: ${answer.items.length} items; ${a.present} present, ${a.apologies} apologies.`;
  const body: CardElement[] = [
    ...heading(
      `Minutes: ${answer.meeting}`,
      `${a.present} present · ${a.inAttendance} in attendance · ${a.apologies} apologies`,
    ),
    ...answer.items.flatMap((i): CardElement[] => [
      text(`${i.reference} ${i.title}`, { weight: 'Bolder', spacing: 'Small' }),
      text(truncate(i.summary, 300), { spacing: 'None', size: 'Small' }),
      ...(i.resolution
        ? [text(`RESOLVED: ${i.resolution}`, { spacing: 'None', size: 'Small', weight: 'Bolder' })]
        : []),
    ]),
    ...notesBlock(answer.notes),
    citation(answer.source),
  ];
  return {
    card: adaptiveCard(body, summary, {
      actions: [
        labelledAskButton(`Who attended the ${answer.meeting}?`, 'Who attended'),
        labelledAskButton(`Who sent apologies to the ${answer.meeting}?`, 'Apologies'),
      ],
    }),
    summary,
  };
}

const names = (list: readonly AttendeeView[]) =>
  list.length
    ? list.map((p) => text(`• ${p.name}, ${p.role}`, { spacing: 'None', size: 'Small' }))
    : [text('None recorded.', { isSubtle: true, spacing: 'None' })];

export function attendanceCard(answer: Extract<Answer, { kind: 'attendance' }>): BuiltCard {
  const summary = `${answer.meeting}: ${answer.notes[0] ?? ''}`;
  const sections: [string, readonly AttendeeView[]][] =
    answer.part === 'apologies'
      ? [['Apologies', answer.apologies]]
      : answer.part === 'present'
        ? [['Present', answer.present]]
        : answer.part === 'members'
          ? [['Members', answer.present]]
          : [
              ['Present', answer.present],
              ['In attendance', answer.inAttendance],
              ['Apologies', answer.apologies],
            ];
  const body: CardElement[] = [
    ...heading(
      answer.part === 'apologies'
        ? 'Apologies'
        : answer.part === 'members'
          ? 'Who sits on the board'
          : answer.part === 'chair'
            ? 'Who chaired'
            : answer.part === 'minute-taker'
              ? 'Who took the minutes'
              : 'Who attended',
      answer.meeting,
    ),
    ...notesBlock(answer.notes, { subtle: false }),
    ...sections.flatMap(([title, list]) => [
      subheading(`${title} (${list.length})`),
      ...names(list),
    ]),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

export function peopleCard(answer: Extract<Answer, { kind: 'people' }>): BuiltCard {
  const summary = `${answer.title}: ${answer.people.map((p) => `${p.name}, ${p.role}`).join('; ')}.`;
  const body: CardElement[] = [
    ...heading(answer.title),
    ...answer.people.flatMap((p): CardElement[] => [
      text(`${p.name}${p.organisation ? ` · ${p.organisation}` : ''}`, {
        weight: 'Bolder',
        spacing: 'Small',
      }),
      text(
        `${p.role}${p.from === 'minutes' ? ' (as the minutes print it)' : p.from === 'paper' ? ', as the cover sheet prints it' : p.demo ? ' (demo directory)' : ''}`,
        {
          spacing: 'None',
          size: 'Small',
        },
      ),
    ]),
    ...notesBlock(answer.notes),
  ];
  return { card: adaptiveCard(body, truncate(summary, 600)), summary: truncate(summary, 600) };
}

export function actionDelayCard(answer: Extract<Answer, { kind: 'action-delay' }>): BuiltCard {
  const a = answer.action;
  const summary = `${a.reference}: ${answer.dates} ${answer.notes.join(' ')}`.trim();
  const body: CardElement[] = [
    ...heading(`Why ${a.reference} is where it is`, a.logTitle),
    ...actionListItems([a], { compact: true }),
    text(answer.dates, { weight: 'Bolder', spacing: 'Medium' }),
    ...notesBlock(answer.notes, { subtle: false }),
    ...(answer.reason
      ? [
          subheading('Reason for the revised date'),
          text(`${answer.reason.text} (${answer.reason.by})`, { spacing: 'None' }),
        ]
      : []),
    ...(answer.progress.length ? [subheading('Latest progress notes')] : []),
    ...answer.progress.map((p) =>
      text(`${p.when ? `${p.when}: ` : ''}${truncate(p.note, 500)} (${p.by})`, {
        spacing: 'Small',
        size: 'Small',
      }),
    ),
    citation(a.source),
  ];
  return {
    card: adaptiveCard(body, truncate(summary, 600), {
      actions: uniqueAsks([`history of ${a.reference}`]),
    }),
    summary: truncate(summary, 600),
  };
}

export function unansweredCard(answer: Extract<Answer, { kind: 'unanswered' }>): BuiltCard {
  const summary = `${answer.questions.length} question${answer.questions.length === 1 ? '' : 's'} Board Clerk could not answer ${answer.period}.`;
  const body: CardElement[] = [
    ...heading('Questions Board Clerk could not answer', answer.period),
    ...(answer.questions.length
      ? answer.questions.slice(0, 40).map((q) =>
          text(
            `• “${truncate(q.text, 200)}”${q.times > 1 ? ` · asked ${q.times} times` : ''} · last ${q.last}`,
            {
              spacing: 'None',
              size: 'Small',
            },
          ),
        )
      : [text('None: every question was answered.', { isSubtle: true })]),
    ...(answer.questions.length > 40
      ? [text(`…and ${answer.questions.length - 40} more.`, { isSubtle: true, spacing: 'None' })]
      : []),
    ...notesBlock(answer.notes),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** Choices as buttons: each asks its question, and the answer replaces this card. */
export function choicesCard(answer: Extract<Answer, { kind: 'choices' }>): BuiltCard {
  const summary = `${answer.title} ${answer.choices.join('; ')}`;
  const body: CardElement[] = [
    ...heading(answer.title),
    ...(answer.text ? [text(answer.text, { spacing: 'Small' })] : []),
  ];
  return {
    card: adaptiveCard(body, truncate(summary, 600), {
      actions: answer.choices
        .slice(0, MAX_CARD_ACTIONS)
        .map((q) => button(truncate(capitalised(q), 60), VERBS.ask, { question: q })),
    }),
    summary: truncate(summary, 600),
  };
}

/** "Has the digital transformation plan been signed off?": the answer first, then the actions. */
export function actionsAboutCard(answer: Extract<Answer, { kind: 'actions-about' }>): BuiltCard {
  const summary = truncate(answer.statements.join(' '), 600);
  const body: CardElement[] = [
    ...heading(answer.title),
    ...answer.statements.map((s) => text(s, { weight: 'Bolder', spacing: 'Small' })),
    ...notesBlock(answer.notes),
    // (One action found by its words: all of them, for "what did it say…".)
    ...actionListItems(answer.actions, { compact: true, textInFull: answer.actions.length === 1 }),
    ...(answer.actions[0] ? [citation(answer.actions[0].source)] : []),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** A workplan: each item with its lead, how often, and the meetings it is planned for. */
export function workplanCard(answer: Extract<Answer, { kind: 'workplan' }>): BuiltCard {
  const summary = truncate(
    `${answer.title}: ${answer.description}: ${answer.items.map((i) => i.title).join('; ') || 'none'}. ${answer.notes.join(' ')}`.trim(),
    600,
  );
  const body: CardElement[] = [
    ...heading(answer.title, answer.description),
    ...notesBlock(answer.notes, { subtle: false }),
    ...answer.items
      .slice(0, 30)
      .flatMap((i): CardElement[] => [
        text(truncate(i.title, 200), { weight: 'Bolder', spacing: 'Small' }),
        text(
          [
            i.section,
            i.type,
            i.lead ? `Lead: ${i.lead}` : null,
            i.frequency ? `Frequency: ${i.frequency}` : null,
            i.when ? `Planned: ${i.when}` : 'Not planned for any meeting',
          ]
            .filter(Boolean)
            .join(' · '),
          { spacing: 'None', size: 'Small', isSubtle: true },
        ),
      ]),
    citation(answer.source),
  ];
  return { card: adaptiveCard(body, summary), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const QUESTION_CARDS = {
  'risk-compare': riskCompareCard,
  'risk-owner': riskOwnerCard,
  search: searchCard,
  minutes: minutesCard,
  attendance: attendanceCard,
  people: peopleCard,
  'action-delay': actionDelayCard,
  unanswered: unansweredCard,
  choices: choicesCard,
  'actions-about': actionsAboutCard,
  workplan: workplanCard,
};
