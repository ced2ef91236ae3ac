import { createBriefs } from '../../src/briefs';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import { createImports } from '../../src/imports';
import { silentLogger } from '../../src/log';
import { createProgress } from '../../src/progress';
import { createQuestions } from '../../src/questions';
import { createReminders } from '../../src/reminders';
import type { MessageSender } from '../../src/reminders/sender';
import type { OutgoingView } from '../../src/reminders/views';
import { requesterFor } from '../../src/shared/directory';
import { EventBus } from '../../src/shared/events';
import { openReadModel } from '../../src/shared/readModel';
import { overlaidReferenceData } from '../../src/shared/referenceData';
import type { ConversationKind, Request, RequestInput } from '../../src/shared/request';
import { ReadModelImportBatches } from '../../src/shared/readModel/imports';
import { importAware } from '../../src/store/importBatches';
import { MemoryStore } from '../../src/store/memoryStore';

/**
 * The features wired as app.ts wires them, over the in-memory store seeded with the bundled dataset:
 * for unit tests of features and card builders, with no server, no HTTP and a fixed clock.
 */
export async function demoFeatures(now: Date) {
  const memory = new MemoryStore();
  await seedDataset(memory, await loadDataset(), silentLogger);
  const {
    model,
    store: followed,
    referenceData: snapshots,
  } = await openReadModel(memory, {
    log: silentLogger,
  });
  const records = memory.importRecords();
  const batches = new ReadModelImportBatches(records, followed, model, silentLogger, () => now);
  const store = importAware(followed, batches);
  const referenceData = overlaidReferenceData(snapshots, () => batches.overlay());
  const events = new EventBus(silentLogger);
  const sent: { destination: unknown; view: OutgoingView }[] = [];
  const sender: MessageSender = {
    send: (destination, view) => {
      sent.push({ destination, view });
      return Promise.resolve({ activityId: `activity-${sent.length}` });
    },
    update: (destination, _id, view) => {
      sent.push({ destination, view });
      return Promise.resolve();
    },
  };
  const clock = () => now;
  const questions = createQuestions({ store, referenceData });
  const progress = createProgress({ store, referenceData, events, log: silentLogger });
  const briefs = createBriefs({ store, referenceData, schedule: {}, log: silentLogger });
  const reminders = createReminders({
    store,
    referenceData,
    events,
    closureNotice: (ref, audience, at) => progress.closureNotice(ref, audience, at),
    briefs: {
      recipients: (meeting) => briefs.recipients(meeting),
      brief: (meeting, personId, at) => briefs.forPerson(meeting, personId, at),
    },
    sender,
    schedule: {},
    secretariatChannelId: null,
    intervalMs: 60_000,
    weeklyChasers: false,
    log: silentLogger,
    clock,
  });

  const imports = createImports({
    store,
    records,
    batches,
    referenceData,
    log: silentLogger,
    clock,
  });

  /** A request as the edge would build it, from a demo person (by Teams id) or a stranger. */
  async function request(
    aadObjectId: string | null,
    input: RequestInput | string,
    where: ConversationKind = 'personal',
  ): Promise<Request> {
    const data = await referenceData.get();
    return {
      id: 'test-activity',
      who: requesterFor({ teamsUserId: '29:test', aadObjectId, displayName: 'Test User' }, data),
      where: {
        kind: where,
        tenantId: 'tenant-1',
        conversationId: 'conv-1',
        threadKey: 'conv-1',
        organisationId: null,
        conversation: null,
      },
      input: typeof input === 'string' ? { kind: 'text', text: input } : input,
      now,
    };
  }

  /** Reads and answers a question as the route table would. */
  async function ask(aadObjectId: string | null, text: string, where?: ConversationKind) {
    const req = await request(aadObjectId, text, where);
    return questions.answer(req, await questions.read(req, text), text);
  }

  return {
    store,
    memory,
    records,
    batches,
    referenceData,
    events,
    questions,
    progress,
    briefs,
    reminders,
    imports,
    sent,
    request,
    ask,
  };
}

/** Demo people's Teams ids (data/people.json). */
export const DEMO = {
  secretary: '00000000-0000-4000-8000-000000000001',
  ned: '00000000-0000-4000-8000-000000000002',
  peopleOfficer: '00000000-0000-4000-8000-000000000003',
  doca: '00000000-0000-4000-8000-000000000027',
} as const;
