// Benchmark (not a test): how fast Board Clerk answers questions, against the floor of its own stack.
// Starts, one after the other and each in its own process, an echo bot on the same restify + CloudAdapter
// stack (the floor) and Board Clerk (on the bundled data, then with --scale N on a trust group N times
// larger), and drives each with the same load: --concurrency conversations (personal chats of the demo
// people in data/people.json), each asking its next question as soon as the last is answered, for
// --duration seconds after a --warmup. The mix is ten everyday questions, "my overdue actions" among them.
// Prints requests/s and latency percentiles for each, the ratios, store requests per question (counted on
// the wire between Board Clerk and its store; the read model's change-feed reads shown apart), Board
// Clerk's peak RSS, the load average, and each target next to its figure.
// --cpu-prof writes a CPU profile of each Board Clerk run (the measured part) to .data/bench/profiles;
// --trace-store prints each store request Board Clerk makes while measured.
// Usage: npm run bench:questions -- [--concurrency 16] [--duration 10] [--warmup 2] [--scale N]
//        [--cpu-prof] [--trace-store]
import { type ChildProcess, fork } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { Session } from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import restify from 'restify';
import { startApp } from '../src/app';
import { CloudAdapter } from 'botbuilder';
import { botAuthentication, createAdapter } from '../src/bot/adapter';
import { loadConfig } from '../src/config';
import { loadDataset } from '../src/dataset/bundled';
import { seedDataset } from '../src/dataset/seed';
import { createLogger, silentLogger } from '../src/log';
import { packageRoot } from '../src/paths';
import { listen } from '../src/server/httpServer';
import { openStore } from '../src/store/openStore';
import { writeScaledDataset } from './scale/generate';

const QUESTIONS = [
  'What is BAF 1 score?',
  'Which risks are above appetite?',
  'Show the Group BAF heat map',
  'My overdue actions',
  'Actions due this month',
  'Freedom to Speak Up actions',
  'History of Well-Led FTSU 5',
  'When is the next board meeting?',
  'What did the board resolve at GTB/25/15?',
  'Progress on our ambitions',
];

/**
 * 'echo' is the floor the targets are measured against: a bare CloudAdapter, as the SDK makes it (a new
 * connector client for every activity). 'echo-shared' is the same echo bot on Board Clerk's own adapter,
 * which shares connector clients between turns: shown for comparison, so the gain from sharing them is
 * not mistaken for Board Clerk's own work.
 */
type Serve = 'echo' | 'echo-shared' | 'board-clerk';

/** What a server process reports: its counters since the last reset, and its peak RSS. */
interface ServerStats {
  storeRequests: number;
  /** Store requests by method and what they touched ("PUT governance/question-subject-*"). */
  storeRequestKinds: Record<string, number>;
  feedReads: number;
  /** Answers given, and how many of them were kept ones reused (`RecentAnswers`). */
  answers: number;
  answersReused: number;
  /** CPU time (user + system) the server used since the last reset. */
  cpuMs: number;
  peakRssMb: number;
}

type FromChild = { ready: number } | { stats: ServerStats };
type ToChild = 'reset' | 'stats' | 'stop';

// ---------------------------------------------------------------------------------------------------
// The server side (a child process).

/** This process's peak resident set (VmHWM: from its own start, unlike getrusage's maxrss). */
function peakRssMb(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/** Profiles this process between the warm-up and the end of the measurement (steady state only). */
function profiler(dir: string | undefined) {
  if (!dir) return { start: () => undefined, stop: () => Promise.resolve() };
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (err, result) => (err ? reject(err) : resolve(result))),
    );
  return {
    start: () => void post('Profiler.enable').then(() => post('Profiler.start')),
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `board-clerk-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
    },
  };
}

async function serve(
  kind: Serve,
  dataDir: string,
  seed: boolean,
  profileDir: string | undefined,
  trace: boolean,
): Promise<void> {
  const profile = profiler(profileDir);
  let storeRequests = 0;
  let storeRequestKinds: Record<string, number> = {};
  let feedReads = 0;
  let answers = 0;
  let answersReused = 0;
  let measuring = false;
  subscribe('board-clerk:answers-given', (message) => {
    answers++;
    if ((message as { reused: boolean }).reused) answersReused++;
  });
  // Every HTTP request this process makes is to its store (replies go back in the HTTP answers).
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: http.ClientRequest };
    if (request.getHeader('a-im')) feedReads++;
    else {
      storeRequests++;
      const kind = `${request.method} ${request.path
        .replace(/^\/dbs\/[^/]+\/colls\//, '')
        .replace(/\/docs\/?/, '/')
        .replace(/[0-9a-f]{16,}/g, '*')}`;
      storeRequestKinds[kind] = (storeRequestKinds[kind] ?? 0) + 1;
      if (trace && measuring) console.error(`store request: ${request.method} ${request.path}`);
    }
  });
  let port: number;
  let stop: () => Promise<void>;
  if (kind === 'echo' || kind === 'echo-shared') {
    const config = loadConfig({ PORT: '0' });
    const adapter =
      kind === 'echo'
        ? new CloudAdapter(botAuthentication(config.bot))
        : createAdapter(config.bot, silentLogger);
    const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
    server.use(restify.plugins.bodyParser({ maxBodySize: 1_000_000, mapParams: false }));
    server.post('/api/messages', async (req, res) => {
      await adapter.process(req, res, async (context) => {
        await context.sendActivity(`You said: ${context.activity.text}`);
      });
    });
    port = await listen(server, 0, '127.0.0.1');
    stop = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
  } else {
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      SEED_DATA: String(seed),
      WEEKLY_CHASERS: 'false',
      LOG_LEVEL: 'info',
      // To compare settings of the heap's growth: HEAP_GROWTH_PERCENT=0 npm run bench:questions
      HEAP_GROWTH_PERCENT: process.env.HEAP_GROWTH_PERCENT,
      HEAP_GROWTH_MB: process.env.HEAP_GROWTH_MB,
    });
    const app = await startApp(config, createLogger(config.logLevel));
    port = app.port;
    stop = () => app.stop();
  }
  const send = (m: FromChild) => process.send!(m);
  let cpu = process.cpuUsage();
  process.on('message', (m: ToChild) => {
    if (m === 'reset') {
      storeRequests = feedReads = answers = answersReused = 0;
      storeRequestKinds = {};
      measuring = true;
      cpu = process.cpuUsage();
      profile.start();
    }
    if (m === 'stats') {
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      void profile.stop().then(() =>
        send({
          stats: {
            storeRequests,
            storeRequestKinds,
            feedReads,
            answers,
            answersReused,
            cpuMs,
            peakRssMb: peakRssMb(),
          },
        }),
      );
    }
    if (m === 'stop') void stop().then(() => process.exit(0));
  });
  send({ ready: port });
}

/** Seeds a generated dataset into an embedded store's data directory (a child process, so the
 * server's peak RSS is its own). */
async function seedInto(dataDir: string, datasetDir: string): Promise<void> {
  const opened = await openStore(
    { mode: 'embedded', dataDir, database: 'board-clerk' },
    silentLogger,
  );
  try {
    const result = await seedDataset(opened.store, await loadDataset(datasetDir), silentLogger);
    console.log(`seeded ${result.created} records (${result.kept} already there)`);
  } finally {
    await opened.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The load side (this process).

class Server {
  private readonly child: ChildProcess;
  private readonly waiting: ((m: FromChild) => void)[] = [];
  readonly port: Promise<number>;

  constructor(
    kind: Serve,
    dataDir: string,
    options: { seed: boolean; profileDir?: string; trace?: boolean },
  ) {
    this.child = fork(
      __filename,
      [
        '--serve',
        kind,
        '--data-dir',
        dataDir,
        ...(options.seed ? ['--seed-bundled'] : []),
        ...(options.profileDir ? ['--profile-dir', options.profileDir] : []),
        ...(options.trace ? ['--trace-store'] : []),
      ],
      { execArgv: ['--disable-warning=DEP0111'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    this.child.on('message', (m: FromChild) => this.waiting.shift()?.(m));
    this.port = this.next().then((m) => {
      if (!('ready' in m)) throw new Error('the server did not start');
      return m.ready;
    });
  }

  private next(): Promise<FromChild> {
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      this.child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
  }

  reset(): void {
    this.child.send('reset' satisfies ToChild);
  }

  async stats(): Promise<ServerStats> {
    this.child.send('stats' satisfies ToChild);
    const m = await this.next();
    if (!('stats' in m)) throw new Error('no stats');
    return m.stats;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send('stop' satisfies ToChild);
    });
  }
}

interface Asker {
  aadObjectId: string;
}

function activity(i: number, n: number, asker: Asker, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: `bench-${i}-${n}`,
    text,
    deliveryMode: 'expectReplies',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    timestamp: new Date().toISOString(),
    from: { id: `29:bench-${i}`, name: 'Bench', aadObjectId: asker.aadObjectId },
    recipient: { id: '28:board-clerk-bench', name: 'Board Clerk' },
    conversation: { id: `a:bench-${i}`, conversationType: 'personal', tenantId: 'tenant-bench' },
    channelData: { tenant: { id: 'tenant-bench' } },
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Asks every question once and checks each gets a real answer (a card, not an apology). The first may
 * take longer than the endpoint waits (the reader builds its indexes): it is asked again until answered.
 * Resolves with how long the first answer took.
 */
async function check(port: number, kind: Serve, askers: Asker[]): Promise<number> {
  const started = performance.now();
  let first = 0;
  for (const [n, text] of QUESTIONS.entries()) {
    let res = await post(port, activity(999, n, askers[n % askers.length]!, text));
    while (n === 0 && res.status === 503 && performance.now() - started < 120_000)
      res = await post(port, activity(998, n, askers[0]!, text));
    if (n === 0) first = performance.now() - started;
    const replies = (JSON.parse(res.body) as { activities?: { attachments?: unknown[] }[] })
      .activities;
    const answered =
      res.status === 200 &&
      !!replies?.length &&
      (kind !== 'board-clerk' || replies.some((r) => r.attachments?.length)) &&
      !/something went wrong/.test(res.body);
    if (!answered)
      throw new Error(`"${text}" was not answered: ${res.status} ${res.body.slice(0, 300)}`);
  }
  return first;
}

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
}

/** `concurrency` conversations, each asking its next question as soon as it has an answer. */
async function load(
  port: number,
  concurrency: number,
  seconds: number,
  askers: Asker[],
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      for (let n = 0; performance.now() < until; n++) {
        const text = QUESTIONS[(i + n) % QUESTIONS.length]!;
        const body = activity(i, n, askers[(i + n * 3) % askers.length]!, text);
        const t0 = performance.now();
        try {
          const res = await post(port, body);
          if (res.status !== 200 || res.body.length === 0) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return {
    requests: latencies.length,
    errors,
    seconds: (performance.now() - started) / 1000,
    latencies,
  };
}

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
  storePerQuestion: number | null;
  storeKinds: [string, number][];
  feedReadsPerSecond: number | null;
  /** The share of answers that were kept ones reused; null for the echo bots. */
  reusedShare: number | null;
  peakRssMb: number | null;
  load: string;
  /** From starting the process to listening, and then to the first answer. */
  readyMs: number;
  firstAnswerMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const loadAverage = () => os.loadavg()[0]!.toFixed(2);

async function measure(
  name: string,
  kind: Serve,
  dataDir: string,
  o: {
    concurrency: number;
    duration: number;
    warmup: number;
    seed: boolean;
    profileDir?: string;
    trace?: boolean;
  },
  askers: Asker[],
): Promise<Figures> {
  const spawned = performance.now();
  const server = new Server(kind, dataDir, o);
  try {
    const port = await server.port;
    const readyMs = performance.now() - spawned;
    const firstAnswerMs = await check(port, kind, askers);
    await load(port, o.concurrency, o.warmup, askers);
    server.reset();
    const before = loadAverage();
    const result = await load(port, o.concurrency, o.duration, askers);
    const after = loadAverage();
    const stats = await server.stats();
    const sorted = [...result.latencies].sort((a, b) => a - b);
    return {
      name,
      rps: result.requests / result.seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errors: result.errors,
      cpuMsPerRequest: stats.cpuMs / result.requests,
      storePerQuestion: kind !== 'board-clerk' ? null : stats.storeRequests / result.requests,
      storeKinds: Object.entries(stats.storeRequestKinds)
        .map(([k, n]): [string, number] => [k, n / result.requests])
        .sort((a, b) => b[1] - a[1]),
      feedReadsPerSecond: kind !== 'board-clerk' ? null : stats.feedReads / result.seconds,
      reusedShare: stats.answers ? stats.answersReused / stats.answers : null,
      peakRssMb: stats.peakRssMb,
      load: `${before} -> ${after}`,
      readyMs,
      firstAnswerMs,
    };
  } finally {
    await server.stop();
  }
}

/** A generated dataset seeded into a data directory kept between runs (re-seeded when it changes). */
async function scaledDataDir(factor: number): Promise<string> {
  const root = path.join(packageRoot(), '.data', 'bench', `scale-${factor}`);
  const datasetDir = path.join(root, 'dataset');
  const dataDir = path.join(root, 'store');
  const marker = path.join(root, 'seeded');
  await writeScaledDataset(factor, datasetDir);
  const { fingerprint } = await loadDataset(datasetDir);
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === fingerprint) return dataDir;
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  console.log(`seeding the --scale ${factor} dataset into ${dataDir} (kept for later runs)...`);
  await new Promise<void>((resolve, reject) => {
    const child = fork(__filename, ['--seed', dataDir, '--dataset', datasetDir], {
      execArgv: ['--disable-warning=DEP0111'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding failed (${code})`)),
    );
  });
  await writeFile(marker, fingerprint);
  return dataDir;
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT MET';
}

async function main(): Promise<void> {
  const args = parseArgs({
    options: {
      concurrency: { type: 'string', default: '16' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      scale: { type: 'string', default: '1' },
      'cpu-prof': { type: 'boolean' },
      serve: { type: 'string' },
      'data-dir': { type: 'string' },
      'seed-bundled': { type: 'boolean' },
      'profile-dir': { type: 'string' },
      'trace-store': { type: 'boolean' },
      seed: { type: 'string' },
      dataset: { type: 'string' },
    },
  }).values;
  if (args.serve)
    return serve(
      args.serve as Serve,
      args['data-dir']!,
      !!args['seed-bundled'],
      args['profile-dir'],
      !!args['trace-store'],
    );
  if (args.seed) {
    await seedInto(args.seed, args.dataset!);
    process.exit(0);
  }

  const concurrency = Number(args.concurrency);
  const duration = Number(args.duration);
  const warmup = Number(args.warmup);
  const scale = Number(args.scale);
  if (![concurrency, duration, scale].every((n) => Number.isInteger(n) && n >= 1) || warmup < 0)
    throw new Error('--concurrency, --duration and --scale take whole numbers of at least 1');
  const people = JSON.parse(
    await readFile(path.join(packageRoot(), 'data', 'people.json'), 'utf8'),
  ) as { aadObjectId: string; roleIds: string[] }[];
  const askers = people.filter((p) => p.roleIds.length > 0);
  const profileDir = args['cpu-prof']
    ? path.join(packageRoot(), '.data', 'bench', 'profiles')
    : undefined;
  console.log(
    `${concurrency} conversations, ${duration} s each after ${warmup} s warm-up; ${QUESTIONS.length} questions asked in turn by ${askers.length} demo people; ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const temp = path.join(os.tmpdir(), `board-clerk-bench-${process.pid}`);
  const o = { concurrency, duration, warmup, trace: !!args['trace-store'] };
  const scaledDir = scale > 1 ? await scaledDataDir(scale) : null;
  try {
    const floor = await measure('echo floor', 'echo', temp, { ...o, seed: false }, askers);
    const sharedFloor = await measure(
      'echo, shared connectors',
      'echo-shared',
      temp,
      { ...o, seed: false },
      askers,
    );
    const bundled = await measure(
      'Board Clerk, bundled data',
      'board-clerk',
      path.join(temp, 'bundled'),
      { ...o, seed: true, profileDir },
      askers,
    );
    const scaled = scaledDir
      ? await measure(
          `Board Clerk, --scale ${scale}`,
          'board-clerk',
          scaledDir,
          { ...o, seed: false, profileDir },
          askers,
        )
      : null;

    const rows = [floor, sharedFloor, bundled, ...(scaled ? [scaled] : [])];
    const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
    console.log('');
    console.log(
      `${''.padEnd(28)}${'req/s'.padStart(8)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}  errors  CPU/request  store req/question  feed reads/s  peak RSS  load average`,
    );
    for (const r of rows)
      console.log(
        `${r.name.padEnd(28)}${r.rps.toFixed(0).padStart(8)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${String(r.errors).padStart(8)}  ${`${r.cpuMsPerRequest.toFixed(2)} ms`.padStart(11)}  ${(r.storePerQuestion === null ? '-' : r.storePerQuestion.toFixed(3)).padStart(18)}  ${(r.feedReadsPerSecond === null ? '-' : r.feedReadsPerSecond.toFixed(1)).padStart(12)}  ${`${r.peakRssMb!.toFixed(0)} MB`.padStart(8)}  ${r.load}`,
      );
    console.log('');
    const throughput = bundled.rps / floor.rps;
    const p95 = bundled.p95 / floor.p95;
    console.log(
      `throughput ${throughput.toFixed(2)}x the floor (target >= 0.5x: ${verdict(throughput >= 0.5)})`,
    );
    console.log(`p95 ${p95.toFixed(2)}x the floor's (target <= 2x: ${verdict(p95 <= 2)})`);
    console.log(
      `against the echo bot on Board Clerk's adapter (shared connectors): throughput ${(bundled.rps / sharedFloor.rps).toFixed(2)}x, p95 ${(bundled.p95 / sharedFloor.p95).toFixed(2)}x`,
    );
    console.log(
      `store requests per question ${bundled.storePerQuestion!.toFixed(3)} (target: none for a typical question: ${verdict(bundled.storePerQuestion! < 0.01)})`,
    );
    if (bundled.reusedShare !== null)
      console.log(
        `answers reused from the same question asked lately (same words, audience, minute and records; same asker where the answer reads who asked): ${(100 * bundled.reusedShare).toFixed(1)}%`,
      );
    if (scaled) {
      const ratio = scaled.p95 / bundled.p95;
      const limit = scale >= 100 ? 3 : scale >= 10 ? 1.5 : null;
      console.log(
        `--scale ${scale}: p95 ${ratio.toFixed(2)}x the bundled data's${limit ? ` (target <= ${limit}x: ${verdict(ratio <= limit)})` : ''}`,
      );
      if (scale === 10)
        console.log(
          `--scale ${scale}: peak RSS ${scaled.peakRssMb!.toFixed(0)} MB (target < 300 MB: ${verdict(scaled.peakRssMb! < 300)})`,
        );
      console.log(
        `--scale ${scale}: store requests per question ${scaled.storePerQuestion!.toFixed(3)}`,
      );
    }
    for (const r of rows)
      console.log(
        `${r.name}: listening ${(r.readyMs / 1000).toFixed(1)} s after start, first answer ${(r.firstAnswerMs / 1000).toFixed(1)} s later`,
      );
    for (const r of rows.filter((r) => r.storeKinds.length))
      console.log(
        `${r.name}: store requests per question by kind: ${r.storeKinds
          .slice(0, 4)
          .map(([k, n]) => `${k} ${n.toFixed(3)}`)
          .join('; ')}`,
      );
    if (profileDir)
      console.log(`CPU profiles of Board Clerk (measured part only) in ${profileDir}`);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

main().then(
  () => {
    if (!process.send) process.exit(process.exitCode ?? 0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
