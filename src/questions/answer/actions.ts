import type { Action, HistoryEntry, IsoDate, Role } from '../../domain';
import {
  daysOverdue,
  describeDue,
  effectiveDue,
  isDueBetween,
  isOpen,
  printedBeyondDate,
  dueShown,
  shownAsPrinted,
} from '../../domain/actionRules';
import {
  daysBetween,
  formatDate,
  formatMonth,
  londonDateOf,
  endOfMonth,
  printedMonth,
} from '../../domain/dates';
import { canUpdateAction, ownsAction, rolesHeldBy, withRoleGroups } from '../../domain/permissions';
import type { ActionView, HistoryView } from '../../shared/viewTypes';
import {
  actionView,
  asSentences,
  approvalWords,
  historyViews,
  listInWords,
  riskSummaryView,
  rolesLabel,
  registerProgressOf,
  rowOf,
  scoreWords,
} from '../../shared/views';
import type { Stored } from '../../store/store';
import { z } from 'zod';
import { Id } from '../../domain/common';
import { truncate } from '../../shared/clip';
import {
  ACTION_STATUS_WORDS,
  DELIVERY_KEY_WORDS,
  revisionReasonPrivate,
} from '../../domain/action';
import type { MessageAnswer, ReadAs } from '../answers';
import { kind } from '../kind';
import { asTitle } from '../titleAsked';
import { ABBREVIATIONS } from '../lexicon';
import {
  ActionFilter,
  ActionNarrowing,
  ActionScope,
  ActionTarget,
  Period,
  type RiskReference,
  Text,
} from '../question';
import {
  contentWords,
  escapeRegExp,
  holdsEvery,
  list,
  normalise,
  sentencesOf,
  spelledOutGroups,
  spellsOut,
  initialsOf,
  stem,
} from '../text';
import { notLinked, type AnswerContext } from './context';
import { resolveRisk, riskNotFound, withItsTrust } from './risks';
import { answerSearch, type SearchAnswer } from './search';
import { queryTerms, type SearchHit } from '../search';

export interface ActionListAnswer {
  kind: 'action-list';
  title: string;
  /** "Open actions for Director of Corporate Affairs (DoCA)", "Overdue as at 23 November 2026". */
  description: string;
  actions: ActionView[];
  /** More matched than are shown. */
  total: number;
  /** The position of the first action shown (11 on page 2): "Showing 11–20 of 74". */
  firstShown: number;
  /** What was asked of the list as a whole, said before it ("Sign-off: Strategy and Partnerships"). */
  lead?: string[];
  notes: string[];
  /** The questions that show the next, previous and first pages, when there are such pages. */
  nextPage: string | null;
  previousPage: string | null;
  firstPage: string | null;
  /** The question that shows this page again ("Back to the list" from an action's card). */
  question: string;
  /** Whose own list it is: where others see it, they read "Yusuf Ali's overdue actions", not "Your…". */
  askedBy?: string;
  /** "What did I say last time?": each action's latest progress shown in full, not cut short. */
  progressInFull?: boolean;
  /** The one action the list names on its own ("Due first: …"): "who owns it?" is about it. */
  singled?: { actionId: string; organisationId: string };
  /** Counted by risk, the one risk with the most (or fewest, as asked): "who leads most of them?" */
  singledRisk?: RiskReference;
}

export interface ActionAnswer {
  kind: 'action';
  action: ActionView;
  history: HistoryView[] | null;
  notes: string[];
  /** The list it was opened from, for "Back to the list". */
  back?: string;
}

export interface ActionDelayAnswer {
  kind: 'action-delay';
  action: ActionView;
  /** "Originally due 31 May 2024; revised to 31 October 2024." */
  dates: string;
  /** Why the date moved, as the owner gave it (a working note: private). */
  reason: { text: string; by: string; private: true } | null;
  /** The latest progress notes, newest first (the board's working notes: private). */
  progress: { note: string; by: string; when: string | null; private: boolean }[];
  notes: string[];
}

/** An action as the asker sees it: with Update when they may update it, Approve when they decide. */
function asViewed(ctx: AnswerContext, action: Action): ActionView {
  return actionView(
    ctx.data,
    action,
    ctx.today,
    canUpdateAction(ctx.asker, action, ctx.data.roles),
    !!ctx.asker?.isBoardSecretary,
  );
}

/** How many actions one card shows; "Show more" asks for the next page. */
export const ACTIONS_PER_PAGE = 10;
/**
 * For the board secretary, closures awaiting a decision carry their Approve and Return forms: fewer
 * of those to a card keeps it within what Teams accepts.
 */
export const DECISIONS_PER_PAGE = 8;

function perPage(ctx: AnswerContext, matching: readonly Action[]): number {
  return ctx.asker?.isBoardSecretary && matching.some((a) => a.status === 'proposed-for-closure')
    ? DECISIONS_PER_PAGE
    : ACTIONS_PER_PAGE;
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
  return inPeriod(date, period);
}

/** Whether a day falls in a period (either end open). */
function inPeriod(date: IsoDate, period: Period): boolean {
  return (!period.from || date >= period.from) && (!period.to || date <= period.to);
}

function monthStart(printed: string): IsoDate | null {
  const month = printedMonth(printed);
  return month ? `${month}-01` : null;
}

/** An action whose words, or its area's, hold every word asked ("culture": "4. Culture"). */
function isAbout(action: Action, words: string): boolean {
  const own = `${action.area ?? ''} ${action.printedHeading ?? ''} ${action.text}`;
  if (holdsEvery(own, contentWords(normalise(words)).map(stem))) return true;
  // "Non executive directors" is about an action that prints "NEDs".
  const asked = normalise(words).split(' ');
  if (asked.length < 2 || asked.length > 5) return false;
  const shorts = initialsOf(asked);
  return normalise(own)
    .split(' ')
    .some((w) => shorts.includes(w.replace(/s$/, '')));
}

function matchesFilter(ctx: AnswerContext, action: Action, filter: ActionFilter): boolean {
  const { today } = ctx;
  const except = filter.notLedBy;
  if (
    except &&
    (except.task ? action.taskLeadRoleIds : action.actionLeadRoleIds).some((id) =>
      except.roleIds.includes(id),
    )
  )
    return false;
  if (filter.signOff && !signedOffBy(action, filter.signOff)) return false;
  if (filter.about && !isAbout(action, filter.about)) return false;
  // "Delivered" in everyday words includes what has been closed.
  if (
    filter.key &&
    action.deliveryStatus !== filter.key &&
    !(filter.key === 'delivered' && action.status === 'closed')
  )
    return false;
  switch (filter.status) {
    case 'no-lead':
      return isOpen(action) && !action.actionLeadRoleIds.length && !action.printedActionLead;
    case 'undated':
      return isOpen(action) && effectiveDue(action).iso === null;
    case 'not-started':
      return (
        // (One put forward for closure is reported as done: no owner to chase for an update.)
        action.status === 'open' &&
        !action.progress.length &&
        !action.deliveryStatus &&
        // (Progress the register prints for the cause or effect it is under counts too.)
        !registerProgressOf(ctx.data, action).length
      );
    case 'open':
      return isOpen(action);
    case 'overdue':
      return (
        daysOverdue(action, today) !== null &&
        (!filter.period?.to || effectiveDue(action).iso! <= filter.period.to)
      );
    case 'due':
      return filter.period
        ? isDueBetween(
            action,
            filter.period.from ?? '0000-01-01',
            filter.period.to ?? '9999-12-31',
          ) || revisedOutOf(action, filter.period, today)
        : isOpen(action);
    case 'closed':
      return closedIn(action, filter.period);
    case 'proposed-for-closure':
      return (
        action.status === 'proposed-for-closure' &&
        (!filter.period || proposedThen(ctx, action, filter.period))
      );
    case 'slipped':
      return (
        isOpen(action) &&
        (slippedBy(action) !== null || daysOverdue(action, today) !== null) &&
        // "What's slipped since the last board?": those first due then.
        (!filter.period ||
          inPeriod(action.originalDue?.iso ?? effectiveDue(action).iso ?? '', filter.period))
      );
    case 'revised':
      return action.revisedDue !== null;
    case 'updated':
      return lastChange(action, filter.period) !== undefined;
    case 'all':
      return true;
  }
}

/** The latest change made to an action in Board Clerk (not its loading from a paper), in the period. */
function lastChange(action: Action, period: Period | null): HistoryEntry | undefined {
  return action.history.findLast(
    (h) => h.event !== 'imported' && (!period || inPeriod(londonDateOf(h.at), period)),
  );
}

/**
 * "What was due in May 2024?": an open action first due in a month now past still counts as due
 * then after its date was moved (the list shows both dates), so a slipped action is not hidden by
 * its own revision.
 */
function revisedOutOf(action: Action, period: Period, today: IsoDate): boolean {
  const original = action.originalDue?.iso;
  return (
    isOpen(action) &&
    action.revisedDue !== null &&
    !!original &&
    !!period.from &&
    !!period.to &&
    period.to < today &&
    original >= period.from &&
    original <= period.to
  );
}

/** Days between the original due date and the revised one, when a revised date moved it later. */
export function slippedBy(action: Action): number | null {
  const original = action.originalDue?.iso;
  const revised = action.revisedDue?.iso;
  if (!original || !revised || revised <= original) return null;
  return daysBetween(original, revised);
}

/** Overdue first (longest first), then by due date, then undated; closed last. */
const REFERENCE_ORDER = new Intl.Collator('en', { numeric: true });

/** Sorted overdue first (longest first), then by due date, then undated; each key worked out once. */
function byUrgency(actions: Action[], today: IsoDate): Action[] {
  return actions
    .map((action) => ({
      action,
      overdue: daysOverdue(action, today) ?? -1,
      due: effectiveDue(action).iso ?? '9999',
    }))
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        REFERENCE_ORDER.compare(a.action.reference, b.action.reference),
    )
    .map((keyed) => keyed.action);
}

/**
 * The roles whose actions a question about some roles means: the roles, the groups they belong to
 * ("All Exec Dirs."), and for a group asked of ("the medical directors") its members, each of whose
 * own work is theirs too.
 */
function rolesAskedOf(roles: readonly Role[], roleIds: readonly string[]): string[] {
  const members = roles.filter((r) => roleIds.includes(r.id)).flatMap((r) => r.memberRoleIds);
  return withRoleGroups([...roleIds, ...members], roles);
}

/** The committee a log's sign-off word names: "strategy and partnerships" → "the Strategy and Partnerships Committee". */
function signOffCommittee(signOff: string): string {
  return `the ${signOff.replace(/\b(?!and\b)[a-z]/g, (c) => c.toUpperCase())} Committee`;
}

function filterDescription(ctx: AnswerContext, filter: ActionFilter, as = ''): string {
  const signOff = filter.signOff ? `, signed off by ${signOffCommittee(filter.signOff)},` : '';
  const about = filter.about ? ` about ${filter.about}` : '';
  const described = `${statusDescription(filter, ctx.today)}${about}${as}${signOff}`;
  const except = filter.notLedBy;
  if (!except) return described;
  const who = roleListLabel(ctx, except.roleIds) ?? except.text;
  return `${described} not ${except.task ? 'task-led' : 'led'} by ${who}`;
}

function statusDescription(filter: ActionFilter, today: IsoDate): string {
  if (filter.key)
    return `${filter.status === 'open' ? 'Open actions' : 'Actions'} their owners report ${DELIVERY_KEY_WORDS[filter.key].toLowerCase()}`;
  switch (filter.status) {
    case 'no-lead':
      return 'Open actions with no lead named';
    case 'undated':
      return 'Open actions with no due date';
    case 'not-started':
      return 'Open actions with no progress reported yet';
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
      return filter.period
        ? `Actions proposed for closure, supported or put for approval ${filter.period.label.startsWith('between') || filter.period.label.startsWith('since') ? '' : 'in '}${filter.period.label}`
        : 'Actions proposed for closure';
    case 'slipped':
      return `Actions that have slipped (a revised due date, or overdue) as at ${formatDate(today)}${filter.period ? `, first due ${filter.period.label}` : ''}`;
    case 'revised':
      return 'Actions with a revised due date';
    case 'updated':
      return `Actions updated in Board Clerk${filter.period ? ` ${filter.period.label}` : ''}`;
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

interface ScopedActions {
  actions: Stored<Action>[];
  whose: string;
}

async function actionsInScope(
  ctx: AnswerContext,
  scope: ActionScope,
): Promise<ScopedActions | MessageAnswer> {
  const { store, data } = ctx;
  switch (scope.kind) {
    case 'mine': {
      if (!ctx.asker) return notLinked(ctx);
      const roleIds = rolesHeldBy(ctx.asker, data.roles);
      const held = new Set(roleIds);
      const found = await store.findActions({ roleIds });
      // "Which am I action lead for": those whose action leads (or task leads) include the asker's roles.
      const leads = (ids: readonly string[]) => ids.some((id) => held.has(id));
      const mine = scope.as
        ? found.filter((a) =>
            scope.as === 'action-lead'
              ? leads(a.value.actionLeadRoleIds)
              : leads(a.value.taskLeadRoleIds) &&
                !(scope.as === 'task-lead-only' && leads(a.value.actionLeadRoleIds)),
          )
        : found;
      if (!scope.within) return { actions: mine, whose: ctx.asker.name };
      const within = await narrowed(ctx, mine, scope.within);
      return 'kind' in within ? within : { ...within, whose: `you ${within.whose}` };
    }
    case 'role': {
      const roleIds = rolesAskedOf(data.roles, scope.roleIds);
      const label = roleListLabel(ctx, scope.roleIds) ?? scope.text;
      // "What's Paul Sheldon got outstanding?": his name said, with the role his actions are under.
      const whose = scope.holder ? `${scope.holder} (${label})` : label;
      const held = await store.findActions({ roleIds });
      if (!scope.within) return { actions: held, whose };
      const within = await narrowed(ctx, held, scope.within);
      if ('kind' in within) return within;
      if (within.actions.length) return { ...within, whose: `${whose} ${within.whose}` };
      // "The medical director actions on the group BAF research risk": none of the trust's role, but
      // the log prints that title for its own role (the Group's LPT Medical Director): those.
      const titles = new Set(
        scope.roleIds.flatMap((id) => {
          const role = data.roles.find((r) => r.id === id);
          return role ? [normalise(role.title)] : [];
        }),
      );
      const printed = await narrowed(ctx, await store.findActions({}), scope.within);
      const byTitle =
        'kind' in printed
          ? []
          : printed.actions.filter((a) =>
              // ("Medical Director & Director of Strategy": each title printed counts.)
              [a.value.printedActionLead, a.value.printedTaskLead].some(
                (p) =>
                  !!p && p.split(/\s*(?:&|,|\/|\band\b)\s*/).some((t) => titles.has(normalise(t))),
              ),
            );
      return byTitle.length
        ? { actions: byTitle, whose: `${whose} ${within.whose}` }
        : { ...within, whose: `${whose} ${within.whose}` };
    }
    case 'person': {
      const person = data.people.find((p) => p.id === scope.personId);
      if (!person) return { actions: [], whose: scope.text };
      const held = await store.findActions({ roleIds: rolesHeldBy(person, data.roles) });
      const whose = `${person.name} (${person.jobTitle})`;
      if (!scope.within) return { actions: held, whose };
      const within = await narrowed(ctx, held, scope.within);
      return 'kind' in within ? within : { ...within, whose: `${whose} ${within.whose}` };
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
        // Found by its subject, not its number ("the culture risk", "no, the LPT one"): the first
        // words of its title say which risk that is.
        whose:
          scope.risk.by === 'topic'
            ? `${found.risk.reference}, "${truncate(found.risk.title.split(',')[0]!.trim(), 70)}" (${found.register.title})`
            : `${found.risk.reference} (${found.register.title})`,
      };
    }
    case 'organisation': {
      const organisation = data.organisations.find((o) => o.id === scope.organisationId);
      return {
        actions: await store.findActions({ organisationId: scope.organisationId }),
        whose: organisation?.shortName ?? scope.text,
      };
    }
    case 'registers': {
      const logs = data.logs.filter((l) => l.type === 'baf-action-log');
      const held = await Promise.all(logs.map((l) => store.findActions({ logId: l.id })));
      return {
        actions: held.flat(),
        whose: list(
          logs.map((l) => l.title),
          'and',
        ),
      };
    }
    case 'all':
      return { actions: await store.findActions({}), whose: 'every action log' };
  }
}

/** The lexicon's synonyms of a word ("money": finance, financial, budget…). */
function synonymsOf(word: string): string[] {
  return queryTerms(word).find((t) => t.word === word)?.synonyms ?? [];
}

/** Whether an action is about the topic's words: in its text, area, heading, or its risk's title. */
function aboutTopic(ctx: AnswerContext, action: Action, topicGroups: string[][]): boolean {
  const risk = action.riskId ? ctx.data.risks.find((r) => r.id === action.riskId) : undefined;
  const printed = normalise(
    [action.text, action.area, action.printedHeading, risk?.title].filter(Boolean).join(' '),
  );
  const own = new Set(contentWords(printed).map(stem));
  // A short form is held where the words it stands for are printed ("FTSU" by "Freedom to Speak Up").
  const held = (w: string) =>
    [...own].some((o) => sameStem(o, w)) || (w.length <= 6 && spellsOut(w, printed.split(' ')));
  return topicGroups.every((g) => g.some(held));
}

/** The same word by its stems: equal, or one of five letters or more beginning the other ("deliv"). */
function sameStem(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Whether a search hit matched a word asked, or a short form of words asked ("ftsu" of "freedom to
 * speak up", spelt by their initials or expanded by the lexicon), not only a synonym's word ("system"
 * of the synonym "it systems" for "digital").
 */
function matchedAsAsked(matched: readonly string[], words: string): boolean {
  const typed = spelledOutGroups(contentWords(normalise(words)))
    .flat()
    .map(stem);
  const asked = (m: string) => typed.some((a) => sameStem(a, m));
  const said = normalise(words).split(' ');
  const spelt = new Set(
    said.flatMap((_, i) =>
      said.slice(i + 2).flatMap((__, j) => initialsOf(said.slice(i, i + 3 + j))),
    ),
  );
  return matched.some(
    (w) =>
      asked(stem(normalise(w))) ||
      spelt.has(w.toLowerCase()) ||
      contentWords(ABBREVIATIONS[w.toLowerCase()] ?? '').some((x) => asked(stem(x))),
  );
}

/** Someone's actions narrowed to a log, a risk, an organisation or a topic ("in …", "on …"). */
async function narrowed(
  ctx: AnswerContext,
  mine: Stored<Action>[],
  within: ActionNarrowing,
): Promise<ScopedActions | MessageAnswer> {
  if (within.kind === 'topic') {
    // A short form and the words it stands for are one thing asked ("EPRR", "emergency preparedness…").
    // Subjects asked as alternatives ("money or financial improvement"): an action on either.
    // A subject none of them is about in its own words is looked for in its synonyms ("money":
    // "Develop a long-term financial strategy").
    const on = (part: string, synonyms: boolean) =>
      spelledOutGroups(contentWords(normalise(part))).map((g) =>
        g.flatMap((w) => [w, ...(synonyms ? synonymsOf(w) : [])]).map(stem),
      );
    const about = (groups: string[][]) => mine.filter((a) => aboutTopic(ctx, a.value, groups));
    const found = new Set(
      within.text.split(' or ').flatMap((part) => {
        const own = about(on(part, false));
        return own.length ? own : about(on(part, true));
      }),
    );
    return { actions: mine.filter((a) => found.has(a)), whose: `on ${within.text}` };
  }
  const scoped = await actionsInScope(ctx, within);
  if ('kind' in scoped) return scoped;
  const ids = new Set(scoped.actions.map((a) => a.value.id));
  const found = { actions: mine.filter((a) => ids.has(a.value.id)), whose: `in ${scoped.whose}` };
  // "My BAF 01 actions", no register named, none of them on the newest register's risk 1: the
  // asker's on the risk of that number in another register, which the description names.
  if (found.actions.length || within.kind !== 'risk' || within.risk.registerId !== null)
    return found;
  const { number } = within.risk;
  for (const other of ctx.data.risks.filter((r) => r.number === number && number !== null)) {
    const there = await narrowed(ctx, mine, {
      kind: 'risk',
      risk: { ...within.risk, registerId: other.registerId },
    });
    if (!('kind' in there) && there.actions.length) return there;
  }
  return found;
}

/**
 * The actions a scope and filter select, most urgent first (with the scope's actions, and whose they
 * are); or the answer saying why there is nothing to list (an unlinked "mine", an unknown risk).
 */
export async function selectActions(
  ctx: AnswerContext,
  scope: ActionScope,
  filter: ActionFilter,
): Promise<{ matching: Action[]; scoped: ScopedActions } | MessageAnswer> {
  const scoped = await actionsInScope(ctx, scope);
  if ('kind' in scoped) return scoped;
  return { matching: filtered(ctx, scoped, filter), scoped };
}

/** A scope's actions the filter keeps, most urgent first. */
function filtered(ctx: AnswerContext, scoped: ScopedActions, filter: ActionFilter): Action[] {
  const matching = byUrgency(
    scoped.actions.map((s) => s.value).filter((a) => matchesFilter(ctx, a, filter)),
    ctx.today,
  );
  // What has slipped: those whose due date was moved later come first, then those merely overdue.
  if (filter.status === 'slipped')
    matching.sort((a, b) => Number(slippedBy(b) !== null) - Number(slippedBy(a) !== null));
  // What has been updated: the latest change first.
  if (filter.status === 'updated') {
    const at = (a: Action) => lastChange(a, filter.period)?.at ?? '';
    matching.sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0));
  }
  return matching;
}

/** A yearless month with nothing in it: the latest earlier year's same month that has some. */
async function selectInYear(
  ctx: AnswerContext,
  scope: ActionScope,
  filter: ActionFilter,
): Promise<{ matching: Action[]; scoped: ScopedActions; filter: ActionFilter } | MessageAnswer> {
  const first = await selectActions(ctx, scope, filter);
  if ('kind' in first) return first;
  const { scoped } = first;
  const { period } = filter;
  const all = scoped.actions.map((a) => a.value);
  // Closures proposed in that month count as something there ("closed off in nov").
  const found = (matching: Action[], within: ActionFilter) =>
    matching.length > 0 ||
    (within.status === 'closed' && proposedIn(all, within.period).length > 0);
  if (found(first.matching, filter) || !filter.yearless || !period?.from || !period.to)
    return { ...first, filter };
  // "Due in March" looks back only when nothing open is dated ahead: then no March to come is meant.
  if (
    filter.status === 'due' &&
    byDueDate(all.filter((a) => a.status === 'open')).some((x) => x.iso >= ctx.today)
  )
    return { ...first, filter };
  // The same scope's actions, read once, looked at a year further back each time.
  for (let back = 1; back <= 3; back++) {
    const shift = (iso: string) => `${Number(iso.slice(0, 4)) - back}${iso.slice(4)}`;
    const from = shift(period.from);
    const earlier: ActionFilter = {
      ...filter,
      period: {
        from,
        to: endOfMonth(shift(period.to.slice(0, 8) + '01')),
        // ("October to November 2025", when two months were asked.)
        label:
          period.from.slice(0, 7) === period.to.slice(0, 7)
            ? printedMonthLabel(from)
            : `${printedMonthLabel(from).split(' ')[0]} to ${printedMonthLabel(shift(period.to))}`,
      },
    };
    const matching = filtered(ctx, scoped, earlier);
    if (found(matching, earlier)) return { matching, scoped, filter: earlier };
  }
  return { ...first, filter };
}

/** A closure proposal supported by a committee in the period ("went to SEB in December"). */
function supportedIn(action: Action, period: Period): boolean {
  const on =
    action.status === 'proposed-for-closure' ? action.closureProposal?.supportedOn : undefined;
  const date = on ? (on.iso ?? monthStart(on.printed)) : null;
  return !!date && inPeriod(date, period);
}

/**
 * A closure proposal of the period asked: supported then, or put to a meeting then for approval
 * ("going to the January board").
 */
function proposedThen(ctx: AnswerContext, action: Action, period: Period): boolean {
  if (supportedIn(action, period)) return true;
  const meetingId = action.closureProposal?.decisionMeetingId;
  const meeting = meetingId ? ctx.data.meetings.find((m) => m.id === meetingId) : undefined;
  return !!meeting && inPeriod(londonDateOf(meeting.startsAt), period);
}

/**
 * Closures put forward by their owners in Board Clerk first (they wait on the secretary), then those a
 * paper lists, by the month they were supported (November's before December's); each month in the
 * order already given.
 */
function byMonthPutForward(actions: readonly Action[]): Action[] {
  const month = (a: Action) => {
    const on = a.closureProposal?.supportedOn;
    return on ? (on.iso ?? monthStart(on.printed) ?? '9999') : '';
  };
  return actions
    .map((a, i) => ({ a, i, month: month(a) }))
    .sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : x.i - y.i))
    .map((x) => x.a);
}

/** Actions proposed for closure in a period: supported by a committee then, awaiting approval. */
function proposedIn(actions: readonly Action[], period: Period | null): Action[] {
  return period ? actions.filter((a) => supportedIn(a, period)) : [];
}

function proposalsNote(
  ctx: AnswerContext,
  proposals: readonly Action[],
  filter: ActionFilter,
): string {
  // (By month, where they were supported in more than one: "10 in November 2025 and 3 in December".)
  return `None closed ${filter.period?.label ? `in ${filter.period.label}` : 'then'}. ${closuresNote(ctx, proposals).replace(/\.$/, ':')}`;
}

/** "7 actions, 2 of them proposed for closure…": an open list's closures not yet approved, counted. */
function awaitingClosure(listed: readonly Action[]): string[] {
  const n = listed.filter((a) => a.status === 'proposed-for-closure').length;
  if (!n || n === listed.length) return [];
  return [
    `${listed.length} actions, ${n} of them proposed for closure and awaiting approval (open until approved).`,
  ];
}

/** "Not closed yet: 13 were supported for closure…", of the closures a scope holds awaiting approval. */
function awaitingApproval(ctx: AnswerContext, all: readonly Action[]): string[] {
  const proposed = all.filter((a) => a.status === 'proposed-for-closure');
  return proposed.length ? [`Not closed yet: ${closuresNote(ctx, proposed)}`] : [];
}

/**
 * How many closures were proposed, when and by whom: "13 were supported for closure: 10 by the Group
 * Strategic Executive Board in November 2025, 3 in December 2025; they await approval by…".
 */
function closuresNote(ctx: AnswerContext, proposals: readonly Action[]): string {
  // By committee, then by month in date order.
  const byCommittee = new Map<string, Map<string, { date: string; n: number }>>();
  for (const a of proposals) {
    const p = a.closureProposal;
    if (!p) continue;
    const months = byCommittee.get(p.supportedBy) ?? new Map<string, { date: string; n: number }>();
    const date = p.supportedOn.iso ?? monthStart(p.supportedOn.printed) ?? '';
    const seen = months.get(p.supportedOn.printed) ?? { date, n: 0 };
    months.set(p.supportedOn.printed, { date, n: seen.n + 1 });
    byCommittee.set(p.supportedBy, months);
  }
  const parts = [...byCommittee].map(([committee, months]) => {
    // One month: "by the Group SEB in November 2025"; several: "…: 10 in November and 3 in December".
    if (months.size === 1) return `by the ${committee} in ${[...months.keys()][0]}`;
    const counts = [...months]
      .sort(([, a], [, b]) => a.date.localeCompare(b.date))
      .map(([printed, { n }]) => `${n} in ${printed}`);
    return `by the ${committee}: ${counts.join(' and ')}`;
  });
  const first = proposals.find((a) => a.closureProposal)?.closureProposal;
  // (Those a committee supported are counted as it did; one proposed in Board Clerk is said apart.)
  const supported = proposals.filter((a) => a.closureProposal).length;
  const inBoardClerk = proposals.length - supported;
  const one = supported === 1;
  const awaiting = first
    ? parts.length === 1 && !parts[0]!.includes(':')
      ? `, and ${approvalWords(ctx.data, first, ctx.today, one)}`
      : `. ${one ? 'It' : 'They'} ${approvalWords(ctx.data, first, ctx.today, one)}`
    : '';
  const proposedHere = inBoardClerk
    ? `${inBoardClerk} ${inBoardClerk === 1 ? 'was' : 'were'} proposed for closure in Board Clerk by ${inBoardClerk === 1 ? 'its owner' : 'their owners'}, awaiting a board secretary's approval.`
    : '';
  if (!supported) return proposedHere;
  return `${supported} ${one ? 'was' : 'were'} supported for closure${parts.length ? ` ${parts.join('; ')}` : ''}${awaiting}.${proposedHere ? ` ${proposedHere}` : ''}`;
}

/**
 * The sections of a whole log none of a list is in ("is there any BAF risk with nothing in the
 * closures list?"): said, so a list of some is not read as a list of all.
 */
function sectionsWithout(
  ctx: AnswerContext,
  scope: ActionScope,
  listed: readonly Action[],
): string[] {
  if (scope.kind !== 'log' || scope.sectionId) return [];
  const log = ctx.data.logs.find((l) => l.id === scope.logId);
  const held = new Set(listed.map((a) => a.sectionId));
  const none = (log?.sections ?? []).filter((s) => !held.has(s.id)).map((s) => s.title);
  return none.length && none.length < (log?.sections.length ?? 0)
    ? [`None for ${list(none, 'or')}.`]
    : [];
}

/**
 * The steps of one action the papers print in one cell under a heading that names it ("Social Value
 * Round Table discussions – Q1 …, SMART action plan and KPIs Q3 …" under "Limited contribution to
 * social value"), read as several actions: when the one found is the only one whose own words hold
 * what was asked, and its heading holds the words that found it, its siblings under that heading come
 * with it.
 */
function withSteps(
  ids: readonly (string | undefined)[],
  all: readonly Action[],
  asked: readonly string[],
): (string | undefined)[] {
  if (ids.length !== 1) return [...ids];
  const one = all.find((a) => a.id === ids[0]);
  // (The words that found it, in its heading too.)
  const found = one ? asked.filter((w) => holdsEvery(one.text, [w])) : [];
  if (!one?.area || !found.length || !holdsEvery(one.area, found)) return [...ids];
  const steps = all.filter(
    (a) => a.logId === one.logId && a.sectionId === one.sectionId && a.area === one.area,
  );
  return steps.length > 1 && steps.length <= 8 ? steps.map((a) => a.id) : [...ids];
}

/** "November 2025", for a period found by its month. */
function printedMonthLabel(iso: string): string {
  return formatDate(iso).replace(/^\d+ /, '');
}

/** "Well-Led FTSU 4 (Consider implementing a tenure…)": an action named with the start of its text. */
function namedWithText(a: Pick<Action, 'reference' | 'text'>): string {
  return `${a.reference} (${a.text.length > 90 ? `${a.text.slice(0, 87)}…` : a.text})`;
}

/**
 * An action named with the sentence of its text holding the words asked, when that is not its
 * opening ("There remain recognised gaps at board level…" of a long finding on board skills); else as
 * `namedWithText`.
 */
function namedWithWordsAsked(
  a: Pick<Action, 'reference' | 'text'>,
  askedGroups: readonly (readonly string[])[],
): string {
  const sentences = sentencesOf(a.text);
  if (a.text.length <= 90 || sentences.length < 2) return namedWithText(a);
  const held = (x: string) => {
    const own = new Set(contentWords(normalise(x)).map(stem));
    return askedGroups.filter((g) => g.some((w) => own.has(w))).length;
  };
  const best = sentences
    .map((x, i) => ({ x, i, n: held(x) }))
    .sort((p, q) => q.n - p.n || p.i - q.i)[0];
  return best && best.i > 0 && best.n > held(sentences[0]!)
    ? `${a.reference} (“${best.x.length > 240 ? `${best.x.slice(0, 239).trimEnd()}…` : best.x}”)`
    : namedWithText(a);
}

/** Actions with a due date, soonest first, each with the date it is due by. */
function byDueDate(actions: readonly Action[]): { a: Action; iso: IsoDate }[] {
  return actions
    .map((a) => ({ a, iso: effectiveDue(a).iso }))
    .filter((x): x is { a: Action; iso: IsoDate } => x.iso !== null)
    .sort((x, y) => x.iso.localeCompare(y.iso));
}

/** Both ends of a list's dates asked for: "earliest and latest due dates", "first and last". */
const BOTH_ENDS =
  /\b(earliest|soonest|first)\b.*\b(and|&|plus|vs|versus)\b.*\b(latest|last|furthest)\b|\b(latest|last|furthest)\b.*\b(and|&|plus|vs|versus)\b.*\b(earliest|soonest|first)\b/;

const endBeyond = (end: 'first' | 'last'): 'first' | 'last' => (end === 'first' ? 'last' : 'first');

/** The action due first (or last) of those dated. */
function dueAtEnd<T>(dated: readonly T[], which: 'first' | 'last'): T | undefined {
  return which === 'first' ? dated[0] : dated.at(-1);
}

/**
 * "Which one was due first?", "what's the latest due date?": the earliest (or latest) due of the
 * list, said first, with how many share its day.
 */
function dueFirstNote(
  ctx: AnswerContext,
  actions: readonly Action[],
  which: 'first' | 'last' = 'first',
): string {
  const dated = byDueDate(actions);
  const first = dueAtEnd(dated, which);
  if (!first) return 'None of these has a due date.';
  const view = asViewed(ctx, first.a);
  const same = dated.filter((x) => x.iso === first.iso).length - 1;
  const ahead = first.iso > ctx.today ? daysBetween(ctx.today, first.iso) : 0;
  return `Due ${which === 'first' ? 'first' : 'last'}: ${namedWithText(first.a)}, due ${dueShown(first.a) ?? formatDate(first.iso)}${view.daysOverdue ? `, ${view.daysOverdue} days overdue` : ahead ? `, in ${ahead} day${ahead === 1 ? '' : 's'}` : ''}${same ? `; ${same} other${same === 1 ? ' is' : 's are'} due the same day (${same + 1} in all)` : ''}.`;
}

/** None closed, but some recorded as delivered or put forward for closure: those, said to be open. */
function deliveredNote(all: readonly Action[], delivered: readonly Action[]): string {
  const open = all.filter(isOpen).length;
  const proposed = delivered.filter((a) => a.status === 'proposed-for-closure').length;
  const logs = new Set(all.map((a) => a.logId)).size;
  return `None is closed in ${logs > 1 ? 'these logs' : 'the log'} (${open} ${open === 1 ? 'is' : 'are'} open). ${delivered.length} ${delivered.length === 1 ? 'is' : 'are'} recorded as delivered${proposed === delivered.length ? ` and put forward for closure` : proposed ? `, ${proposed} of them put forward for closure` : ''}, but still open until the board closes ${delivered.length === 1 ? 'it' : 'them'}:`;
}

/** None closed: how many are still open, and how many of those are past their dates. */
function stillOpenNote(ctx: AnswerContext, open: readonly Action[]): string {
  const late = open.filter((a) => daysOverdue(a, ctx.today) !== null).length;
  const all = open.length === 1 ? 'It is' : `All ${open.length} are`;
  return `None is done (closed). ${all} still open${late ? `, ${late === open.length && open.length > 1 ? 'all' : late} past ${late === 1 && open.length === 1 ? 'its' : 'their'} due date${late === 1 && open.length === 1 ? '' : 's'}` : ''}:`;
}

/**
 * Nothing open is due in the period asked about: the nearest due dates either side, so the answer is
 * not a bare "none" ("None is due then. The last date before then was 31 May 2026 (Well-Led
 * Leadership 1 and 2 others); the next after it is 31 March 2027 (…)"). Null when no open action has
 * a date.
 */
function nearestDueNote(
  ctx: AnswerContext,
  all: readonly Action[],
  filter: ActionFilter,
): string | null {
  const period = filter.period;
  if (filter.status !== 'due' || !period || (!period.from && !period.to)) return null;
  const dated = byDueDate(all.filter((a) => a.status === 'open'));
  const before = dated.filter((x) => period.from && x.iso < period.from).at(-1);
  const after = dated.find((x) => period.to && x.iso > period.to);
  if (!before && !after) return null;
  const named = dueDayNamed(ctx, dated);
  const parts = [
    ...(before ? [`the last date before then was ${named(before)}`] : []),
    ...(after ? [`the next after it is ${named(after)}`] : []),
  ].join('; ');
  const overdue = dated.filter((x) => daysOverdue(x.a, ctx.today) !== null).length;
  const late = overdue
    ? ` ${overdue} open ${overdue === 1 ? 'action is' : 'actions are'} past ${overdue === 1 ? 'its date' : 'their dates'}.`
    : '';
  return `None is due then. ${parts[0]!.toUpperCase()}${parts.slice(1)}.${late}`;
}

/**
 * What was updated: the latest change and who made it, or, when none was made in the period, the
 * last one before it, so "no updates this week" is not a bare none.
 */
function changesNote(
  ctx: AnswerContext,
  all: readonly Action[],
  matching: readonly Action[],
  filter: ActionFilter,
): string | null {
  if (filter.status !== 'updated') return null;
  const said = (a: Action, period: Period | null = null) => {
    const change = lastChange(a, period)!;
    return `${asViewed(ctx, a).reference} on ${formatDate(londonDateOf(change.at))}, by ${change.by.name}`;
  };
  if (matching.length) return `The latest: ${said(matching[0]!, filter.period)}.`;
  const latest = all
    .filter((a) => lastChange(a, null))
    .sort((a, b) => (lastChange(a, null)!.at < lastChange(b, null)!.at ? 1 : -1))[0];
  return latest
    ? `No action was updated then. The latest update recorded is ${said(latest)}.`
    : 'No action has been updated in Board Clerk since the papers were loaded.';
}

/** "31 May 2026 (Well-Led Improvement 4 and 2 others)": a due day, with every action due that day counted. */
function dueDayNamed(ctx: AnswerContext, dated: readonly { a: Action; iso: IsoDate }[]) {
  return (x: { a: Action; iso: IsoDate }): string => {
    const others = dated.filter((y) => y.iso === x.iso).length - 1;
    return `${formatDate(x.iso)} (${asViewed(ctx, x.a).reference}${others ? ` and ${others} other${others === 1 ? '' : 's'}` : ''})`;
  };
}

/**
 * "Which of my culture actions are overdue?": the rest of the open ones are not yet due, and when the
 * next of them is; said only when there are such.
 */
function notYetDueNote(
  ctx: AnswerContext,
  all: readonly Action[],
  filter: ActionFilter,
): string | null {
  if (filter.status !== 'overdue' || filter.period) return null;
  const ahead = byDueDate(
    all.filter((a) => a.status === 'open' && daysOverdue(a, ctx.today) === null),
  ).filter((x) => x.iso >= ctx.today);
  if (!ahead.length) return null;
  return `${ahead.length} more ${ahead.length === 1 ? 'is' : 'are'} open and not yet due; the next: ${dueDayNamed(ctx, ahead)(ahead[0]!)}.`;
}

/**
 * Open actions due by a day still to come ("anything due before Christmas?"): the list holds those
 * already past their dates as well as those still to fall due, and a director asking ahead wants to
 * know which is which. Said only when some are past: how many fall due from today to that day, and,
 * when none does, the next due after it.
 */
function stillToFallDueNote(
  ctx: AnswerContext,
  all: readonly Action[],
  matching: readonly Action[],
  filter: ActionFilter,
): string | null {
  const to = filter.period?.to;
  if (filter.status !== 'due' || filter.period?.from || !to || to < ctx.today) return null;
  const past = matching.filter((a) => daysOverdue(a, ctx.today) !== null).length;
  if (!past) return null;
  // (Those with no date, "Ongoing", neither fall due nor are past it.)
  const coming = byDueDate(matching).filter((x) => x.iso >= ctx.today).length;
  const window = `between today (${formatDate(ctx.today)}) and ${formatDate(to)}`;
  const pastSaid = `${past === matching.length && past > 1 ? 'all ' : ''}${past} ${past === 1 ? 'is' : 'are'} already past ${past === 1 ? 'its due date' : 'their due dates'}`;
  const undated = matching.length - past - coming;
  const undatedSaid = undated ? `; ${undated} ${undated === 1 ? 'has' : 'have'} no due date` : '';
  if (coming)
    return `${coming} ${coming === 1 ? 'falls' : 'fall'} due ${window}; ${pastSaid}${undatedSaid}.`;
  const dated = byDueDate(all.filter((a) => a.status === 'open'));
  const next = dated.find((x) => x.iso > to);
  const latest = byDueDate(matching).at(-1);
  return `None falls due ${window}: ${pastSaid}${latest ? `, the latest on ${formatDate(latest.iso)}` : ''}.${next ? ` The next due after ${formatDate(to)} is ${dueDayNamed(ctx, dated)(next)}.` : ''}`;
}

/** The actions whose words name a role that leads none in the scope asked, said to be that. */
async function namingTheRole(
  ctx: AnswerContext,
  scope: ActionScope,
  scoped: ScopedActions,
  filter: ActionFilter,
  page: number,
  questionText: string,
  excepting: boolean,
): Promise<ActionListAnswer | null> {
  if (scoped.actions.length || excepting || filter.about) return null;
  if (scope.kind !== 'role' && !(scope.kind === 'mine' && !scope.as)) return null;
  // (None of the role's on a topic is not none of the role's.)
  if (scope.within?.kind === 'topic') return null;
  const roleIds =
    scope.kind === 'role' ? scope.roleIds : ctx.asker ? rolesHeldBy(ctx.asker, ctx.data.roles) : [];
  // (Within the log or risk asked of: "am I on the hook for anything on BAF 3?" is not answered with
  // other logs' actions that name the role.)
  const within =
    scope.within?.kind === 'log' || scope.within?.kind === 'risk' ? scope.within : null;
  for (const role of ctx.data.roles.filter((r) => roleIds.includes(r.id))) {
    const found = await actionsNaming(
      ctx,
      within,
      { ...filter, about: role.title },
      page,
      questionText,
      `No action names the ${role.title} as its lead.`,
      role.title,
    );
    if (found) return found;
  }
  return null;
}

/** The actions whose own words name a title no action is led by, after saying that none is. */
async function actionsNaming(
  ctx: AnswerContext,
  within: ActionScope | null,
  filter: ActionFilter,
  page: number,
  questionText: string,
  said: string,
  title: string,
): Promise<ActionListAnswer | null> {
  const found = await answerActionList(ctx, within ?? { kind: 'all' }, filter, page, questionText);
  if (found.kind !== 'action-list' || found.total === 0) return null;
  const one = found.total === 1;
  return {
    ...found,
    lead: [
      `${said} ${one ? 'This action names' : 'These actions name'} the ${title} in ${one ? 'its' : 'their'} words:`,
      ...(found.lead ?? []),
    ],
  };
}

/**
 * "Actions the chief exec leads" of a title no log names as a lead: said so (in the record asked of,
 * if one was), with the leads whose titles hold those words ("Acting Chief Executive") and any actions
 * whose own words name the title; never every action, as if the title had not been asked.
 */
async function ledByUnknownTitle(
  ctx: AnswerContext,
  scope: Extract<ActionScope, { kind: 'role' }>,
  filter: ActionFilter,
  page: number,
  questionText: string,
): Promise<ActionListAnswer | MessageAnswer> {
  const title = asTitle(scope.text);
  const within = scope.within && scope.within.kind !== 'topic' ? scope.within : null;
  const record = within ? await actionsInScope(ctx, within) : null;
  if (record && 'kind' in record) return record;
  const where = record ? ` in ${record.whose}` : '';
  const related = await Promise.all(
    ctx.data.roles
      .filter((r) => normalise(r.title).includes(scope.text))
      .map(async (r) => {
        const led = await ctx.store.findActions({ roleIds: [r.id] });
        const logs = [...new Set(led.map((a) => a.value.logId))].flatMap(
          (id) => ctx.data.logs.find((l) => l.id === id)?.title ?? [],
        );
        const ids = led
          .map((a) => a.value.id)
          .sort()
          .join(' ');
        return { title: r.title, led: led.length, logs, ids };
      }),
  );
  const leading = related.filter((r) => r.led > 0);
  const inLogs = (r: (typeof leading)[number]) =>
    `${r.led} action${r.led === 1 ? '' : 's'}${r.logs.length ? ` in the ${listInWords(r.logs)}` : ''}`;
  // ("The Acting Chief Executive and the Deputy Chief Executive jointly lead 15 actions": the same
  // actions, not 15 each.)
  const joint = leading.length > 1 && leading.every((r) => r.ids === leading[0]!.ids);
  const others = !leading.length
    ? ''
    : joint
      ? ` ${listInWords(leading.map((r) => `the ${r.title}`)).replace(/^t/, 'T')} jointly lead ${inLogs(leading[0]!)}.`
      : ` ${listInWords(leading.map((r) => `the ${r.title} leads ${inLogs(r)}`)).replace(/^t/, 'T')}.`;
  const said = `No action${where} names the ${title} as its lead.${others}`;
  const naming = await actionsNaming(
    ctx,
    within,
    { ...filter, about: scope.text },
    page,
    questionText,
    said,
    title,
  );
  if (naming) return naming;
  return {
    kind: 'message',
    title: `No action is led by the ${title}`,
    text: said,
    suggestions: leading.map((r) => `Actions the ${r.title} leads`),
  };
}

/** Words as an action prints them ("PSIRF"), where one does; else as asked. */
function asPrintedIn(actions: readonly Action[], words: string): string {
  const pattern = new RegExp(`\\b${escapeRegExp(words)}\\b`, 'i');
  for (const a of actions) {
    const m = pattern.exec(a.text);
    if (m) return m[0];
  }
  return words;
}

/** A question asking whether the asker has some: "am I task lead on anything…", "have I got…". */
// ("Tom here, am I actually on…": after a greeting or a name, still asked whether.)
const ASKS_WHETHER_MINE =
  /^(?:(?:hi|hello|hey|morning|quick one|quick q|\w+ here)\s+)*(am i|do i|have i|is there|are there|is anything|are any)\b/;
/** "Is PSIRF one of them?" of a list: whether some of it is about that. */
const ASKS_WHETHER_AMONG = /\b(one|any|among|part) (of )?(them|those|these)$/;

/** A list of actions asked with the score of what they are on ("my group baf risk sitting at"). */
const SCORE_ASKED =
  /\b(scores?|scored|scoring|ratings?|rated|(sitting|sits|sat|standing|stands) at|current (vs|v|versus|and|against) target|how bad)\b/;

/** The risks a list of actions sits on, each with its current and target scores: a few only. */
function risksScoredNote(ctx: AnswerContext, actions: readonly Action[]): string | null {
  const riskIds = [...new Set(actions.flatMap((a) => (a.riskId ? [a.riskId] : [])))];
  if (!riskIds.length || riskIds.length > 4) return null;
  const scored = riskIds.flatMap((id) => {
    const risk = ctx.data.risks.find((r) => r.id === id);
    const register = risk && ctx.data.registers.find((g) => g.id === risk.registerId);
    if (!risk || !register) return [];
    const v = riskSummaryView(risk, register);
    const target = v.target ? `, target ${v.target.score}` : '';
    const name = register.aliases[0] ?? register.title;
    const where = v.reference.toLowerCase().startsWith(name.toLowerCase()) ? '' : ` (${name})`;
    return [`${v.reference}${where}: current score ${scoreWords(v.current)}${target}`];
  });
  if (!scored.length) return null;
  // (Each scored item has commas of its own: several are set apart by semicolons.)
  return `${actions.length === 1 ? 'It is' : 'They are'} on ${scored.join('; ')}.`;
}

export async function answerActionList(
  ctx: AnswerContext,
  scope: ActionScope,
  filter: ActionFilter,
  page: number,
  questionText: string,
  tally: ActionTally | null = null,
  except: { scope: ActionScope; filter: ActionFilter } | null = null,
  /** Whether none as one kind of lead may be answered with those as the other (once, not back). */
  otherLead = true,
  /** "What did I say last time?": each one's latest progress shown in full. */
  progress = false,
): Promise<ActionListAnswer | MessageAnswer> {
  const selected = await selectInYear(ctx, scope, filter);
  if ('kind' in selected) return selected;
  const excepted = except ? await leftOut(ctx, except) : null;
  // An exception that would leave nothing of a list is not one ("…and whose action is it?" read as
  // the same list): the list as asked.
  const left = excepted && selected.matching.some((a) => !excepted.ids.has(a.id)) ? excepted : null;
  const chosen = left
    ? { ...selected, matching: selected.matching.filter((a) => !left.ids.has(a.id)) }
    : selected;
  // "Am I action lead on anything in the plan?" of someone who is only ever a task lead there: none
  // as action lead, said so, then those they are task lead on (and the other way round).
  if (scope.kind === 'mine' && scope.as && !chosen.matching.length && !except && otherLead) {
    const other = scope.as === 'action-lead' ? 'task-lead' : 'action-lead';
    const instead = await answerActionList(
      ctx,
      { ...scope, as: other },
      filter,
      page,
      questionText,
      tally,
      null,
      false,
    );
    if (instead.kind === 'action-list' && instead.total > 0)
      return {
        ...instead,
        // ("Am I leading any of them?": no, said first; not the other list's yes.)
        lead: [
          `No: you are ${LEAD_WORDS[scope.as]} on none of these. You are ${LEAD_WORDS[other]} on ${instead.total}:`,
          ...(instead.lead ?? []).filter((l) => !l.startsWith('Yes: ')),
        ],
      };
  }
  // "Group chief nurse actions on the BAF - have I got any?" of a role no action names as a lead:
  // the actions whose own words name it ("To agree with Medical Directors and Group Chief Nurse…").
  const named = await namingTheRole(
    ctx,
    scope,
    selected.scoped,
    filter,
    page,
    questionText,
    !!except,
  );
  if (named) return named;
  const leftOutCount = selected.matching.length - chosen.matching.length;
  const { scoped, filter: used } = chosen;
  filter = used;
  const all = scoped.actions.map((a) => a.value);
  // Nothing closed then, but closures proposed then (supported by a committee, awaiting the board):
  // those, said to be proposals, rather than "none".
  const proposals =
    filter.status === 'closed' && !chosen.matching.length ? proposedIn(all, filter.period) : [];
  const noneClosed =
    filter.status === 'closed' && !filter.period && !chosen.matching.length && !proposals.length;
  // "Which are recorded as complete?" of a log that closes none: those it records as delivered.
  const delivered = noneClosed
    ? all.filter(
        (a) =>
          isOpen(a) && (a.deliveryStatus === 'delivered' || a.status === 'proposed-for-closure'),
      )
    : [];
  // "Has it been done?" of actions none of which is: the open ones, said to be open, not a bare none.
  const stillOpen = noneClosed && !delivered.length ? byUrgency(all.filter(isOpen), ctx.today) : [];
  const listed = proposals.length
    ? proposals
    : delivered.length
      ? delivered
      : stillOpen.length
        ? stillOpen
        : chosen.matching;
  const matching = filter.status === 'proposed-for-closure' ? byMonthPutForward(listed) : listed;
  if (stillOpen.length || delivered.length) filter = { ...filter, status: 'open' };
  const size = perPage(ctx, matching);
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(page, pages);
  const shown = matching.slice((current - 1) * size, current * size);
  const overdue = matching.filter((a) => daysOverdue(a, ctx.today) !== null).length;
  const what = filterDescription(
    ctx,
    filter,
    scope.kind === 'mine' && scope.as ? ` as ${LEAD_WORDS[scope.as]}` : '',
  );
  const within = scope.kind === 'mine' && scope.within ? scoped.whose.replace(/^you /, '') : '';
  const description = `${
    scope.kind === 'mine'
      ? // ("All your actions on digital", not "Your all actions".)
        `${/^all\b/i.test(what) ? `All your${what.slice(3)}` : `Your ${what[0]!.toLowerCase()}${what.slice(1)}`}${within ? ` ${within}` : ''}`
      : `${what} for ${scoped.whose}`
  }${left ? `, leaving out ${left.label(leftOutCount)}` : ''}`.replace(/,$/, '');
  // The action due first or last, said first ("earliest and latest due dates": both, as asked).
  const endsAsked =
    tally === 'first' || tally === 'last'
      ? [tally, ...(BOTH_ENDS.test(normalise(questionText)) ? [endBeyond(tally)] : [])]
      : [];
  // A period the papers print by mistake answers an empty list first; beside a list, it is a note.
  const misprinted = misprintedIn(all, filter, matching);
  const lead = [
    // "Which of the speak up actions aren't mine?" when every one is: said, before them all.
    ...(excepted && !left && chosen.matching.length ? [excepted.all(chosen.matching.length)] : []),
    // "Am I task lead on anything in the plan?": the yes said before the list behind it; "is PSIRF one
    // of them?" of a list: whether some of it is about that.
    ...(filter.about && ASKS_WHETHER_AMONG.test(normalise(questionText))
      ? [
          chosen.matching.length
            ? `Yes: ${chosen.matching.length === 1 ? 'one is' : `${chosen.matching.length} are`} about ${asPrintedIn(chosen.matching, filter.about)}.`
            : `No: none of them is about ${filter.about}.`,
        ]
      : scope.kind === 'mine' &&
          !tally &&
          !filter.period &&
          chosen.matching.length &&
          ASKS_WHETHER_MINE.test(normalise(questionText))
        ? [
            // ("Am I right I've got nothing on the LPT BAF?": no, some.)
            `${/\b(nothing|none|no actions)\b/.test(normalise(questionText)) ? 'No' : 'Yes'}: you are ${scope.as ? LEAD_WORDS[scope.as] : 'named'} on ${chosen.matching.length} ${filter.status === 'open' || filter.status === 'overdue' ? `${filter.status} ` : ''}${chosen.matching.length === 1 ? 'action' : 'actions'}${within ? ` ${within}` : ''}.`,
          ]
        : []),
    ...(proposals.length ? [proposalsNote(ctx, proposals, filter)] : []),
    // (Open until approved: "open" of a list that holds closures proposed says how many are.)
    ...(filter.status === 'open' && !tally && !delivered.length ? awaitingClosure(matching) : []),
    ...(stillOpen.length ? [stillOpenNote(ctx, stillOpen)] : []),
    ...(delivered.length ? [deliveredNote(all, delivered)] : []),
    ...(filter.status === 'proposed-for-closure' && matching.length
      ? [closuresNote(ctx, matching), ...sectionsWithout(ctx, scope, matching)]
      : []),
    ...(matching.length ? endsAsked.map((end) => dueFirstNote(ctx, matching, end)) : []),
    // ("Am I on track?": a yes or no first, from how many of the asker's open actions are late.)
    ...(scope.kind === 'mine' &&
    tally === 'statuses' &&
    ON_TRACK_ASKED.test(normalise(questionText))
      ? [onTrackSaid(ctx, matching)]
      : []),
    ...(tally && tally !== 'first' && tally !== 'last' && matching.length
      ? [tallyNote(ctx, matching, tally)]
      : []),
    ...(matching.length ? [] : misprinted),
  ];
  // ("Show more" of a list already shown whole: said, not the last page again as if it were more.)
  if (page > pages && matching.length)
    lead.unshift(
      pages === 1
        ? `No more to show: the list has ${matching.length === 1 ? 'one action' : `${matching.length} actions`}, all below.`
        : `No more to show: this is the last page of ${matching.length} actions.`,
    );
  const ahead = tally ? null : stillToFallDueNote(ctx, all, matching, filter);
  if (ahead) lead.push(ahead);
  const nearest = matching.length || lead.length ? null : nearestDueNote(ctx, all, filter);
  if (nearest) lead.push(nearest);
  const changes = changesNote(ctx, all, matching, filter);
  if (changes) lead.push(changes);
  // An empty log in its own words ("No actions identified"), and where the papers disagree with it.
  const log =
    scope.kind === 'log' && !matching.length && !scope.sectionId
      ? ctx.data.logs.find((l) => l.id === scope.logId)
      : undefined;
  if (log && !lead.length) lead.push(...log.notes.map((n) => `The log prints: “${n}”`));
  const notes: string[] = matching.length ? [...misprinted] : [];
  // "What am I leading?", "is the director of people leading any?": which of them the asker (or the
  // role) leads, and which they are only task lead on (as one of "All Exec Dirs", say), so a list of
  // both is not read as all theirs to lead.
  const whoseRoles =
    scope.kind === 'mine' && !scope.as && ctx.asker
      ? { who: 'You are', held: new Set(rolesHeldBy(ctx.asker, ctx.data.roles)) }
      : scope.kind === 'role'
        ? {
            // (Several roles by one title, "the CFO": named once, by whose they are.)
            who: `${(scope.roleIds.length > 1 ? roleListLabel(ctx, scope.roleIds) : rolesLabel(ctx.data, scope.roleIds)) ?? scope.text} is`,
            held: new Set(rolesAskedOf(ctx.data.roles, scope.roleIds)),
          }
        : null;
  if (whoseRoles && matching.length > 1 && !lead.length) {
    // (Task lead only where the log names the role as task lead: an action found by its printed
    // lead's title, "Medical Director" on the Group BAF, is theirs to lead.)
    const taskOnly = matching.filter(
      (a) =>
        !a.actionLeadRoleIds.some((id) => whoseRoles.held.has(id)) &&
        a.taskLeadRoleIds.some((id) => whoseRoles.held.has(id)),
    );
    const leads = matching.length - taskOnly.length;
    const named =
      taskOnly.length <= 3
        ? ` (${taskOnly.map((a) => asViewed(ctx, a).reference).join(', ')})`
        : '';
    // (Said first, with the count it stands for.)
    if (taskOnly.length)
      lead.push(
        leads
          ? `${matching.length} actions. ${whoseRoles.who} action lead on ${leads} of these and task lead only on ${taskOnly.length}${named}.`
          : `${matching.length} actions. ${whoseRoles.who} task lead on all of them and action lead on none.`,
      );
  }
  // "What's on my plate on the group BAF? Score and what's due": the risks they sit on, scored.
  const scored = SCORE_ASKED.test(normalise(questionText)) ? risksScoredNote(ctx, matching) : null;
  if (scored) lead.push(scored);
  // (After the overdue ones: the rest are not yet due.)
  const notYet = matching.length ? notYetDueNote(ctx, all, filter) : null;
  if (notYet) notes.push(notYet);
  if (log) notes.push(...log.dataQuality.map((f) => f.message));
  // "How many were closed?" beside closures put forward and not yet approved: those counted too, so
  // the closed few are not read as all the closing there is.
  if (filter.status === 'closed' && !filter.period && matching.length && !proposals.length)
    notes.push(...awaitingApproval(ctx, all));
  if (scope.kind === 'mine' && scoped.actions.length === 0) {
    // (None anywhere is said as none, not "ask for all of them"; the secretary is not sent to herself.)
    const ownsAny =
      !!ctx.asker &&
      (await ctx.store.findActions({})).some((a) =>
        ownsAction(ctx.asker!, a.value, ctx.data.roles),
      );
    // ("Am I the one leading the actions on baf 03? someone said CFO": none, and whose they are.)
    const there =
      within && ownsAny && scope.within && scope.within.kind !== 'topic'
        ? await actionsInScope(ctx, scope.within)
        : null;
    const theirs =
      there && !('kind' in there) ? there.actions.map((a) => a.value).filter(isOpen) : [];
    notes.push(
      within && ownsAny
        ? `None of the actions your roles own are ${within}.${theirs.length ? ` Its open ones: ${tallyNote(ctx, theirs, 'leads')}` : ''} Ask "my actions" for all of them.`
        : ctx.asker?.isBoardSecretary
          ? 'None of your roles owns an action in Board Clerk. As board secretary you can see every action: ask "overdue actions" or name a log, a risk or a lead.'
          : 'None of your roles owns an action in Board Clerk. If that looks wrong, ask the board secretary to check your roles.',
    );
  }
  if (filter.status !== 'overdue' && filter.status !== 'closed' && overdue > 0)
    // Of the whole list, said so where it runs to more than one page.
    notes.push(
      overdue === matching.length && overdue > 1
        ? `${overdue === 2 ? 'Both' : `All ${overdue}`} are overdue.`
        : `${overdue} of ${pages > 1 ? `the ${matching.length}` : 'these'} ${overdue === 1 ? 'is' : 'are'} overdue.`,
    );
  // The action the list's first line names, or the only one: what "who owns it?" then means.
  const singled =
    tally === 'first' || tally === 'last'
      ? dueAtEnd(byDueDate(matching), tally)?.a
      : matching.length === 1
        ? matching[0]
        : undefined;
  const base = questionText.replace(/\s*\(?\bpage\s+\d+\)?\s*$/i, '').trim();
  const pageQuestion = (n: number) => (n > 1 ? `${base} (page ${n})` : base);
  return {
    kind: 'action-list',
    title: scope.kind === 'mine' ? 'Your actions' : 'Actions',
    description: progress ? `${description}, with the latest progress on each` : description,
    actions: shown.map((a) => asViewed(ctx, a)),
    total: matching.length,
    firstShown: (current - 1) * size + 1,
    ...(lead.length ? { lead } : {}),
    notes,
    nextPage: current < pages ? pageQuestion(current + 1) : null,
    previousPage: current > 1 ? pageQuestion(current - 1) : null,
    firstPage: current > 2 ? base : null,
    question: pageQuestion(current),
    ...((scope.kind === 'mine' || except?.scope.kind === 'mine') && ctx.asker
      ? { askedBy: ctx.asker.name }
      : {}),
    ...(progress ? { progressInFull: true } : {}),
    ...(singled
      ? { singled: { actionId: singled.id, organisationId: singled.organisationId } }
      : {}),
    ...(tally === 'risks' ? riskAtTheEnd(ctx, matching, questionText) : {}),
  };
}

/** The actions a list leaves out ("…that aren't signed off by People"), and the words for them. */
async function leftOut(
  ctx: AnswerContext,
  except: { scope: ActionScope; filter: ActionFilter },
): Promise<{ ids: Set<string>; label: (n: number) => string; all: (n: number) => string } | null> {
  const excluded = await selectInYear(ctx, except.scope, except.filter);
  if ('kind' in excluded) return null;
  const { scope } = except;
  const { filter } = excluded;
  const said = [
    scope.kind === 'mine' ? (scope.as ? `you lead as ${LEAD_WORDS[scope.as]}` : 'of yours') : null,
    filter.signOff ? `signed off by ${signOffCommittee(filter.signOff)}` : null,
    filter.period
      ? `${filter.status === 'closed' ? 'closed' : 'due'} ${filter.period.label}`
      : filter.status === 'closed' || filter.status === 'overdue'
        ? filter.status
        : null,
  ].filter((x): x is string => !!x);
  const what = said.length ? said.join(', ') : `for ${excluded.scoped.whose}`;
  return {
    ids: new Set(excluded.matching.map((a) => a.id)),
    // Said with how many it took out of the list asked for, not how many it picks everywhere.
    label: (n: number) => `the ${n} ${what}`,
    // Leaving out every one: "None: all 11 are yours."
    all: (n: number) => `None: all ${n} are ${what === 'of yours' ? 'yours' : what}.`,
  };
}

/** The date of an action a period asks about, by the status listed. */
const DATE_ASKED: Partial<Record<ActionFilter['status'], string>> = {
  'proposed-for-closure': 'closureProposal.supportedOn',
};

/** Fields that date an action's closure or its proposal, and the lists that ask those dates. */
const CLOSURE_DATE = /^closure/;
const ASKS_CLOSURES: ReadonlySet<ActionFilter['status']> = new Set([
  'closed',
  'proposed-for-closure',
]);

/**
 * A period asked of a list that a paper prints for some actions by mistake ("three in December 2026",
 * a mistyped year): said, with what the paper meant, so the question is answered rather than met with
 * "none".
 */
function misprintedIn(
  actions: readonly Action[],
  filter: ActionFilter,
  listed: readonly Action[],
): string[] {
  const { period } = filter;
  const to = period?.from ? (period.to ?? period.from) : null;
  const byMessage = new Map<string, string[]>();
  for (const a of actions)
    for (const d of a.dataQuality) {
      // A listed action's misprint of the very date asked about ("went to SEB in December", printed
      // "December 2026") is said too: the list answers by what the paper meant.
      if (listed.some((l) => l.id === a.id)) {
        if (d.field !== DATE_ASKED[filter.status]) continue;
        byMessage.set(d.message, [...(byMessage.get(d.message) ?? []), a.reference]);
        continue;
      }
      // With no period asked, only the listed actions' own misprints count; and a closure's date is no
      // answer to a list by due date ("what's coming due in the next 3 months?").
      if (CLOSURE_DATE.test(d.field) !== ASKS_CLOSURES.has(filter.status)) continue;
      const month = d.printed ? printedMonth(d.printed) : null;
      if (!month || !to || `${month}-01` > to || endOfMonth(`${month}-01`) < period!.from!)
        continue;
      byMessage.set(d.message, [...(byMessage.get(d.message) ?? []), a.reference]);
    }
  return [...byMessage].map(
    ([message, refs]) =>
      // The flag's own sentence first, then the actions it touches: "⚠ The report says … (Group BAF 2
      // action 2, …)", not a quotation of the misprint leading into it.
      `⚠ ${message.replace(/\.$/, '')} (${listInWords(refs)}).`,
  );
}

/**
 * Whether an action's log names this committee for its sign-off: "people" is People's; "finance and
 * performance" (the committee's full name) is the log's "Finance", and "finance" its "Finance".
 */
function signedOffBy(action: Action, committee: string): boolean {
  const printed = normalise(action.committeeSignOff ?? '');
  const asked = normalise(committee);
  if (!printed) return false;
  return printed.includes(asked) || new RegExp(`^${escapeRegExp(printed)}\\b`).test(asked);
}

/** How a list of actions is counted: by who signs them off, who leads them, their section or status. */
export const ACTION_TALLIES = [
  'sign-off',
  'leads',
  'sections',
  'statuses',
  'months',
  'risks',
  'first',
  'last',
] as const;
export type ActionTally = (typeof ACTION_TALLIES)[number];

const TALLY_LABEL: Record<Exclude<ActionTally, 'first' | 'last'>, string> = {
  'sign-off': 'Sign-off',
  leads: 'Leads',
  sections: 'By section',
  statuses: 'By status',
  months: 'By month',
  risks: 'By risk',
};

/** Counted by risk: the one risk with the most actions (or the fewest, when that is asked), if one. */
function riskAtTheEnd(
  ctx: AnswerContext,
  actions: readonly Action[],
  questionText: string,
): { singledRisk: RiskReference } | Record<string, never> {
  const counts = new Map<string, number>();
  for (const a of actions) if (a.riskId) counts.set(a.riskId, (counts.get(a.riskId) ?? 0) + 1);
  const sizes = [...counts.values()];
  const end = /\b(fewest|least|fewer)\b/.test(normalise(questionText))
    ? Math.min(...sizes)
    : Math.max(...sizes);
  const ids = [...counts].filter(([, n]) => n === end).map(([id]) => id);
  const risk = ids.length === 1 ? ctx.data.risks.find((r) => r.id === ids[0]) : undefined;
  return risk
    ? {
        singledRisk: {
          registerId: risk.registerId,
          number: risk.number ?? null,
          draft: risk.status === 'draft',
          text: risk.reference,
          by: risk.number ? 'number' : 'draft',
        },
      }
    : {};
}

/** The title of the section of its log an action sits in, if it has one. */
function sectionTitle(ctx: AnswerContext, a: Action): string | null {
  const log = ctx.data.logs.find((l) => l.id === a.logId);
  return log?.sections.find((s) => s.id === a.sectionId)?.title ?? null;
}

/**
 * Leads sharing an action, as one ("ACE/DCE, jointly the Acting Chief Executive and Deputy Chief
 * Executive"): the log's own short form first, as directors know it.
 */
function jointLeads(ctx: AnswerContext, a: Action): string {
  const titles = a.actionLeadRoleIds.map(
    (id) => ctx.data.roles.find((r) => r.id === id)?.title ?? id,
  );
  const joint = listInWords(titles);
  return a.printedActionLead ? `${a.printedActionLead}, jointly the ${joint}` : `${joint} jointly`;
}

/**
 * The month an action belongs to in a count by month: when its closure was put forward or made, for
 * closures ("10 in November 2025"); else the month it is due.
 */
function monthOf(a: Action): string {
  if (a.status === 'proposed-for-closure' && a.closureProposal)
    return a.closureProposal.supportedOn.printed;
  const iso = a.status === 'closed' && a.closure ? a.closure.closedOn.iso : effectiveDue(a).iso;
  if (a.status === 'closed' && a.closure && !iso) return a.closure.closedOn.printed;
  return iso ? formatMonth(iso) : 'no date given';
}

/**
 * Who signs off or leads these actions, as their log names it: "Sign-off: Strategy and Partnerships (all
 * 5)", "Leads: Director of Corporate Affairs (DoCA) (11); Director of Improvement (DoI) (5)".
 */
/** "Am I on track?", "are my actions on track overall?". */
const ON_TRACK_ASKED = /\bon track\b/;

/** Whether the asker's open actions are on track: none past its date, or how many are. */
function onTrackSaid(ctx: AnswerContext, open: readonly Action[]): string {
  if (!open.length) return 'Yes: you have no open actions.';
  const late = open.filter((a) => a.status === 'open' && daysOverdue(a, ctx.today) !== null).length;
  const n = (count: number) =>
    `${count} of your ${open.length} open action${open.length === 1 ? '' : 's'}`;
  return late
    ? `Not yet: ${n(late)} ${late === 1 ? 'is' : 'are'} past ${late === 1 ? 'its' : 'their'} due date.`
    : `Yes: none of your ${open.length} open action${open.length === 1 ? ' is' : 's is'} past its due date.`;
}

/**
 * An action's status as a breakdown counts it: open work told apart by whether it is delivered, past
 * its date or still to fall due ("how is the well-led plan going" is more than "Open (all 33)").
 */
function statusAsTallied(ctx: AnswerContext, a: Action): string {
  if (a.status !== 'open') return ACTION_STATUS_WORDS[a.status];
  if (a.deliveryStatus === 'delivered') return 'Open, delivered but not yet closed';
  return daysOverdue(a, ctx.today) !== null
    ? 'Open and overdue'
    : effectiveDue(a).iso
      ? 'Open, not yet due'
      : 'Open, no due date';
}

function tallyNote(
  ctx: AnswerContext,
  actions: readonly Action[],
  tally: Exclude<ActionTally, 'first' | 'last'>,
): string {
  const by = new Map<string, string[]>();
  // Leads sharing an action are counted together ("ACE and DCE jointly: 7"), not once each, which
  // would read as twice as many actions.
  const leadOf = (a: Action) => {
    const leads = a.actionLeadRoleIds.map((id) => rolesLabel(ctx.data, [id]) ?? id);
    return leads.length
      ? leads.length > 1
        ? jointLeads(ctx, a)
        : leads[0]!
      : (a.printedActionLead ?? 'no lead given');
  };
  for (const a of actions) {
    const names =
      tally === 'sign-off'
        ? [a.committeeSignOff ?? 'none named']
        : tally === 'sections'
          ? [sectionTitle(ctx, a) ?? 'no section']
          : tally === 'statuses'
            ? [statusAsTallied(ctx, a)]
            : tally === 'months'
              ? [monthOf(a)]
              : tally === 'risks'
                ? // (Only actions under a BAF risk are counted by risk.)
                  ctx.data.risks.filter((r) => r.id === a.riskId).map((r) => withItsTrust(ctx, r))
                : [leadOf(a)];
    for (const who of names) by.set(who, [...(by.get(who) ?? []), a.reference]);
  }
  if (tally === 'sign-off' && by.size === 1 && by.has('none named'))
    return 'The action log names no committee sign-off for these actions.';
  // The only one of its kind (one action to Finance) is named with its words.
  const onlyOne = (reference: string) => {
    const action = actions.find((a) => a.reference === reference);
    return action ? namedWithText(action) : reference;
  };
  // Sections in the log's own order; the rest, most first.
  const order = (name: string) =>
    ctx.data.logs.flatMap((l) => l.sections).findIndex((s) => s.title === name);
  const counted = [...by].sort((a, b) =>
    tally === 'sections' ? order(a[0]) - order(b[0]) : b[1].length - a[1].length,
  );
  // Sections keep the log's order, so which has most and fewest is said after them.
  const sizes = counted.map(([, refs]) => refs.length);
  const named = (n: number) =>
    listInWords(counted.filter(([, refs]) => refs.length === n).map(([who]) => who));
  // The one section with most, with whom its actions are led by: "…and who owns them?".
  const most = counted.filter(([, refs]) => refs.length === Math.max(...sizes));
  const mostLeads =
    tally === 'sections' && most.length === 1
      ? [...new Set(actions.filter((a) => most[0]![1].includes(a.reference)).map(leadOf))]
      : [];
  const ledBy = mostLeads.length
    ? `, ${mostLeads.length === 1 ? 'all ' : ''}led by ${listInWords(mostLeads)}`
    : '';
  const extremes =
    (tally === 'sections' || tally === 'months' || tally === 'risks') &&
    Math.max(...sizes) > Math.min(...sizes)
      ? ` Most: ${named(Math.max(...sizes))} (${Math.max(...sizes)}${ledBy}); fewest: ${named(Math.min(...sizes))} (${Math.min(...sizes)}).`
      : '';
  return `${tally === 'sections' ? whereTheyStand(ctx, actions) : ''}${TALLY_LABEL[tally]}: ${counted
    .map(([who, refs]) =>
      by.size === 1
        ? `${who} (${refs.length === 1 ? refs[0] : refs.length === 2 ? 'both' : `all ${refs.length}`})`
        : refs.length === 1 && (tally === 'sign-off' || tally === 'sections')
          ? `${who}: 1, ${onlyOne(refs[0]!)}`
          : `${who}: ${refs.length}${refs.length <= 2 ? ` (${refs.join(', ')})` : ''}`,
    )
    .join('; ')}.${extremes}`;
}

/**
 * A plan's actions in a sentence, before its sections ("what came out of the well-led review? give me
 * the gist"): "33 actions: 33 open, 33 past their due date; none has progress reported."
 */
function whereTheyStand(ctx: AnswerContext, actions: readonly Action[]): string {
  const open = actions.filter(isOpen);
  const late = open.filter((a) => daysOverdue(a, ctx.today) !== null).length;
  const reported = actions.filter((a) => a.progress.length > 0).length;
  const n = (count: number, one: string, many = `${one}s`) =>
    `${count} ${count === 1 ? one : many}`;
  return `${n(actions.length, 'action')}: ${open.length} open${late ? `, ${late} past ${late === 1 ? 'its' : 'their'} due date` : ''}${actions.length > open.length ? `, ${actions.length - open.length} closed or delivered` : ''}; ${reported ? `${n(reported, 'has', 'have')} progress reported` : 'none has progress reported'}. `;
}

async function findTarget(
  ctx: AnswerContext,
  target: ActionTarget,
): Promise<Stored<Action> | MessageAnswer | null> {
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
): Promise<{ action: Action } | { notFound: MessageAnswer }> {
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
  back?: string,
): Promise<ActionAnswer | MessageAnswer> {
  const found = await findAction(ctx, target);
  if ('notFound' in found) return found.notFound;
  const { action } = found;
  return {
    kind: 'action',
    action: asViewed(ctx, action),
    history: history ? historyViews(action) : null,
    notes: [],
    ...(back ? { back } : {}),
  };
}

/** How a part someone plays in actions is said: "as task lead only". */
const LEAD_WORDS = {
  'action-lead': 'action lead',
  'task-lead': 'task lead',
  'task-lead-only': 'task lead only',
} as const;

/** "Why is it late?": the original and revised dates, the reason given, and the latest progress notes. */
export async function answerActionDelay(
  ctx: AnswerContext,
  target: ActionTarget,
): Promise<ActionDelayAnswer | MessageAnswer> {
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
  // ("Why is FTSU 3 flagged?": what the ⚠ on its card says.)
  if (view.flags.length)
    notes.push(
      `Flagged (⚠) for the papers' own data: ${view.flags.map((f) => f.message).join(' ')}`,
    );
  const progress = [...action.progress]
    .reverse()
    .slice(0, 3)
    .map((p) => ({
      note: p.note,
      by: p.by.name,
      when: p.at ? formatDate(londonDateOf(p.at)) : (p.printedDate ?? null),
      private: !p.published,
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

/** The actions a list showed, in its order: one is picked by its place ("the second one"). */
const ShownActions = z.array(z.object({ actionId: Id, organisationId: Id })).max(ACTIONS_PER_PAGE);

/** "My overdue actions", "FTSU actions", "what has slipped". */
export const actionsList = kind(
  'actions.list',
  {
    scope: ActionScope,
    filter: ActionFilter,
    page: z.number().int().positive(),
    /**
     * Something asked of the list as a whole, said first: who signs them off ("which cttee signs off the
     * improvement actions") or who leads them ("which are overdue and who owns them").
     */
    tally: z.enum(ACTION_TALLIES).optional(),
    /** Left out of the list: the actions this scope and filter pick ("…that aren't due in May"). */
    except: z.object({ scope: ActionScope, filter: ActionFilter }).optional(),
    /** "What did I say last time?", "any progress logged?": each one's latest progress in full. */
    progress: z.boolean().optional(),
    /**
     * The actions the list showed, in its order, kept with the question as the conversation's subject:
     * "who leads the second one?" is about the second of them. Set after answering, never read in
     * answering.
     */
    shown: ShownActions.optional(),
    /** The action the list named on its own (due first or last, or the only one). Set after answering. */
    top: ShownActions.element.optional(),
  },
  (q, ctx, text) =>
    q.scope.kind === 'role' && !q.scope.roleIds.length
      ? ledByUnknownTitle(ctx, q.scope, q.filter, q.page, text)
      : answerActionList(
          ctx,
          q.scope,
          q.filter,
          q.page,
          text,
          q.tally ?? null,
          q.except ?? null,
          true,
          q.progress ?? false,
        ),
);

/** One action: "Well-Led FTSU 5", its history, or why it is late. */
export const actionDetail = kind(
  'action.detail',
  {
    target: ActionTarget,
    history: z.boolean(),
    /** "update Well-Led FTSU 5": open the action's progress card rather than its details. */
    update: z.boolean().optional(),
    /** "why is it late": the original and revised dates, the reason and the progress notes. */
    why: z.boolean().optional(),
    /** The list a History button was pressed on, for "Back to the list". */
    back: z.string().trim().min(1).max(500).optional(),
    /** The list it was picked from ("who leads the second one?"): "and the third?" picks again. */
    among: ShownActions.optional(),
  },
  (q, ctx) =>
    q.why ? answerActionDelay(ctx, q.target) : answerActionDetail(ctx, q.target, q.history, q.back),
);

/** The actions a question is about, found by their words, and what was asked of them. */
export interface ActionsAboutAnswer {
  kind: 'actions-about';
  /** "Actions about the digital transformation plan". */
  title: string;
  /** The answer in one sentence per action: its status, or who leads it. */
  statements: string[];
  actions: ActionView[];
  notes: string[];
}

/**
 * Two asks of the same actions ("who is leading the research strategy action and when is it due"):
 * one answer, each ask's sentence in turn, the actions shown once. Null when they are of different
 * actions.
 */
export function askedOfTheSame(
  a: ActionsAboutAnswer,
  b: ActionsAboutAnswer,
): ActionsAboutAnswer | null {
  const ids = (x: ActionsAboutAnswer) => x.actions.map((v) => v.id).join(' ');
  if (!a.actions.length || ids(a) !== ids(b)) return null;
  return {
    ...a,
    statements: [...a.statements, ...b.statements.filter((s) => !a.statements.includes(s))],
    notes: [...a.notes, ...b.notes.filter((n) => !a.notes.includes(n))],
  };
}

/**
 * Where an action stands, in words: "open, reported delivered", "closed", "12 days overdue", with its
 * latest progress note, or else what the register prints as progress beside it.
 */
function standing(ctx: AnswerContext, action: Action, view: ActionView): string {
  if (action.status === 'closed') return 'closed';
  if (action.status === 'proposed-for-closure')
    // ("Supported for closure by the Group Strategic Executive Board in November 2025; for approval
    // by the Group Trust Board on 29 January 2026.")
    return view.closureProposal
      ? `proposed for closure: ${view.closureProposal.replace(/\.$/, '').replace(/^S/, 's')}`
      : 'proposed for closure, waiting for the board secretary';
  const overdue = daysOverdue(action, ctx.today);
  const key = action.deliveryStatus
    ? DELIVERY_KEY_WORDS[action.deliveryStatus].toLowerCase()
    : null;
  const latest = view.latestProgress;
  // A progress note is private to the places its card may go (the card shows it there); the
  // register's progress column is the paper's own words.
  // (A note the papers published is theirs to quote, as the register's column is: "Group SEB Jan 26 -
  // approved" settles "has it been signed off?".)
  const quoted = latest && !latest.private && latest.note.length <= 200 ? `: “${latest.note}”` : '';
  const progress = latest
    ? `progress last noted ${latest.when ? `${/^\d/.test(latest.when) ? 'on' : 'in'} ${latest.when}` : 'on its card'}${quoted}`
    : view.registerProgress.length && view.registerProgress.join(' ') !== action.revisedDue?.reason
      ? `the register’s progress column for ${rowOf(action.area ?? null)} reads “${asSentences(view.registerProgress)}”`
      : null;
  return [
    'still open',
    key ? `its lead reports it ${key}` : null,
    progress ?? (key ? null : 'no progress reported yet'),
    overdue !== null ? `${overdue} day${overdue === 1 ? '' : 's'} past its due date` : null,
    // Where it goes to be signed off, when its log says: who will see its progress.
    view.committeeSignOff ? `sign-off committee: ${view.committeeSignOff}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

/** A risk search score reached only when a risk's own title or key words hold the words. */
const DESCRIBES_A_RISK = 100;

/** The risk whose own title or key words `words` describe, when one clearly is. */
function riskDescribedBy(ctx: AnswerContext, words: string): RiskReference | null {
  // Its title or key words hold several of them, and it stands clear of the next risk: a passing
  // word or two ("patients", "safe") describes no risk in particular.
  const [hit, next] = ctx.passages.search(words, { kinds: ['risk'], limit: 2 });
  const clear =
    !!hit &&
    hit.titleMatch &&
    hit.wordsMatched >= 2 &&
    hit.score >= DESCRIBES_A_RISK &&
    hit.score >= (next?.score ?? 0) * 1.3;
  const risk = clear ? ctx.data.risks.find((r) => r.id === hit.doc.riskId) : undefined;
  return risk
    ? {
        registerId: risk.registerId,
        number: risk.number,
        draft: risk.status === 'draft',
        text: words,
        by: 'topic',
      }
    : null;
}

/**
 * "Has the digital transformation plan been signed off?", "who has the green plan funding gap
 * analysis?": the actions whose own words match, each with where it stands or who leads it (and who
 * holds that role). None matching is said plainly.
 */
export async function answerActionsAbout(
  ctx: AnswerContext,
  words: string,
  ask: 'status' | 'lead' | 'task-lead' | 'due',
  period: Period | null = null,
  within: ActionNarrowing | null = null,
  overdueOnly = false,
  /** "Is that mine?": whether the asker leads it, said first. */
  mineAsked = false,
  /** "Has it been signed off?": yes or no said first. */
  signOffAsked = false,
  /** "Was it due June 2025?": whether it is due in `period`, said first. */
  periodClaimed = false,
): Promise<
  ActionsAboutAnswer | (ActionListAnswer & ReadAs) | (SearchAnswer & ReadAs) | MessageAnswer
> {
  const all = (await ctx.store.findActions({})).map((a) => a.value);
  const overdue = new Set(all.filter((a) => daysOverdue(a, ctx.today) !== null).map((a) => a.id));
  const scoped = within && within.kind !== 'topic' ? await actionsInScope(ctx, within) : null;
  if (scoped && 'kind' in scoped) return scoped;
  const inScope = scoped ? new Set(scoped.actions.map((a) => a.value.id)) : null;
  // A short form and the words it stands for are one thing asked ("NEDs", "non executive directors").
  const askedGroups = spelledOutGroups(contentWords(normalise(words))).map((g) => g.map(stem));
  const half = (h: SearchHit) => {
    const hit = new Set(h.matched.map((w) => stem(normalise(w))));
    return askedGroups.filter((g) => g.some((w) => hit.has(w))).length * 2 >= askedGroups.length;
  };
  const searched = (await ctx.actionPassages())
    .search(words, { kinds: ['action'], limit: inScope ? 200 : 10 })
    .filter((h) => h.titleMatch && (h.wordsMatched * 2 >= h.wordsAsked || half(h)))
    .filter((h) => !overdueOnly || overdue.has(h.doc.actionId ?? ''));
  // An action whose own words hold every word asked ("Develop and deliver Innovation Strategy") beats
  // one that matches some of them through its area or heading.
  const asked = contentWords(normalise(words)).map(stem);
  const textOf = new Map(all.map((a) => [a.id, a.text]));
  const whole = (h: (typeof searched)[number]) =>
    holdsEvery(textOf.get(h.doc.actionId ?? '') ?? '', asked);
  // (Within one log, only actions found by a word asked: "anything on digital in the well-led plan" is
  // none, not the actions a synonym's word finds.)
  const inside = searched.filter(
    (h) => !inScope || (inScope.has(h.doc.actionId ?? '') && matchedAsAsked(h.matched, words)),
  );
  // (Scoped by the risk talked about, "the long-term financial strategy action" is still the one
  // whose words it is, elsewhere, when none there has them all.)
  const elsewhere = within?.kind === 'risk' && !inside.some(whole) ? searched.filter(whole) : [];
  const matching = (elsewhere.length ? elsewhere : inside).slice(0, 10);
  if (overdueOnly && !matching.length)
    return {
      kind: 'message',
      title: `None of the actions about ${words} is overdue`,
      text: `As at ${formatDate(ctx.today)}, every action about ${words} is closed, not yet due or has no due date.`,
      suggestions: [],
    };
  // "The staff survey action due in 2027": of the actions about it, those due then.
  const dueThen = period
    ? matching.filter((h) =>
        all.some((a) => {
          const due = effectiveDue(a).iso;
          return (
            a.id === h.doc.actionId &&
            !!due &&
            due >= (period.from ?? '0000-01-01') &&
            due <= (period.to ?? '9999-12-31')
          );
        }),
      )
    : [];
  const pool = dueThen.length ? dueThen : matching;
  const hits = pool.some(whole) ? pool.filter(whole) : pool;
  const best = hits[0]?.score ?? 0;
  const ids = withSteps(
    hits
      .filter((h) => h.score >= best * 0.6)
      .slice(0, 5)
      .map((h) => h.doc.actionId),
    all,
    asked,
  );
  if (!ids.length && scoped) {
    // "The recovery plan action on BAF 3", no register named: the same number on another register
    // whose actions hold the words (an LPT director's "BAF 3" is often LPT's).
    if (within?.kind === 'risk' && within.risk.registerId === null)
      for (const register of ctx.data.registers) {
        const risk = { ...within.risk, registerId: register.id };
        const there = await answerActionsAbout(
          ctx,
          words,
          ask,
          period,
          { ...within, risk },
          overdueOnly,
        );
        if (there.kind !== 'message') return there;
      }
    return {
      kind: 'message',
      title: `No action in ${scoped.whose} is about ${words}`,
      text: `None of the actions in ${scoped.whose} is about ${words}. Ask "who leads the ${words} action" to look in every log.`,
      suggestions: [`Who leads the ${words} action?`, `Anything on ${words}?`],
    };
  }
  // "Who is leading the work to keep services running in an emergency?": no action says so in those
  // words, but a risk is about them: who carries that risk's actions.
  const described =
    !ids.length && (ask === 'lead' || ask === 'task-lead') && !scoped
      ? riskDescribedBy(ctx, words)
      : null;
  if (described) {
    const list = await answerActionList(
      ctx,
      { kind: 'risk', risk: described },
      { status: 'open', period: null },
      1,
      '',
      'leads',
    );
    return list.kind === 'action-list'
      ? {
          ...list,
          readAs:
            'No action uses those words: these are the open actions of the risk they describe, with who leads them.',
        }
      : list;
  }
  // No action about it ("who leads Op Courage?"): where the papers mention it, which is where its lead
  // is named, when they do; else said so. So too when actions hold only some of several words and a
  // passage of the papers holds them all ("when were the provider capability assessment submissions
  // due": the minutes say, not an action on self-assessment under a provider risk).
  const partial =
    ids.length > 0 &&
    !scoped &&
    askedGroups.length >= 3 &&
    !matching.some((h) => h.wordsMatched * 2 > h.wordsAsked);
  const mentioned =
    ids.length && !partial ? null : await answerSearch(ctx, words, 'topic', null, []);
  if (partial && mentioned?.kind === 'search' && mentioned.hits.length > 0 && !mentioned.partly)
    return {
      ...mentioned,
      readAs: `No action in the logs is about all of ${words}. Where the papers mention it:`,
    };
  if (!ids.length && mentioned?.kind === 'search' && mentioned.hits.length && !mentioned.partly)
    return {
      ...mentioned,
      readAs: `No action in the logs is about ${words}. Where the papers mention it:`,
    };
  if (!ids.length)
    return {
      kind: 'message',
      title: `No action in the logs is about ${words}`,
      text: `The action logs Board Clerk holds do not have an action about ${words}. Ask "anything on ${words}" to see where the papers mention it.`,
      suggestions: [`Anything on ${words}?`],
    };
  const found = ids.flatMap((id) => all.filter((a) => a.id === id));
  // Each action's view is made once: its standing, its leads and its card all read from it.
  const views = new Map(found.map((a) => [a.id, asViewed(ctx, a)]));
  const statements = found.map((a) => {
    const named = namedWithWordsAsked(a, askedGroups);
    const view = views.get(a.id)!;
    // ("…is that mine? when was it due?": whether it is the asker's, said first, whatever is asked.)
    const whose = mineAsked ? whetherMine(ctx, a) : '';
    if (ask === 'status') return `${whose}${named} is ${standing(ctx, a, view)}.`;
    if (ask === 'due') {
      const due = effectiveDue(a);
      const printed = a.revisedDue?.printed ?? a.originalDue?.printed ?? null;
      // A revised date says what it was and why it moved: "has it slipped?" is answered by it.
      // (A reason given in Board Clerk is private: the card shows it to those who may see it.)
      const revision =
        due.revised && a.revisedDue
          ? ` (a revised date${a.originalDue?.iso ? `, first due ${shownAsPrinted({ printed: a.originalDue.printed, iso: a.originalDue.iso })}` : ''}${revisionReasonPrivate(a.revisedDue) ? '' : `: “${a.revisedDue.reason}”`})`
          : '';
      // ("Q3 24/25 (read as 31 December 2024)": an interpreted date as the domain describes it.)
      return `${whose}${named} is ${
        due.iso
          ? due.interpreted && !revision
            ? describeDue(a)
            : `due ${dueShown(a) ?? formatDate(due.iso)}${revision || printedBeyondDate(a)}`
          : printed
            ? `due “${printed}”, as printed`
            : 'not given a due date in its log'
      }; ${standing(ctx, a, view)}.`;
    }
    const holdersOf = (roleIds: readonly string[]) =>
      ctx.data.people.filter((p) =>
        rolesHeldBy(p, ctx.data.roles).some((r) => roleIds.includes(r)),
      );
    const holding = holdersOf(a.actionLeadRoleIds);
    // Who holds some roles, in words: " (held by Claire Dunn)", or nothing when nobody in the directory does.
    const heldIn = (roleIds: readonly string[]) => {
      const by = holdersOf(roleIds);
      return by.length
        ? ` (held by ${listInWords(by.map((p) => `${p.name}${p.id === ctx.asker?.id ? ' (you)' : ''}`))})`
        : '';
    };
    // "Is that on me?": the asker among them is said to be. Of two roles, each holder with theirs, in
    // the roles' order ("Tom Hadley (LPT Medical Director) and Hannah Lowe (Director of Strategy)").
    const holderNamed = (p: (typeof holding)[number]) =>
      `${p.name}${p.id === ctx.asker?.id ? ' (you)' : ''}`;
    const holders =
      a.actionLeadRoleIds.length > 1
        ? a.actionLeadRoleIds.flatMap((roleId) =>
            holding
              .filter((p) => rolesHeldBy(p, ctx.data.roles).includes(roleId))
              .map(
                (p) =>
                  `${p.name} (${p.id === ctx.asker?.id ? 'you, ' : ''}${rolesLabel(ctx.data, [roleId]) ?? roleId})`,
              ),
          )
        : holding.map(holderNamed);
    // Who holds the role now, said apart from the name the paper printed, so two names for one action
    // are not read as two leads.
    const heldBy = holders.length
      ? `; ${holding.every((p) => p.isDemo) ? 'in the demo directory' : 'in Board Clerk’s directory'} ${a.actionLeadRoleIds.length > 1 ? 'the roles are' : 'the role is'} held by ${listInWords(holders)}`
      : '';
    const leads = view.leads;
    // "Who's task lead?": the task lead first, and who holds the role; the action lead after.
    if (ask === 'task-lead')
      return !view.taskLeads
        ? `${named} names no task lead; its action lead is ${leads || 'not named either'}${heldIn(a.actionLeadRoleIds)}.`
        : view.taskLeads === leads
          ? `The task lead on ${named} is also its action lead: ${leads}${heldIn(a.taskLeadRoleIds)}.`
          : `The task lead on ${named} is ${view.taskLeads}${heldIn(a.taskLeadRoleIds)}; its action lead is ${leads || 'not named'}.`;
    // The action lead answers for it; a task lead named beside them does the work ("task lead: DoCA").
    const task = view.taskLeads && view.taskLeads !== leads ? `; task lead: ${view.taskLeads}` : '';
    // The lead as the paper prints it, where it differs from the roles' names ("Medical Director &
    // Director of Strategy") and the label does not already give it.
    const asPrinted = a.printedActionLead ?? '';
    const printed =
      asPrinted && !leads.includes(asPrinted) ? ` (the paper names “${asPrinted}”)` : '';
    // Who leads it, and by when: the next thing asked of a lead.
    const dueIso = effectiveDue(a).iso;
    const due =
      dueIso && isOpen(a)
        ? `; due ${dueShown(a) ?? formatDate(dueIso)}${printedBeyondDate(a)}`
        : '';
    if (!a.actionLeadRoleIds.length && !a.printedActionLead)
      return `${named} has no lead named in its log${due}.`;
    return `${whose}${named} is led by ${leads}${printed}${heldBy}${task}${due}.`;
  });
  return {
    kind: 'actions-about',
    // One action found: what was asked of it ("When LPT BAF 01 action 6 is due"); several: the words
    // they were found by, as typed.
    title:
      found.length === 1
        ? `${{ due: 'When', lead: 'Who leads', 'task-lead': 'Who is task lead on', status: 'Where' }[ask]} ${found[0]!.reference} ${{ due: 'is due', lead: '', 'task-lead': '', status: 'stands' }[ask]}`.trim()
        : `Actions about “${words}”`,
    // "Is it overdue?" of one action: yes, said first; "has it been signed off?": yes or no first.
    statements:
      overdueOnly && found.length === 1
        ? [`Yes: ${statements[0]}`]
        : signOffAsked && found.length === 1
          ? [`${signOffVerdict(found[0]!, views.get(found[0]!.id)!)} ${statements[0]}`]
          : periodClaimed && period && found.length === 1
            ? [`${dueInVerdict(found[0]!, period)} ${statements[0]}`]
            : statements,
    actions: found.map((a) => views.get(a.id)!),
    notes:
      found.length > 1 ? [`${found.length} actions match ${words}; the closest is first.`] : [],
  };
}

/**
 * "My board skills gaps action was due June 2025?", "I had that down for August 24?": whether the
 * date the asker believes is the action's (its revised date, if it has one), said first.
 */
function dueInVerdict(action: Action, period: Period): string {
  const due = effectiveDue(action).iso;
  if (!due) return `Not that its log says: it gives no date for ${period.label}.`;
  const within = due >= (period.from ?? '0000-01-01') && due <= (period.to ?? '9999-12-31');
  return within ? `Yes, ${period.label}.` : `No, not ${period.label}:`;
}

/** Approval in a note's words: "Group SEB Jan 26 - approved", "signed off at F&P". */
const APPROVAL_NOTED = /\b(approved|signed off|signed-off|ratified|endorsed|agreed by)\b/i;

/**
 * "Has the digital transformation plan been signed off?": yes when the action is closed or its
 * published progress (or the register's progress column) records approval; else no such record.
 */
function signOffVerdict(action: Action, view: ActionView): string {
  if (action.status === 'closed') return 'Yes: it is closed.';
  const latest = view.latestProgress;
  const noted = [...(latest && !latest.private ? [latest.note] : []), ...view.registerProgress];
  // (The note itself is quoted in the statement that follows.)
  return noted.some((n) => APPROVAL_NOTED.test(n))
    ? 'Yes, its progress records it approved, though the action is not yet closed.'
    : 'Not that its papers record: no approval is noted against it.';
}

/**
 * Two pieces of work, each found by its words, and which is due first: "my digital strategy action vs
 * the innovation strategy one, which was due first?" Where one is not found, the other is answered.
 */
async function answerWhichDueFirst(
  ctx: AnswerContext,
  words: string,
  versus: string,
): ReturnType<typeof answerActionsAbout> {
  const [a, b] = await Promise.all([
    answerActionsAbout(ctx, words, 'due'),
    answerActionsAbout(ctx, versus, 'due'),
  ]);
  if (a.kind !== 'actions-about' || b.kind !== 'actions-about')
    return a.kind === 'actions-about' ? a : b;
  const [x, y] = [a.actions[0]!, b.actions[0]!];
  const dated = [x, y].filter((v) => v.dueIso);
  const verdict =
    x.id === y.id
      ? `Both descriptions find one action, ${x.reference}.`
      : dated.length < 2
        ? `${dated.length ? (dated[0] === x ? y : x).reference : 'Neither'} has no due date in its log, so which is due first cannot be said.`
        : x.dueIso === y.dueIso
          ? `Both are due on the same day: ${formatDate(x.dueIso!)}.`
          : (() => {
              const [first, then] = x.dueIso! < y.dueIso! ? [x, y] : [y, x];
              return `${first.reference} is due first: ${formatDate(first.dueIso!)}, against ${formatDate(then.dueIso!)} for ${then.reference}.`;
            })();
  return {
    kind: 'actions-about',
    title: `Which is due first: ${x.reference} or ${y.reference}`,
    statements: [verdict, a.statements[0]!, ...(x.id === y.id ? [] : [b.statements[0]!])],
    actions: x.id === y.id ? [x] : [x, y],
    notes: [],
  };
}

/**
 * "Is that mine?" of one action: yes as its lead, yes as (one of) its task leads, or no. A role held
 * among a group named as lead ("All Exec Dirs.") is said to be so.
 */
function whetherMine(ctx: AnswerContext, a: Action): string {
  if (!ctx.asker) return '';
  const held = new Set(rolesHeldBy(ctx.asker, ctx.data.roles));
  const byGroup = (ids: readonly string[]) =>
    ids.some((id) => held.has(id) && !ctx.asker!.roleIds.includes(id));
  if (a.actionLeadRoleIds.some((id) => held.has(id)))
    return `Yes: you are its lead${byGroup(a.actionLeadRoleIds) ? `, as one of ${rolesLabel(ctx.data, a.actionLeadRoleIds)}` : ''}. `;
  if (a.taskLeadRoleIds.some((id) => held.has(id)))
    return `Yes, as task lead${byGroup(a.taskLeadRoleIds) ? `: you are one of ${rolesLabel(ctx.data, a.taskLeadRoleIds)}` : ''}; not its action lead. `;
  return 'No: none of your roles leads it. ';
}

/**
 * "Has the digital transformation plan been signed off?", "who is leading the research strategy?",
 * "when is the staff survey action due?"
 */
export const actionsAbout = kind(
  'actions.about',
  {
    words: Text,
    ask: z.enum(['status', 'lead', 'task-lead', 'due']),
    /** Only those due in a period, when the question names one and some are. */
    period: Period.nullable().optional(),
    /** Only the actions of one register, log or risk: "the innovation strategy on group baf 3". */
    within: ActionNarrowing.nullable().optional(),
    /** Only those overdue: "which of those are past their due date?" after the actions about it. */
    overdue: z.boolean().optional(),
    /** "Is that mine?": whether the asker leads it, said first. */
    mine: z.boolean().optional(),
    /** "Has it been signed off?": yes or no said first, by its status and its progress's words. */
    signedOff: z.boolean().optional(),
    /** "Was it due June 2025?": the period is the date the asker believes, said yes or no first. */
    periodClaimed: z.boolean().optional(),
    /** "My digital strategy action vs the innovation strategy one: which was due first?" */
    versus: Text.optional(),
  },
  (q, ctx) =>
    q.versus
      ? answerWhichDueFirst(ctx, q.words, q.versus)
      : answerActionsAbout(
          ctx,
          q.words,
          q.ask,
          q.period ?? null,
          q.within ?? null,
          q.overdue ?? false,
          q.mine ?? false,
          q.signedOff ?? false,
          q.periodClaimed ?? false,
        ),
);
