/**
 * npx tsx scripts/questions/explain.ts "question" ["follow-up" ...]
 *
 * How Board Clerk reads questions, without HTTP or the store: for each, the rule that decided, the
 * question it read (as JSON), the entities found and the reading's cost. With --thread first, the
 * questions are one conversation (each leaning on the last). For working on the reader.
 */
import { defaultRegister } from '../../src/questions/answer/risks';
import { readQuestion } from '../../src/questions/entities';
import { decideByRules, type Question } from '../../src/questions/rules';
import { referenceIndexOf } from '../../src/questions/search';
import { decide } from '../../src/questions/understand';
import { bundledReferenceData } from '../../test/helpers/dataset';

async function main(): Promise<void> {
  const data = await bundledReferenceData();
  const ctx = {
    vocabulary: data.vocabulary,
    now: new Date('2026-11-23T10:00:00Z'),
    passages: referenceIndexOf(data),
    defaultRegisterId: defaultRegister(data, null)?.id ?? null,
  };
  const args = process.argv.slice(2);
  // --last '<question JSON>': the conversation's subject before the first question.
  const lastAt = args.indexOf('--last');
  let last: Question | null =
    lastAt >= 0 ? (JSON.parse(args.splice(lastAt, 2)[1]!) as Question) : null;
  const thread = args[0] === '--thread';
  for (const text of args.slice(thread ? 1 : 0)) {
    const t = performance.now();
    const reading = readQuestion(text, ctx);
    const question = decide(reading, last);
    const ms = performance.now() - t;
    const { rule } = decideByRules(reading);
    const { ctx: _ctx, cues, ...entities } = reading;
    const found = Object.fromEntries(
      Object.entries(entities).filter(
        ([, v]) => v !== null && v !== false && !(Array.isArray(v) && v.length === 0),
      ),
    );
    console.log(`\n${JSON.stringify(text)}  (${ms.toFixed(2)} ms)`);
    console.log(`  rule: ${rule}${last ? ' (with the last question as subject)' : ''}`);
    console.log(`  cues: ${[...cues].join(' ')}`);
    console.log(`  reading: ${JSON.stringify(found)}`);
    console.log(`  question: ${JSON.stringify(question)}`);
    if (thread) last = question;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
