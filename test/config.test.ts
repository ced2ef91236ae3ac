import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';

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
  ];
  for (const [env, message] of bad)
    it(`refuses ${Object.keys(env)[0]}=${Object.values(env)[0]} with a clear message`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
      );
    });
});
