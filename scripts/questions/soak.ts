/**
 * npm run soak:questions -- <questions.json> [more.json …]
 *
 * Asks every question of the files (each as its own asker, then again as each of a few demo people,
 * follow-ups in their threads) and prints any that throws or does not finish: a question that loops
 * never yields to a timer, so each is watched from a parent process, which restarts past one that
 * stalls. For hunting faults the blind sets' expectations do not look for; prints figures, not a pass.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { renderView } from '../../cards';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { createQuestions } from '../../src/questions';
import { storeReferenceData } from '../../src/shared/referenceData';
import { MemoryStore } from '../../src/store/memoryStore';
import { personalRequest } from './asker';

// Our own files' shape ("q") or the blind sets' ("question", or a "follow" conversation).
const Entry = z.object({
  q: z.string().optional(),
  question: z.string().optional(),
  follow: z.array(z.string()).optional(),
  from: z.string().nullable().optional(),
});

/** Demo people whose roles own actions of every kind (secretary, NED, executives, a task lead). */
const PEOPLE = ['01', '02', '21', '30'].map((n) => `00000000-0000-4000-8000-0000000000${n}`);
const STALL_MS = 15_000;

type Ask = { thread: string[]; as: string | null };

function asks(files: string[]): Ask[] {
  return files.flatMap((file) =>
    z
      .array(Entry)
      .parse(JSON.parse(readFileSync(file, 'utf8')))
      .flatMap((e) => {
        const one = e.question ?? e.q;
        const thread = e.follow ?? (one ? [one] : []);
        return [e.from ?? null, ...PEOPLE].map((as) => ({ thread, as }));
      }),
  );
}

async function worker(files: string[], from: number): Promise<void> {
  const store = new MemoryStore();
  await seedDataset(store, await loadDataset(), silentLogger);
  const referenceData = storeReferenceData(store);
  const feature = createQuestions({ store, referenceData });
  const people = (await referenceData.get()).people;
  const all = asks(files);
  for (let i = from; i < all.length; i++) {
    const { thread, as } = all[i]!;
    const person = people.find((p) => p.aadObjectId === as) ?? null;
    const request = personalRequest(as, person, `c${i}`);
    process.stdout.write(`START ${i}\n`);
    try {
      for (const text of thread) {
        const question = await feature.read(request, text);
        renderView(await feature.answer(request, question, text));
      }
    } catch (e) {
      process.stdout.write(`THREW ${i} ${JSON.stringify(thread)} ${String(e)}\n`);
    }
  }
  process.stdout.write('DONE\n');
}

async function parent(files: string[]): Promise<void> {
  const total = asks(files).length;
  let from = 0;
  const stalled: string[] = [];
  let threw = 0;
  const started = Date.now();
  while (from < total) {
    const at = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [...process.execArgv, process.argv[1]!, '--worker', String(from), ...files],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let current = from;
      let timer = setTimeout(() => child.kill('SIGKILL'), STALL_MS * 4);
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          if (line.startsWith('START ')) {
            current = Number(line.slice(6));
            clearTimeout(timer);
            timer = setTimeout(() => child.kill('SIGKILL'), STALL_MS);
          } else if (line.startsWith('THREW ')) {
            threw++;
            console.log(line);
          } else if (line === 'DONE') current = total;
        }
      });
      child.on('exit', () => {
        clearTimeout(timer);
        if (current < total) {
          const { thread, as } = asks(files)[current]!;
          stalled.push(`${JSON.stringify(thread)} as ${as ?? 'nobody'}`);
          console.log(`STALLED ${current}: ${stalled[stalled.length - 1]}`);
          resolve(current + 1);
        } else resolve(total);
      });
    });
    from = at;
  }
  console.log(
    `${total} asks in ${Math.round((Date.now() - started) / 1000)} s: ${stalled.length} stalled, ${threw} threw`,
  );
}

const args = process.argv.slice(2);
if (args[0] === '--worker') void worker(args.slice(2), Number(args[1]));
else void parent(args);
