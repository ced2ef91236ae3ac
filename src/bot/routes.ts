import { type AnyVerb, type Pressed, type View, VERBS } from '../../cards';
import { readBriefAsk, type BriefAsk, type Briefs } from '../briefs';
import type { ChannelRef, ConversationRecord } from '../domain/delivery';
import { readImportAsk, type ImportAsk, type ImportsFeature, type TeamMember } from '../imports';
import type { ChoiceOption } from '../imports/views';
import { offeredAt } from '../imports/exporting';
import type { Logger } from '../log';
import type { Progress } from '../progress';
import {
  SEARCH_COMMANDS,
  type Question,
  type Questions,
  type SearchCommand,
  type SearchResultView,
} from '../questions';
import type { InstallationService, RefusalView, SecretaryDesk } from '../reminders';
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
  imports: ImportsFeature;
  teams: {
    /** The team's channels as Teams reports them now (undefined when Teams cannot say). */
    channels(): Promise<ChannelRef[] | undefined>;
    /** A chat or team small enough to greet when the app is added. */
    isSmall(): Promise<boolean>;
    /** Downloads a file a person sent (its own bounds: https, size, time); a refusal in words. */
    download(url: string): Promise<Uint8Array | { refusal: string }>;
    /** An installed team's members (paged, bounded); undefined when Teams cannot say. */
    members(teamId: string): Promise<TeamMember[] | undefined>;
    /** Uploads an accepted file to the URL Teams gave, then shows it in the chat. */
    sendFile(
      upload: NonNullable<Extract<Request['input'], { kind: 'fileConsent' }>['upload']>,
      bytes: Uint8Array,
    ): Promise<{ ok: true } | { refusal: string }>;
    /** Posts a view to a channel of an installed team (drawn by the outbox for a shared audience). */
    post(conversation: ConversationRecord, channelId: string, view: View): Promise<void>;
    /** A link that opens Board Clerk's chat with this text ready to send. */
    chatLink(text: string): string;
  };
  log: Logger;
}

/** A search from the compose box answered: what it found, for the edge to draw as a results list. */
export interface SearchResults {
  kind: 'search-results';
  results: SearchResultView[];
}

/** What a handler returns: a view to show, or a search's results. */
export type Reply = View | SearchResults;

type Handle = (context: RouteContext) => Promise<Reply | null>;

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

/**
 * A search from the compose box, by the manifest's command: what the questions feature finds for the
 * text typed so far, each result with the link that opens it in Board Clerk.
 */
function search(command: SearchCommand, rank: number): Route {
  return {
    name: `search ${command}`,
    rank,
    select: (request) =>
      request.input.kind === 'search' && request.input.command === command
        ? async ({ questions, teams }) => ({
            kind: 'search-results',
            results: (
              await questions.search(
                request,
                command,
                request.input.kind === 'search' ? request.input.query : '',
              )
            ).map((result) => ({ ...result, openUrl: teams.chatLink(result.ask) })),
          })
        : null,
  };
}

const SECRETARY_TOOLS = 'Secretary tools';
const NOT_A_SECRETARY: RefusalView = { kind: 'refusal', what: "use the board secretary's tools" };
const IMPORTS = 'Importing and exporting spreadsheets';
const ROLES = 'Roles';

/** A typed request the imports feature reads with its own matcher (before the general question). */
function importAsk<A extends ImportAsk['ask']>(
  name: string,
  rank: number,
  ask: A,
  handle: (
    request: Request,
    asked: Extract<ImportAsk, { ask: A }>,
    context: RouteContext,
  ) => Promise<View | null>,
  options: { personalOnly?: string } = {},
): Route {
  return {
    name,
    rank,
    ...options,
    select: (request) => {
      if (request.input.kind !== 'text') return null;
      const asked = readImportAsk(request.input.text);
      return asked?.ask === ask
        ? (context) => handle(request, asked as Extract<ImportAsk, { ask: A }>, context)
        : null;
    },
  };
}

/** Installed teams' channels, as choices "Team › Channel" (value: record id|channel id). */
async function channelChoices(request: Request, context: RouteContext): Promise<ChoiceOption[]> {
  const teams = (
    await context.installations.installedConversations(request.where.tenantId ?? undefined)
  ).filter((c) => c.scope === 'team');
  return teams.flatMap((t) =>
    (t.channels.length ? t.channels : [{ id: t.conversationId, name: 'General' }]).map((c) => ({
      value: `${t.id}|${c.id}`,
      title: `${t.teamName ?? t.title ?? 'Team'} › ${c.name}`,
    })),
  );
}

async function teamChoices(request: Request, context: RouteContext): Promise<ChoiceOption[]> {
  return (await context.installations.installedConversations(request.where.tenantId ?? undefined))
    .filter((c) => c.scope === 'team' && c.teamId)
    .map((t) => ({ value: t.id, title: t.teamName ?? t.title ?? 'Team' }));
}

async function installedTeam(
  request: Request,
  context: RouteContext,
  recordId: string,
): Promise<ConversationRecord | null> {
  return (
    (await context.installations.installedConversations(request.where.tenantId ?? undefined)).find(
      (c) => c.id === recordId && c.scope === 'team',
    ) ?? null
  );
}

const NO_TEAM: View = {
  kind: 'message',
  title: 'That team is not available',
  text: 'Board Clerk must be installed in the team, and Teams must list its members. Add Board Clerk to the team and try again.',
  suggestions: ['who holds which role'],
};

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
      q.intent === 'secretary'
        ? desk.command(request, q.command, {
            moveTo: q.moveTo ?? null,
            meeting: q.meeting ?? null,
            item: q.item ?? null,
          })
        : Promise.resolve(null),
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
  importAsk('what changed in the BAF', 30, 'what-changed', (request, a, { imports }) =>
    imports.whatChanged(request, a.register),
  ),
  importAsk('a risk’s scores over time', 31, 'score-history', (request, a, { imports }) =>
    imports.scoresOverTime(request, a.reference),
  ),
  importAsk(
    'who holds which role',
    32,
    'who-holds-roles',
    async (request, _a, context) =>
      context.imports.roles.list(request, null, await teamChoices(request, context)),
    { personalOnly: ROLES },
  ),
  importAsk(
    'make someone a role holder',
    33,
    'make-role',
    (request, a, { imports }) => imports.roles.make(request, a.person, a.role),
    { personalOnly: ROLES },
  ),
  importAsk(
    'roles from the team',
    34,
    'roles-from-team',
    async (request, _a, context) =>
      context.imports.roles.list(request, null, await teamChoices(request, context)),
    { personalOnly: ROLES },
  ),
  importAsk(
    'export the action logs',
    35,
    'export',
    (request, _a, { imports }) => imports.exports.offer(request),
    { personalOnly: IMPORTS },
  ),
  ask(
    'a question about the papers',
    90,
    () => true,
    (request, q, { questions }) =>
      questions.answer(request, q, request.input.kind === 'text' ? request.input.text : ''),
  ),

  // Card buttons.
  press(VERBS.ask, 100, async (request, { question, back }, { questions }) => {
    const answer = await questions.answer(
      request,
      await questions.read(request, question),
      question,
    );
    // (Opened from a list, whose card this one replaces: the way back to it.)
    return back && answer.kind !== 'two-answers' ? { ...answer, backTo: back } : answer;
  }),
  press(VERBS.openAction, 110, (request, ref, { progress }) => progress.open(request, ref)),
  press(VERBS.refreshAction, 111, (request, ref, { progress }) => progress.open(request, ref)),
  press(VERBS.actionHistory, 112, (request, ref, { questions }) =>
    questions.answer(request, {
      intent: 'action.detail',
      target: { kind: 'id', actionId: ref.actionId, organisationId: ref.organisationId },
      history: true,
      ...(ref.back ? { back: ref.back } : {}),
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
    (request, { meetingId, moveTo }, { desk }) =>
      meetingId
        ? desk.meetingForm(request, meetingId, moveTo ?? null)
        : desk.chooseMeeting(request, moveTo ?? null),
    { personalOnly: SECRETARY_TOOLS },
  ),
  press(VERBS.saveMeeting, 142, (request, form, { desk }) => desk.saveMeeting(request, form), {
    personalOnly: SECRETARY_TOOLS,
  }),
  press(
    VERBS.editAgenda,
    143,
    (request, { meetingId, item }, { desk }) =>
      desk.agendaForm(request, meetingId ?? null, item ?? null),
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
  press(
    VERBS.chaseNow,
    154,
    (request, { submissionId }, { desk }) => desk.chase(request, submissionId),
    { personalOnly: SECRETARY_TOOLS },
  ),

  press(
    VERBS.importPreview,
    160,
    (request, { sessionId, ...answers }, { imports }) =>
      imports.imports.preview(request, sessionId, answers),
    { personalOnly: IMPORTS },
  ),
  press(
    VERBS.importTakeFile,
    161,
    (request, { sessionId, actionId }, { imports }) =>
      imports.imports.takeFile(request, sessionId, actionId),
    { personalOnly: IMPORTS },
  ),
  press(
    VERBS.importConfirm,
    162,
    async (request, { sessionId, submissionId }, context) => {
      const view = await context.imports.imports.confirm(request, sessionId, submissionId);
      if (view.kind === 'import-outcome' && view.whatChanged)
        return {
          ...view,
          whatChanged: { ...view.whatChanged, channels: await channelChoices(request, context) },
        };
      return view;
    },
    { personalOnly: IMPORTS },
  ),
  press(
    VERBS.importCancel,
    163,
    (request, { sessionId }, { imports }) => imports.imports.cancel(request, sessionId),
    { personalOnly: IMPORTS },
  ),
  press(
    VERBS.postWhatChanged,
    164,
    async (request, { registerId, channel }, context) => {
      if (!request.who.isSecretary) return null;
      const [recordId, channelId] = (channel ?? '').split('|');
      const team = recordId ? await installedTeam(request, context, recordId) : null;
      if (!team || !channelId) return NO_TEAM;
      const view = await context.imports.whatChangedFor(registerId);
      if (view.kind !== 'what-changed') return view;
      await context.teams.post(team, channelId, view);
      const name = team.channels.find((c) => c.id === channelId)?.name ?? 'the channel';
      return {
        kind: 'message',
        title: 'Posted',
        text: `“What changed since the last BAF” is posted to ${team.teamName ?? 'the team'} › ${name}.`,
        suggestions: [],
      };
    },
    { personalOnly: IMPORTS },
  ),
  press(
    VERBS.openRoster,
    170,
    async (request, { team }, context) => {
      if (!request.who.isSecretary) return null;
      const record = team ? await installedTeam(request, context, team) : null;
      const members = record?.teamId ? await context.teams.members(record.teamId) : undefined;
      if (!record?.teamId || !members) return NO_TEAM;
      return context.imports.roles.roster(
        request,
        { teamId: record.teamId, teamName: record.teamName ?? 'the team' },
        members,
      );
    },
    { personalOnly: ROLES },
  ),
  press(
    VERBS.saveRoster,
    171,
    async (request, { organisationId, teamId, ...answers }, context) => {
      const members = await context.teams.members(teamId);
      if (!members) return NO_TEAM;
      return context.imports.roles.saveRoster(request, organisationId, answers, members);
    },
    { personalOnly: ROLES },
  ),

  // Files.
  {
    name: 'a file sent to Board Clerk',
    rank: 180,
    personalOnly: IMPORTS,
    select: (request) => {
      const input = request.input;
      if (input.kind !== 'file') return null;
      return (context) =>
        context.imports.imports.receive(request, input.name, () =>
          context.teams.download(input.downloadUrl),
        );
    },
  },
  {
    name: 'a file consent answered',
    rank: 181,
    select: (request) => {
      const input = request.input;
      if (input.kind !== 'fileConsent') return null;
      return async (context) => {
        const organisationId = input.context.organisationId;
        if (input.action === 'decline' || !input.upload)
          return {
            kind: 'message',
            title: 'Not sent',
            text: 'The file was not saved.',
            suggestions: [],
          };
        // The context comes back from the client: only the secretary's own organisation is exported.
        const own = request.where.organisationId ?? request.who.person?.organisationId;
        if (
          !request.who.isSecretary ||
          typeof organisationId !== 'string' ||
          organisationId !== own
        )
          return null;
        const made = await context.imports.exports.file(
          organisationId,
          offeredAt(input.context.madeAt, request.now),
        );
        if (!made) return null;
        const sent = await context.teams.sendFile(input.upload, made.bytes);
        if ('refusal' in sent)
          return {
            kind: 'message',
            title: 'The file was not saved',
            text: sent.refusal,
            suggestions: [],
          };
        return null;
      };
    },
  },
  // Searches from the compose box (the message extension's commands).
  ...SEARCH_COMMANDS.map((command, i) => search(command, 190 + i)),

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
    if (route.personalOnly && request.where.kind !== 'personal') {
      // (Only a secretary is sent to their personal chat for the secretary's tools: anyone else is
      // told where they asked that the tools are a secretary's, not to try again there.)
      if (route.personalOnly === SECRETARY_TOOLS && !request.who.isSecretary)
        return { route, handle: () => Promise.resolve(NOT_A_SECRETARY) };
      return { route, personalOnly: route.personalOnly };
    }
    return { route, handle };
  }
  return { route: null };
}
