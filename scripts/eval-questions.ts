/**
 * npm run eval:questions [-- --url http://127.0.0.1:3978] [--file scripts/questions/held-out.json]
 *
 * Asks a file of questions over HTTP as Teams would (expectReplies), checks each answer for the facts
 * the file expects, and prints accuracy per intent family and every miss. Without --url it starts
 * Board Clerk itself (embedded store, bundled dataset, a temporary data folder, the clock at
 * 23 November 2026 so "overdue" is stable). It also times the reading alone (no HTTP, no store):
 * milliseconds per question, p50 and p95, after a warm-up.
 *
 * A question file is JSON: [{ "q": "question", "family": "risks", "expect": ["regex", ...],
 * "not": ["regex"], "thread": "name" }]. Questions sharing a thread are asked in order in one
 * conversation (follow-ups); every other question gets a conversation of its own.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/log';
import { defaultRegister } from '../src/questions/answer/risks';
import { referenceIndexOf } from '../src/questions/search';
import { understand } from '../src/questions/understand';
// The bundled dataset as reference data, the same way the unit tests read it.
import { bundledReferenceData } from '../test/helpers/dataset';

const NOW = new Date('2026-11-23T10:00:00Z');
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const QuestionFile = z.array(
  z.object({
    q: z.string().min(1),
    family: z.string().min(1),
    expect: z.array(z.string()).min(1),
    not: z.array(z.string()).default([]),
    thread: z.string().optional(),
  }),
);
type Item = z.infer<typeof QuestionFile>[number];

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Every text a card shows, one per line. */
function visibleText(node: unknown): string {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      if (typeof o.title === 'string') out.push(o.title);
      if (typeof o.value === 'string' && o.type !== 'imBack') out.push(o.value);
      for (const [k, v] of Object.entries(o)) if (k !== 'fallbackText' && k !== 'speak') walk(v);
    }
  };
  walk(node);
  return out.join('\n');
}

async function askOverHttp(url: string, text: string, conversation: string): Promise<string> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      text,
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: {
        id: '29:eval',
        name: 'Evaluation',
        aadObjectId: '00000000-0000-4000-8000-000000000002',
      },
      recipient: { id: '28:board-clerk-bot', name: 'Board Clerk' },
      conversation: { id: conversation, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    }),
  });
  const body = (await response.json().catch(() => null)) as {
    activities?: {
      type: string;
      summary?: string;
      text?: string;
      attachments?: { content: unknown }[];
    }[];
  } | null;
  return (body?.activities ?? [])
    .filter((a) => a.type === 'message')
    .map((a) =>
      [
        a.summary ?? '',
        a.text ?? '',
        ...(a.attachments ?? []).map((x) => visibleText(x.content)),
      ].join('\n'),
    )
    .join('\n');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The reading alone: what a question costs to read, without HTTP or the store. */
async function readingCost(
  items: readonly Item[],
): Promise<{ p50: number; p95: number; max: number }> {
  const data = await bundledReferenceData();
  const ctx = {
    vocabulary: data.vocabulary,
    now: NOW,
    passages: referenceIndexOf(data),
    defaultRegisterId: defaultRegister(data, null)?.id ?? null,
  };
  // Warm up: the first reading builds lazy indexes and lets the JIT compile.
  for (const item of items) understand(item.q, ctx);
  // Each question read five times; its cost is the median of the five (a pause for garbage collection
  // or another process on the machine is not the reading's cost).
  const times = items.map((item) => {
    const runs: number[] = [];
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      understand(item.q, ctx);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[2]!;
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? 0,
  };
}

async function main(): Promise<void> {
  const file = argument('file') ?? path.join(__dirname, 'questions', 'eval.json');
  const items = QuestionFile.parse(JSON.parse(await readFile(file, 'utf8')));
  let url = argument('url');
  let stop: (() => Promise<void>) | null = null;
  if (!url) {
    const dir = await mkdtemp(path.join(tmpdir(), 'board-clerk-eval-'));
    const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dir }), silentLogger, {
      clock: () => NOW,
      scheduler: false,
    });
    url = `http://127.0.0.1:${app.port}`;
    stop = async () => {
      await app.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const run = randomUUID().slice(0, 8);
  const results: { item: Item; ok: boolean; answer: string; missing: string[] }[] = [];
  try {
    for (const [i, item] of items.entries()) {
      const conversation = `a:eval-${run}-${item.thread ?? `q${i}`}`;
      const answer = await askOverHttp(url, item.q, conversation);
      const missing = [
        ...item.expect.filter((e) => !new RegExp(e, 'i').test(answer)),
        ...item.not.filter((e) => new RegExp(e, 'i').test(answer)).map((e) => `not /${e}/`),
      ];
      results.push({ item, ok: missing.length === 0, answer, missing });
    }
  } finally {
    await stop?.();
  }

  const families = [...new Set(results.map((r) => r.item.family))].sort();
  console.log(`\n${path.relative(process.cwd(), file)}: ${items.length} questions\n`);
  console.log('family'.padEnd(22), 'right'.padStart(6), 'of'.padStart(4), 'accuracy'.padStart(9));
  for (const f of families) {
    const of = results.filter((r) => r.item.family === f);
    const right = of.filter((r) => r.ok).length;
    console.log(
      f.padEnd(22),
      String(right).padStart(6),
      String(of.length).padStart(4),
      `${((100 * right) / of.length).toFixed(0)}%`.padStart(9),
    );
  }
  const right = results.filter((r) => r.ok).length;
  console.log(
    'ALL'.padEnd(22),
    String(right).padStart(6),
    String(results.length).padStart(4),
    `${((100 * right) / results.length).toFixed(1)}%`.padStart(9),
  );

  const misses = results.filter((r) => !r.ok);
  if (misses.length) console.log('\nMisses:');
  for (const m of misses)
    console.log(
      `- [${m.item.family}] ${JSON.stringify(m.item.q)}\n    missing ${m.missing.map((x) => (x.startsWith('not ') ? x : `/${x}/`)).join(', ')}\n    got: ${
        m.answer
          .split('\n')
          .find((l) => l.trim())
          ?.slice(0, 160) ?? '(no answer)'
      }`,
    );

  const cost = await readingCost(items);
  console.log(
    `\nReading cost (the reading alone, the median of 5 readings of each of ${items.length} questions): p50 ${cost.p50.toFixed(2)} ms, p95 ${cost.p95.toFixed(2)} ms, max ${cost.max.toFixed(2)} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
