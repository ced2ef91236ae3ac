import assert from 'node:assert/strict';
import sinon from 'sinon';
import { VERBS, type View } from '../../cards';
import { ROUTES, routeFor, type RouteContext } from '../../src/bot/routes';
import type { Question } from '../../src/questions';
import type { Request, RequestInput } from '../../src/shared/request';

/**
 * The route table on its own: what takes which request, in which order, and what each handler asks of
 * the features (sinon fakes stand in for them: the features have tests of their own).
 */
const NOW = new Date('2026-11-24T10:00:00Z');
const VIEW: View = { kind: 'message', title: 'ok', text: '', suggestions: [] };

function request(input: RequestInput, where: 'personal' | 'channel' = 'personal'): Request {
  return {
    id: 'activity-1',
    who: {
      teamsUserId: '29:user',
      aadObjectId: '00000000-0000-4000-8000-000000000001',
      displayName: 'Alex Morgan',
      person: null,
      roleIds: [],
      isSecretary: true,
      isBoardMember: true,
    },
    where: {
      kind: where,
      tenantId: 'tenant-1',
      conversationId: 'conv-1',
      threadKey: 'conv-1',
      organisationId: null,
      conversation: null,
    },
    input,
    now: NOW,
  };
}

const text = (t: string): RequestInput => ({ kind: 'text', text: t });
const button = (verb: string, data: Record<string, unknown>): RequestInput => ({
  kind: 'button',
  verb,
  data,
  via: 'execute',
});

function fakes() {
  const resolves = () => sinon.fake.resolves(VIEW);
  return {
    questions: {
      read: resolves(),
      answer: resolves(),
      welcome: sinon.fake.returns(VIEW),
      findAction: sinon.fake.resolves({
        action: { id: 'act-1', organisationId: 'org-1' },
      }),
      search: sinon.fake.resolves([{ kind: 'search-result', ask: 'Group BAF 4', openUrl: null }]),
    },
    progress: {
      open: resolves(),
      save: resolves(),
      decideClosure: resolves(),
      closureNotice: resolves(),
    },
    desk: {
      command: resolves(),
      meetingForm: resolves(),
      saveMeeting: resolves(),
      compose: resolves(),
      preview: resolves(),
      send: resolves(),
      cancel: resolves(),
      list: resolves(),
      chase: resolves(),
    },
    briefs: { answer: resolves(), recipients: resolves(), forPerson: resolves() },
    installations: { installed: resolves(), removed: resolves(), channelsChanged: resolves() },
    teams: {
      channels: sinon.fake.resolves(undefined),
      isSmall: sinon.fake.resolves(true),
      chatLink: sinon.fake((t: string) => `https://chat?message=${t}`),
    },
    log: { info: sinon.fake(), warn: sinon.fake(), error: sinon.fake() },
  };
}

async function run(req: Request, question: Question | null = null) {
  const context = fakes();
  const routed = routeFor(req, question);
  const view =
    routed.route && 'handle' in routed
      ? await routed.handle(context as unknown as RouteContext)
      : null;
  return { routed, context, view };
}

describe('the route table', () => {
  it('gives every route its own rank, so precedence is explicit', () => {
    const ranks = ROUTES.map((r) => r.rank);
    assert.equal(new Set(ranks).size, ranks.length);
  });

  it('has exactly one route for every card verb', () => {
    for (const verb of Object.values(VERBS)) {
      const taking = ROUTES.filter((r) => r.name === `button ${verb.name}`);
      assert.equal(taking.length, 1, verb.name);
    }
  });

  it('sends a secretary command to the desk, before anything else reads the message', async () => {
    const { routed, context } = await run(request(text('send reminder')), {
      intent: 'secretary',
      command: 'send-reminder',
    });
    assert.equal(routed.route?.name, 'secretary command');
    sinon.assert.calledOnceWithMatch(context.desk.command, sinon.match.any, 'send-reminder');
    sinon.assert.notCalled(context.questions.answer);
  });

  it('keeps secretary tools out of channels: they say to open them in a personal chat', async () => {
    const { routed, context } = await run(request(text('send reminder'), 'channel'), {
      intent: 'secretary',
      command: 'send-reminder',
    });
    assert.ok('personalOnly' in routed && routed.personalOnly);
    sinon.assert.notCalled(context.desk.command);
    const pressed = routeFor(
      request(button('broadcast.preview', { meetingId: 'm' }), 'channel'),
      null,
    );
    assert.ok('personalOnly' in pressed, 'the Action.Submit fallback of a preview too');
  });

  it("tells anyone but a secretary, where they asked, that the tools are a secretary's", async () => {
    const director = request(text('move the board to 8 april'), 'channel');
    const asked = { ...director, who: { ...director.who, isSecretary: false } };
    const { routed, context, view } = await run(asked, {
      intent: 'secretary',
      command: 'edit-meeting',
    });
    assert.ok(!('personalOnly' in routed), 'answered there, not sent to a personal chat');
    assert.deepEqual(view, { kind: 'refusal', what: "use the board secretary's tools" });
    sinon.assert.notCalled(context.desk.command);
  });

  it('hands "brief me" and "stop briefs" to the briefs feature before the question reader', async () => {
    const { routed, context } = await run(request(text('brief me for Thursday'), 'channel'), {
      intent: 'unknown',
      text: 'brief me for Thursday',
      suggestions: [],
    });
    assert.equal(routed.route?.name, 'a pre-meeting brief, or stop / start briefs');
    sinon.assert.calledOnceWithMatch(context.briefs.answer, sinon.match.any, {
      kind: 'brief',
      meeting: { kind: 'on', date: '2026-11-26', body: null },
    });
    sinon.assert.notCalled(context.questions.answer);
    const stop = await run(request(text('stop briefs')));
    sinon.assert.calledOnceWithMatch(stop.context.briefs.answer, sinon.match.any, { kind: 'stop' });
  });

  it("keeps a secretary's preview of a member's brief to a personal chat", async () => {
    const inChannel = routeFor(request(text('brief for Priya Desai'), 'channel'), null);
    assert.ok('personalOnly' in inChannel && inChannel.personalOnly);
    const { context } = await run(request(text('brief for Priya Desai')));
    sinon.assert.calledOnceWithMatch(context.briefs.answer, sinon.match.any, {
      kind: 'preview',
      name: 'priya desai',
    });
  });

  it('opens the progress card for "update <action>", finding the action first', async () => {
    const target = { kind: 'reference' as const, reference: 'GTB/25/2' };
    const { context } = await run(request(text('update GTB/25/2')), {
      intent: 'action.detail',
      target,
      history: false,
      update: true,
    });
    sinon.assert.calledOnceWithMatch(context.questions.findAction, sinon.match.any, target);
    sinon.assert.calledOnceWithMatch(context.progress.open, sinon.match.any, {
      actionId: 'act-1',
      organisationId: 'org-1',
    });
  });

  it('answers every other question from the papers, with the text as typed', async () => {
    const q: Question = { intent: 'help' };
    const { context } = await run(request(text('what can you do')), q);
    sinon.assert.calledOnceWithExactly(
      context.questions.answer,
      sinon.match.any,
      q,
      'what can you do',
    );
  });

  it('parses a button with its verb’s schema and hands the feature the parsed payload', async () => {
    const { context } = await run(
      request(
        button('progress.save', {
          actionId: 'act-wl-ftsu-5',
          organisationId: 'well-led-trust',
          revision: '3',
          submissionId: 'sub-12345678',
          note: 'Done',
          deliveryStatus: 'delivered',
          proposeClosure: 'true',
          isBoardSecretary: true,
        }),
      ),
    );
    sinon.assert.calledOnce(context.progress.save);
    const [, ref, form] = context.progress.save.firstCall.args as unknown as [
      Request,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    assert.equal(ref.revision, 3, 'coerced to a number');
    assert.ok(!('isBoardSecretary' in ref), 'fields a user may not set are dropped');
    assert.deepEqual(form, {
      note: 'Done',
      deliveryStatus: 'delivered',
      revisedDue: null,
      revisedDueReason: null,
      proposeClosure: true,
    });
  });

  it('refuses a button whose data is malformed: no route takes it', () => {
    const routed = routeFor(request(button('progress.save', { actionId: 'x' })), null);
    assert.equal(routed.route, null);
    assert.equal(routeFor(request(button('no.such.verb', {})), null).route, null);
  });

  it('records an install and greets a small chat; a large team is not greeted', async () => {
    const added = request({ kind: 'installation', change: 'added' });
    const small = await run(added);
    sinon.assert.calledOnce(small.context.questions.welcome);
    const context = fakes();
    context.teams.isSmall = sinon.fake.resolves(false);
    const inTeam = { ...added, where: { ...added.where, kind: 'channel' as const } };
    const routed = routeFor(inTeam, null);
    assert.ok(routed.route && 'handle' in routed);
    assert.equal(await routed.handle(context as unknown as RouteContext), null);
  });

  it('hands a search from the compose box to the questions feature by its command, with links', async () => {
    const searching = (command: string, query: string): RequestInput => ({
      kind: 'search',
      command,
      query,
      initialRun: false,
      skip: 0,
      count: 25,
    });
    for (const command of ['risk', 'action', 'minute']) {
      const { routed, context, view } = await run(request(searching(command, 'baf 4'), 'channel'));
      assert.equal(routed.route?.name, `search ${command}`);
      sinon.assert.calledOnceWithMatch(context.questions.search, sinon.match.any, command, 'baf 4');
      assert.deepEqual(view, {
        kind: 'search-results',
        results: [
          {
            kind: 'search-result',
            ask: 'Group BAF 4',
            openUrl: 'https://chat?message=Group BAF 4',
          },
        ],
      });
    }
    assert.equal(routeFor(request(searching('no-such-command', 'x')), null).route, null);
  });
});
