import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Framework's token issuer: an RSA signing key published through an OpenID
 * metadata document and JWKS on loopback (the SDK fetches and caches them exactly as it does
 * login.botframework.com's), and JWTs signed the way the Bot Connector signs its requests, or in the
 * ways an attacker would.
 */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export interface Issuer {
  /** The OpenID metadata document's URL, for ToBotFromChannelOpenIdMetadataUrl. */
  metadataUrl: string;
  kid: string;
  /** A JWT over these claims; `alg` RS256 with the published key unless told otherwise. */
  token(
    claims: Record<string, unknown>,
    how?: { alg?: 'RS256' | 'HS256' | 'none'; key?: KeyObject; kid?: string },
  ): string;
  /** A key pair nobody published. */
  foreignKey: KeyObject;
  stop(): Promise<void>;
}

export async function startIssuer(endorsements: string[] = ['msteams']): Promise<Issuer> {
  const kid = 'test-signing-key';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', endorsements };
  let url = '';
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration')
      return res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${url}/keys` }));
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publicPem = publicKey.export({ format: 'pem', type: 'spki' });
  return {
    metadataUrl: `${url}/.well-known/openid-configuration`,
    kid,
    foreignKey,
    token(claims, how = {}) {
      const alg = how.alg ?? 'RS256';
      const header = base64url(JSON.stringify({ alg, typ: 'JWT', kid: how.kid ?? kid }));
      const payload = base64url(JSON.stringify(claims));
      const signed = `${header}.${payload}`;
      const signature =
        alg === 'none'
          ? ''
          : alg === 'HS256'
            ? // The classic confusion: an HMAC keyed with the published public key.
              createHmac('sha256', publicPem).update(signed).digest('base64url')
            : sign('sha256', Buffer.from(signed), how.key ?? privateKey).toString('base64url');
      return `${signed}.${signature}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The claims the Bot Connector puts in a request's token, valid now for an hour. */
export function channelClaims(appId: string, serviceUrl: string, nowSeconds = Date.now() / 1000) {
  const now = Math.floor(nowSeconds);
  return {
    iss: CHANNEL_ISSUER,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
  };
}
