import { type AnyVerb, type Pressed, type View, VERBS } from '../../cards';
import { readBriefAsk, type BriefAsk, type Briefs } from '../briefs';
import type { ChannelRef } from '../domain/delivery';
import type { Logger } from '../log';
import type { Progress } from '../progress';
import type { Question, Questions } from '../questions';
import type { InstallationService, SecretaryDesk } from '../reminders';
import type { Request } from '../shared/request';

/**
 * The route table: every way into Board Clerk — a typed message, a card button (Action.Execute or its
 * Action.Submit fallback), an install or channel change — is one entry here, with a selector and a
 * handler that takes the `Request` and returns a view. The first match by rank wins. Read top to bottom,
 * the table is the product's menu.
 */

/** What the handlers use: the features, and the few lookups only the Teams edge can make. */
export interface RouteContext {
  questions: Questions;
  progress: Progress;
  briefs: Briefs;
  desk: SecretaryDesk;
  installations: InstallationService;
  teams: {
    /** The team's channels as Teams reports them now (undefined when Teams cannot say). */
    channels(): Promise<ChannelRef[] | undefined>;
    /** A chat or team small enough to greet when the app is added. */
    isSmall(): Promise<boolean>;
  };
  log: Logger;
}

type Handle = (context: RouteContext) => Promise<View | null>;

export interface Route {
  name: string;
  /** Lower ranks are tried first. */
  rank: number;
  /**
   * Only in a personal chat (secretary tools list people's chats and private business): anywhere else
   * the person is told to open it there. The words name the tool.
   */
  personalOnly?: string;
  /** The handler to run when this route takes the request, or null when it does not. */
  select(request: Request, question: Question | null): Handle | null;
}

/** A typed message, once read: selected on what it asks. */
function ask(
  name: string,
  rank: number,
  when: (question: Question) => boolean,
  handle: (request: Request, question: Question, context: RouteContext) => Promise<View | null>,
  options: { personalOnly?: string } = {},
): Route {
  return {
    name,
    rank,
    ...options,
    select: (request, question) =>
      request.input.kind === 'text' && question && when(question)
        ? (context) => handle(request, question, context)
        : null,
  };
}

/** Each message is read for briefs once, however many routes ask. */
const briefAsks = new WeakMap<Request, BriefAsk | null>();
function briefAskOf(request: Request): BriefAsk | null {
  if (request.input.kind !== 'text') return null;
  if (!briefAsks.has(request))
    briefAsks.set(request, readBriefAsk(request.input.text, request.now));
  return briefAsks.get(request) ?? null;
}

/**
 * A message about briefs ("brief me", "stop briefs", "brief for Jane Doe"), selected on its text before
 * the question reader's reading: the briefs feature reads its own phrases.
 */
function brief(
  name: string,
  rank: number,
  when: (ask: BriefAsk) => boolean,
  options: { personalOnly?: string } = {},
): Route {
  return {
    name,
    rank,
    ...options,
    select: (request) => {
      const ask = briefAskOf(request);
      return ask && when(ask) ? ({ briefs }) => briefs.answer(request, ask) : null;
    },
  };
}

/** A card button: selected on its verb, its data parsed with the verb's own schema. */
function press<V extends AnyVerb>(
  verb: V,
  rank: number,
  handle: (request: Request, pressed: Pressed<V>, context: RouteContext) => Promise<View | null>,
  options: { personalOnly?: string } = {},
): Route {
  return {
    name: `button ${verb.name}`,
    rank,
    ...options,
    select: (request) => {
      if (request.input.kind !== 'button' || request.input.verb !== verb.name) return null;
      const parsed = verb.payload.safeParse(request.input.data);
      if (!parsed.success) return null;
      return (context) => handle(request, parsed.data as Pressed<V>, context);
    },
  };
}

/** The app added or removed, or a team's channels changed. */
function installation(
  name: string,
  rank: number,
  change: 'added' | 'installed' | 'removed' | 'channels',
  handle: (request: Request, context: RouteContext) => Promise<View | null>,
): Route {
  return {
    name,
    rank,
    select: (request) =>
      request.input.kind === 'installation' && request.input.change === change
        ? (context) => handle(request, context)
        : null,
  };
}

const SECRETARY_TOOLS = 'Secretary tools';

async function recordInstall(request: Request, context: RouteContext): Promise<void> {
  const facts = request.where.conversation;
  if (!facts) return;
  await context.installations.installed(
    facts,
    facts.teamId ? await context.teams.channels() : undefined,
  );
}

export const ROUTES: readonly Route[] = [
  // Typed messages.
  brief('a pre-meeting brief, or stop / start briefs', 5, (ask) => ask.kind !== 'preview'),
  brief("a secretary's preview of a member's brief", 6, (ask) => ask.kind === 'preview', {
    personalOnly: SECRETARY_TOOLS,
  }),
  ask(
    'secretary command',
    10,
    (q) => q.intent === 'secretary',
    (request, q, { desk }) =>
      q.intent === 'secretary' ? desk.command(request, q.command) : Promise.resolve(null),
    { personalOnly: SECRETARY_TOOLS },
  ),
  ask(
    'unanswered questions',
    15,
    (q) => q.intent === 'unanswered',
    (request, q, { questions }) => questions.answer(request, q),
    { personalOnly: 'Unanswered questions' },
  ),
  ask(
    'update an action by its reference',
    20,
    (q) => q.intent === 'action.detail' && !!q.update,
    async (request, q, { questions, progress }) => {
      if (q.intent !== 'action.detail') return null;
      const found = await questions.findAction(request, q.target);
      if ('notFound' in found) return found.notFound;
      return progress.open(request, {
        actionId: found.action.id,
        organisationId: found.action.organisationId,
      });
    },
  ),
  ask(
    'a question about the papers',
    90,
    () => true,
    (request, q, { questions }) =>
      questions.answer(request, q, request.input.kind === 'text' ? request.input.text : ''),
  ),

  // Card buttons.
  press(VERBS.ask, 100, async (request, { question }, { questions }) =>
    questions.answer(request, await questions.read(request, question), question),
  ),
  press(VERBS.openAction, 110, (request, ref, { progress }) => progress.open(request, ref)),
  press(VERBS.refreshAction, 111, (request, ref, { progress }) => progress.open(request, ref)),
  press(VERBS.actionHistory, 112, (request, ref, { questions }) =>
    questions.answer(request, {
      intent: 'action.detail',
      target: { kind: 'id', actionId: ref.actionId, organisationId: ref.organisationId },
      history: true,
    }),
  ),
  press(VERBS.saveProgress, 120, (request, saving, { progress }) =>
    progress.save(request, saving, {
      note: saving.note ?? '',
      deliveryStatus: saving.deliveryStatus ?? null,
      revisedDue: saving.revisedDue ?? null,
      revisedDueReason: saving.revisedDueReason ?? null,
      proposeClosure: saving.proposeClosure,
    }),
  ),
  press(VERBS.approveClosure, 130, (request, saving, { progress }) =>
    progress.decideClosure(request, saving, {
      approve: true,
      note: saving.closureNote?.trim() || null,
    }),
  ),
  press(VERBS.returnClosure, 131, (request, saving, { progress }) =>
    progress.decideClosure(request, saving, { approve: false, reason: saving.reason }),
  ),
  press(VERBS.newMeeting, 140, (request, _p, { desk }) => desk.meetingForm(request, null), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(
    VERBS.editMeeting,
    141,
    // Without a meeting named (an "Edit a meeting" button), the secretary chooses one first.
    (request, { meetingId }, { desk }) =>
      meetingId ? desk.meetingForm(request, meetingId) : desk.chooseMeeting(request),
    { personalOnly: SECRETARY_TOOLS },
  ),
  press(VERBS.saveMeeting, 142, (request, form, { desk }) => desk.saveMeeting(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(
    VERBS.editAgenda,
    143,
    (request, { meetingId }, { desk }) => desk.agendaForm(request, meetingId ?? null),
    { personalOnly: SECRETARY_TOOLS },
  ),
  press(VERBS.addAgendaItem, 144, (request, form, { desk }) => desk.addAgendaItem(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(VERBS.saveAgenda, 145, (request, form, { desk }) => desk.saveAgenda(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(VERBS.composeBroadcast, 150, (request, form, { desk }) => desk.compose(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(VERBS.previewBroadcast, 151, (request, form, { desk }) => desk.preview(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(VERBS.sendBroadcast, 152, (request, form, { desk }) => desk.send(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(VERBS.cancelBroadcast, 153, (request, { jobId }, { desk }) => desk.cancel(request, jobId), {
    personalOnly: SECRETARY_TOOLS,
  }),

  // Where the app is installed.
  installation('app added', 200, 'added', async (request, context) => {
    await recordInstall(request, context);
    // Always greet in a personal chat; in a team or group chat only when it is small.
    if (request.where.kind !== 'personal' && !(await context.teams.isSmall())) {
      context.log.info(
        { conversationId: request.where.conversationId },
        'no welcome: large team or chat',
      );
      return null;
    }
    return context.questions.welcome(request);
  }),
  // Teams also sends an install notice; recording an install twice is harmless.
  installation('app installed', 201, 'installed', async (request, context) => {
    await recordInstall(request, context);
    return null;
  }),
  installation('app removed', 202, 'removed', async (request, { installations }) => {
    if (request.where.conversation) await installations.removed(request.where.conversation);
    return null;
  }),
  installation('channels changed', 203, 'channels', async (request, context) => {
    const facts = request.where.conversation;
    if (!facts) return null;
    const channels = facts.teamId ? await context.teams.channels() : undefined;
    if (channels) await context.installations.channelsChanged(facts, channels);
    else await context.installations.installed(facts);
    return null;
  }),
];

const ORDERED = [...ROUTES].sort((a, b) => a.rank - b.rank);

export type Routed =
  { route: Route; handle: Handle } | { route: Route; personalOnly: string } | { route: null };

/** The first route that takes the request; a personal-only route elsewhere says so instead. */
export function routeFor(request: Request, question: Question | null): Routed {
  for (const route of ORDERED) {
    const handle = route.select(request, question);
    if (!handle) continue;
    if (route.personalOnly && request.where.kind !== 'personal')
      return { route, personalOnly: route.personalOnly };
    return { route, handle };
  }
  return { route: null };
}
