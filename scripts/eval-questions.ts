/**
 * npm run eval:questions [-- --url http://127.0.0.1:3978] [--file scripts/questions/held-out.json] [--verbose]
 *
 * Asks a file of questions over HTTP as Teams would (expectReplies), checks each answer for the facts
 * the file expects, and prints accuracy per intent family and every miss. Without --url it starts
 * Board Clerk itself (embedded store, bundled dataset, a temporary data folder, the clock at
 * 23 November 2026 so "overdue" is stable). It also times the reading alone (no HTTP, no store):
 * milliseconds per question, p50 and p95, after a warm-up.
 *
 * A question file is JSON, in one of two formats:
 * - ours: [{ "q": "question", "family": "risks", "expect": ["regex", ...], "not": ["regex"],
 *   "thread": "name" }]. Questions sharing a thread are asked in order in one conversation
 *   (follow-ups); every other question gets a conversation of its own. Asked by the demo director in
 *   a personal chat.
 * - blind sets (scripts/questions/blind/): [{ "family", "question", "from": aadObjectId or null,
 *   "where": "personal" | "channel" | "group", "expect": ["literal", ...], "follow"?: ["question", ...] }].
 *   `from` is the asker's Teams object id (null: someone the directory does not know); `where` is a
 *   personal chat, a channel message or a group chat message that @mentions the bot; `follow` is one conversation whose last
 *   answer is checked. Expectations are case-insensitive literal substrings.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { formatDate, MONTHS } from '../src/domain/dates';

import { silentLogger } from '../src/log';
import { defaultRegister } from '../src/questions/answer/risks';
import { referenceIndexOf } from '../src/questions/search';
import { understand } from '../src/questions/understand';
// The bundled dataset as reference data, the same way the unit tests read it.
import { bundledReferenceData } from '../test/helpers/dataset';

const NOW = new Date('2026-11-23T10:00:00Z');
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** The demo director who asks our own file's questions. */
const EVALUATOR = '00000000-0000-4000-8000-000000000002';

const OurItem = z.object({
  q: z.string().min(1),
  family: z.string().min(1),
  expect: z.array(z.string()).min(1),
  not: z.array(z.string()).default([]),
  thread: z.string().optional(),
});
const BlindItem = z
  .object({
    family: z.string().min(1),
    question: z.string().min(1).optional(),
    from: z.string().min(1).nullable(),
    where: z.enum(['personal', 'channel', 'group']),
    expect: z.array(z.string()).min(1),
    follow: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((x) => x.question || x.follow, { message: 'a question or a follow list' });
const QuestionFile = z.union([z.array(OurItem), z.array(BlindItem)]);

/** One question to ask (or a conversation whose last answer is checked), in one shape for both files. */
interface Item {
  family: string;
  /** Asked in order in one conversation; the last answer is the one checked. */
  asks: string[];
  expect: { test(answer: string): boolean; label: string }[];
  not: { test(answer: string): boolean; label: string }[];
  /** Questions sharing a thread share a conversation (our file's follow-ups). */
  thread: string | null;
  from: string | null;
  where: 'personal' | 'channel' | 'group';
}

const pattern = (source: string) => {
  const re = new RegExp(source, 'i');
  return { test: (a: string) => re.test(a), label: `/${source}/` };
};
// A range printed "13-16" is shown "13–16" (a UK board paper's en dash): the same words, as are the
// straight and curly apostrophes.
const plainly = (t: string) =>
  t
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/\u00a0/g, ' ');
/** The month a printed name stands for, 1 to 12 ("Feb", "Sept", "April"); 0 for none. */
const monthNamed = (name: string) =>
  MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** A day as a board paper writes it, when the day exists (not 31 June); a two-digit year is 20xx. */
function dayShown(day: number, month: number, printedYear: string): string | null {
  const year = Number(printedYear.padStart(4, '20'));
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const real = month >= 1 && month <= 12 && new Date(`${iso}T00:00:00Z`).getUTCDate() === day;
  return real ? formatDate(iso) : null;
}

/**
 * A date the papers print in figures ("30/06/2025", "31.3.27"), as a short month ("Feb 26") or with a
 * short year ("9 May 24") is shown as a UK board paper writes it ("30 June 2025", "February 2026", "9
 * May 2024"): either is the same fact. (A date that does not exist, such as 31/06/2025, is quoted as
 * printed, so only its printed form counts.)
 */
function boardPaperForm(text: string): string | null {
  // "Feb 26", "April 26": a month of a year, shown "February 2026".
  const short = /^([A-Za-z]{3,9})\.? (\d{2})$/.exec(text);
  if (short && monthNamed(short[1]!)) return `${MONTHS[monthNamed(short[1]!) - 1]} 20${short[2]}`;
  // "9 May 24": a day of a named month.
  const named = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{2}|\d{4})$/.exec(text);
  if (named && monthNamed(named[2]!))
    return dayShown(Number(named[1]), monthNamed(named[2]!), named[3]!);
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
  return m ? dayShown(Number(m[1]), Number(m[2]), m[3]!) : null;
}
const literal = (text: string) => {
  const forms = [text, boardPaperForm(text)].filter((f): f is string => !!f).map(plainly);
  return {
    test: (a: string) => forms.some((f) => plainly(a).includes(f)),
    label: JSON.stringify(text),
  };
};

function itemsOf(file: z.infer<typeof QuestionFile>): Item[] {
  return file.map((x) =>
    'q' in x
      ? {
          family: x.family,
          asks: [x.q],
          expect: x.expect.map(pattern),
          not: x.not.map(pattern),
          thread: x.thread ?? null,
          from: EVALUATOR,
          where: 'personal' as const,
        }
      : {
          family: x.family,
          asks: x.follow ?? [x.question!],
          expect: x.expect.map(literal),
          not: [],
          thread: null,
          from: x.from,
          where: x.where,
        },
  );
}

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

/** The activity Teams sends: a personal chat message, or a channel message that @mentions the bot. */
function activityOf(text: string, conversation: string, item: Item): unknown {
  const from = {
    id: `29:eval-${item.from ?? 'unknown'}`,
    name: 'Evaluation',
    ...(item.from ? { aadObjectId: item.from } : {}),
  };
  const common = {
    type: 'message',
    id: randomUUID(),
    deliveryMode: 'expectReplies',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from,
    recipient: { id: '28:board-clerk-bot', name: 'Board Clerk' },
  };
  if (item.where === 'personal')
    return {
      ...common,
      text,
      conversation: { id: `a:${conversation}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
    };
  const mention = '<at>Board Clerk</at>';
  const mentioned = {
    ...common,
    text: `${mention} ${text}`,
    entities: [
      {
        type: 'mention',
        text: mention,
        mentioned: { id: '28:board-clerk-bot', name: 'Board Clerk' },
      },
    ],
  };
  if (item.where === 'group')
    return {
      ...mentioned,
      conversation: {
        id: `19:${conversation}@thread.v2`,
        conversationType: 'groupChat',
        isGroup: true,
        tenantId: TENANT,
      },
      channelData: { tenant: { id: TENANT } },
    };
  return {
    ...mentioned,
    conversation: {
      id: `19:${conversation}@thread.tacv2;messageid=1`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    },
    channelData: {
      tenant: { id: TENANT },
      team: { id: '19:eval-team@thread.tacv2' },
      channel: { id: `19:${conversation}@thread.tacv2` },
    },
  };
}

async function askOverHttp(
  url: string,
  text: string,
  conversation: string,
  item: Item,
): Promise<string> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activityOf(text, conversation, item)),
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
  const questions = items.flatMap((item) => item.asks);
  for (const q of questions) understand(q, ctx);
  // Each question read five times; its cost is the median of the five (a pause for garbage collection
  // or another process on the machine is not the reading's cost).
  const times = questions.map((q) => {
    const runs: number[] = [];
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      understand(q, ctx);
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
  const items = itemsOf(QuestionFile.parse(JSON.parse(await readFile(file, 'utf8'))));
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
      const conversation = `eval-${run}-${item.thread ?? `q${i}`}`;
      let answer = '';
      for (const ask of item.asks) answer = await askOverHttp(url, ask, conversation, item);
      const missing = [
        ...item.expect.filter((e) => !e.test(answer)).map((e) => e.label),
        ...item.not.filter((e) => e.test(answer)).map((e) => `not ${e.label}`),
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

  // --verbose: every answer's first line, to read the right answers as well as the misses.
  if (process.argv.includes('--verbose'))
    for (const r of results.filter((x) => x.ok))
      console.log(
        `+ ${r.item.asks.at(-1)}\n    ${
          r.answer
            .split('\n')
            .find((l) => l.trim())
            ?.slice(0, 200) ?? ''
        }`,
      );
  const misses = results.filter((r) => !r.ok);
  if (misses.length) console.log('\nMisses:');
  for (const m of misses)
    console.log(
      `- [${m.item.family}] ${m.item.asks.map((q) => JSON.stringify(q)).join(' → ')}${m.item.where === 'personal' ? '' : ` (${m.item.where})`}\n    missing ${m.missing.join(', ')}\n    got: ${
        m.answer
          .split('\n')
          .find((l) => l.trim())
          ?.slice(0, 160) ?? '(no answer)'
      }`,
    );

  const cost = await readingCost(items);
  console.log(
    `\nReading cost (the reading alone, the median of 5 readings of each of ${items.reduce((n, i) => n + i.asks.length, 0)} questions): p50 ${cost.p50.toFixed(2)} ms, p95 ${cost.p95.toFixed(2)} ms, max ${cost.max.toFixed(2)} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
