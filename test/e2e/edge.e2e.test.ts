import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import {
  cardAction,
  channelMessage,
  messages,
  personalMessage,
  post,
  TENANT_ID,
} from '../helpers/botClient';
import { FakeConnector } from '../helpers/fakeConnector';
import { tempDir } from '../helpers/tempDir';
import { capturingLogger, withStderr } from '../server/capture';
import { closedPortUrl, eventually, hangingServer } from '../server/deadEnds';

/**
 * The HTTP edge of /api/messages, attacked the way the adversarial review did (issue 12, findings 5-8
 * and the tenant checks of 3), against the real service in local mode (no MicrosoftAppId).
 */

type App = RunningApp & { url: string };

async function start(dir: string) {
  const { log, lines } = capturingLogger();
  const config = loadConfig({ PORT: '0', DATA_DIR: dir });
  const app = await startApp(config, log, { scheduler: false });
  return { app: { ...app, url: `http://127.0.0.1:${app.port}` } as App, lines };
}

async function raw(
  app: App,
  body: string | FormData,
  headers: Record<string, string>,
): Promise<{ status: number; body: { code?: string; message?: string } | null }> {
  const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: { code?: string; message?: string } | null = null;
  try {
    parsed = text ? (JSON.parse(text) as { code?: string; message?: string }) : null;
  } catch {
    parsed = { message: text };
  }
  return { status: response.status, body: parsed };
}

/** A question that replies through the connector (no expectReplies): the common Teams case. */
function messageVia(serviceUrl: string, text = 'what is BAF 1 score?') {
  const { deliveryMode: _replies, ...activity } = personalMessage(text);
  return { ...activity, serviceUrl };
}

describe('the /api/messages edge in local mode (end to end)', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let app: App;
  let lines: Record<string, unknown>[];
  let connector: FakeConnector;

  before(async () => {
    temp = await tempDir();
    connector = await new FakeConnector().start();
    ({ app, lines } = await start(temp.dir));
  });
  after(async () => {
    await app.stop();
    await connector.stop();
    await temp.cleanup();
  });

  /** Log lines written since `from` (an index into `lines`) at warn level or above. */
  const warnings = (from: number) =>
    lines.slice(from).filter((l) => typeof l.level === 'number' && l.level >= 40);

  describe('JSON only, nothing parsed to disk (finding 5)', () => {
    it('refuses a multipart upload with 415 before reading it, and writes no file', async () => {
      const uploads = await mkdtemp(path.join(os.tmpdir(), 'board-clerk-uploads-'));
      const previous = process.env.TMPDIR;
      process.env.TMPDIR = uploads;
      try {
        const form = new FormData();
        form.append('type', 'message');
        form.append('file', new Blob([Buffer.alloc(200_000, 1)]), 'big.bin');
        const response = await raw(app, form, {});
        assert.equal(response.status, 415);
        assert.match(response.body?.message ?? '', /application\/json/);
        assert.deepEqual(await readdir(uploads), [], 'no upload was written to the temp dir');
      } finally {
        if (previous === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previous;
        await rm(uploads, { recursive: true, force: true });
      }
    });

    for (const [what, contentType, body] of [
      ['a form-encoded activity', 'application/x-www-form-urlencoded', 'type=message&text=hi'],
      ['JSON sent as text/plain', 'text/plain', JSON.stringify(personalMessage('BAF 1'))],
      ['JSON in another charset', 'application/json; charset=latin1', '{}'],
      ['no content type', '', JSON.stringify(personalMessage('BAF 1'))],
    ] as const)
      it(`refuses ${what} with 415`, async () => {
        const response = await raw(app, body, contentType ? { 'content-type': contentType } : {});
        assert.equal(response.status, 415, JSON.stringify(response.body));
      });

    it('accepts application/json with a utf-8 charset', async () => {
      const response = await raw(app, JSON.stringify(personalMessage('BAF 1')), {
        'content-type': 'application/json; charset=utf-8',
      });
      assert.equal(response.status, 200);
    });

    it('refuses a compressed body with 415 (no decompression bombs)', async () => {
      const response = await raw(app, JSON.stringify(personalMessage('BAF 1')), {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      });
      assert.equal(response.status, 415);
    });

    it('refuses a body over 1 MB with 413', async () => {
      const big = { ...personalMessage('BAF 1'), padding: 'x'.repeat(1_100_000) };
      const response = await raw(app, JSON.stringify(big), { 'content-type': 'application/json' });
      assert.equal(response.status, 413);
    });

    it('refuses a body that is not JSON, or not an object, with 400', async () => {
      for (const body of ['{not json', '[1,2]', '"text"', 'null']) {
        const response = await raw(app, body, { 'content-type': 'application/json' });
        assert.equal(response.status, 400, `${body}: ${JSON.stringify(response.body)}`);
      }
    });
  });

  describe('no cross-site requests in local mode (finding 6)', () => {
    it('refuses a request a web page sends (it carries Origin) with 403, and posts nothing', async () => {
      const before = connector.received.length;
      const response = await post(app.url, messageVia(connector.url), {
        origin: 'https://attacker.example',
      });
      assert.equal(response.status, 403);
      assert.equal(connector.received.length, before, 'nothing was posted to the serviceUrl');
    });

    it('refuses a request the browser marks cross-site or same-site with 403', async () => {
      for (const site of ['cross-site', 'same-site']) {
        const response = await post(app.url, personalMessage('BAF 1'), {
          'sec-fetch-site': site,
        });
        assert.equal(response.status, 403, site);
      }
    });

    it('refuses an activity whose serviceUrl is not on loopback with 403', async () => {
      for (const serviceUrl of [
        'https://attacker.example/',
        'http://203.0.113.9/',
        'http://[::ffff:203.0.113.9]/',
        'http://localhost.attacker.example/',
        'http://127.0.0.1.attacker.example/',
      ]) {
        const response = await post(app.url, { ...personalMessage('BAF 1'), serviceUrl });
        assert.equal(response.status, 403, `${serviceUrl}: ${JSON.stringify(response.body)}`);
      }
    });

    it('answers loopback serviceUrls (localhost, 127.0.0.0/8, ::1) as before', async () => {
      for (const serviceUrl of [
        'http://localhost:9/',
        'http://127.0.0.1:9/',
        'http://127.1.2.3:9/',
        'http://[::1]:9/',
      ]) {
        const response = await post(app.url, { ...personalMessage('BAF 1'), serviceUrl });
        assert.equal(response.status, 200, serviceUrl);
        assert.match(messages(response)[0]?.text ?? '', /GROUP BAF 1/);
      }
    });

    it('replies through a loopback connector when the activity asks for no expectReplies', async () => {
      const response = await post(app.url, {
        ...messageVia(connector.url),
        conversation: { id: 'a:edge-reply', conversationType: 'personal', tenantId: TENANT_ID },
      });
      assert.equal(response.status, 200);
      await eventually(
        () => connector.deliveredTo('a:edge-reply').some((r) => r.activity.type === 'message'),
        5_000,
        'the answer posted to the connector',
      );
    });
  });

  describe('malformed is 400, with one log line and nothing on stderr (finding 7)', () => {
    const ok = personalMessage('BAF 1');
    const malformed: [string, unknown][] = [
      ['a non-string type', { ...ok, type: 42 }],
      ['an empty type', { ...ok, type: '' }],
      ['a non-string serviceUrl', { ...ok, serviceUrl: { href: 'http://127.0.0.1:9/' } }],
      ['a serviceUrl that is not a URL', { ...ok, serviceUrl: 'not a url' }],
      ['a serviceUrl that is not http(s)', { ...ok, serviceUrl: 'file:///etc/passwd' }],
      ['text as an array', { ...ok, text: ['BAF', '1'] }],
      [
        'membersAdded with a null member',
        { ...ok, type: 'conversationUpdate', membersAdded: [null] },
      ],
      [
        'membersRemoved that is not a list',
        { ...ok, type: 'conversationUpdate', membersRemoved: 'all' },
      ],
      ['no from', { ...ok, from: undefined }],
      ['no conversation', { ...ok, conversation: undefined }],
      ['no recipient', { ...ok, recipient: undefined }],
      ['a conversation id that is a number', { ...ok, conversation: { id: 7 } }],
      ['entities that are not a list', { ...ok, entities: { type: 'mention' } }],
      ['a channelData tenant id that is a number', { ...ok, channelData: { tenant: { id: 1 } } }],
      ['a non-string channelId', { ...ok, channelId: ['msteams'] }],
      ['a non-string deliveryMode', { ...ok, deliveryMode: true }],
      ['a timestamp that is not a date', { ...ok, timestamp: 'yesterday' }],
    ];
    for (const [what, activity] of malformed)
      it(`answers ${what} with 400 and a short reason`, async () => {
        const from = lines.length;
        const { result: response, stderr } = await withStderr(() => post(app.url, activity));
        assert.equal(response.status, 400, JSON.stringify(response.body));
        const body = response.body as { code?: string; message?: string };
        assert.equal(body.code, 'BadRequest');
        assert.ok(body.message && body.message.length < 300, body.message);
        assert.doesNotMatch(body.message, /\n\s+at |TypeError|Cannot read/);
        assert.equal(stderr, '', 'nothing on stderr');
        assert.equal(warnings(from).length, 1, JSON.stringify(lines.slice(from)));
      });

    it('answers a malformed card action invoke with 400, not 403', async () => {
      const invoke = cardAction('action.open', { actionId: 'x', organisationId: 'y' });
      for (const activity of [
        { ...invoke, from: undefined },
        { ...invoke, value: 'not an object' },
        { ...invoke, value: { action: 'action.open' } },
        { ...invoke, value: { action: { type: 'Action.Execute', verb: 3 } } },
        { ...invoke, value: { action: { type: 'Action.Execute', verb: 'x', data: 'text' } } },
      ]) {
        const response = await post(app.url, activity);
        assert.equal(response.status, 400, JSON.stringify(activity));
      }
    });

    it('still answers a well-formed channel message and a card action', async () => {
      const answer = await post(app.url, channelMessage('BAF 1'));
      assert.equal(answer.status, 200);
      const pressed = await post(
        app.url,
        cardAction('question.ask', { question: 'what is BAF 1 score?' }),
      );
      assert.equal(pressed.status, 200);
    });
  });

  describe('every turn is bounded (finding 8)', () => {
    it("answers 200 turns whose connector never answers, each within Teams' 15 s, and lets go", async () => {
      const hanging = await hangingServer();
      try {
        const started = Date.now();
        const statuses = await Promise.all(
          Array.from({ length: 200 }, () =>
            post(app.url, {
              ...messageVia(hanging.url),
              conversation: { id: 'a:held', conversationType: 'personal', tenantId: TENANT_ID },
            }).then((r) => r.status),
          ),
        );
        const took = Date.now() - started;
        assert.deepEqual(new Set(statuses), new Set([200]), 'every request answered');
        assert.ok(took < 15_000, `200 held turns took ${took} ms`);
        assert.equal(hanging.accepted(), 200, 'one attempt each: a timed-out reply is not retried');
        await eventually(() => hanging.open() === 0, 3_000, 'every connection let go');
      } finally {
        await hanging.stop();
      }
    });

    it("gives up on a closed port after one quick retry, instead of the SDK's 9 s of retries", async () => {
      const from = lines.length;
      const response = await post(app.url, messageVia(await closedPortUrl()));
      assert.equal(response.status, 200);
      const ended = lines.slice(from).find((l) => /did not take the reply/.test(String(l.msg)));
      assert.match(String(ended?.err), /could not be reached \(ECONNREFUSED\)/);
    });

    it('refuses an activity with no serviceUrl unless its replies come back in the response', async () => {
      const { serviceUrl: _none, ...withoutUrl } = messageVia('http://127.0.0.1:9/');
      const refused = await post(app.url, withoutUrl);
      assert.equal(refused.status, 400);
      assert.match((refused.body as { message: string }).message, /serviceUrl/);
      const { serviceUrl: _also, ...expectReplies } = personalMessage('BAF 1');
      const answered = await post(app.url, expectReplies);
      assert.equal(answered.status, 200);
      assert.match(messages(answered)[0]?.text ?? '', /GROUP BAF 1/);
    });
  });

  describe('tenants (finding 3)', () => {
    it('refuses an activity whose channelData tenant and conversation tenant disagree', async () => {
      const activity = personalMessage('BAF 1');
      const response = await post(app.url, {
        ...activity,
        conversation: {
          ...activity.conversation,
          tenantId: '11111111-2222-4333-8444-555555555555',
        },
      });
      assert.equal(response.status, 403);
      assert.match((response.body as { message: string }).message, /tenant/i);
    });

    it('answers when the two agree in any letter case, or only one is present', async () => {
      const activity = personalMessage('BAF 1');
      for (const variant of [
        {
          ...activity,
          conversation: { ...activity.conversation, tenantId: TENANT_ID.toUpperCase() },
        },
        { ...activity, conversation: { id: 'a:personal-anon', conversationType: 'personal' } },
        { ...activity, channelData: {} },
      ]) {
        const response = await post(app.url, variant);
        assert.equal(response.status, 200, JSON.stringify(response.body));
      }
    });

    it('warned once at start that ALLOWED_TENANTS is not set', () => {
      const warned = lines.filter((l) => /ALLOWED_TENANTS/.test(String(l.msg)));
      assert.equal(warned.length, 1, JSON.stringify(warned));
    });
  });
});
