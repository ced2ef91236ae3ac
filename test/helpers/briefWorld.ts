import assert from 'node:assert/strict';
import { createBriefs, readBriefAsk, type Briefs, type BriefView } from '../../src/briefs';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import type { ConversationRecord } from '../../src/domain/delivery';
import type { ReminderSchedule } from '../../src/domain/reminderSchedule';
import { silentLogger } from '../../src/log';
import { requesterFor } from '../../src/shared/directory';
import { openReadModel } from '../../src/shared/readModel';
import type { ReferenceDataSource } from '../../src/shared/referenceData';
import type { Request } from '../../src/shared/request';
import { MemoryStore } from '../../src/store/memoryStore';
import type { BoardClerkStore } from '../../src/store/store';

/** The briefs feature over the bundled dataset in the memory store, and people to ask as. */

/** Demo people (data/people.json). */
export const ALEX = '00000000-0000-4000-8000-000000000001'; // board secretary, Group
export const PRIYA = '00000000-0000-4000-8000-000000000002'; // non-executive director, Group
export const OWEN = '00000000-0000-4000-8000-000000000011'; // Interim Director of Nursing, LPT
export const YUSUF = '00000000-0000-4000-8000-000000000027'; // Director of Corporate Affairs, Well-Led trust

/** Thursday 22 January 2026: a week before the Group Trust Board of 29 January 2026. */
export const NOW = new Date('2026-01-22T10:00:00Z');
export const GTB = 'mtg-gtb-2026-01-29';

export interface BriefWorld {
  /** The store as the app hands it to features: the read model in front of the memory store. */
  store: BoardClerkStore;
  referenceData: ReferenceDataSource;
  briefs: Briefs;
}

export async function briefWorld(schedule: ReminderSchedule = {}): Promise<BriefWorld> {
  const memory = new MemoryStore();
  await seedDataset(memory, await loadDataset(), silentLogger);
  const { store, referenceData } = await openReadModel(memory, { log: silentLogger });
  return {
    store,
    referenceData,
    briefs: createBriefs({ store, referenceData, schedule, log: silentLogger }),
  };
}

/** A typed message from a person of the directory (by Teams id), or from someone unknown (null). */
export async function requestFrom(
  w: BriefWorld,
  aadObjectId: string | null,
  text: string,
  now = NOW,
): Promise<Request> {
  return {
    id: 'test',
    who: requesterFor(
      { teamsUserId: 'x', aadObjectId, displayName: 'Someone' },
      await w.referenceData.get(),
    ),
    where: {
      kind: 'personal',
      tenantId: 'tenant',
      conversationId: 'conversation',
      threadKey: 'conversation',
      organisationId: null,
      conversation: null,
    },
    input: { kind: 'text', text },
    now,
  };
}

/** What the briefs feature answers to a message. */
export async function ask(w: BriefWorld, aadObjectId: string | null, text: string, now = NOW) {
  const parsed = readBriefAsk(text, now);
  assert.ok(parsed, `"${text}" is about briefs`);
  return w.briefs.answer(await requestFrom(w, aadObjectId, text, now), parsed);
}

export function asBrief(view: Awaited<ReturnType<Briefs['answer']>>): BriefView {
  assert.equal(view.kind, 'brief', view.kind === 'message' ? view.text : '');
  return view;
}

/** A person's installed personal chat with Board Clerk, as the store keeps it. */
export function personalChat(aadObjectId: string, n: number): ConversationRecord {
  return {
    id: `conv-test-${n}`,
    kind: 'conversation',
    tenantId: 'tenant',
    scope: 'personal',
    conversationId: `a:personal-${n}`,
    serviceUrl: 'https://smba.example/',
    botId: '28:bot',
    channels: [],
    userAadObjectId: aadObjectId,
    status: 'installed',
    installedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
