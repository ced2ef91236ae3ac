import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/paths';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({}, '/srv/app');
    assert.equal(config.port, 3978);
    assert.deepEqual(config.store, {
      mode: 'embedded',
      dataDir: '/srv/app/.data',
      database: 'board-clerk',
    });
    assert.equal(config.seedData, true);
    assert.equal(config.bot.appId, undefined);
  });

  const production = {
    COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/',
    COSMOS_DATABASE: 'prod',
    MicrosoftAppId: '5b1f6a3e-8c4d-4e2a-9f1b-2c3d4e5f6a7b',
    MicrosoftAppPassword: 'secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  };

  it('uses Azure Cosmos DB when COSMOS_ENDPOINT is set, with a managed identity when there is no key', () => {
    const config = loadConfig(production);
    assert.deepEqual(config.store, {
      mode: 'azure',
      endpoint: production.COSMOS_ENDPOINT,
      key: undefined,
      database: 'prod',
    });
    assert.equal(config.seedData, false);
    assert.equal(loadConfig({ ...production, SEED_DATA: 'true' }).seedData, true);
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    [
      'no bot identity in production',
      {
        ...production,
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppType: '',
        MicrosoftAppTenantId: '',
      },
      /MicrosoftAppId is required in production/,
    ],
    [
      'an app id without its password',
      { ...production, MicrosoftAppPassword: '' },
      /MicrosoftAppPassword is required with MicrosoftAppType=SingleTenant/,
    ],
    [
      'single-tenant without a tenant',
      { ...production, MicrosoftAppTenantId: '' },
      /MicrosoftAppTenantId is required with MicrosoftAppType=SingleTenant/,
    ],
    [
      'a managed identity with a password',
      { ...production, MicrosoftAppType: 'UserAssignedMSI' },
      /must not be set with MicrosoftAppType=UserAssignedMSI/,
    ],
    [
      'a Cosmos key without an endpoint',
      { COSMOS_KEY: 'k' },
      /COSMOS_KEY is set but COSMOS_ENDPOINT is not/,
    ],
    [
      'a password without an app id',
      { MicrosoftAppPassword: 'secret' },
      /MicrosoftAppPassword, MicrosoftAppTenantId or MicrosoftAppType is set but MicrosoftAppId is not/,
    ],
  ];
  for (const [what, env, message] of refusals)
    it(`refuses to start with ${what}`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
      );
    });

  it('accepts a complete production configuration', () => {
    assert.doesNotThrow(() => loadConfig(production));
    assert.doesNotThrow(() =>
      loadConfig({ ...production, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: '' }),
    );
  });

  it('reads the allowed tenants and the organisation', () => {
    const config = loadConfig({
      ALLOWED_TENANTS: ' 72F988BF-86F1-41AF-91AB-2D7CD011DB47 , ',
      ORGANISATION_ID: 'lpt',
    });
    assert.deepEqual(config.allowedTenants, ['72f988bf-86f1-41af-91ab-2d7cd011db47']);
    assert.equal(config.organisationId, 'lpt');
    assert.throws(
      () => loadConfig({ ALLOWED_TENANTS: 'contoso' }),
      /ALLOWED_TENANTS="contoso": expected a comma-separated list of tenant GUIDs/,
    );
  });

  it('lets the heap grow a fifth past its live data unless told otherwise', () => {
    assert.equal(loadConfig({}).heapGrowthPercent, 20);
    assert.equal(loadConfig({}).heapGrowthMb, 24);
    assert.equal(loadConfig({ HEAP_GROWTH_MB: '0' }).heapGrowthMb, 0, 'the percentage alone');
    assert.equal(loadConfig({ HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent, 0, "V8's own choice");
  });

  it('reads the reminder settings', () => {
    const config = loadConfig({
      SECRETARIAT_CHANNEL_ID: '19:secretariat@thread.tacv2',
      REMINDER_SCHEDULE:
        '{"*":{"weekBefore":null},"Group Trust Board":{"dayBefore":{"daysBefore":2,"at":"08:30"}}}',
      SCHEDULER_INTERVAL_SECONDS: '30',
      WEEKLY_CHASERS: 'false',
      TEAMS_RATE_HEADROOM_PERCENT: '10',
    });
    assert.deepEqual(config.reminders, {
      secretariatChannelId: '19:secretariat@thread.tacv2',
      schedule: {
        '*': { weekBefore: null },
        'Group Trust Board': { dayBefore: { daysBefore: 2, at: '08:30' } },
      },
      intervalMs: 30_000,
      weeklyChasers: false,
      rateHeadroomPercent: 10,
    });
    assert.equal(
      loadConfig({}).reminders.rateHeadroomPercent,
      20,
      'a fifth kept in hand by default',
    );
  });

  it('documents every variable in .env.example and the README', () => {
    const root = packageRoot();
    const example = readFileSync(path.join(root, '.env.example'), 'utf8');
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) {
      assert.match(example, new RegExp(`^${name}=`, 'm'), `${name} in .env.example`);
      assert.match(readme, new RegExp(`\\| \`${name}\``), `${name} in the README table`);
    }
  });

  it('treats empty values as unset', () => {
    assert.equal(loadConfig({ COSMOS_ENDPOINT: '', MicrosoftAppId: ' ' }).store.mode, 'embedded');
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: 'eighty' }, /PORT="eighty": expected a port number/],
    [{ PORT: '70000' }, /PORT="70000": expected a port between 0 and 65535/],
    [{ COSMOS_ENDPOINT: 'not a url' }, /COSMOS_ENDPOINT="not a url": expected an https:\/\/ URL/],
    [{ SEED_DATA: 'maybe' }, /SEED_DATA="maybe": expected true or false/],
    [
      { MicrosoftAppId: 'x', MicrosoftAppPassword: 'y', MicrosoftAppType: 'Personal' },
      /MicrosoftAppType="Personal"/,
    ],
    [{ COSMOS_DATABASE: 'a b' }, /COSMOS_DATABASE="a b"/],
    [{ REMINDER_SCHEDULE: '{not json' }, /REMINDER_SCHEDULE="\{not json": expected JSON/],
    [
      { REMINDER_SCHEDULE: '{"Group Trust Board":{"dayBefore":{"daysBefore":1,"at":"9am"}}}' },
      /REMINDER_SCHEDULE=.*expected a time as HH:MM/,
    ],
    [
      { SECRETARIAT_CHANNEL_ID: 'general' },
      /SECRETARIAT_CHANNEL_ID="general": expected a Teams channel id/,
    ],
    [
      { SCHEDULER_INTERVAL_SECONDS: '0' },
      /SCHEDULER_INTERVAL_SECONDS="0": expected at least 1 second/,
    ],
    [{ WEEKLY_CHASERS: 'sometimes' }, /WEEKLY_CHASERS="sometimes": expected true or false/],
    [{ TEAMS_RATE_HEADROOM_PERCENT: '95' }, /TEAMS_RATE_HEADROOM_PERCENT="95": expected 0 to 90/],
    [{ HEAP_GROWTH_PERCENT: '500' }, /HEAP_GROWTH_PERCENT="500": expected 0 \(V8 decides\) to 300/],
    [{ HEAP_GROWTH_PERCENT: 'lots' }, /HEAP_GROWTH_PERCENT="lots": expected a percentage/],
    [{ HEAP_GROWTH_MB: '2048' }, /HEAP_GROWTH_MB="2048": expected 0 to 1024 megabytes/],
  ];
  for (const [env, message] of bad)
    it(`refuses ${Object.keys(env)[0]}=${Object.values(env)[0]} with a clear message`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
      );
    });
});
