import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { packageRoot } from '../../src/paths';
import { ALL_CONTAINERS } from '../../src/store/containers';

/**
 * deployment/main.bicep, read as text (there is no Bicep compiler here): what it creates must be what the
 * code expects, so a change on one side without the other fails here.
 */

const root = packageRoot();
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const bicep = read('deployment/main.bicep');

/** The bracketed body (`{...}` or `[...]`) that follows the first match of `start`. */
function blockAfter(text: string, start: RegExp): string {
  const match = start.exec(text);
  assert.ok(match, `main.bicep has ${String(start)}`);
  let at = match.index + match[0].length;
  while (at < text.length && text[at] !== '{' && text[at] !== '[') at++;
  const open = text[at]!;
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === open) depth++;
    if (text[i] === close && --depth === 0) return text.slice(at + 1, i);
  }
  assert.fail(`unbalanced ${open} after ${String(start)}`);
}

/** The top-level `key: value` lines of an object body (nested blocks skipped). */
function entries(body: string): Map<string, string> {
  const result = new Map<string, string>();
  let depth = 0;
  for (const line of body.split('\n')) {
    const match = depth === 0 ? /^\s*([A-Za-z_$][\w$]*)\s*:\s*(.*?)\s*$/.exec(line) : null;
    if (match) result.set(match[1]!, match[2]!);
    for (const ch of line.replace(/'(?:[^'\\]|\\.)*'/g, "''")) {
      if (ch === '{' || ch === '[') depth++;
      if (ch === '}' || ch === ']') depth--;
    }
  }
  return result;
}

/** A parameter's default value as written (a quoted string loses its quotes). */
function paramDefault(name: string): string | undefined {
  const match = new RegExp(`^param ${name} \\w+ = (.+)$`, 'm').exec(bicep);
  return match?.[1]?.replace(/^'(.*)'$/, '$1');
}

/** The variable names src/config.ts reads: the keys of its EnvSchema object. */
function configVariables(): Set<string> {
  const config = read('src/config.ts');
  const body = blockAfter(config, /const EnvSchema = z\.object\(/);
  return new Set(entries(body).keys());
}

const appSettings = entries(
  blockAfter(
    blockAfter(bicep, /resource appSettings 'Microsoft\.Web\/sites\/config@[\w-]+' = /),
    /properties:/,
  ),
);

/** App settings the platform reads, not Board Clerk. */
const PLATFORM_SETTINGS = new Set([
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
]);

describe('Azure deployment template (deployment/main.bicep)', () => {
  it('creates exactly the Cosmos DB containers the code uses, with the same partition keys', () => {
    const list = blockAfter(bicep, /^var cosmosContainers = /m);
    const inBicep = new Map(
      [...list.matchAll(/name:\s*'([^']+)'\s+partitionKeyPath:\s*'([^']+)'/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const inCode = new Map(ALL_CONTAINERS.map((c) => [c.id, c.partitionKeyPath]));
    assert.equal(inCode.size, 5);
    assert.deepEqual(
      [...inBicep].sort(([a], [b]) => a.localeCompare(b)),
      [...inCode].sort(([a], [b]) => a.localeCompare(b)),
    );

    // The resource really creates one container per entry, with that partition key.
    const resource = blockAfter(
      bicep,
      /resource containers 'Microsoft\.DocumentDB\/databaseAccounts\/sqlDatabases\/containers@[\w-]+' = /,
    );
    assert.match(resource, /for container in cosmosContainers:/);
    assert.match(resource, /parent: cosmosDatabase\b/);
    assert.match(resource, /id: container\.name\b/);
    assert.match(resource, /paths: \[\s*container\.partitionKeyPath\s*\]/);
    assert.match(resource, /indexingMode: 'consistent'/);
    assert.match(resource, /automatic: true/);
    assert.match(resource, /includedPaths: \[\s*\{\s*path: '\/\*'\s*\}\s*\]/);
  });

  it('names the database as the app does by default, and tells the app its name', () => {
    assert.equal(paramDefault('cosmosDatabaseName'), loadConfig({}).store.database);
    assert.equal(appSettings.get('COSMOS_DATABASE'), 'cosmosDatabaseName');
    assert.match(bicep, /sqlDatabases@[\w-]+' = \{\s*parent: cosmos\s+name: cosmosDatabaseName/);
  });

  it('probes the health endpoint the server serves', () => {
    const healthCheck = /healthCheckPath: '([^']+)'/.exec(bicep)?.[1];
    assert.equal(healthCheck, '/healthz');
    assert.match(read('src/server/httpServer.ts'), /\.get\('\/healthz'/);
    assert.match(bicep, /alwaysOn: true/);
    assert.match(bicep, /linuxFxVersion: 'NODE\|20-lts'/);
    assert.match(bicep, /appCommandLine: 'npm run serve'/);
    assert.match(read('package.json'), /"serve": "node [^"]*dist\/src\/index\.js"/);
    assert.equal(paramDefault('appServiceCapacity'), '2');
  });

  it('points the Azure Bot at the route the app serves, single tenant, with Teams on', () => {
    assert.match(
      bicep,
      /endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/,
    );
    assert.match(read('src/bot/messagesEndpoint.ts'), /\.post\('\/api\/messages'/);
    assert.match(bicep, /msaAppType: 'SingleTenant'/);
    assert.match(bicep, /msaAppTenantId: microsoftAppTenantId/);
    const channel = blockAfter(
      bicep,
      /resource teamsChannel 'Microsoft\.BotService\/botServices\/channels@[\w-]+' = /,
    );
    assert.match(channel, /channelName: 'MsTeamsChannel'/);
    assert.match(channel, /isEnabled: true/);
  });

  it('sets only app settings that src/config.ts reads, besides the platform’s own', () => {
    const variables = configVariables();
    assert.ok(variables.has('COSMOS_ENDPOINT') && variables.has('MicrosoftAppId'), 'config parsed');
    // .env.example documents variables of the same set.
    for (const name of read('.env.example').matchAll(/^([A-Za-z_]\w*)=/gm))
      assert.ok(variables.has(name[1]!), `${name[1]} from .env.example is read by src/config.ts`);

    for (const name of appSettings.keys())
      assert.ok(
        variables.has(name) || PLATFORM_SETTINGS.has(name),
        `app setting ${name} is neither read by src/config.ts nor a platform setting`,
      );
    for (const name of [
      'COSMOS_ENDPOINT',
      'COSMOS_DATABASE',
      'MicrosoftAppId',
      'MicrosoftAppPassword',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
      'SEED_DATA',
      'ALLOWED_TENANTS',
      ...PLATFORM_SETTINGS,
    ])
      assert.ok(appSettings.has(name), `app setting ${name} is set`);
    assert.ok(!appSettings.has('COSMOS_KEY'), 'no Cosmos DB key: the managed identity signs in');
  });

  it('keeps the bot secret in Key Vault and signs in to Cosmos DB with the managed identity', () => {
    assert.match(
      appSettings.get('MicrosoftAppPassword') ?? '',
      /^'@Microsoft\.KeyVault\(SecretUri=\$\{appPasswordSecret\.properties\.secretUri\}\)'$/,
    );
    assert.match(bicep, /enableRbacAuthorization: true/);
    assert.match(bicep, /keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'/);
    assert.match(bicep, /cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    assert.match(
      blockAfter(bicep, /resource cosmosDataContributor '[^']+' = /),
      /principalId: webApp\.identity\.principalId/,
    );
    assert.match(bicep, /type: 'SystemAssigned'/);
    assert.match(bicep, /name: 'EnableServerless'/);
    assert.match(bicep, /disableLocalAuth: true/);
    assert.equal(paramDefault('seedData'), 'false');
  });

  it('gives the app settings that Board Clerk accepts in production', () => {
    // Deploy-time values stand in for the expressions; parameters take their defaults.
    const samples: Record<string, string> = {
      'cosmos.properties.documentEndpoint': 'https://board-clerk-abc.documents.azure.com:443/',
      microsoftAppId: '5b1f6a3e-8c4d-4e2a-9f1b-2c3d4e5f6a7b',
      microsoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      'appInsights.properties.ConnectionString':
        'InstrumentationKey=00000000-0000-0000-0000-000000000000',
    };
    const env: Record<string, string> = {};
    for (const [name, expression] of appSettings) {
      const literal = /^'([^'$]*)'$/.exec(expression)?.[1];
      const value =
        literal ??
        (expression.startsWith("'@Microsoft.KeyVault(") ? 'secret-from-key-vault' : undefined) ??
        samples[expression] ??
        paramDefault(expression);
      assert.ok(value !== undefined, `no sample value for ${name}: ${expression}`);
      env[name] = value;
    }
    const config = loadConfig(env);
    assert.deepEqual(config.store, {
      mode: 'azure',
      endpoint: samples['cosmos.properties.documentEndpoint'],
      key: undefined,
      database: 'board-clerk',
    });
    assert.equal(config.bot.appType, 'SingleTenant');
    assert.equal(config.bot.appId, samples.microsoftAppId);
    assert.deepEqual(config.allowedTenants, [samples.microsoftAppTenantId]);
    assert.equal(config.seedData, false);
  });

  it('outputs the host name, bot endpoint and Cosmos DB endpoint', () => {
    for (const output of ['webAppHostName', 'botEndpoint', 'cosmosEndpoint'])
      assert.match(bicep, new RegExp(`^output ${output} string = `, 'm'));
  });
});
