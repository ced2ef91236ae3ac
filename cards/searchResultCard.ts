import type { SearchResultView } from '../src/questions/answers';
import type { BuiltCard, CardButton, CardElement, Container } from './adaptiveCard';
import { ACTION_STATUS_WORDS } from '../src/domain/action';
import { deliveryWords, dueLine, statusLine } from './actionCards';
import { meetingFacts } from './meetingCards';
import {
  adaptiveCard,
  bandWords,
  BAND_STYLE,
  bullets,
  citation,
  facts,
  heading,
  overdueWords,
  scoreWords,
  text,
  toleranceStyle,
  toleranceWords,
  truncate,
  riskName,
} from './parts';

/**
 * A record shared from the compose box: the card a director inserts into a chat or channel (the facts,
 * where they come from, and "Open in Board Clerk"), and the preview the results list shows for it.
 */

/** What the results list shows of a result: a thumbnail card's title, subtitle and text. */
export interface ResultPreview {
  title: string;
  subtitle: string;
  text: string;
}

/** How many agenda items a shared meeting lists before saying how many more. */
const AGENDA_SHOWN = 8;

function riskBody(r: Extract<SearchResultView, { type: 'risk' }>): CardElement[] {
  const { risk } = r;
  const score: Container = {
    type: 'Container',
    style: BAND_STYLE[risk.current.colour],
    spacing: 'Medium',
    items: [
      text(
        `Current score ${risk.current.consequence} x ${risk.current.likelihood} = ${risk.current.score}`,
        { weight: 'Bolder' },
      ),
      text(bandWords(risk.current), { spacing: 'None' }),
    ],
  };
  const tolerance: Container = {
    type: 'Container',
    style: toleranceStyle(risk.appetite),
    spacing: 'Small',
    items: [text(toleranceWords(risk.appetite, risk.current.score), { weight: 'Bolder' })],
  };
  return [
    ...heading(riskName(risk), r.registerTitle),
    text(truncate(risk.title, 600), { spacing: 'Small' }),
    score,
    tolerance,
    facts([
      ['Target', risk.target ? scoreWords(risk.target) : 'Not given'],
      ['Oversight', risk.oversight.join('; ')],
      ['Strategic aim', risk.strategicAim],
    ]),
    ...(risk.draft
      ? [
          text('A draft: proposed to the board, not yet on the approved register.', {
            isSubtle: true,
          }),
        ]
      : []),
    ...(risk.hasFlags
      ? [text('⚠ The paper contradicts itself here: Board Clerk shows how.', { size: 'Small' })]
      : []),
    citation(r.source),
  ];
}

function actionBody(r: Extract<SearchResultView, { type: 'action' }>): CardElement[] {
  const a = r.action;
  return [
    ...heading(`${a.reference}${a.flags.length ? ' ⚠' : ''}`, a.logTitle),
    text(truncate(a.text, 600), { spacing: 'Small' }),
    dueLine(a),
    statusLine(a),
    facts([
      ['Lead', a.leads],
      ['Task lead', a.taskLeads],
      ['Section', a.section],
      ['Sign-off', a.committeeSignOff],
    ]),
    ...(a.latestProgress
      ? [
          text(
            `Latest progress: ${truncate(a.latestProgress.note, 300)} (${a.latestProgress.by}${a.latestProgress.when ? `, ${a.latestProgress.when}` : ''})`,
            { size: 'Small' },
          ),
        ]
      : []),
    ...(a.closure ? [text(truncate(a.closure, 200), { size: 'Small' })] : []),
    citation(a.source),
  ];
}

function meetingBody(r: Extract<SearchResultView, { type: 'meeting' }>): CardElement[] {
  const m = r.meeting;
  const items = m.agenda.map(
    (i) => `${i.order}. ${truncate(i.title, 120)}${i.lead ? ` (${i.lead})` : ''}`,
  );
  return [
    ...heading(m.title, m.body),
    meetingFacts(m),
    text('Agenda', { weight: 'Bolder', spacing: 'Medium' }),
    ...(items.length
      ? bullets(items, AGENDA_SHOWN)
      : [
          text(
            m.part === 'private'
              ? 'A private meeting: its agenda goes to members directly.'
              : 'No agenda items yet.',
            { isSubtle: true, spacing: 'None' },
          ),
        ]),
    citation(m.source),
  ];
}

function minuteBody(r: Extract<SearchResultView, { type: 'minute' }>): CardElement[] {
  const item = r.item;
  return [
    ...heading(`${item.reference}: ${item.title}`, item.meeting),
    text(truncate(item.summary, 1200), { spacing: 'Small' }),
    item.resolution
      ? text(`RESOLVED: ${item.resolution}`, { weight: 'Bolder', spacing: 'Small' })
      : text('No resolution was recorded.', { isSubtle: true, spacing: 'Small' }),
    citation(item.source),
  ];
}

function bodyOf(r: SearchResultView): CardElement[] {
  switch (r.type) {
    case 'risk':
      return riskBody(r);
    case 'action':
      return actionBody(r);
    case 'meeting':
      return meetingBody(r);
    case 'minute':
      return minuteBody(r);
  }
}

/**
 * The preview in the results list, from the same view (so it shows nothing the card would not): the
 * record's name as its title (short: the list gives it one line), its state, then its own words.
 */
export function searchResultPreview(r: SearchResultView): ResultPreview {
  switch (r.type) {
    case 'risk': {
      const { risk } = r;
      const tolerance = risk.appetite.tolerance ? ` · ${risk.appetite.tolerance} tolerance` : '';
      return {
        title: riskName(risk),
        subtitle: `${bandWords(risk.current)} ${risk.current.score}${tolerance}`,
        text: truncate(`${r.registerTitle}: ${risk.title}`, 160),
      };
    }
    case 'action': {
      const a = r.action;
      const delivery = a.deliveryStatus ? ` · ${deliveryWords(a)}` : '';
      return {
        title: a.reference,
        subtitle: a.daysOverdue
          ? overdueWords(a.daysOverdue)
          : a.status === 'open'
            ? `${a.due}${delivery}`
            : ACTION_STATUS_WORDS[a.status],
        text: truncate(`${a.leads}: ${a.text}`, 160),
      };
    }
    case 'meeting': {
      const m = r.meeting;
      const items = m.agenda.length;
      return {
        title: `${m.body} (${m.part})`,
        subtitle: m.when,
        text: `${m.location}${items ? ` · ${items} agenda item${items === 1 ? '' : 's'}` : ''}`,
      };
    }
    case 'minute': {
      const item = r.item;
      return {
        title: item.reference,
        subtitle: truncate(item.title, 60),
        text: truncate(
          `${item.meeting}: ${item.resolution ? `resolved ${item.resolution}` : item.summary}`,
          160,
        ),
      };
    }
  }
}

/** The card inserted into the conversation: the facts, the source, and where to see the rest. */
export function searchResultCard(r: SearchResultView): BuiltCard {
  const preview = searchResultPreview(r);
  const summary = `${preview.title} (${preview.subtitle}): ${preview.text}`;
  const actions: CardButton[] = [
    ...(r.type === 'meeting' && r.meeting.join
      ? [{ type: 'Action.OpenUrl' as const, title: 'Join the meeting', url: r.meeting.join.url }]
      : []),
    ...(r.openUrl
      ? [{ type: 'Action.OpenUrl' as const, title: 'Open in Board Clerk', url: r.openUrl }]
      : []),
  ];
  return { card: adaptiveCard(bodyOf(r), summary, { actions }), summary };
}

/** This module's card builders, by the kind of view each draws (`cards/index.ts` spreads them). */
export const SEARCH_RESULT_CARDS = { 'search-result': searchResultCard };
