import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { download, refusedAddress } from '../../src/bot/download';

/** Downloads of files people send: https only (loopback http in local mode), size and time bounded. */
describe('bot: downloading a file a person sent', () => {
  let server: http.Server;
  let url = '';
  const held: http.ServerResponse[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/chunked') {
        // No Content-Length: the limit is counted as the body streams in.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024, 1);
        for (let i = 0; i < 40; i++) res.write(chunk);
        res.end();
      } else if (req.url === '/hang') held.push(res);
      else if (req.url === '/redirect-out') {
        res.writeHead(302, { location: 'http://example.com/file.xlsx' });
        res.end();
      } else {
        res.writeHead(200);
        res.end('hello');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    for (const r of held) r.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('accepts https anywhere, and plain http only to this machine in local mode', () => {
    const local = { allowLoopbackHttp: true };
    const production = { allowLoopbackHttp: false };
    assert.equal(refusedAddress('https://contoso.sharepoint.com/x.xlsx', production), null);
    assert.match(refusedAddress('http://127.0.0.1:9/x.xlsx', production) ?? '', /not https/);
    assert.equal(refusedAddress('http://127.0.0.1:9/x.xlsx', local), null);
    assert.match(refusedAddress('http://10.0.0.5/x.xlsx', local) ?? '', /not https/);
    assert.match(refusedAddress('file:///etc/passwd', local) ?? '', /not https/);
    assert.match(refusedAddress('https://user:pw@contoso.com/x', local) ?? '', /password/);
    assert.match(refusedAddress('not a url', local) ?? '', /not a valid URL/);
  });

  it('stops reading at the size limit even without a Content-Length', async () => {
    const got = await download(`${url}/chunked`, {
      maxBytes: 1024 * 1024,
      timeoutMs: 5_000,
      allowLoopbackHttp: true,
    });
    assert.ok('refusal' in got);
    assert.match(got.refusal, /larger than 1 MB/);
  });

  it('gives up after its timeout, and never follows a redirect somewhere it may not go', async () => {
    const slow = await download(`${url}/hang`, {
      maxBytes: 1024,
      timeoutMs: 300,
      allowLoopbackHttp: true,
    });
    assert.ok('refusal' in slow);
    assert.match(slow.refusal, /did not arrive within/);
    const away = await download(`${url}/redirect-out`, {
      maxBytes: 1024,
      timeoutMs: 2_000,
      allowLoopbackHttp: true,
    });
    assert.ok('refusal' in away);
    assert.match(away.refusal, /not https/);
    const fine = await download(`${url}/ok`, {
      maxBytes: 1024,
      timeoutMs: 2_000,
      allowLoopbackHttp: true,
    });
    assert.equal(Buffer.from(fine as Uint8Array).toString(), 'hello');
  });
});
