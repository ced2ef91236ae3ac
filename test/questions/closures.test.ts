import assert from 'node:assert/strict';
import { draw } from '../../src/bot/outbox';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { silentLogger } from '../../src/log';
import { createQuestions } from '../../src/questions';
import { openReadModel } from '../../src/shared/readModel';
import { MemoryStore } from '../../src/store/memoryStore';
import { visibleText } from '../helpers/botClient';
import { questionRequest } from '../helpers/fixtures';

const request = questionRequest('personal', 'chat-closures', { isSecretary: true });

describe('closures proposed in the papers and in Board Clerk', () => {
  it('counts those a committee supported as it did, and says apart one an owner proposed here', async () => {
    const memory = new MemoryStore();
    await seedDataset(memory, await loadDataset(), silentLogger);
    const { store, referenceData } = await openReadModel(memory, { log: silentLogger });
    const [found] = (await store.findActions({ logId: 'log-well-led-2024' })).filter(
      (a) => a.value.status === 'open',
    );
    await store.replace(
      { ...found!.value, status: 'proposed-for-closure', revision: found!.value.revision + 1 },
      found!.etag,
    );
    const questions = createQuestions({ store, referenceData });
    const text = 'which actions are proposed for closure';
    const answer = await questions.answer(request, await questions.read(request, text), text);
    const shown = visibleText(draw(answer, { shared: false, boardMember: true }).card);
    assert.match(
      shown,
      /13 were supported for closure by the Group Strategic Executive Board: 10 in November 2025 and 3 in December 2025\.[^\n]* 1 was proposed for closure in Board Clerk by its owner, awaiting a board secretary's approval\./,
    );
  });
});
