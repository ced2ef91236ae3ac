import assert from 'node:assert/strict';
import sinon from 'sinon';
import { loadDataset } from '../../src/dataset/bundled';
import { seedDataset } from '../../src/dataset/seed';
import type { Action, RecordKind } from '../../src/domain';
import { silentLogger } from '../../src/log';
import { type OpenedReadModel, openReadModel } from '../../src/shared/readModel';
import { ReadModel, type ReadModelSource } from '../../src/shared/readModel/readModel';
import { ReadModelStore } from '../../src/shared/readModel/readModelStore';
import { ReferenceSnapshots } from '../../src/shared/referenceData';
import { ConcurrencyConflictError, StoreUnavailableError } from '../../src/store/errors';
import { MemoryStore } from '../../src/store/memoryStore';
import type { ContainerName } from '../../src/store/containers';
import type { ActionQuery, Changes, RecordOfKind, Stored } from '../../src/store/store';
import { testAction, testOrganisation, testPerson, testRole } from '../helpers/fixtures';
import { conversation } from '../store/storeContract';

/** A gate a test opens when it wants: calls held at it wait until then. */
function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/**
 * The memory store as a read model's source, with the feed's answers (computed when asked) and write
 * acknowledgements held back on demand, and documents hidden as if deleted outside Board Clerk.
 */
class Source implements ReadModelSource {
  feedGate: Promise<void> | null = null;
  ackGate: Promise<void> | null = null;
  readonly hidden = new Set<string>();

  constructor(readonly memory: MemoryStore) {}

  async readChanges<C extends ContainerName>(
    container: C,
    continuation: string | null,
  ): Promise<Changes<C>> {
    const changes = await this.memory.readChanges(container, continuation);
    await this.feedGate;
    return {
      ...changes,
      documents: changes.documents.filter((d) => !this.hidden.has(d.value.id)),
    };
  }

  async get<K extends RecordKind>(
    kind: K,
    organisationId: string,
    id: string,
  ): Promise<Stored<RecordOfKind<K>> | null> {
    return this.hidden.has(id) ? null : this.memory.get(kind, organisationId, id);
  }

  getConversation(tenantId: string, id: string) {
    return this.memory.getConversation(tenantId, id);
  }

  /** Held back on demand like `feedGate`, for the bookkeeping values' feed alone. */
  systemFeedGate: Promise<void> | null = null;

  async readSystemChanges(continuation: string | null) {
    const changes = await this.memory.readSystemChanges(continuation);
    await this.feedGate;
    await this.systemFeedGate;
    return changes;
  }

  systemReads = 0;

  readStoredSystemValue(id: string) {
    this.systemReads++;
    return this.memory.readStoredSystemValue(id);
  }

  /** The store as an instance writes to it: acknowledgements held while `ackGate` is set. */
  store(): MemoryStore {
    return new Proxy(this.memory, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (!/^(create|replace)/.test(String(property)))
          return (value as (...a: unknown[]) => unknown).bind(target);
        return async (...args: unknown[]) => {
          const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(
            target,
            args,
          );
          await this.ackGate;
          return result;
        };
      },
    });
  }
}

/** A read model following `source` (gated feed, hidden documents), writing through its store(). */
async function openOn(
  source: Source,
  options: { now?: () => number; resyncMs?: number } = {},
): Promise<OpenedReadModel> {
  const model = await ReadModel.open(source, {
    log: silentLogger,
    pollMs: 60_000,
    resyncMs: 60_000,
    staleAfterMs: 2_000,
    ...options,
  });
  return {
    model,
    store: new ReadModelStore(model, source.store(), silentLogger),
    referenceData: new ReferenceSnapshots(model.records),
  };
}

async function seeded(): Promise<MemoryStore> {
  const memory = new MemoryStore();
  for (const r of [testOrganisation, testRole, testPerson, testAction(1), testAction(2)])
    await memory.create(r);
  return memory;
}

const action = async (o: OpenedReadModel, n: number) =>
  (await o.store.get('action', 'test-trust', `act-test-${n}`))!;

describe('the read model', () => {
  const opened: OpenedReadModel[] = [];
  const open = async (source: Source, options?: { now?: () => number; resyncMs?: number }) => {
    const o = await openOn(source, options);
    opened.push(o);
    return o;
  };
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.model.stop();
  });

  it('shows an instance its own write at its next read, with no feed read in between', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    const read = await action(one, 1);
    const saved = await one.store.replace({ ...read.value, text: 'Changed here' }, read.etag);
    const again = await action(one, 1);
    assert.equal(again.value.text, 'Changed here');
    assert.equal(again.etag, saved.etag);
    assert.deepEqual(
      (await one.store.findActions({ roleIds: ['role-test-doca'] })).map((a) => a.value.text),
      ['Changed here', 'Test action 2'],
      'and in its queries',
    );
  });

  it('shows another instance’s write once it reads the change feed, and a record created there at once', async () => {
    const source = new Source(await seeded());
    const [one, two] = [await open(source), await open(source)];
    const read = await action(one, 1);
    await one.store.replace({ ...read.value, status: 'closed' }, read.etag);
    assert.equal((await action(two, 1)).value.status, 'open', 'not read yet');
    await two.model.catchUp();
    assert.equal((await action(two, 1)).value.status, 'closed');
    assert.deepEqual(
      (await two.store.findActions({ statuses: ['open'] })).map((a) => a.value.id),
      ['act-test-2'],
    );

    await one.store.createConversation(conversation('conv-new'));
    assert.equal(
      (await two.store.getConversation('tenant-a', 'conv-new'))?.value.id,
      'conv-new',
      'a point read of something not held asks the store',
    );
  });

  it('still detects a conflict: a write from a stale read is refused, and the newer version is held at once', async () => {
    const source = new Source(await seeded());
    const [one, two] = [await open(source), await open(source)];
    const stale = await action(two, 1);
    const first = await action(one, 1);
    await one.store.replace({ ...first.value, text: 'By one' }, first.etag);
    await assert.rejects(
      two.store.replace({ ...stale.value, text: 'By two' }, stale.etag),
      ConcurrencyConflictError,
    );
    assert.equal((await action(two, 1)).value.text, 'By one', 'a retry starts from the newer one');
  });

  it('never lets the feed put back a version older than its own write', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    // Someone else writes v1; our feed read picks it up, but answers late.
    const v0 = await source.memory.get('action', 'test-trust', 'act-test-1');
    const v1 = await source.memory.replace({ ...v0!.value, text: 'v1 elsewhere' }, v0!.etag);
    const held = gate();
    source.feedGate = held.wait;
    const reading = one.model.catchUp();
    await new Promise((r) => setTimeout(r, 20));
    // Meanwhile we write v2 on top of v1.
    await one.store.replace({ ...v1.value, text: 'v2 here' }, v1.etag);
    held.open();
    source.feedGate = null;
    await reading;
    assert.equal((await action(one, 1)).value.text, 'v2 here');
  });

  it('takes a newer version written elsewhere after its own write', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    const read = await action(one, 1);
    const ours = await one.store.replace({ ...read.value, text: 'ours' }, read.etag);
    await source.memory.replace({ ...ours.value, text: 'theirs, after ours' }, ours.etag);
    await one.model.catchUp();
    assert.equal((await action(one, 1)).value.text, 'theirs, after ours');
  });

  it('settles an acknowledgement that arrives after the feed brought a newer version', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    const read = await action(one, 1);
    const held = gate();
    source.ackGate = held.wait;
    const writing = one.store.replace({ ...read.value, text: 'ours' }, read.etag);
    await new Promise((r) => setTimeout(r, 20));
    source.ackGate = null;
    const ours = (await source.memory.get('action', 'test-trust', 'act-test-1'))!;
    await source.memory.replace({ ...ours.value, text: 'theirs' }, ours.etag);
    await one.model.catchUp();
    held.open();
    await writing;
    await one.model.catchUp();
    assert.equal((await action(one, 1)).value.text, 'theirs');
  });

  it('shows the winner of a race to the loser at once, before the winner’s write is acknowledged', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    const read = await action(one, 1);
    const held = gate();
    source.ackGate = held.wait;
    const winning = one.store.replace({ ...read.value, text: 'Winner' }, read.etag);
    await new Promise((r) => setTimeout(r, 20));
    source.ackGate = null;
    await assert.rejects(
      one.store.replace({ ...read.value, text: 'Loser' }, read.etag),
      ConcurrencyConflictError,
    );
    assert.equal((await action(one, 1)).value.text, 'Winner', 'a retry starts from the winner');
    held.open();
    await winning;
    await one.model.catchUp();
    assert.equal((await action(one, 1)).value.text, 'Winner');
  });

  it('drops a record the store no longer holds, when it reads everything again', async () => {
    const source = new Source(await seeded());
    const one = await open(source, { resyncMs: 0 });
    assert.ok(await action(one, 2));
    source.hidden.add('act-test-2');
    await one.model.catchUp();
    assert.equal(await one.store.get('action', 'test-trust', 'act-test-2'), null);
    assert.deepEqual(
      (await one.store.findActions({})).map((a) => a.value.id),
      ['act-test-1'],
    );
  });

  it('keeps answering while the store is unreachable, reports itself stale, and saves nothing', async () => {
    const source = new Source(await seeded());
    let now = Date.parse('2026-11-23T10:00:00Z');
    const one = await open(source, { now: () => now });
    const read = await action(one, 1);
    assert.equal(one.model.status().state, 'current');

    source.memory.unavailable = 'connection refused';
    now += 5_000;
    await one.model.catchUp();
    const status = one.model.status();
    assert.equal(status.state, 'stale');
    assert.ok(status.state === 'stale' && status.since === '2026-11-23T10:00:00.000Z');
    assert.match(status.state === 'stale' ? (status.reason ?? '') : '', /connection refused/);
    assert.equal((await action(one, 1)).value.text, 'Test action 1', 'still answers');
    await assert.rejects(
      one.store.replace({ ...read.value, text: 'Lost?' }, read.etag),
      (e: Error) => e instanceof StoreUnavailableError && /nothing was saved/.test(e.message),
    );

    source.memory.unavailable = null;
    await one.model.catchUp();
    assert.equal(one.model.status().state, 'current');
    assert.equal(
      (await action(one, 1)).value.text,
      'Test action 1',
      'the refused write left no trace',
    );
  });

  it('answers the store’s bookkeeping values (a conversation’s follow-up subject) from memory', async () => {
    const source = new Source(await seeded());
    const [one, two] = [await open(source), await open(source)];
    await one.store.writeSystemValue('question-subject-x', { subject: 'BAF 1' });
    assert.deepEqual(await one.store.readSystemValue('question-subject-x'), { subject: 'BAF 1' });
    assert.deepEqual(await two.store.readSystemValue('question-subject-x'), { subject: 'BAF 1' });
    assert.equal(source.systemReads, 1, 'the other instance asked the store the first time');
    await one.store.writeSystemValue('question-subject-x', { subject: 'BAF 2' });
    await two.model.catchUp();
    assert.deepEqual(await two.store.readSystemValue('question-subject-x'), { subject: 'BAF 2' });
    assert.equal(source.systemReads, 1, 'and then followed it through the feed');

    assert.equal(await two.store.readSystemValue('question-subject-new'), null);
    assert.equal(await two.store.readSystemValue('question-subject-new'), null);
    assert.equal(source.systemReads, 2, 'a value never written is asked for once');
    await one.store.writeSystemValue('question-subject-new', { subject: 'GTB/25/15' });
    await two.model.catchUp();
    assert.deepEqual(await two.store.readSystemValue('question-subject-new'), {
      subject: 'GTB/25/15',
    });
  });

  it('writes many bookkeeping values in one request, over the etags held, and holds them at once', async () => {
    const source = new Source(await seeded());
    const [one, two] = [await open(source), await open(source)];
    const replaceMany = sinon.spy(source.memory, 'replaceSystemValues');
    await two.store.writeSystemValue('question-subject-b', { v: 1 });
    await one.model.catchUp();
    assert.deepEqual(await one.store.readSystemValue('question-subject-b'), { v: 1 });
    // Another instance writes b again: one's etag for it is now stale, and its write is tried again.
    await two.store.writeSystemValue('question-subject-b', { v: 2 });
    await one.store.writeSystemValues([
      { id: 'question-subject-a', value: { v: 3 } },
      { id: 'question-subject-b', value: { v: 3 } },
    ]);
    assert.deepEqual(
      replaceMany.getCalls().map((c) => c.args[0].map((w) => w.id)),
      [['question-subject-a', 'question-subject-b'], ['question-subject-b']],
    );
    assert.deepEqual(await one.store.readSystemValue('question-subject-a'), { v: 3 });
    assert.deepEqual(await one.store.readSystemValue('question-subject-b'), { v: 3 });
    assert.deepEqual(await source.memory.readSystemValue('question-subject-b'), { v: 3 });
  });

  it('never lets the feed put back a bookkeeping value older than its own write', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    await source.memory.writeSystemValue('question-subject-y', { v: 1 });
    const held = gate();
    source.feedGate = held.wait;
    const reading = one.model.catchUp();
    await new Promise((r) => setTimeout(r, 20));
    await one.store.writeSystemValue('question-subject-y', { v: 2 });
    held.open();
    source.feedGate = null;
    await reading;
    assert.deepEqual(await one.store.readSystemValue('question-subject-y'), { v: 2 });
  });

  it('knows a feed version its own write replaced is older, without asking the store', async () => {
    const source = new Source(await seeded());
    const one = await open(source);
    await one.store.writeSystemValue('question-subject-z', { v: 1 });
    const held = gate();
    source.systemFeedGate = held.wait;
    const reading = one.model.catchUp(); // its answer, computed before the write, holds { v: 1 }
    await new Promise((r) => setTimeout(r, 20));
    await one.store.writeSystemValue('question-subject-z', { v: 2 });
    const reads = source.systemReads;
    held.open();
    source.systemFeedGate = null;
    await reading;
    await one.model.catchUp();
    assert.deepEqual(await one.store.readSystemValue('question-subject-z'), { v: 2 });
    assert.equal(source.systemReads, reads, 'the store was not asked which version is newer');
  });

  it('hands out frozen records, so a caller cannot change what is held', async () => {
    const one = await open(new Source(await seeded()));
    const read = await action(one, 1);
    assert.throws(() => {
      (read.value as { text: string }).text = 'changed';
    }, TypeError);
    const list = await one.store.list('action');
    list.pop();
    assert.equal((await one.store.list('action')).length, 2, 'lists are the caller’s own copies');
  });
});

describe('reference data from the read model', () => {
  it('is the same snapshot until a governance record changes, and not rebuilt for action changes', async () => {
    const memory = new MemoryStore();
    await seedDataset(memory, await loadDataset(), silentLogger);
    const { model, store, referenceData } = await openReadModel(memory, { log: silentLogger });
    try {
      const first = await referenceData.get();
      assert.equal(await referenceData.get(), first);

      const [anAction] = await store.findActions({ statuses: ['open'] });
      await store.replace({ ...anAction!.value, text: 'Changed' }, anAction!.etag);
      assert.equal(await referenceData.get(), first, 'actions are not reference data');

      const meeting = first.meetings[0]!;
      const stored = (await store.get('meeting', meeting.organisationId, meeting.id))!;
      await store.replace({ ...stored.value, location: 'The Boardroom' }, stored.etag);
      const second = await referenceData.get();
      assert.notEqual(second, first);
      assert.equal(second.meetings.find((m) => m.id === meeting.id)?.location, 'The Boardroom');
      assert.equal(second.risks, first.risks, 'unchanged kinds keep their lists');
      assert.ok(Object.isFrozen(second.meetings));
    } finally {
      await model.stop();
    }
  });

  it('answers every action query as the store does, over the bundled dataset', async () => {
    const memory = new MemoryStore();
    const dataset = await loadDataset();
    await seedDataset(memory, dataset, silentLogger);
    const { model, store } = await openReadModel(memory, { log: silentLogger });
    try {
      const actions = dataset.records.filter((r): r is Action => r.kind === 'action');
      const roles = [
        ...new Set(actions.flatMap((a) => [...a.actionLeadRoleIds, ...a.taskLeadRoleIds])),
      ];
      const queries: ActionQuery[] = [
        {},
        { statuses: ['open'] },
        { statuses: ['open', 'proposed-for-closure'] },
        ...roles.map((r) => ({ roleIds: [r] })),
        { roleIds: roles.slice(0, 5), statuses: ['open'] },
        ...[...new Set(actions.map((a) => a.logId))].map((logId) => ({ logId })),
        ...[...new Set(actions.flatMap((a) => (a.riskId ? [a.riskId] : [])))].map((riskId) => ({
          riskId,
        })),
        ...[...new Set(actions.map((a) => a.organisationId))].map((organisationId) => ({
          organisationId,
          statuses: ['closed' as const],
        })),
        { roleIds: [] },
        { logId: 'no-such-log' },
      ];
      const ids = (found: Stored<Action>[]) => found.map((a) => `${a.value.id}@${a.etag}`);
      for (const q of queries)
        assert.deepEqual(
          ids(await store.findActions(q)),
          ids(await memory.findActions(q)),
          JSON.stringify(q),
        );
      for (const p of dataset.records.filter((r) => r.kind === 'person'))
        assert.equal(
          (await store.findPersonByAadObjectId(p.aadObjectId!.toUpperCase()))?.value.id,
          (await memory.findPersonByAadObjectId(p.aadObjectId!))?.value.id,
        );
    } finally {
      await model.stop();
    }
  });
});
