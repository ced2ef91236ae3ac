import type { Action, IsoDate } from '../../domain';
import { daysOverdue, effectiveDue, isDueBetween, isOpen } from '../../domain/actionRules';
import { daysBetween, formatDate, londonDateOf, printedMonth } from '../../domain/dates';
import { canUpdateAction, rolesHeldBy, withRoleGroups } from '../../domain/permissions';
import type { Stored } from '../../store/store';
import type { Answer } from '../answers';
import type { ActionFilter, ActionScope, ActionTarget, Period } from '../question';
import type { AnswerContext } from './context';
import { resolveRisk, riskNotFound } from './risks';
import { actionView, historyViews } from '../../shared/views';

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
    case 'slipped':
      return isOpen(action) && (slippedBy(action) !== null || daysOverdue(action, today) !== null);
    case 'revised':
      return action.revisedDue !== null;
    case 'all':
      return true;
  }
}

/** Days between the original due date and the revised one, when a revised date moved it later. */
export function slippedBy(action: Action): number | null {
  const original = action.originalDue?.iso;
  const revised = action.revisedDue?.iso;
  if (!original || !revised || revised <= original) return null;
  return daysBetween(original, revised);
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
    case 'slipped':
      return `Actions that have slipped (a revised due date, or overdue) as at ${formatDate(today)}`;
    case 'revised':
      return 'Actions with a revised due date';
    case 'all':
      return 'All actions';
  }
}

/**
 * Roles of one name held in several organisations, named once: "Chief Finance Officer (CFO) in the
 * Well-Led trust, the Group and LPT", not the role three times.
 */
export function roleListLabel(ctx: AnswerContext, roleIds: readonly string[]): string | null {
  const byTitle = new Map<string, string[]>();
  for (const id of roleIds) {
    const role = ctx.data.roles.find((r) => r.id === id);
    if (!role) continue;
    const label =
      role.code !== role.title && role.code.length <= 8
        ? `${role.title} (${role.code})`
        : role.title;
    const key = label.replace(/\s*\([^)]*\)$/, '');
    const org = ctx.data.organisations.find((o) => o.id === role.organisationId);
    const orgName = org
      ? org.type === 'group'
        ? 'the Group'
        : org.shortName === 'Trust'
          ? 'the Well-Led trust'
          : org.shortName
      : role.organisationId;
    byTitle.set(key, [...(byTitle.get(key) ?? []), orgName]);
  }
  if (!byTitle.size) return null;
  return [...byTitle]
    .map(([title, orgs]) =>
      orgs.length > 1 ? `${title} in ${listInWords([...new Set(orgs)])}` : title,
    )
    .join('; ');
}

function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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
        whose: roleListLabel(ctx, scope.roleIds) ?? scope.text,
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

/** "Why is it late?": the original and revised dates, the reason given, and the latest progress notes. */
export async function answerActionDelay(ctx: AnswerContext, target: ActionTarget): Promise<Answer> {
  const found = await findAction(ctx, target);
  if ('notFound' in found) return found.notFound;
  const { action } = found;
  const view = actionView(
    ctx.data,
    action,
    ctx.today,
    canUpdateAction(ctx.asker, action, ctx.data.roles),
  );
  const original = action.originalDue
    ? action.originalDue.iso
      ? formatDate(action.originalDue.iso)
      : action.originalDue.printed
    : null;
  const overdue = daysOverdue(action, ctx.today);
  const moved = slippedBy(action);
  const dates = [
    original ? `Originally due ${original}` : 'The paper gives no original due date',
    action.revisedDue
      ? `revised to ${formatDate(action.revisedDue.iso)}${moved ? ` (${moved} days later)` : ''}`
      : 'no revised date has been set',
  ].join('; ');
  const notes: string[] = [];
  if (overdue !== null)
    notes.push(
      `It is ${overdue} day${overdue === 1 ? '' : 's'} overdue as at ${formatDate(ctx.today)}.`,
    );
  else if (action.status === 'closed') notes.push('It is closed.');
  else if (!moved) notes.push('It is not late: it is not past its due date.');
  if (!action.revisedDue?.reason && !action.progress.length)
    notes.push('The papers give no reason: there is no revised date and no progress note.');
  const progress = [...action.progress]
    .reverse()
    .slice(0, 3)
    .map((p) => ({
      note: p.note,
      by: p.by.name,
      when: p.at ? formatDate(londonDateOf(p.at)) : (p.printedDate ?? null),
      private: true as const,
    }));
  return {
    kind: 'action-delay',
    action: view,
    dates: `${dates}.`,
    reason: action.revisedDue
      ? { text: action.revisedDue.reason, by: action.revisedDue.setBy.name, private: true }
      : null,
    progress,
    notes,
  };
}
