import type { Action, Meeting, MinuteItem, Minutes, Risk, RiskRegister } from '../domain';
import { DUE_SOON_DAYS } from '../domain/actionRules';
import { addDays, formatDate, londonDateOf } from '../domain/dates';
import { actionView, citation, meetingView, riskSummaryView } from '../shared/views';
import type { AnswerContext } from './answer';
import { findAction, selectActions } from './answer/actions';
import {
  answerLastMeeting,
  answerMeetingOn,
  answerNextMeeting,
  minuteItemView,
  minutesAsked,
} from './answer/meetings';
import { answerRiskList, askFor, registerLabel, resolveRisk } from './answer/risks';
import type { Answer, SearchResultView } from './answers';
import type { ActionFilter, ActionScope, Question, RiskReference } from './question';
import type { SearchHit, SearchKind } from './search';
import { normalise } from './text';

/**
 * Search from the compose box: what a director finds by typing into Board Clerk's message extension in
 * any chat or channel, as cards to share. The text is understood as a question is (the same reader,
 * with the command's word in front, so "Director of Finance" under Actions reads as "actions Director
 * of Finance"), records are also found by their references as typed so far ("GTB/25/1" finds GTB/25/1
 * and GTB/25/10 to 19), and by the same search index as questions, with the last word taken as
 * unfinished. With nothing typed, each command opens on what is most useful. Results are plain views:
 * the outbox decides what of them may be shared.
 */

export const SEARCH_COMMANDS = ['risk', 'action', 'minute'] as const;
export type SearchCommand = (typeof SEARCH_COMMANDS)[number];

/** At most this many results (Teams shows 25 at a time, and asks for more as the list scrolls). */
export const MAX_RESULTS = 50;

/** Search passages far below the best one are passing mentions, not what was looked for. */
const SEARCH_FLOOR = 0.15;

type Found =
  | { type: 'risk'; risk: Risk; register: RiskRegister }
  | { type: 'action'; action: Action }
  | { type: 'meeting'; meeting: Meeting }
  | { type: 'minute'; minutes: Minutes; item: MinuteItem };

function keyOf(found: Found): string {
  switch (found.type) {
    case 'risk':
      return `risk:${found.risk.id}`;
    case 'action':
      return `action:${found.action.organisationId}:${found.action.id}`;
    case 'meeting':
      return `meeting:${found.meeting.id}`;
    case 'minute':
      return `minute:${found.minutes.id}:${found.item.reference}`;
  }
}

/** The words of a reference, for matching as typed: "BAF 03" and "baf 3" are the same. */
function referenceWords(text: string): string[] {
  return normalise(text.replace(/[/_.-]/g, ' '))
    .split(' ')
    .filter(Boolean)
    .map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
}

/**
 * Whether a query names a reference so far: its words appear in the reference's words in order, each
 * whole except the last, which may be unfinished ("lpt 3" names LPT BAF 3; "gtb 25 1" names GTB/25/1
 * and GTB/25/15).
 */
export function namesReference(query: string, reference: string): boolean {
  const asked = referenceWords(query);
  const words = referenceWords(reference);
  if (!asked.length) return false;
  let at = 0;
  for (const [i, word] of asked.entries()) {
    const last = i === asked.length - 1;
    while (at < words.length && !(last ? words[at]!.startsWith(word) : words[at] === word)) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}

/** The searched passages of these kinds, strongest first; never a private passage. */
function searched(hits: readonly SearchHit[], kinds: readonly SearchKind[]): SearchHit[] {
  const wanted = hits.filter((h) => kinds.includes(h.doc.kind) && !h.doc.private);
  const top = wanted[0]?.score ?? 0;
  return wanted.filter((h) => h.score >= top * SEARCH_FLOOR);
}

/** A reading that names something particular, with the command's word put in front when missing. */
function readAs(read: (text: string) => Question, word: RegExp, prefix: string, query: string) {
  return read(word.test(query) ? query : `${prefix} ${query}`);
}

// Risks.

function risksNamed(ctx: AnswerContext, query: string): Found[] {
  const { data } = ctx;
  const number = /^\s*(\d{1,2})\s*$/.exec(query)?.[1];
  return data.risks.flatMap((risk): Found[] => {
    const register = data.registers.find((r) => r.id === risk.registerId);
    if (!register) return [];
    const named = number
      ? risk.number === Number(number)
      : [
          risk.reference,
          askFor(risk, register),
          ...register.aliases.map((a) => `${a} ${risk.number ?? 'draft'}`),
        ].some((name) => namesReference(query, name));
    return named ? [{ type: 'risk', risk, register }] : [];
  });
}

function resolved(ctx: AnswerContext, ref: RiskReference): Found[] {
  const found = resolveRisk(ctx, ref);
  if (!found) return [];
  return [found, ...found.alternatives].map(({ risk, register }) => ({
    type: 'risk' as const,
    risk,
    register,
  }));
}

function risksOf(ctx: AnswerContext, answer: Answer): Found[] {
  if (answer.kind !== 'risk-list') return [];
  return answer.risks.flatMap((view): Found[] => {
    const risk = ctx.data.risks.find((r) => r.id === view.id);
    const register = ctx.data.registers.find((r) => r.id === risk?.registerId);
    return risk && register ? [{ type: 'risk', risk, register }] : [];
  });
}

function risksRead(ctx: AnswerContext, question: Question): Found[] {
  switch (question.intent) {
    case 'risk.detail':
    case 'risk.owner':
      return resolved(ctx, question.risk);
    case 'risk.compare':
      return question.risks.flatMap((ref) => resolved(ctx, ref));
    case 'risk.list':
      return risksOf(ctx, answerRiskList(ctx, question.registerId, question.filter));
    default:
      return [];
  }
}

function risksSearched(ctx: AnswerContext, query: string): Found[] {
  const hits = ctx.passages.search(query, {
    kinds: ['risk', 'risk-part'],
    limit: 40,
    typing: true,
  });
  return searched(hits, ['risk', 'risk-part']).flatMap((h): Found[] => {
    const risk = ctx.data.risks.find((r) => r.id === h.doc.riskId);
    const register = ctx.data.registers.find((r) => r.id === risk?.registerId);
    return risk && register ? [{ type: 'risk', risk, register }] : [];
  });
}

/** The register's risks above appetite, then the rest, highest first. */
function riskDefaults(ctx: AnswerContext): Found[] {
  const score = (f: Found) =>
    f.type === 'risk' ? riskSummaryView(f.risk, f.register).current.score : 0;
  return [
    ...risksOf(ctx, answerRiskList(ctx, null, { kind: 'above-appetite' })),
    ...risksOf(ctx, answerRiskList(ctx, null, { kind: 'all' })).sort((a, b) => score(b) - score(a)),
  ];
}

/** Approved risks before drafts, as in answers: a draft is never first on its own. */
function approvedFirst(found: Found[]): Found[] {
  const draft = (f: Found) => f.type === 'risk' && f.risk.status === 'draft';
  return [...found.filter((f) => !draft(f)), ...found.filter(draft)];
}

// Actions.

async function selected(ctx: AnswerContext, scope: ActionScope, filter: ActionFilter) {
  const found = await selectActions(ctx, scope, filter);
  return 'kind' in found ? [] : found.matching.map((action): Found => ({ type: 'action', action }));
}

function actionsNamed(all: readonly Action[], query: string): Found[] {
  return all
    .filter((a) => namesReference(query, a.reference))
    .map((action) => ({ type: 'action', action }));
}

async function actionsRead(ctx: AnswerContext, question: Question): Promise<Found[]> {
  if (question.intent === 'action.detail') {
    const found = await findAction(ctx, question.target);
    return 'action' in found ? [{ type: 'action', action: found.action }] : [];
  }
  // "actions" with nothing particular read from the rest lists every open action: not a result.
  if (
    question.intent === 'actions.list' &&
    (question.scope.kind !== 'all' || question.filter.status !== 'open')
  )
    return selected(ctx, question.scope, question.filter);
  return [];
}

async function actionsSearched(
  ctx: AnswerContext,
  all: readonly Action[],
  query: string,
): Promise<Found[]> {
  const index = await ctx.actionPassages();
  const hits = searched(index.search(query, { kinds: ['action'], limit: 40, typing: true }), [
    'action',
  ]);
  return hits.flatMap((h): Found[] => {
    const action = all.find((a) => a.id === h.doc.actionId);
    return action ? [{ type: 'action', action }] : [];
  });
}

/** Their overdue actions and those due soon; anyone the directory does not know: every overdue one. */
async function actionDefaults(ctx: AnswerContext): Promise<Found[]> {
  if (!ctx.asker) return selected(ctx, { kind: 'all' }, { status: 'overdue', period: null });
  const soon = addDays(ctx.today, DUE_SOON_DAYS);
  const mine = [
    ...(await selected(ctx, { kind: 'mine' }, { status: 'overdue', period: null })),
    ...(await selected(
      ctx,
      { kind: 'mine' },
      {
        status: 'due',
        period: { from: ctx.today, to: soon, label: `by ${formatDate(soon)}` },
      },
    )),
  ];
  return mine.length ? mine : selected(ctx, { kind: 'mine' }, { status: 'open', period: null });
}

// Meetings and minutes.

function meetingOf(ctx: AnswerContext, answer: Answer): Found[] {
  if (answer.kind !== 'meeting' || !answer.meeting) return [];
  const meeting = ctx.data.meetings.find((m) => m.id === answer.meeting!.id);
  return meeting ? [{ type: 'meeting', meeting }] : [];
}

function itemsOf(
  minutes: Minutes | null,
  which: (item: MinuteItem) => boolean = () => true,
): Found[] {
  return (minutes?.items ?? [])
    .filter(which)
    .map((item) => ({ type: 'minute', minutes: minutes!, item }));
}

function minutesNamed(ctx: AnswerContext, query: string): Found[] {
  return ctx.data.minutes.flatMap((minutes) =>
    itemsOf(minutes, (item) => namesReference(query, item.reference)),
  );
}

function minutesRead(ctx: AnswerContext, question: Question): Found[] {
  switch (question.intent) {
    case 'minutes.item':
      return ctx.data.minutes.flatMap((minutes) =>
        itemsOf(minutes, (i) => i.reference.toUpperCase() === question.reference.toUpperCase()),
      );
    case 'minutes.meeting':
    case 'minutes.resolutions':
    case 'minutes.attendance':
      // Without a date the reader means the latest minutes: only a date picks particular ones.
      return question.date ? itemsOf(minutesAsked(ctx, question.body, question.date).minutes) : [];
    case 'meeting.next':
      return meetingOf(ctx, answerNextMeeting(ctx, question.body, 'next'));
    case 'meeting.last':
      return meetingOf(ctx, answerLastMeeting(ctx, question.body, 'last'));
    case 'meeting.on':
      return meetingOf(ctx, answerMeetingOn(ctx, question.body, question.period));
    case 'meeting.agenda':
      return meetingOf(
        ctx,
        question.which === 'next'
          ? answerNextMeeting(ctx, question.body, 'agenda')
          : question.which === 'last'
            ? answerLastMeeting(ctx, question.body, 'agenda')
            : answerMeetingOn(ctx, question.body, {
                from: question.which.date,
                to: question.which.date,
                label: question.which.date,
              }),
      );
    default:
      return [];
  }
}

function minutesSearched(ctx: AnswerContext, query: string): Found[] {
  const kinds: SearchKind[] = ['minute-item', 'agenda-item'];
  const hits = searched(ctx.passages.search(query, { kinds, limit: 40, typing: true }), kinds);
  return hits.flatMap((h): Found[] => {
    const [recordId] = h.doc.id.split('#');
    if (h.doc.kind === 'agenda-item') {
      const meeting = ctx.data.meetings.find((m) => m.id === recordId);
      return meeting ? [{ type: 'meeting', meeting }] : [];
    }
    const minutes = ctx.data.minutes.find((m) => m.id === recordId);
    const item = minutes?.items.find((i) => i.reference === h.doc.record);
    return minutes && item ? [{ type: 'minute', minutes, item }] : [];
  });
}

/** The next meeting, then the items of the latest minutes. */
function minuteDefaults(ctx: AnswerContext): Found[] {
  const latest = [...ctx.data.minutes].sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0] ?? null;
  return [...meetingOf(ctx, answerNextMeeting(ctx, null, 'next')), ...itemsOf(latest)];
}

// Results.

function resultOf(ctx: AnswerContext, found: Found): SearchResultView {
  const base = { kind: 'search-result' as const, openUrl: null };
  switch (found.type) {
    case 'risk':
      return {
        ...base,
        type: 'risk',
        ask: askFor(found.risk, found.register),
        risk: riskSummaryView(found.risk, found.register),
        registerTitle: registerLabel(found.register),
        source: citation(ctx.data, found.risk.source),
      };
    case 'action':
      return {
        ...base,
        type: 'action',
        ask: found.action.reference,
        action: actionView(ctx.data, found.action, ctx.today),
      };
    case 'meeting': {
      const meeting = meetingView(ctx.data, found.meeting);
      return {
        ...base,
        type: 'meeting',
        ask: `${meeting.body} agenda ${formatDate(londonDateOf(found.meeting.startsAt))}`,
        meeting,
      };
    }
    case 'minute': {
      const item = minuteItemView(ctx, found.minutes, found.item.reference)!;
      return {
        ...base,
        type: 'minute',
        ask: item.reference,
        item,
        ...(item.private ? { private: true as const } : {}),
      };
    }
  }
}

/**
 * What a search from the compose box finds for a command and the text typed so far (empty: the
 * command's defaults), best first, each record once.
 */
export async function composeSearch(
  ctx: AnswerContext,
  read: (text: string) => Question,
  command: SearchCommand,
  query: string,
): Promise<SearchResultView[]> {
  const q = query.trim();
  // A reference typed with its number names what is wanted: words searched for would only add noise.
  const byReference = (named: Found[]) => named.length > 0 && /\d/.test(q);
  let found: Found[];
  if (!q)
    found =
      command === 'risk'
        ? riskDefaults(ctx)
        : command === 'action'
          ? await actionDefaults(ctx)
          : minuteDefaults(ctx);
  else if (command === 'risk') {
    const named = risksNamed(ctx, q);
    found = approvedFirst([
      ...named,
      ...risksRead(ctx, readAs(read, /^(risks?|baf)\b/i, 'risk', q)),
      ...(byReference(named) ? [] : risksSearched(ctx, q)),
    ]);
  } else if (command === 'action') {
    const all = (await ctx.store.findActions({})).map((s) => s.value);
    const named = actionsNamed(all, q);
    found = [
      ...named,
      ...(await actionsRead(ctx, readAs(read, /^actions?\b/i, 'actions', q))),
      ...(byReference(named) ? [] : await actionsSearched(ctx, all, q)),
    ];
  } else {
    const named = minutesNamed(ctx, q);
    found = [
      ...named,
      ...minutesRead(ctx, read(q)),
      ...minutesRead(ctx, readAs(read, /^minutes?\b/i, 'minutes of', q)),
      ...(byReference(named) ? [] : minutesSearched(ctx, q)),
    ];
  }
  const seen = new Set<string>();
  const unique = found.filter((f) => !seen.has(keyOf(f)) && !!seen.add(keyOf(f)));
  return unique.slice(0, MAX_RESULTS).map((f) => resultOf(ctx, f));
}
