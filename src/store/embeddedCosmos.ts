import { createHttpsServer } from '@vercel/cosmosdb-server';
import type { AddressInfo } from 'node:net';
import https from 'node:https';

/**
 * A Cosmos DB-compatible server (`@vercel/cosmosdb-server`) started in this process on loopback, for
 * running with no Azure account. It serves HTTPS with a self-signed certificate, so the client gets an
 * agent that skips certificate checks; that agent is used for this loopback endpoint only.
 */
export interface EmbeddedCosmos {
  endpoint: string;
  /** Any key is accepted; the SDK needs one to sign requests. */
  key: string;
  agent: https.Agent;
  stop(): Promise<void>;
}

export async function startEmbeddedCosmos(): Promise<EmbeddedCosmos> {
  const server = createHttpsServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
  return {
    endpoint: `https://127.0.0.1:${port}`,
    key: 'embedded-cosmos-local-key',
    agent,
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
