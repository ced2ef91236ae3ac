import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildAppPackage } from '../../scripts/packaging/appPackage';
import { checkIcon, ICONS, readPng } from '../../scripts/packaging/icons';
import {
  buildManifest,
  type Manifest,
  PackageError,
  validateManifest,
} from '../../scripts/packaging/manifest';
import { buildZip, readZip } from '../../scripts/packaging/zip';
import { packageRoot } from '../../src/paths';
import { understand } from '../../src/questions/understand';
import { bundledReferenceData } from '../helpers/dataset';
import { tempDir } from '../helpers/tempDir';

const APP_ID = '5b1f6a3e-8c4d-4e2a-9f1b-2c3d4e5f6a7b';
const DOMAIN = 'board-clerk-abc123.azurewebsites.net';
const MANIFEST_DIR = path.join(packageRoot(), 'manifest');

function template(): Promise<string> {
  return readFile(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
}

async function validManifest(): Promise<Manifest> {
  return buildManifest(await template(), { appId: APP_ID, domain: DOMAIN });
}

function extensionCommands(m: Record<string, unknown>): Record<string, unknown>[] {
  return (m.composeExtensions as { commands: Record<string, unknown>[] }[])[0]!.commands;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PackageError, `expected a PackageError, got ${String(e)}`);
    return e.problems;
  }
  assert.fail('expected a PackageError');
}

describe('Teams app package', () => {
  it('zips manifest.json, color.png and outline.png at its root, with the ids and domain substituted', async () => {
    const built = await buildAppPackage({ appId: APP_ID, domain: DOMAIN });
    const entries = readZip(built.zip);
    assert.deepEqual(entries.map((e) => e.name).sort(), [
      'color.png',
      'manifest.json',
      'outline.png',
    ]);

    const text = entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8');
    assert.ok(!text.includes('{{'), 'no placeholder is left');
    const manifest = JSON.parse(text) as {
      $schema: string;
      manifestVersion: string;
      id: string;
      bots: { botId: string }[];
      validDomains: string[];
      icons: { color: string; outline: string };
    };
    assert.equal(
      manifest.$schema,
      'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json',
    );
    assert.equal(manifest.manifestVersion, '1.19');
    assert.equal(manifest.id, APP_ID);
    assert.equal(manifest.bots[0]!.botId, APP_ID);
    assert.deepEqual(manifest.validDomains, [DOMAIN]);
    assert.deepEqual(validateManifest(manifest, { domain: DOMAIN }), []);

    for (const [kind, expected] of Object.entries(ICONS)) {
      const png = entries.find((e) => e.name === manifest.icons[kind as keyof typeof ICONS])!.data;
      const image = readPng(png);
      assert.equal(image.width, expected.size, `${kind} width`);
      assert.equal(image.height, expected.size, `${kind} height`);
    }
    // Nothing varies between builds: the same inputs give the same bytes.
    assert.ok(built.zip.equals((await buildAppPackage({ appId: APP_ID, domain: DOMAIN })).zip));
  });

  it('writes ids in lower case and warns that the developer details are placeholders', async () => {
    const built = await buildAppPackage({
      appId: APP_ID.toUpperCase(),
      domain: DOMAIN.toUpperCase(),
    });
    assert.equal(built.manifest.id, APP_ID);
    assert.deepEqual(built.manifest.validDomains, [DOMAIN]);
    assert.ok(built.warnings.some((w) => /^\/developer\/websiteUrl is a placeholder/.test(w)));
  });

  it('offers the bot in personal chats, teams and group chats, with a command list for each scope', async () => {
    const bot = (
      (await validManifest()).bots as {
        scopes: string[];
        commandLists: { scopes: string[]; commands: { title: string }[] }[];
      }[]
    )[0]!;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.deepEqual(
      bot.commandLists.map((l) => l.scopes),
      [['personal'], ['team'], ['groupChat']],
    );
    const personal = bot.commandLists[0]!.commands.map((c) => c.title);
    for (const title of [
      'what is BAF 1 score?',
      'my overdue actions',
      'which risks are above appetite?',
      'next board agenda',
      'help',
      'new meeting',
      'send reminder',
      'broadcasts',
      'chase overdue actions',
    ])
      assert.ok(personal.includes(title), `personal commands include "${title}"`);
  });

  it('lists only commands that Board Clerk understands', async () => {
    const { vocabulary } = await bundledReferenceData();
    const lists = (
      (await validManifest()).bots as { commandLists: { commands: { title: string }[] }[] }[]
    )[0]!.commandLists;
    for (const { title } of lists.flatMap((l) => l.commands)) {
      const question = understand(title, { vocabulary, now: new Date('2026-01-15T10:00:00Z') });
      assert.notEqual(question.intent, 'unknown', `"${title}" is understood`);
    }
  });

  it('takes files in personal chats, so a board secretary can send spreadsheets to import', async () => {
    const bot = (
      (await validManifest()).bots as { supportsFiles: boolean; scopes: string[] }[]
    )[0]!;
    assert.equal(bot.supportsFiles, true);
    assert.ok(bot.scopes.includes('personal'));
  });

  describe('search from the compose box (message extension)', () => {
    interface Command {
      id: string;
      type: string;
      title: string;
      description: string;
      initialRun: boolean;
      context: string[];
      parameters: { name: string; title: string; description: string; inputType: string }[];
    }
    interface Extension {
      botId: string;
      composeExtensionType: string;
      commands: Command[];
      messageHandlers: unknown[];
    }
    const extensions = async () => (await validManifest()).composeExtensions as Extension[];

    it('is answered by Board Clerk’s bot, with actions first, then risks, then minutes', async () => {
      const all = await extensions();
      assert.equal(all.length, 1);
      const extension = all[0]!;
      assert.equal(extension.botId, APP_ID);
      assert.equal(extension.composeExtensionType, 'botBased');
      // Teams opens the first command's tab: the actions the user owns are the most useful start.
      assert.deepEqual(
        extension.commands.map((c) => c.id),
        ['action', 'risk', 'minute'],
      );
    });

    it('searches as the user types, in the compose box and the command box, and opens on defaults', async () => {
      for (const command of (await extensions())[0]!.commands) {
        assert.equal(command.type, 'query', command.id);
        assert.deepEqual([...command.context].sort(), ['commandBox', 'compose'], command.id);
        assert.equal(
          command.initialRun,
          true,
          `${command.id} shows results before anything is typed`,
        );
        assert.equal(command.parameters.length, 1, `${command.id} has one search box`);
        const [box] = command.parameters;
        assert.equal(box!.name, 'searchQuery', command.id);
        assert.equal(box!.inputType, 'text', command.id);
        assert.match(box!.description, /, e\.g\. .+ or .+$/, `${command.id} hints with examples`);
        assert.match(
          command.description,
          /^Share .+\. Opens on .+\.$/,
          `${command.id} says what it opens on`,
        );
      }
    });

    it('names each search in a director’s words', async () => {
      const [action, risk, minute] = (await extensions())[0]!.commands;
      assert.equal(action!.title, 'Actions');
      assert.match(action!.description, /owner, due date and progress/);
      assert.match(action!.description, /your overdue actions/);
      assert.equal(risk!.title, 'Risks');
      assert.match(
        risk!.description,
        /Board Assurance Framework risk with its score, appetite and lead/,
      );
      assert.match(risk!.description, /risks above appetite/);
      assert.equal(minute!.title, 'Minutes and meetings');
      assert.match(minute!.description, /meeting or what the board minuted and resolved/);
      for (const text of [action, risk, minute].flatMap((c) => [c!.title, c!.description]))
        assert.doesNotMatch(text, /\b(query|id|JSON|invoke)\b/i, `no developer words in "${text}"`);
    });

    it('unfurls links to Board Clerk’s own domain only', async () => {
      assert.deepEqual((await extensions())[0]!.messageHandlers, [
        { type: 'link', value: { domains: [DOMAIN] } },
      ]);
    });
  });

  describe('validation', () => {
    const cases: [string, (m: Record<string, unknown>) => void, RegExp][] = [
      ['no bots', (m) => delete m.bots, /^\/bots must declare exactly one bot/],
      ['a version that is a number', (m) => (m.version = 1.0), /^\/version must be string$/],
      [
        'a version that is not semver',
        (m) => (m.version = '1.0'),
        /^\/version must be MAJOR\.MINOR\.PATCH/,
      ],
      ['an id that is not a GUID', (m) => (m.id = 'board-clerk'), /^\/id must match pattern/],
      [
        'an accent colour that is not a colour',
        (m) => (m.accentColor = 'NHS blue'),
        /^\/accentColor must match pattern "\^#\[0-9a-fA-F\]\{6\}\$"$/,
      ],
      [
        'another manifest version',
        (m) => (m.manifestVersion = '1.20'),
        /^\/manifestVersion must be equal to constant$/,
      ],
      [
        'a property the schema does not know',
        (m) => (m.colour = '#005EB8'),
        /^\(manifest\) must NOT have additional properties: "colour"$/,
      ],
      [
        'a developer URL without https',
        (m) => ((m.developer as Record<string, unknown>).privacyUrl = 'example.nhs.uk/privacy'),
        /^\/developer\/privacyUrl must match pattern/,
      ],
      [
        'a bot id other than the app id',
        (m) =>
          ((m.bots as Record<string, unknown>[])[0]!.botId =
            '00000000-0000-4000-8000-000000000000'),
        /^\/bots\/0\/botId must equal \/id/,
      ],
      [
        'a bot missing the team scope',
        (m) => ((m.bots as Record<string, unknown>[])[0]!.scopes = ['personal', 'groupChat']),
        /^\/bots\/0\/scopes must include "team"$/,
      ],
      [
        'a command title too long for Teams',
        (m) => {
          const lists = (m.bots as { commandLists: { commands: { title: string }[] }[] }[])[0]!
            .commandLists;
          lists[0]!.commands[0]!.title = 'what did the board resolve at GTB/25/15?';
        },
        /^\/bots\/0\/commandLists\/0\/commands\/0\/title must NOT have more than 32 characters$/,
      ],
      [
        'a placeholder left in',
        (m) => (m.validDomains = ['{{BOT_DOMAIN}}']),
        /^\/validDomains\/0 still holds the placeholder \{\{BOT_DOMAIN\}\}/,
      ],
      [
        'file support that is not a yes or no',
        (m) => ((m.bots as Record<string, unknown>[])[0]!.supportsFiles = 'yes'),
        /^\/bots\/0\/supportsFiles must be boolean$/,
      ],
      [
        'a message extension answered by another bot',
        (m) =>
          ((m.composeExtensions as Record<string, unknown>[])[0]!.botId =
            '00000000-0000-4000-8000-000000000000'),
        /^\/composeExtensions\/0\/botId must equal \/id/,
      ],
      [
        'two message extensions',
        (m) => {
          const extensions = m.composeExtensions as unknown[];
          extensions.push(structuredClone(extensions[0]));
        },
        /^\/composeExtensions must NOT have more than 1 items$/,
      ],
      [
        'a search command of a type Teams does not know',
        (m) => (extensionCommands(m)[0]!.type = 'search'),
        /^\/composeExtensions\/0\/commands\/0\/type must be equal to one of the allowed values: \["query","action"\]$/,
      ],
      [
        'a search description too long for Teams',
        (m) => (extensionCommands(m)[1]!.description = 'x'.repeat(129)),
        /^\/composeExtensions\/0\/commands\/1\/description must NOT have more than 128 characters$/,
      ],
      [
        'link unfurling for a domain Board Clerk does not serve',
        (m) => {
          const [extension] = m.composeExtensions as { messageHandlers: unknown[] }[];
          extension!.messageHandlers = [
            { type: 'link', value: { domains: ['elsewhere.example.org'] } },
          ];
        },
        /^\/composeExtensions\/0\/messageHandlers\/0\/value\/domains\/0 "elsewhere\.example\.org" must be among \/validDomains/,
      ],
    ];

    it('accepts the manifest built from the template', async () => {
      assert.deepEqual(validateManifest(await validManifest(), { domain: DOMAIN }), []);
    });

    for (const [name, spoil, expected] of cases)
      it(`rejects ${name}`, async () => {
        const manifest = await validManifest();
        spoil(manifest);
        const problems = validateManifest(manifest);
        assert.ok(
          problems.some((p) => expected.test(p)),
          `expected a problem matching ${String(expected)}, got ${JSON.stringify(problems)}`,
        );
      });

    it('requires the bot domain among validDomains', async () => {
      assert.deepEqual(
        validateManifest(await validManifest(), { domain: 'elsewhere.example.org' }),
        ["/validDomains must include the bot's domain elsewhere.example.org"],
      );
    });
  });

  describe('settings', () => {
    const refused: [string, { appId?: string; domain?: string }, RegExp][] = [
      [
        'an app id that is not a GUID',
        { appId: 'board-clerk', domain: DOMAIN },
        /^MicrosoftAppId "board-clerk" is not a GUID/,
      ],
      ['no app id', { domain: DOMAIN }, /^MicrosoftAppId is not set/],
      [
        'a domain with a scheme',
        { appId: APP_ID, domain: `https://${DOMAIN}/api/messages` },
        new RegExp(
          `^BOT_DOMAIN ".*" must be a host name without a scheme: write ${DOMAIN.replace(/\./g, '\\.')}$`,
        ),
      ],
      ['no domain', { appId: APP_ID, domain: ' ' }, /^BOT_DOMAIN is not set/],
      [
        'a domain with a path',
        { appId: APP_ID, domain: `${DOMAIN}/api` },
        /^BOT_DOMAIN ".*" is not a host name/,
      ],
    ];
    for (const [name, settings, expected] of refused)
      it(`refuses ${name}`, async () => {
        const tpl = await template();
        const problems = problemsOf(() => buildManifest(tpl, settings));
        assert.equal(problems.length, 1, JSON.stringify(problems));
        assert.match(problems[0]!, expected);
      });

    it('refuses to build a package with a bad app id', async () => {
      await assert.rejects(buildAppPackage({ appId: '1234', domain: DOMAIN }), (e: unknown) => {
        assert.ok(e instanceof PackageError);
        assert.match(e.message, /MicrosoftAppId "1234" is not a GUID/);
        return true;
      });
    });
  });

  describe('icons', () => {
    it('ships a 192x192 colour icon and a 32x32 white-on-transparent outline icon', async () => {
      const color = await readFile(path.join(MANIFEST_DIR, 'color.png'));
      const outline = await readFile(path.join(MANIFEST_DIR, 'outline.png'));
      assert.deepEqual(checkIcon('color.png', color, ICONS.color), []);
      assert.deepEqual(checkIcon('outline.png', outline, ICONS.outline), []);

      const c = readPng(color);
      assert.equal(c.width, 192);
      const at = (x: number, y: number): number[] => [
        ...c.rgba.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4),
      ];
      assert.deepEqual(at(0, 0), [255, 255, 255, 0], 'rounded corner is transparent');
      assert.deepEqual(at(20, 96), [0x00, 0x5e, 0xb8, 255], 'NHS blue background');

      const o = readPng(outline);
      let opaqueWhite = 0;
      for (let p = 0; p < 32 * 32; p++) {
        const [r, g, b, a] = o.rgba.subarray(p * 4, p * 4 + 4);
        if (a) assert.deepEqual([r, g, b], [255, 255, 255], `outline pixel ${p} is white`);
        if (a === 255) opaqueWhite++;
      }
      assert.ok(opaqueWhite > 50, `outline draws something (${opaqueWhite} opaque pixels)`);
    });

    it('rejects icons of the wrong size, colour or format', async () => {
      const color = await readFile(path.join(MANIFEST_DIR, 'color.png'));
      const outline = await readFile(path.join(MANIFEST_DIR, 'outline.png'));
      assert.deepEqual(checkIcon('color.png', outline, ICONS.color), [
        'color.png is 32x32 pixels; Teams needs 192x192',
      ]);
      const asOutline = checkIcon('outline.png', color, ICONS.outline);
      assert.equal(asOutline[0], 'outline.png is 192x192 pixels; Teams needs 32x32');
      assert.match(
        asOutline[1] ?? '',
        /^outline\.png must be white on a transparent background: pixel \(\d+, \d+\) is #005eb8$/,
      );
      assert.deepEqual(checkIcon('color.png', Buffer.from('GIF89a...'), ICONS.color), [
        'color.png is not a PNG file',
      ]);
    });

    it('refuses to package icons that do not fit', async () => {
      const { dir, cleanup } = await tempDir();
      try {
        await copyFile(path.join(MANIFEST_DIR, 'manifest.json'), path.join(dir, 'manifest.json'));
        await copyFile(path.join(MANIFEST_DIR, 'outline.png'), path.join(dir, 'outline.png'));
        await copyFile(path.join(MANIFEST_DIR, 'outline.png'), path.join(dir, 'color.png'));
        await assert.rejects(
          buildAppPackage({ appId: APP_ID, domain: DOMAIN }, dir),
          /color\.png is 32x32 pixels/,
        );
        await writeFile(path.join(dir, 'color.png'), 'not a png');
        await assert.rejects(
          buildAppPackage({ appId: APP_ID, domain: DOMAIN }, dir),
          /color\.png is not a PNG file/,
        );
      } finally {
        await cleanup();
      }
    });
  });

  describe('zip', () => {
    it('round-trips deflated and stored entries and checks their CRCs', () => {
      const text = Buffer.from('Board Clerk '.repeat(200));
      const noise = randomBytes(300); // incompressible, so stored
      const zip = buildZip([
        { name: 'manifest.json', data: text },
        { name: 'noise.bin', data: noise },
        { name: 'empty.txt', data: Buffer.alloc(0) },
      ]);
      assert.equal(zip.readUInt32LE(0), 0x04034b50, 'starts with a local file header');
      const entries = readZip(zip);
      assert.deepEqual(
        entries.map((e) => [e.name, e.data.toString('hex')]),
        [
          ['manifest.json', text.toString('hex')],
          ['noise.bin', noise.toString('hex')],
          ['empty.txt', ''],
        ],
      );
      assert.ok(zip.length < text.length, 'repetitive text is deflated');

      const corrupt = Buffer.from(zip);
      const at = corrupt.indexOf(noise.subarray(0, 16));
      assert.ok(at > 0, 'the noise entry is stored as is');
      corrupt.writeUInt8(corrupt.readUInt8(at) ^ 0xff, at);
      assert.throws(() => readZip(corrupt), /noise\.bin fails its CRC check/);
      assert.throws(() => buildZip([{ name: '../evil', data: text }]), /bad zip entry name/);
    });
  });

  describe('npm run package', () => {
    const script = path.join(packageRoot(), 'scripts', 'package-app.ts');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: packageRoot(),
        encoding: 'utf8',
        env: { ...process.env, MicrosoftAppId: '', BOT_DOMAIN: '' },
        timeout: 60_000,
      });

    it('writes the package where --out says', async () => {
      const { dir, cleanup } = await tempDir();
      try {
        const out = path.join(dir, 'app.zip');
        const result = run(['--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /manifest valid against schema 1\.19/);
        const names = readZip(await readFile(out)).map((e) => e.name);
        assert.deepEqual(names.sort(), ['color.png', 'manifest.json', 'outline.png']);
      } finally {
        await cleanup();
      }
    });

    it('fails with a clear message for a bad app id or a domain with a scheme', () => {
      const result = run([
        '--app-id',
        'my-bot',
        '--domain',
        `https://${DOMAIN}`,
        '--out',
        '/nonexistent/x.zip',
      ]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /MicrosoftAppId "my-bot" is not a GUID/);
      assert.match(result.stderr, /must be a host name without a scheme/);
    });
  });
});
