import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * Connectors that never help: a TCP server that accepts connections and never answers (a Bot Connector
 * that hangs), and a port nothing listens on (a closed port).
 */
export interface HangingServer {
  url: string;
  /** Connections accepted so far. */
  accepted(): number;
  /** Connections still open (the client has not given up on them). */
  open(): number;
  stop(): Promise<void>;
}

export async function hangingServer(): Promise<HangingServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.resume(); // read and ignore the request; never write a byte back
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    accepted: () => accepted,
    open: () => sockets.size,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback URL on a port that was free a moment ago and is closed now. */
export async function closedPortUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function eventually(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`still waiting after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
