import assert from 'node:assert/strict';
import { browserSent, isLoopbackUrl } from '../../src/server/localMode';

describe('local mode: loopback service URLs and browser-sent requests', () => {
  for (const url of [
    'http://localhost:9/',
    'http://LOCALHOST:3978/',
    'https://localhost/',
    'http://127.0.0.1:9/',
    'http://127.255.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://[::1]:56150/',
  ])
    it(`accepts ${url}`, () => assert.equal(isLoopbackUrl(url), true));

  for (const url of [
    'https://smba.trafficmanager.net/uk/',
    'http://10.0.0.1/',
    'http://128.0.0.1/',
    'http://0.0.0.0/',
    'http://[::]/',
    'http://[::ffff:7f00:1]/',
    'http://localhost.attacker.example/',
    'http://127.0.0.1.nip.io/',
    'ftp://localhost/',
    'file:///etc/passwd',
    'localhost:9',
    '',
  ])
    it(`refuses ${url || 'an empty string'}`, () => assert.equal(isLoopbackUrl(url), false));

  it('recognises what only a browser sends', () => {
    assert.match(browserSent({ origin: 'null' }) ?? '', /Origin/);
    assert.match(browserSent({ origin: 'http://localhost:3000' }) ?? '', /Origin/);
    assert.match(browserSent({ 'sec-fetch-site': 'cross-site' }) ?? '', /cross-site/);
    assert.match(browserSent({ 'sec-fetch-site': 'same-site' }) ?? '', /same-site/);
    assert.equal(browserSent({ 'sec-fetch-site': 'none' }), null);
    assert.equal(browserSent({ 'content-type': 'application/json', 'user-agent': 'curl/8' }), null);
  });
});
