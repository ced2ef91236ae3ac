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

  it('uses Azure Cosmos DB when COSMOS_ENDPOINT is set', () => {
    const config = loadConfig({
      COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/',
      COSMOS_KEY: 'k',
      COSMOS_DATABASE: 'prod',
    });
    assert.equal(config.store.mode, 'azure');
    assert.equal(config.seedData, false);
  });

  it('treats empty values as unset', () => {
    assert.equal(loadConfig({ COSMOS_ENDPOINT: '', MicrosoftAppId: ' ' }).store.mode, 'embedded');
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: 'eighty' }, /PORT="eighty": expected a port number/],
    [{ PORT: '70000' }, /PORT="70000": expected a port between 0 and 65535/],
    [{ COSMOS_ENDPOINT: 'not a url' }, /COSMOS_ENDPOINT="not a url": expected an https:\/\/ URL/],
    [{ SEED_DATA: 'maybe' }, /SEED_DATA="maybe": expected true or false/],
    [{ MicrosoftAppType: 'Personal' }, /MicrosoftAppType="Personal"/],
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
