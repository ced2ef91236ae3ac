// Measurement (not a test): how long `npm start` takes to give its first answer. Starts `npm start` in
// local mode on a free port with its own data directory, posts "what is BAF 1 score?" with
// deliveryMode expectReplies every 25 ms until a reply comes back, and prints when the bot process
// logged its first line (build and Node start before it), when it listened, and the first answer.
// The first run seeds an empty data directory; later runs reuse it, as a developer's restarts do.
// Usage: npm run measure:start -- [--runs N] [--data-dir DIR]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/paths';

const GIVE_UP_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const question = {
  type: 'message',
  id: '1',
  text: 'what is BAF 1 score?',
  deliveryMode: 'expectReplies',
  channelId: 'msteams',
  serviceUrl: 'http://localhost:9/',
  from: { id: 'user-1', aadObjectId: '00000000-0000-4000-8000-000000000021' },
  recipient: { id: 'bot' },
  conversation: { id: 'chat-1', conversationType: 'personal' },
};

/** Whether the bot answered the question (an HTTP 200 with at least one reply). */
async function answered(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(question),
    });
    if (response.status !== 200) return false;
    const body = (await response.json()) as { activities?: unknown[] } | null;
    return (body?.activities?.length ?? 0) > 0;
  } catch {
    return false; // not listening yet
  }
}

interface Run {
  firstLogMs: number | null;
  listeningMs: number | null;
  answerMs: number;
  seeding: string;
}

async function measureOnce(dataDir: string): Promise<Run> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: packageRoot(),
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      MicrosoftAppId: '',
      COSMOS_ENDPOINT: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so npm and the node it starts stop together
  });
  const run: Run = {
    firstLogMs: null,
    listeningMs: null,
    answerMs: 0,
    seeding: 'no seeding logged',
  };
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const at = performance.now() - started;
    output += chunk.toString('utf8');
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      run.firstLogMs ??= at;
      if (line.includes('"Board Clerk listening"')) run.listeningMs ??= at;
      const seeded = /"msg":"(dataset (?:already )?seeded)"/.exec(line);
      if (seeded) run.seeding = `${seeded[1]} at ${(at / 1000).toFixed(2)} s`;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      if (performance.now() - started > GIVE_UP_MS)
        throw new Error(`no answer within ${GIVE_UP_MS / 1000} s:\n${output}`);
      if (await answered(port)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    run.answerMs = performance.now() - started;
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
  return run;
}

const seconds = (ms: number | null): string =>
  ms === null ? '   -  ' : `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const args = parseArgs({
    options: { runs: { type: 'string', default: '3' }, 'data-dir': { type: 'string' } },
  }).values;
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const dataDir = args['data-dir'] ?? (await mkdtemp(path.join(os.tmpdir(), 'board-clerk-start-')));
  try {
    console.log('run  first log  listening  first answer  seeding');
    for (let i = 1; i <= runs; i++) {
      const r = await measureOnce(dataDir);
      console.log(
        `${String(i).padStart(3)}  ${seconds(r.firstLogMs).padStart(9)}  ${seconds(r.listeningMs).padStart(9)}  ${seconds(r.answerMs).padStart(12)}  ${r.seeding}`,
      );
    }
  } finally {
    if (!args['data-dir']) await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
