import type { Action, IsoDate } from '../../domain';
import { daysOverdue, effectiveDue, isDueBetween, isOpen } from '../../domain/actionRules';
import { formatDate, printedMonth } from '../../domain/dates';
import { canUpdateAction, rolesHeldBy, withRoleGroups } from '../../domain/permissions';
import type { Stored } from '../../store/store';
import type { Answer } from '../answers';
import type { ActionFilter, ActionScope, ActionTarget, Period } from '../question';
import type { AnswerContext } from './context';
import { resolveRisk, riskNotFound } from './risks';
import { actionView, historyViews, rolesLabel } from '../../shared/views';

/** How many actions one card shows; "Show more" asks for the next page. */
export const ACTIONS_PER_PAGE = 10;

/** What an unlinked person is told: plainly how to get linked, and nobody else's data. */
export function notLinked(ctx: AnswerContext): Answer {
  return {
    kind: 'message',
    title: "I don't know who you are in the board's directory yet",
    text:
      'To see your own actions, ask your board secretary to link your Teams account to your entry in Board Clerk' +
      (ctx.askerAadObjectId ? ` (give them your Teams user id: ${ctx.askerAadObjectId}).` : '.') +
      ' Until then you can still ask about risks, meetings, minutes and actions by role, for example "actions for the Director of Corporate Affairs".',
    suggestions: ['Which risks are above appetite?', 'When is the next board meeting?', 'Help'],
  };
}

function closedIn(action: Action, period: Period | null): boolean {
  if (action.status !== 'closed') return false;
  if (!period) return true;
  const closedOn = action.closure?.closedOn;
  const approved = [...action.history]
    .reverse()
    .find((h) => h.event === 'closure-approved')
    ?.at.slice(0, 10);
  // A closure printed as a month ("November 2025") counts from the first of that month.
  const monthOnly = closedOn && !closedOn.iso ? monthStart(closedOn.printed) : null;
  const date = approved ?? closedOn?.iso ?? monthOnly;
  if (!date) return false;
  return (!period.from || date >= period.from) && (!period.to || date <= period.to);
}

function monthStart(printed: string): IsoDate | null {
  const month = printedMonth(printed);
  return month ? `${month}-01` : null;
}

function matchesFilter(action: Action, filter: ActionFilter, today: IsoDate): boolean {
  switch (filter.status) {
    case 'open':
      return isOpen(action);
    case 'overdue':
      return (
        daysOverdue(action, today) !== null &&
        (!filter.period?.to || effectiveDue(action).iso! <= filter.period.to)
      );
    case 'due':
      return filter.period
        ? isDueBetween(action, filter.period.from ?? '0000-01-01', filter.period.to ?? '9999-12-31')
        : isOpen(action);
    case 'closed':
      return closedIn(action, filter.period);
    case 'proposed-for-closure':
      return action.status === 'proposed-for-closure';
    case 'all':
      return true;
  }
}

/** Overdue first (longest first), then by due date, then undated; closed last. */
function byUrgency(today: IsoDate) {
  return (a: Action, b: Action): number => {
    const oa = daysOverdue(a, today) ?? -1;
    const ob = daysOverdue(b, today) ?? -1;
    if (oa !== ob) return ob - oa;
    const da = effectiveDue(a).iso ?? '9999';
    const db = effectiveDue(b).iso ?? '9999';
    return da.localeCompare(db) || a.reference.localeCompare(b.reference, 'en', { numeric: true });
  };
}

function filterDescription(filter: ActionFilter, today: IsoDate): string {
  switch (filter.status) {
    case 'open':
      return 'Open actions';
    case 'overdue':
      return `Overdue actions as at ${formatDate(today)}${filter.period?.to ? `, due ${filter.period.label}` : ''}`;
    case 'due':
      return filter.period ? `Open actions due ${filter.period.label}` : 'Open actions';
    case 'closed':
      return filter.period
        ? `Actions closed ${filter.period.label.startsWith('between') || filter.period.label.startsWith('since') ? '' : 'in '}${filter.period.label}`
        : 'Closed actions';
    case 'proposed-for-closure':
      return 'Actions proposed for closure';
    case 'all':
      return 'All actions';
  }
}

interface ScopedActions {
  actions: Stored<Action>[];
  whose: string;
}

async function actionsInScope(
  ctx: AnswerContext,
  scope: ActionScope,
): Promise<ScopedActions | Answer> {
  const { store, data } = ctx;
  switch (scope.kind) {
    case 'mine': {
      if (!ctx.asker) return notLinked(ctx);
      const roleIds = rolesHeldBy(ctx.asker, data.roles);
      return { actions: await store.findActions({ roleIds }), whose: ctx.asker.name };
    }
    case 'role': {
      const roleIds = withRoleGroups(scope.roleIds, data.roles);
      return {
        actions: await store.findActions({ roleIds }),
        whose: rolesLabel(data, scope.roleIds) ?? scope.text,
      };
    }
    case 'person': {
      const person = data.people.find((p) => p.id === scope.personId);
      if (!person) return { actions: [], whose: scope.text };
      return {
        actions: await store.findActions({ roleIds: rolesHeldBy(person, data.roles) }),
        whose: `${person.name} (${person.jobTitle})`,
      };
    }
    case 'log': {
      const log = data.logs.find((l) => l.id === scope.logId);
      const section = log?.sections.find((s) => s.id === scope.sectionId);
      const all = await store.findActions({ logId: scope.logId });
      return {
        actions: scope.sectionId ? all.filter((a) => a.value.sectionId === scope.sectionId) : all,
        whose: `${log?.title ?? scope.text}${section ? `: ${section.title}` : ''}`,
      };
    }
    case 'risk': {
      const found = resolveRisk(ctx, scope.risk);
      if (!found) return riskNotFound(ctx, scope.risk);
      return {
        actions: await store.findActions({
          riskId: found.risk.id,
          organisationId: found.risk.organisationId,
        }),
        whose: `${found.risk.reference} (${found.register.title})`,
      };
    }
    case 'all':
      return { actions: await store.findActions({}), whose: 'every action log' };
  }
}

export async function answerActionList(
  ctx: AnswerContext,
  scope: ActionScope,
  filter: ActionFilter,
  page: number,
  questionText: string,
): Promise<Answer> {
  const scoped = await actionsInScope(ctx, scope);
  if ('kind' in scoped) return scoped;
  const matching = scoped.actions
    .map((s) => s.value)
    .filter((a) => matchesFilter(a, filter, ctx.today))
    .sort(byUrgency(ctx.today));
  const pages = Math.max(1, Math.ceil(matching.length / ACTIONS_PER_PAGE));
  const current = Math.min(page, pages);
  const shown = matching.slice((current - 1) * ACTIONS_PER_PAGE, current * ACTIONS_PER_PAGE);
  const overdue = matching.filter((a) => daysOverdue(a, ctx.today) !== null).length;
  const what = filterDescription(filter, ctx.today);
  const description =
    scope.kind === 'mine'
      ? `Your ${what[0]!.toLowerCase()}${what.slice(1)}`
      : `${what} for ${scoped.whose}`;
  const notes: string[] = [];
  if (scope.kind === 'mine' && scoped.actions.length === 0)
    notes.push(
      'None of your roles owns an action in Board Clerk. If that looks wrong, ask the board secretary to check your roles.',
    );
  if (filter.status !== 'overdue' && filter.status !== 'closed' && overdue > 0)
    notes.push(`${overdue} of these ${overdue === 1 ? 'is' : 'are'} overdue.`);
  const base = questionText.replace(/\s*\(?\bpage\s+\d+\)?\s*$/i, '').trim();
  const pageQuestion = (n: number) => (n > 1 ? `${base} (page ${n})` : base);
  return {
    kind: 'action-list',
    title: scope.kind === 'mine' ? 'Your actions' : 'Actions',
    description,
    actions: shown.map((a) =>
      actionView(
        ctx.data,
        a,
        ctx.today,
        canUpdateAction(ctx.asker, a, ctx.data.roles),
        !!ctx.asker?.isBoardSecretary,
      ),
    ),
    total: matching.length,
    firstShown: (current - 1) * ACTIONS_PER_PAGE + 1,
    notes,
    nextPage: current < pages ? pageQuestion(current + 1) : null,
    previousPage: current > 1 ? pageQuestion(current - 1) : null,
    firstPage: current > 2 ? base : null,
    question: pageQuestion(current),
  };
}

async function findTarget(
  ctx: AnswerContext,
  target: ActionTarget,
): Promise<Stored<Action> | Answer | null> {
  switch (target.kind) {
    case 'id':
      return ctx.store.get('action', target.organisationId, target.actionId);
    case 'reference': {
      const wanted = target.reference.toLowerCase();
      return (
        (await ctx.store.findActions({})).find((a) => a.value.reference.toLowerCase() === wanted) ??
        null
      );
    }
    case 'section':
      return (
        (await ctx.store.findActions({ logId: target.logId })).find(
          (a) => a.value.sectionId === target.sectionId && a.value.number === target.number,
        ) ?? null
      );
    case 'risk': {
      const found = resolveRisk(ctx, target.risk);
      if (!found) return riskNotFound(ctx, target.risk);
      return (
        (await ctx.store.findActions({ riskId: found.risk.id })).find(
          (a) => a.value.number === target.number,
        ) ?? null
      );
    }
  }
}

/** The action a question names, or the answer saying it cannot be found. */
export async function findAction(
  ctx: AnswerContext,
  target: ActionTarget,
): Promise<{ action: Action } | { notFound: Answer }> {
  const found = await findTarget(ctx, target);
  if (found && 'kind' in found) return { notFound: found };
  if (!found) {
    const named =
      target.kind === 'reference'
        ? target.reference
        : target.kind === 'section'
          ? target.text
          : target.kind === 'risk'
            ? `${target.risk.text} action ${target.number}`
            : target.actionId;
    return {
      notFound: {
        kind: 'message',
        title: `I can't find the action "${named}"`,
        text: 'Check the reference as the action log prints it, or list the actions of that log or risk first.',
        suggestions: ['Freedom to Speak Up actions', 'My actions', 'Actions for Group BAF 3'],
      },
    };
  }
  return { action: found.value };
}

export async function answerActionDetail(
  ctx: AnswerContext,
  target: ActionTarget,
  history: boolean,
): Promise<Answer> {
  const found = await findAction(ctx, target);
  if ('notFound' in found) return found.notFound;
  const { action } = found;
  return {
    kind: 'action',
    action: actionView(
      ctx.data,
      action,
      ctx.today,
      canUpdateAction(ctx.asker, action, ctx.data.roles),
      !!ctx.asker?.isBoardSecretary,
    ),
    history: history ? historyViews(action) : null,
    notes: [],
  };
}
