// Benchmark (not a test): what the embedded store costs. Prints figures, checks nothing but the targets
// it prints beside them.
//   - journal write throughput: acknowledged replaces of one action, one writer, and 16 writers on 16
//     actions (each acknowledged write is durable, so this is fsync-bound);
//   - importing 10,000 actions (creates, 32 at a time; target: within 30 s);
//   - creating 1,000 delivery records one by one (8 at a time, as the delivery engine did) and in bulk
//     (`createDeliveries`);
//   - point-read latency through the SDK: the package's server over HTTPS as Board Clerk ran it before
//     (connection closed after every answer), over HTTPS and HTTP with keep-alive, and the durable
//     embedded store (plain HTTP, keep-alive).
// Usage: npm run bench:store -- [--actions N] [--deliveries N]
import { CosmosClient } from '@azure/cosmos';
import { createHttpServer, createHttpsServer } from '@vercel/cosmosdb-server';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { delivery } from '../test/store/storeContract';
import { openTestStore } from '../test/helpers/embeddedStore';
import { testAction, testOrganisation } from '../test/helpers/fixtures';

const { values } = parseArgs({
  options: {
    actions: { type: 'string', default: '10000' },
    deliveries: { type: 'string', default: '1000' },
  },
});
const ACTIONS = Number(values.actions);
const DELIVERIES = Number(values.deliveries);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<unknown>,
) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(work));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const perSecond = (count: number, elapsedMs: number) =>
  `${Math.round((count / elapsedMs) * 1000)}/s`;

async function journalThroughput(): Promise<void> {
  const opened = await openTestStore();
  try {
    const store = opened.store;
    await store.create(testOrganisation);
    const writers = 16;
    for (let w = 0; w < writers; w++) await store.create(testAction(w));
    const rounds = 200;
    const replaceLoop = async (n: number, count: number) => {
      let current = (await store.get('action', 'test-trust', `act-test-${n}`))!;
      for (let i = 0; i < count; i++)
        current = await store.replace(
          { ...current.value, revision: current.value.revision + 1 },
          current.etag,
        );
    };
    const one = await timed(() => replaceLoop(0, rounds));
    console.log(
      `journal, 1 writer:     ${rounds} acknowledged writes in ${ms(one)} (${perSecond(rounds, one)})`,
    );
    const many = await timed(() =>
      Promise.all(Array.from({ length: writers }, (_, w) => replaceLoop(w, rounds / 4))),
    );
    const total = (writers * rounds) / 4;
    console.log(
      `journal, ${writers} writers:   ${total} acknowledged writes in ${ms(many)} (${perSecond(total, many)})`,
    );
  } finally {
    await opened.dispose();
  }
}

async function importActions(): Promise<void> {
  const opened = await openTestStore();
  try {
    const store = opened.store;
    await store.create(testOrganisation);
    const actions = Array.from({ length: ACTIONS }, (_, i) => testAction(1000 + i));
    const elapsed = await timed(() => inBatches(actions, 32, (a) => store.create(a)));
    const target =
      ACTIONS === 10_000 ? ` (target: within 30 s: ${elapsed <= 30_000 ? 'met' : 'MISSED'})` : '';
    console.log(
      `import:                ${ACTIONS} action creates in ${ms(elapsed)} (${perSecond(ACTIONS, elapsed)})${target}`,
    );
  } finally {
    await opened.dispose();
  }
}

async function createDeliveries(): Promise<void> {
  const opened = await openTestStore();
  try {
    const store = opened.store;
    const oneByOne = Array.from({ length: DELIVERIES }, (_, i) => delivery('job-bench-a', i));
    const single = await timed(() => inBatches(oneByOne, 8, (d) => store.createDelivery(d)));
    console.log(
      `deliveries, one by one: ${DELIVERIES} creates in ${ms(single)} (${perSecond(DELIVERIES, single)})`,
    );
    const bulk = Array.from({ length: DELIVERIES }, (_, i) => delivery('job-bench-b', i));
    const elapsed = await timed(() => store.createDeliveries(bulk));
    console.log(
      `deliveries, in bulk:    ${DELIVERIES} creates in ${ms(elapsed)} (${perSecond(DELIVERIES, elapsed)}, ${(single / elapsed).toFixed(1)}x faster)`,
    );
  } finally {
    await opened.dispose();
  }
}

/** Latency of `reads` sequential point reads, in ms, sorted. */
async function pointReads(read: () => Promise<unknown>, reads = 2000): Promise<number[]> {
  for (let i = 0; i < 100; i++) await read();
  const samples: number[] = [];
  for (let i = 0; i < reads; i++) samples.push(await timed(read));
  return samples.sort((a, b) => a - b);
}

function printLatency(label: string, samples: number[]): void {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${label.padEnd(40)} ${samples.length} point reads, p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, mean ${ms(mean)}`,
  );
}

/**
 * Point reads through the SDK: against the package's server over HTTPS as Board Clerk used it before
 * (the server closes the connection after every answer, so every request is a new TLS handshake), over
 * HTTPS and HTTP with keep-alive, and against the durable embedded store (plain HTTP, keep-alive).
 */
async function transportLatency(): Promise<void> {
  const variants = [
    { label: 'package server, https, as before', scheme: 'https', keepAlive: false },
    { label: 'package server, https, keep-alive', scheme: 'https', keepAlive: true },
    { label: 'package server, http, keep-alive', scheme: 'http', keepAlive: true },
  ] as const;
  for (const v of variants) {
    const server =
      v.scheme === 'https'
        ? createHttpsServer({ keepAlive: v.keepAlive })
        : createHttpServer({ keepAlive: v.keepAlive });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Over HTTPS the self-signed certificate needs an agent; over HTTP the SDK's own keep-alive agent.
    const agent =
      v.scheme === 'https'
        ? new https.Agent({ rejectUnauthorized: false, keepAlive: true })
        : undefined;
    const client = new CosmosClient({
      endpoint: `${v.scheme}://127.0.0.1:${port}`,
      key: 'bench',
      ...(agent ? { agent } : {}),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    try {
      const { database } = await client.databases.createIfNotExists({ id: 'bench' });
      const { container } = await database.containers.createIfNotExists({
        id: 'c',
        partitionKey: { paths: ['/pk'] },
      });
      await container.items.create({ id: 'doc', pk: 'p', text: 'x'.repeat(1000) });
      printLatency(v.label, await pointReads(() => container.item('doc', 'p').read()));
    } finally {
      client.dispose();
      agent?.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }
  const opened = await openTestStore();
  try {
    await opened.store.create(testOrganisation);
    printLatency(
      'durable embedded store, http, keep-alive',
      await pointReads(() => opened.store.get('organisation', 'test-trust', 'test-trust')),
    );
  } finally {
    await opened.dispose();
  }
}

async function main(): Promise<void> {
  console.log(`bench:store on ${process.platform}, node ${process.version}`);
  await journalThroughput();
  await importActions();
  await createDeliveries();
  await transportLatency();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
