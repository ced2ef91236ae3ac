import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp } from '../helpers/app';
import {
  button,
  cardAction,
  invokeForCard,
  messages,
  personalMessage,
  post,
  type ReplyActivity,
  teamMembership,
} from '../helpers/botClient';
import { FakeConnector } from '../helpers/fakeConnector';
import { tempDir } from '../helpers/tempDir';
import { bafRegister, mattersArising } from '../fixtures/imports/layouts';
import { csvBytes } from '../fixtures/imports/spreadsheet';

const SECRETARY = { aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Alex Morgan' };
const DOCA = { aadObjectId: '00000000-0000-4000-8000-000000000027', name: 'Yusuf Ali' };
const NOW = new Date('2026-02-10T12:00:00Z');
const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Where Teams would keep the files: serves downloads, takes uploads, and remembers every request. */
class FileServer {
  readonly files = new Map<string, Buffer>();
  readonly requests: { method: string; path: string }[] = [];
  private server: http.Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.requests.push({ method: req.method ?? '', path: req.url ?? '' });
      const name = decodeURIComponent((req.url ?? '').replace(/^\/(files|upload)\//, ''));
      if (req.method === 'PUT') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          this.files.set(name, Buffer.concat(chunks));
          // (restify, in this process, patches writeHead so it no longer returns the response)
          res.writeHead(201);
          res.end('{}');
        });
        return;
      }
      const body = this.files.get(name);
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A file.download.info message, as Teams sends a file to a bot in a personal chat. */
  message(name: string, from: { aadObjectId: string; name: string }) {
    return {
      ...personalMessage('', from),
      attachments: [
        {
          contentType: FILE_INFO,
          contentUrl: `https://contoso.sharepoint.com/personal/x/${encodeURIComponent(name)}`,
          name,
          content: {
            downloadUrl: `${this.url}/files/${encodeURIComponent(name)}`,
            uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C9D',
            fileType: name.split('.').pop(),
          },
        },
      ],
    };
  }
}

/** Every input's current value on a card: what Teams sends with a button press. */
function inputValues(card: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
        out[o.id] = typeof o.value === 'string' ? o.value : '';
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

async function pressCard(
  app: App,
  card: unknown,
  title: string,
  from: { aadObjectId: string; name: string },
  overrides: Record<string, string> = {},
) {
  const b = button(card, title);
  return invokeForCard(
    app.url,
    cardAction(b.verb, { ...inputValues(card), ...overrides, ...b.data }, from),
  );
}

async function say(app: App, text: string, from = DOCA): Promise<string> {
  const response = await post(app.url, personalMessage(text, from));
  assert.equal(response.status, 200);
  return messages(response)
    .map((m) => m.text)
    .join('\n');
}

async function healthy(app: App): Promise<void> {
  const response = await fetch(`${app.url}/healthz`);
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as { status: string }).status, 'ok');
}

describe('board secretaries import their own spreadsheets from Teams (end to end over HTTP)', function () {
  this.timeout(120_000);
  let app: App;
  let dir: { dir: string; cleanup: () => Promise<void> };
  let files: FileServer;

  beforeEach(async () => {
    dir = await tempDir();
    files = await new FileServer().start();
    app = await startTestApp(dir.dir, {}, { clock: () => NOW });
  });
  afterEach(async () => {
    await app.stop();
    await files.stop();
    await dir.cleanup();
  });

  /** Sends a file and returns the card Board Clerk answers with. */
  async function send(name: string, bytes: Buffer, from = SECRETARY) {
    files.files.set(name, bytes);
    const response = await post(app.url, files.message(name, from));
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const reply = messages(response)[0];
    assert.ok(reply, 'a reply');
    return reply;
  }

  it('maps, previews and applies an action log; answers then come from it', async () => {
    const mapping = await send('GTB actions.xlsx', await mattersArising());
    assert.match(mapping.text, /Import GTB actions\.xlsx/);
    assert.match(mapping.text, /Which action log is sheet "Action log"\?/);
    const preview = await pressCard(app, mapping.card, 'Preview the import', SECRETARY, {
      'log|Action log': 'log-gtb-actions',
    });
    assert.match(preview.text, /Preview: GTB actions\.xlsx/);
    assert.match(preview.text, /GTB\/25\/18/);
    assert.match(preview.text, /31\/09\/2025/, 'names the date that does not exist');
    const done = await pressCard(app, preview.card, 'Confirm and import', SECRETARY);
    assert.match(done.text, /Imported/);
    // A second press of the same Confirm applies nothing more.
    const again = await pressCard(app, preview.card, 'Confirm and import', SECRETARY);
    assert.match(again.text, /applied once|no longer open/);
    const answer = await say(app, 'history of GTB/25/18', SECRETARY);
    assert.match(answer, /Update the workplan with the well-led self-assessment/);
  });

  it('imports a new BAF version; directors ask what changed and how a risk moved', async () => {
    const mapping = await send(
      'Group BAF.xlsx',
      await bafRegister({ current: { 'GROUP BAF 1': [4, 2] } }),
    );
    const dates = Object.keys(inputValues(mapping.card)).filter((id) => id.startsWith('date|'));
    assert.equal(dates.length, 1, 'asks the date of the version');
    const preview = await pressCard(app, mapping.card, 'Preview the import', SECRETARY, {
      [dates[0]!]: 'March 2026',
    });
    assert.match(preview.text, /new version of the BAF/);
    const done = await pressCard(app, preview.card, 'Confirm and import', SECRETARY);
    assert.match(done.text, /Imported/);
    const changed = await say(app, 'what changed in the BAF?');
    assert.match(changed, /What changed since the last BAF/);
    assert.match(changed, /GROUP BAF 1/);
    const moved = await say(app, 'how has GROUP BAF 1 moved over time?');
    assert.match(moved, /GROUP BAF 1: scores by BAF version/);
    assert.match(moved, /March 2026/);
  });

  it('refuses a file from anyone but a secretary, without downloading it', async () => {
    const reply = await send('GTB actions.xlsx', await mattersArising(), DOCA);
    assert.match(reply.text, /Only board secretaries can import/);
    assert.deepEqual(files.requests, [], 'the file server saw no request');
  });

  it('refuses a malformed file and a huge one in words, and stays healthy', async () => {
    const junk = await send(
      'actions.xlsx',
      Buffer.from('PK\u0003\u0004 this is not really a workbook'),
    );
    assert.match(junk.text, /could not read actions\.xlsx/i);
    await healthy(app);
    const huge = await send('huge.xlsx', Buffer.alloc(21 * 1024 * 1024, 0x41));
    assert.match(huge.text, /larger than 20 MB/);
    await healthy(app);
    const rows = [['Ref', 'Action', 'Owner', 'Due']];
    for (let i = 1; i <= 100_000; i++)
      rows.push([`A${i}`, `Action number ${i}`, 'DoCA', '29/01/2026']);
    const many = await send('many rows.csv', csvBytes(rows));
    assert.match(many.text, /more than 10,000 rows/);
    await healthy(app);
    assert.match(await say(app, 'what is GROUP BAF 1 score?'), /GROUP BAF 1/i);
  });

  it('maps roles to the members of an installed team, and posts what changed to its channel', async () => {
    const connector = await new FakeConnector().start();
    try {
      const team = { teamId: '19:board@thread.tacv2', teamName: 'Board' };
      connector.addTeam(team.teamId, [
        { id: team.teamId },
        { id: '19:papers@thread.tacv2', name: 'Papers' },
      ]);
      connector.setMembers(team.teamId, [
        { id: '29:helen', aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Helen Shaw' },
        { id: '29:new', aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Jane Doe' },
      ]);
      assert.equal(
        (await post(app.url, teamMembership('added', team, connector.url, SECRETARY))).status,
        200,
      );
      const jane = { aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Jane Doe' };
      assert.match(await say(app, 'my actions', jane), /I don't know who you are/);
      const viaConnector = <T extends object>(activity: T) => ({
        ...activity,
        serviceUrl: connector.url,
      });
      const roles = messages(
        await post(app.url, viaConnector(personalMessage('who holds which role', SECRETARY))),
      )[0]!;
      assert.match(roles.text, /Who holds which role: LPT and NHFT Group|Who holds which role/);
      const b = button(roles.card, 'Map roles from the team');
      const roster = await invokeForCard(
        app.url,
        viaConnector(cardAction(b.verb, { ...inputValues(roles.card), ...b.data }, SECRETARY)),
      );
      assert.match(roster.text, /Roles from Board/);
      assert.match(roster.text, /Jane Doe/);
      const cfo = Object.keys(inputValues(roster.card)).find((id) => /chief-finance|cfo/i.test(id));
      assert.ok(cfo, Object.keys(inputValues(roster.card)).join(', '));
      const save = button(roster.card, 'Save roles');
      const saved = await invokeForCard(
        app.url,
        viaConnector(
          cardAction(
            save.verb,
            {
              ...inputValues(roster.card),
              [cfo]: 'aaaaaaaa-0000-4000-8000-000000000002',
              ...save.data,
            },
            SECRETARY,
          ),
        ),
      );
      assert.match(saved.text, /Jane Doe now holds/);
      // Jane Doe is now in the directory, linked to her Teams account (before, she was a stranger).
      assert.doesNotMatch(await say(app, 'my actions', jane), /I don't know who you are/);

      // A new BAF version, then "what changed" posted to the team's Papers channel.
      const mapping = await send(
        'Group BAF.xlsx',
        await bafRegister({ current: { 'GROUP BAF 1': [4, 2] } }),
      );
      const date = Object.keys(inputValues(mapping.card)).find((id) => id.startsWith('date|'))!;
      const preview = await pressCard(app, mapping.card, 'Preview the import', SECRETARY, {
        [date]: 'March 2026',
      });
      const done = await pressCard(app, preview.card, 'Confirm and import', SECRETARY);
      const channel = Object.entries(
        (
          done.card as { body: { id?: string; choices?: { title: string; value: string }[] }[] }
        ).body.find((e) => e.id === 'channel')?.choices ?? [],
      ).map(([, c]) => c);
      const papers = channel.find((c) => /Papers/.test(c.title));
      assert.ok(papers, JSON.stringify(channel));
      const posted = await pressCard(app, done.card, 'Post to the channel', SECRETARY, {
        channel: papers.value,
      });
      assert.match(posted.text, /posted to Board › Papers/);
      const inChannel = connector.deliveredTo('19:papers@thread.tacv2');
      assert.equal(inChannel.length, 1);
      assert.match(JSON.stringify(inChannel[0]!.activity), /What changed since the last BAF/);
    } finally {
      await connector.stop();
    }
  });

  it('exports the action logs with a file consent card; the uploaded file imported back changes nothing', async () => {
    const connector = await new FakeConnector().start();
    try {
      const ask = {
        ...personalMessage('export the action log', SECRETARY),
        serviceUrl: connector.url,
      };
      const offered = await post(app.url, ask);
      assert.equal(offered.status, 200);
      const consent = offered.replies
        .flatMap((r: ReplyActivity) => r.attachments ?? [])
        .find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent') as
        | {
            contentType: string;
            name?: string;
            content: { acceptContext: Record<string, unknown>; sizeInBytes: number };
          }
        | undefined;
      assert.ok(consent, JSON.stringify(offered.replies));
      assert.ok(consent.content.sizeInBytes > 1_000);
      const accepted = await post(app.url, {
        ...cardAction('x', {}, SECRETARY),
        serviceUrl: connector.url,
        name: 'fileConsent/invoke',
        value: {
          type: 'fileUpload',
          action: 'accept',
          context: consent.content.acceptContext,
          uploadInfo: {
            contentUrl: 'https://contoso.sharepoint.com/personal/alex/export.xlsx',
            name: 'export.xlsx',
            uploadUrl: `${files.url}/upload/export.xlsx`,
            uniqueId: 'u-1',
            fileType: 'xlsx',
          },
        },
      });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      const uploaded = files.files.get('export.xlsx');
      assert.ok(
        uploaded && uploaded.length === consent.content.sizeInBytes,
        'the file arrived whole',
      );
      const info = connector.received.find((r) =>
        JSON.stringify(r.activity).includes('application/vnd.microsoft.teams.card.file.info'),
      );
      assert.ok(info, 'the file is shown in the chat');
      // Round trip: the exported file, sent back, changes nothing.
      const mapping = await send('export back.xlsx', uploaded);
      const preview = await pressCard(app, mapping.card, 'Preview the import', SECRETARY);
      assert.match(preview.text, /Nothing would change: the file matches what Board Clerk holds/);
      assert.throws(
        () => button(preview.card, 'Confirm and import'),
        /no "Confirm and import" button/,
      );
    } finally {
      await connector.stop();
    }
  });
});
