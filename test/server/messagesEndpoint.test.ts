import assert from 'node:assert/strict';
import { type TurnContext, TeamsInfo } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import restify from 'restify';
import { botAuthentication, createAdapter } from '../../src/bot/adapter';
import { teamsClient } from '../../src/bot/outbound';
import type { AppConfig } from '../../src/config';
import { listen } from '../../src/server/httpServer';
import { type EdgeLimits, registerMessagesEndpoint } from '../../src/bot/messagesEndpoint';
import { personalMessage, post } from '../helpers/botClient';
import { FakeConnector } from '../helpers/fakeConnector';
import { capturingLogger, withStderr } from './capture';
import { closedPortUrl, eventually, hangingServer } from './deadEnds';
import { channelClaims, type Issuer, startIssuer } from './tokens';

/**
 * The /api/messages endpoint on its own (a bare restify server, the real CloudAdapter, a one-line bot):
 * signed requests against a local token issuer, and turns whose outbound calls meet slow, closed or
 * refusing connectors, with budgets short enough to keep the suite fast.
 */

const APP_ID = '5b1f6a3e-8c4d-4e2a-9f1b-2c3d4e5f6a7b';
const SIGNED: AppConfig['bot'] = {
  appId: APP_ID,
  appPassword: 'not-a-real-secret',
  appType: 'MultiTenant',
  tenantId: undefined,
};
const LOCAL: AppConfig['bot'] = {
  appId: undefined,
  appPassword: undefined,
  appType: 'MultiTenant',
  tenantId: undefined,
};

/** The public cloud's settings with the token issuer's metadata on loopback. */
function issuedBy(metadataUrl: string) {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

type Handler = (context: TurnContext) => Promise<void>;

async function serve(options: {
  bot: AppConfig['bot'];
  metadataUrl?: string;
  handler?: Handler;
  limits?: Partial<EdgeLimits>;
  allowedTenants?: string[];
}) {
  const { log, lines } = capturingLogger();
  const server = restify.createServer({ handleUncaughtExceptions: false });
  const adapter = createAdapter(
    options.bot,
    log,
    botAuthentication(options.bot, options.metadataUrl ? issuedBy(options.metadataUrl) : {}),
  );
  registerMessagesEndpoint(server, {
    adapter,
    handler: options.handler ?? (async (context) => void (await context.sendActivity('ok'))),
    config: {
      bot: options.bot,
      allowedTenants: options.allowedTenants ?? ['72f988bf-86f1-41af-91ab-2d7cd011db47'],
    },
    log,
    limits: options.limits,
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

describe('/api/messages at start', () => {
  it('warns once when ALLOWED_TENANTS is empty, and not when it is set', async () => {
    for (const [allowedTenants, warnings] of [
      [[], 1],
      [['72f988bf-86f1-41af-91ab-2d7cd011db47'], 0],
    ] as const) {
      const edge = await serve({ bot: LOCAL, allowedTenants: [...allowedTenants] });
      await edge.stop();
      assert.equal(
        edge.lines.filter((l) => /ALLOWED_TENANTS is not set/.test(String(l.msg))).length,
        warnings,
      );
    }
  });
});

describe('/api/messages with an app id: every bad token is a 401, quietly', function () {
  this.timeout(20_000);
  let issuer: Issuer;
  let edge: Awaited<ReturnType<typeof serve>>;
  const serviceUrl = 'https://smba.trafficmanager.net/uk/';
  const activity = { ...personalMessage('BAF 1'), serviceUrl };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  before(async () => {
    issuer = await startIssuer();
    edge = await serve({ bot: SIGNED, metadataUrl: issuer.metadataUrl });
  });
  after(async () => {
    await edge.stop();
    await issuer.stop();
  });

  it('runs the turn for a token the Bot Connector would send', async () => {
    const response = await post(
      edge.url,
      activity,
      bearer(issuer.token(channelClaims(APP_ID, serviceUrl))),
    );
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.replies[0]?.text, 'ok');
  });

  const now = Date.now() / 1000;
  const bad: [string, () => Record<string, string>][] = [
    ['no token', () => ({})],
    ['a token that is not a JWT', () => bearer('not.a.token')],
    [
      'another scheme',
      () => ({ authorization: `Basic ${issuer.token(channelClaims(APP_ID, serviceUrl))}` }),
    ],
    ['alg none', () => bearer(issuer.token(channelClaims(APP_ID, serviceUrl), { alg: 'none' }))],
    [
      'HS256 keyed with the public key',
      () => bearer(issuer.token(channelClaims(APP_ID, serviceUrl), { alg: 'HS256' })),
    ],
    [
      'a foreign key under the published kid',
      () => bearer(issuer.token(channelClaims(APP_ID, serviceUrl), { key: issuer.foreignKey })),
    ],
    [
      'an unknown kid',
      () => bearer(issuer.token(channelClaims(APP_ID, serviceUrl), { kid: 'other' })),
    ],
    [
      'a not-before an hour ahead',
      () => bearer(issuer.token(channelClaims(APP_ID, serviceUrl, now + 3660))),
    ],
    [
      'a token expired an hour ago',
      () => bearer(issuer.token(channelClaims(APP_ID, serviceUrl, now - 7300))),
    ],
    [
      'another audience',
      () => bearer(issuer.token(channelClaims('00000000-0000-4000-8000-000000000000', serviceUrl))),
    ],
    [
      'another issuer',
      () =>
        bearer(
          issuer.token({ ...channelClaims(APP_ID, serviceUrl), iss: 'https://attacker.example' }),
        ),
    ],
    [
      'a serviceUrl claim for another connector',
      () => bearer(issuer.token(channelClaims(APP_ID, 'https://attacker.example/'))),
    ],
  ];
  for (const [what, headers] of bad)
    it(`refuses ${what} with 401, one log line and nothing on stderr`, async () => {
      const from = edge.lines.length;
      const { result: response, stderr } = await withStderr(() =>
        post(edge.url, activity, headers()),
      );
      assert.equal(response.status, 401, JSON.stringify(response.body));
      assert.deepEqual(response.body, {
        code: 'Unauthorized',
        message: 'the request is not signed by the Bot Framework',
      });
      assert.equal(stderr, '');
      const logged = edge.lines.slice(from);
      assert.equal(logged.length, 1, JSON.stringify(logged));
      assert.match(String(logged[0]!.msg), /refused: the request is not signed/);
    });

  it('answers a malformed activity with 400 even when it is signed', async () => {
    const response = await post(
      edge.url,
      { ...activity, text: ['BAF', '1'] },
      bearer(issuer.token(channelClaims(APP_ID, serviceUrl))),
    );
    assert.equal(response.status, 400);
  });

  it('answers 503, not 401, when the signing keys cannot be fetched', async () => {
    const unreachable = await serve({
      bot: SIGNED,
      metadataUrl: `${await closedPortUrl()}.well-known/openid-configuration`,
    });
    try {
      const { result: response, stderr } = await withStderr(() =>
        post(unreachable.url, activity, bearer(issuer.token(channelClaims(APP_ID, serviceUrl)))),
      );
      assert.equal(response.status, 503);
      assert.equal(stderr, '');
      assert.equal(unreachable.lines.length, 1);
    } finally {
      await unreachable.stop();
    }
  });
});

describe('/api/messages turns: every outbound call is bounded', function () {
  this.timeout(20_000);
  const fast: Partial<EdgeLimits> = { perCallMs: 300, turnMs: 1_000, answerWithinMs: 2_000 };
  /** A message whose reply goes through the connector at `serviceUrl`. */
  const via = (serviceUrl: string, conversationId = 'a:bounded') => {
    const { deliveryMode: _replies, ...activity } = personalMessage('BAF 1');
    return {
      ...activity,
      serviceUrl,
      conversation: { ...activity.conversation, id: conversationId },
    };
  };

  it('times out a reply to a connector that never answers, without retrying it, and closes the socket', async () => {
    const hanging = await hangingServer();
    const edge = await serve({ bot: LOCAL, limits: fast });
    try {
      const response = await post(edge.url, via(hanging.url));
      assert.equal(response.status, 200);
      assert.equal(hanging.accepted(), 1, 'a timed-out reply may have been delivered: no retry');
      await eventually(() => hanging.open() === 0, 1_000, 'the socket closed');
      const ended = edge.lines.find((l) => /did not take the reply/.test(String(l.msg)));
      assert.equal(ended?.failure, 'timeout');
    } finally {
      await edge.stop();
      await hanging.stop();
    }
  });

  it('starts no call after the turn budget is spent', async () => {
    const hanging = await hangingServer();
    const edge = await serve({
      bot: LOCAL,
      limits: { perCallMs: 300, turnMs: 500, answerWithinMs: 2_000 },
      handler: async (context) => {
        for (let i = 0; i < 5; i += 1)
          await context.sendActivity(`try ${i}`).catch(() => undefined);
      },
    });
    try {
      const response = await post(edge.url, via(hanging.url));
      assert.equal(response.status, 200);
      assert.equal(hanging.accepted(), 2, '300 ms, then the 200 ms left, then nothing');
    } finally {
      await edge.stop();
      await hanging.stop();
    }
  });

  it('retries once what was refused before delivery (503, 429 with a short Retry-After), and nothing else', async () => {
    const connector = await new FakeConnector().start();
    const edge = await serve({ bot: LOCAL, limits: { ...fast, turnMs: 3_000, perCallMs: 1_000 } });
    try {
      connector.inject('a:refused-503', { status: 503 });
      connector.inject('a:refused-429', { status: 429, retryAfterSeconds: 1 });
      connector.inject('a:failed-500', { status: 500 });
      for (const id of ['a:refused-503', 'a:refused-429', 'a:failed-500'])
        assert.equal((await post(edge.url, via(connector.url, id))).status, 200);
      const oks = (id: string) => connector.deliveredTo(id).filter((r) => r.activity.text === 'ok');
      assert.equal(oks('a:refused-503').length, 1);
      assert.equal(oks('a:refused-429').length, 1);
      assert.equal(oks('a:failed-500').length, 0, 'a 500 may have been processed: not retried');
    } finally {
      await edge.stop();
      await connector.stop();
    }
  });

  it('gives up on a closed port after one quick retry', async () => {
    const edge = await serve({ bot: LOCAL, limits: fast });
    try {
      const response = await post(edge.url, via(await closedPortUrl()));
      assert.equal(response.status, 200);
      const ended = edge.lines.find((l) => /did not take the reply/.test(String(l.msg)));
      assert.match(String(ended?.err), /could not be reached \(ECONNREFUSED\)/);
    } finally {
      await edge.stop();
    }
  });

  it('never calls out for an activity without a serviceUrl (the SDK would fall back to api.botframework.com)', async () => {
    const outcomes: string[] = [];
    const edge = await serve({
      bot: LOCAL,
      limits: fast,
      handler: async (context) => {
        for (const call of [
          () => TeamsInfo.getPagedMembers(context, 10),
          () => TeamsInfo.getTeamChannels(context, '19:team@thread.tacv2'),
        ])
          outcomes.push(
            await call().then(
              () => 'answered',
              (e: Error) => e.message,
            ),
          );
        await context.sendActivity('done');
      },
    });
    try {
      const { serviceUrl: _none, ...activity } = personalMessage('BAF 1');
      const response = await post(edge.url, activity);
      assert.equal(response.status, 200);
      assert.equal(response.replies[0]?.text, 'done');
      assert.deepEqual(outcomes, [
        'no outbound calls: the activity has no serviceUrl',
        'no outbound calls: the activity has no serviceUrl',
      ]);
    } finally {
      await edge.stop();
    }
  });

  it('bounds team calls made through teamsClient (a channel list from a hung connector times out)', async () => {
    const connector = await new FakeConnector().start();
    const hanging = await hangingServer();
    connector.addTeam('19:team@thread.tacv2', [{ id: '19:general@thread.tacv2' }]);
    const outcomes: string[] = [];
    const edge = await serve({
      bot: LOCAL,
      limits: fast,
      handler: async (context) => {
        const listed = await teamsClient(context)
          .teams.fetchChannelList('19:team@thread.tacv2')
          .then(
            (r) => (r.conversations ?? []).map((c) => c.id).join(','),
            (e: Error) => e.message,
          );
        outcomes.push(listed);
      },
    });
    try {
      for (const serviceUrl of [connector.url, hanging.url])
        assert.equal((await post(edge.url, { ...personalMessage('x'), serviceUrl })).status, 200);
      assert.equal(outcomes[0], '19:general@thread.tacv2');
      assert.match(outcomes[1] ?? '', /no answer from http:\/\/127\.0\.0\.1:\d+ within 300 ms/);
      assert.equal(hanging.accepted(), 1);
    } finally {
      await edge.stop();
      await hanging.stop();
      await connector.stop();
    }
  });

  it('answers 503 when a turn outlives its budget for another reason, with one log line', async () => {
    const edge = await serve({
      bot: LOCAL,
      limits: { ...fast, answerWithinMs: 500 },
      handler: () => new Promise<void>(() => undefined),
    });
    try {
      const from = edge.lines.length;
      const response = await post(edge.url, personalMessage('BAF 1'));
      assert.equal(response.status, 503);
      assert.equal(edge.lines.slice(from).length, 1);
    } finally {
      await edge.stop();
    }
  });
});
