/**
 * npx tsx scripts/questions/ask.ts [--as <aadObjectId>] [--thread] "question" ["question" ...]
 *
 * Asks Board Clerk's questions feature directly (the bundled dataset in the in-memory store, no HTTP)
 * and prints what each question was read as and the answer's card text; with --thread the questions
 * are one conversation (follow-ups). For working on the reader and its answers.
 */
import { renderView } from '../../cards';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { createQuestions } from '../../src/questions';
import { storeReferenceData } from '../../src/shared/referenceData';
import { MemoryStore } from '../../src/store/memoryStore';
import { visibleText } from '../../test/helpers/botClient';
import { personalRequest } from './asker';

async function main(): Promise<void> {
  let args = process.argv.slice(2);
  const as = args[0] === '--as' ? args[1]! : null;
  if (as) args = args.slice(2);
  const thread = args[0] === '--thread';
  const questions = thread ? args.slice(1) : args;
  const store = new MemoryStore();
  await seedDataset(store, await loadDataset(), silentLogger);
  const referenceData = storeReferenceData(store);
  const feature = createQuestions({ store, referenceData });
  const person = as
    ? ((await referenceData.get()).people.find((p) => p.aadObjectId === as) ?? null)
    : null;
  const request = personalRequest(as, person, 'c');
  for (const [i, text] of questions.entries()) {
    const key = thread ? 'c' : `c${i}`;
    const asked = { ...request, where: { ...request.where, conversationId: key, threadKey: key } };
    const question = await feature.read(asked, text);
    const answer = await feature.answer(asked, question, text);
    console.log(`\n${JSON.stringify(text)}\n  read: ${JSON.stringify(question)}`);
    console.log(`  ${visibleText(renderView(answer).card).split('\n').join('\n  ')}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
