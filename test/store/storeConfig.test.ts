import assert from 'node:assert/strict';
import { ConfigError, loadConfig, loadStoreServerConfig } from '../../src/config';

describe('store settings', () => {
  it('runs a local cluster against a loopback store, in local mode (no app id) and seeding', () => {
    const config = loadConfig({
      STORE_MODE: 'local-cluster',
      COSMOS_ENDPOINT: 'http://127.0.0.1:8081/',
    });
    assert.deepEqual(config.store, {
      mode: 'local-cluster',
      endpoint: 'http://127.0.0.1:8081',
      database: 'board-clerk',
    });
    assert.equal(config.seedData, true);
    assert.equal(config.bot.appId, undefined);
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    [
      'a local cluster without an endpoint',
      { STORE_MODE: 'local-cluster' },
      /STORE_MODE=local-cluster needs COSMOS_ENDPOINT/,
    ],
    [
      'a local cluster on another machine',
      { STORE_MODE: 'local-cluster', COSMOS_ENDPOINT: 'http://10.0.0.5:8081' },
      /must be a plain http:\/\/ address on this machine/,
    ],
    [
      'a local cluster over https (the local store has no TLS)',
      { STORE_MODE: 'local-cluster', COSMOS_ENDPOINT: 'https://127.0.0.1:8081' },
      /must be a plain http:\/\/ address on this machine/,
    ],
    [
      'a plain http endpoint taken for Azure',
      { COSMOS_ENDPOINT: 'http://127.0.0.1:8081', MicrosoftAppId: 'x', MicrosoftAppPassword: 'y' },
      /must be an https:\/\/ address for Azure Cosmos DB.*STORE_MODE=local-cluster/,
    ],
    [
      'an endpoint with the embedded store',
      { STORE_MODE: 'embedded', COSMOS_ENDPOINT: 'https://x.documents.azure.com' },
      /COSMOS_ENDPOINT is set but STORE_MODE=embedded/,
    ],
    [
      'an unknown mode',
      { STORE_MODE: 'cluster' },
      /STORE_MODE="cluster": expected embedded, local-cluster or azure/,
    ],
  ];
  for (const [what, env, message] of refusals)
    it(`refuses ${what}`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
      );
    });

  it('still requires an app id on Azure, not for a local cluster', () => {
    assert.throws(
      () => loadConfig({ STORE_MODE: 'azure', COSMOS_ENDPOINT: 'https://x.documents.azure.com' }),
      /MicrosoftAppId is required in production/,
    );
  });

  it('reads what `npm run store` needs, and nothing else', () => {
    assert.deepEqual(
      loadStoreServerConfig(
        { STORE_PORT: '0', DATA_DIR: 'shared', MicrosoftAppType: 'nonsense' },
        '/srv',
      ),
      {
        port: 0,
        dataDir: '/srv/shared',
        database: 'board-clerk',
        logLevel: 'info',
        heapGrowthPercent: 20,
        heapGrowthMb: 24,
      },
    );
    assert.equal(loadStoreServerConfig({}, '/srv').port, 8081);
    assert.throws(
      () => loadStoreServerConfig({ STORE_PORT: 'x' }),
      /STORE_PORT="x": expected a port number/,
    );
  });
});
